"""The main window: the timeline in the centre, the detail pane docked beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QToolBar, QVBoxLayout, QWidget

from gui import APP_NAME
from gui.app.actions import create_actions
from gui.app.detail_pane import DetailPane
from gui.app.document_model import DocumentModel
from gui.app.legend import LegendBar
from gui.app.load_error_dialog import LoadErrorDialog
from gui.app.recent_files import RecentFiles
from gui.app.selection import EventSelection
from gui.app.timeline.timeline_widget import TimelineWidget
from gui.core.fileformat import read_document
from gui.core.problems import LoadError
from gui.core.resources import resource_path

__all__ = ["MainWindow"]

FILE_FILTER = "Inroads timelines (*.json);;All files (*)"
DETAIL_PANE_WIDTH = 420


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else QSettings()
        self.recent = RecentFiles(self.settings)
        self.model = DocumentModel(self)
        self.selection = EventSelection(self)
        #: Set when a load fails; tests and the screenshot mode read it instead of a modal dialog.
        self.last_load_error: LoadError | None = None
        self.show_dialogs = True
        #: False in --screenshot mode: a render must not change the user's recent files or layout.
        self.persist_state = True

        self.timeline = TimelineWidget(self.model, self.selection)
        self.legend = LegendBar(self.model)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.timeline, 1)
        central_layout.addWidget(self.legend)
        self.setCentralWidget(central)

        self.detail_pane = DetailPane(self.model, self.selection, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail_pane)

        self.actions = create_actions(self)
        self._build_menus()
        self._build_toolbar()
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)
        self.setAcceptDrops(True)

        self.model.sig_reset.connect(self._on_document_reset)
        self.model.sig_changed.connect(self._update_status)
        self.setWindowIcon(QIcon(str(resource_path("icons", "inroads.svg"))))
        self.resize(1440, 900)
        self._restore_window_state()
        self._on_document_reset()

    # -- construction ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        actions = self.actions
        actions.open.triggered.connect(self.choose_and_open)
        actions.reload.triggered.connect(self.reload)
        actions.quit.triggered.connect(self.close)
        actions.fit_all.triggered.connect(self.timeline.fit_all)
        actions.zoom_in.triggered.connect(lambda: self.timeline.zoom(0.6))
        actions.zoom_out.triggered.connect(lambda: self.timeline.zoom(1 / 0.6))
        actions.clear_selection.triggered.connect(self.selection.clear)

        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(actions.open)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(actions.reload)
        file_menu.addSeparator()
        file_menu.addAction(actions.quit)

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(actions.fit_all)
        view_menu.addAction(actions.zoom_in)
        view_menu.addAction(actions.zoom_out)
        view_menu.addSeparator()
        view_menu.addAction(self.detail_pane.toggleViewAction())

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.actions.open, self.actions.reload):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.actions.fit_all, self.actions.zoom_in, self.actions.zoom_out):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    # -- files -------------------------------------------------------------------------------

    def open_path(self, path: str | Path) -> bool:
        """Load a file; on failure show every problem and keep the current document."""
        path = Path(path)
        try:
            result = read_document(path)
        except LoadError as error:
            self.last_load_error = error
            if path.resolve() in self.recent.paths() and not path.exists():
                self.recent.remove(path.resolve())
                self.statusBar().showMessage(f"{path.name} no longer exists; removed from recent files", 8000)
            if self.show_dialogs:
                LoadErrorDialog(error, self).exec()
            return False
        self.last_load_error = None
        self.selection.clear()
        self.model.set_document(result.document, path.resolve(), result.warnings)
        if self.persist_state:
            self.recent.add(path)
        if result.warnings:
            self.statusBar().showMessage(
                f"Opened {path.name} with {len(result.warnings)} warning{'s' * (len(result.warnings) != 1)}:"
                f" {result.warnings[0].describe()}",
                10000,
            )
        return True

    def choose_and_open(self) -> None:
        start = str(self.model.path.parent) if self.model.path else ""
        name, _ = QFileDialog.getOpenFileName(self, "Open timeline", start, FILE_FILTER)
        if name:
            self.open_path(name)

    def reload(self) -> None:
        if self.model.path is not None:
            current = self.selection.current
            if self.open_path(self.model.path) and current:
                self.selection.select(current if self.model.event(current) else None)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, 1):
            action = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not paths:
            self.recent_menu.addAction("No recent files").setEnabled(False)

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            self.recent.remove(path)
            self.statusBar().showMessage(f"{path} no longer exists; removed from the recent files", 8000)
            return False
        return self.open_path(path)

    # -- drag and drop -----------------------------------------------------------------------

    @staticmethod
    def _dropped_file(event) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    # -- window state ------------------------------------------------------------------------

    def _on_document_reset(self) -> None:
        name = self.model.display_name()
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowFilePath(str(self.model.path) if self.model.path else "")
        self.setWindowModified(False)
        self._update_status()

    def _update_status(self) -> None:
        document = self.model.document
        text = " · ".join(
            _count(len(items), noun)
            for items, noun in ((document.events, "event"), (document.lanes, "lane"), (document.sources, "source"))
        )
        if self.model.warnings:
            text += " · " + _count(len(self.model.warnings), "warning")
        self.status_counts.setText(text)

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is None or not self.restoreState(state):
            # First run: give the detail pane a comfortable reading width.
            self.resizeDocks([self.detail_pane], [DETAIL_PANE_WIDTH], Qt.Orientation.Horizontal)

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist_state:
            self.save_window_state()
        super().closeEvent(event)
