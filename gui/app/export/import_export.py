"""File ▸ Import and File ▸ Export: TimelineJS and CSV, through the Qt-free converters in gui.core."""

from __future__ import annotations

from pathlib import Path

import msgspec
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.core.document.problems import LoadError

# The converters and the picture exporter are imported when first used: the first frame needs none.

__all__ = ["ImportExport"]


class ImportExport:
    """The import and export commands of one main window."""

    def __init__(self, window) -> None:
        self._window = window

    # -- import --------------------------------------------------------------------------------

    def import_timelinejs(self, path: str | None = None) -> bool:
        """Open a TimelineJS file as a new, unsaved timeline (saving asks where)."""
        from gui.core.interop.formats import FormatError, read_any

        window = self._window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(window, "Import TimelineJS", "", "TimelineJS (*.json);;All files (*)")
            if not path:
                return False
        if not window.maybe_save():
            return False
        try:
            result = read_any(path, "timelinejs")
        except (LoadError, FormatError) as error:
            self._show_error("Could not import", error)
            return False
        window.adopt_imported_document(result.document, result.warnings, Path(path).name)
        return True

    def import_csv(self, path: str | None = None, confirm=None) -> bool:
        """Add or update events from a CSV file, after showing what will happen; one undo step."""
        from gui.core.interop.csv_format import plan_csv_import
        from gui.core.interop.formats import FormatError, read_bytes

        window = self._window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(window, "Import CSV", "", "CSV (*.csv);;All files (*)")
            if not path:
                return False
        try:
            plan = plan_csv_import(window.model.document, read_bytes(path), str(path))
        except (LoadError, FormatError) as error:
            self._show_error("Could not import", error)
            return False
        if not plan.has_changes:
            self._inform("Nothing to import", plan.summary(), plan.report())
            return False
        ask = confirm or self._confirm_import
        if not ask(plan):
            return False
        window.model.push(plan.edit())
        return True

    def _confirm_import(self, plan) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "Import CSV", plan.summary(), parent=self._window)
        report = plan.report()
        if report:
            box.setInformativeText("Some rows could not be imported; see the details. The others can be imported.")
            box.setDetailedText(report)
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText("Import")
        return box.exec() == QMessageBox.StandardButton.Ok

    # -- export --------------------------------------------------------------------------------

    def export(self, fmt: str, path: str | None = None, only_shown: bool | None = None) -> bool:
        """Write the timeline (or only the events the filters show) as TimelineJS or CSV."""
        from gui.core.interop.formats import FormatError, write_any

        window = self._window
        extension = {"timelinejs": "json", "csv": "csv"}[fmt]
        if path is None:
            base = window.model.path.stem if window.model.path else "timeline"
            path, _ = QFileDialog.getSaveFileName(
                window, f"Export {fmt}", f"{base}.{extension}", f"{fmt} (*.{extension});;All files (*)"
            )
            if not path:
                return False
        document = window.model.document
        shown = window.view_filter.shown_events()
        if only_shown is None:
            only_shown = bool(window.view_filter.state.is_filtering()) and not bool(shown.all()) and self._ask_subset(
                int(shown.sum()), len(shown)
            )
        if only_shown:
            document = msgspec.structs.replace(document, events=[e for e, keep in zip(document.events, shown) if keep])
        try:
            warnings = write_any(document, path, fmt)
        except (FormatError, OSError) as error:
            self._show_error("Could not export", error)
            return False
        if warnings:
            self._inform("Exported with warnings", f"{len(warnings)} things could not be represented.",
                         "\n".join(w.format(Path(path).name) for w in warnings))
        window.statusBar().showMessage(f"Exported {Path(path).name}", 5000)
        return True

    def export_web_page(self, path: str | None = None, only_shown: bool | None = None) -> bool:
        """One self-contained HTML file of the whole timeline, or of only the events the filters show."""
        from gui.core.interop.formats import FormatError
        from gui.core.interop.web_page import write_web_page

        window = self._window
        if path is None:
            base = window.model.path.stem if window.model.path else "timeline"
            path, _ = QFileDialog.getSaveFileName(window, "Export web page", f"{base}.html", "Web page (*.html)")
            if not path:
                return False
        document = window.model.document
        shown = window.view_filter.shown_events()
        if only_shown is None:
            only_shown = bool(window.view_filter.state.is_filtering()) and not bool(shown.all()) and self._ask_subset(
                int(shown.sum()), len(shown)
            )
        event_ids = {e.id for e, keep in zip(document.events, shown) if keep} if only_shown else None
        try:
            write_web_page(document, path, event_ids=event_ids)
        except (FormatError, OSError, ValueError) as error:
            self._show_error("Could not export", error)
            return False
        window.statusBar().showMessage(f"Exported {Path(path).name}", 5000)
        return True

    def export_picture(self, whole: bool, path: str | None = None, options=None) -> bool:
        """PNG, SVG or PDF (by extension) of the whole timeline or of what the window shows now.

        Chosen in the window (no ``path``), the picture's options are asked as ``export-image``'s flags are.
        """
        from gui.app.dialogs.picture_options_dialog import PictureOptions, PictureOptionsDialog
        from gui.app.export.picture_export import export_picture

        window = self._window
        width = max(1200, window.timeline.width())
        if path is None:
            base = window.model.path.stem if window.model.path else "timeline"
            path, _ = QFileDialog.getSaveFileName(
                window, "Export picture", f"{base}.png", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
            )
            if not path:
                return False
            if options is None:
                dialog = PictureOptionsDialog(Path(path).suffix.lower().lstrip("."), width, window)
                if dialog.exec() != PictureOptionsDialog.DialogCode.Accepted:
                    return False
                options = dialog.options()
        options = options or PictureOptions(width=width)
        days = None if whole else window.timeline.visible_days()
        try:
            export_picture(window.model, path, options.width, days, page=options.page,
                           orientation=options.orientation, dpi=options.dpi)
        except (OSError, ValueError) as error:
            self._show_error("Could not export", error)
            return False
        window.statusBar().showMessage(f"Exported {Path(path).name}", 5000)
        return True

    def _ask_subset(self, shown: int, total: int) -> bool:
        answer = QMessageBox.question(
            self._window,
            "Export",
            f"Export only the {shown} events the filters show, or all {total}?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- messages ------------------------------------------------------------------------------

    def _show_error(self, title: str, error: Exception) -> None:
        if self._window.show_dialogs:
            text = error.report() if isinstance(error, LoadError) else str(error)
            self._inform(title, text.splitlines()[0] if text else title, text)

    def _inform(self, title: str, text: str, details: str = "") -> None:
        if not self._window.show_dialogs:
            return
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._window)
        if details:
            box.setDetailedText(details)
        box.exec()


