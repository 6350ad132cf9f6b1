"""The Qt-free core of Inroads: dates, the document model, the file format and its checks.

Nothing under ``gui.core`` imports Qt or pyqtgraph (an import-linter contract
enforces it), so scripts, the CLI and tests can use it without a display.
"""
