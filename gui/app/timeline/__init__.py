"""The timeline canvas: the view box, its layers and its axes."""

from gui.app.timeline.pyqtgraph_loader import load_pyqtgraph

load_pyqtgraph()
