"""The Qt application: windows, views and the adapters between them and the core."""
