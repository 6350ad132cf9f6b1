"""The docked panes: details, sources, event table, filters, search and legend."""
