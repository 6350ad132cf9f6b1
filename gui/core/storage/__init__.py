"""Storage: the native file format, atomic writes, disk stamps, recovery files, JSON locations, the schema and bundled resources."""
