"""Start the app: QApplication set-up, the first document, and the --screenshot mode."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

__all__ = ["run", "create_application", "initial_path"]

DESKTOP_FILE_NAME = "org.inroads.Inroads"

#: What the window shows when the file opened at start-up fails: the one asked for (True), or the last one.
INSTEAD_AT_START = {
    True: "Inroads shows a new, empty timeline instead.",
    False: "Inroads opens the sample timeline instead.",
}


def create_application():
    """The QApplication, with the names QSettings and the desktop need."""
    from PySide6.QtWidgets import QApplication

    from gui import APP_NAME

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("inroads.invalid")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    # No setApplicationVersion: nothing reads it, and looking the version up costs 20-40 ms of start-up
    # (About and crash reports read ``gui.__version__`` when they need it).
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    from gui.app.window.garbage import collect_between_events

    collect_between_events()  # never in the middle of a Qt call: see garbage.py
    return app


def initial_path(requested: str | None, window) -> Path:
    """The file to open: the one asked for, else the last one opened, else the bundled sample."""
    from gui.core.storage.resources import sample_path

    if requested:
        return Path(requested)
    last = window.recent.last()
    if last is not None and last.is_file():
        return last
    return sample_path()


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"inroads: --size must look like 1440x900, not {text!r}") from None
    return max(320, width), max(240, height)


def run(args: argparse.Namespace) -> int:
    """Open the main window (or render it to a PNG with --screenshot)."""
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    from gui.app.window.main_window import MainWindow

    window = MainWindow()
    if args.screenshot:
        return _screenshot(app, window, args)
    from gui.app.window.error_handler import install_exception_handler

    install_exception_handler(window)
    path = initial_path(args.file, window)
    # There is no current document yet: the load error says what the user sees instead.
    window.files.instead_of_failed = INSTEAD_AT_START[bool(args.file)]
    opened = window.open_path(path)
    window.files.instead_of_failed = None
    if not opened and not args.file:
        # The last file is gone or broken: fall back to the sample rather than an empty window.
        from gui.core.storage.resources import sample_path

        window.open_path(sample_path())
    window.show()
    _start_draft_workers(app, window)
    from gui.app.dialogs.recovery_dialog import offer_recovery

    offer_recovery(window)
    from gui.app.window.getting_started import maybe_show_on_first_run

    maybe_show_on_first_run(window, window.settings)
    return app.exec()


def _start_draft_workers(app, window) -> None:
    """Start Draft Events' worker processes once the window has painted and settled, so that they don't compete with
    opening the file; stop them when the app quits."""
    from PySide6.QtCore import QTimer

    editing = window.editing
    QTimer.singleShot(DRAFT_WORKERS_DELAY_MS, lambda: editing.draft_workers.start())
    app.aboutToQuit.connect(lambda: editing.draft_workers.close())


#: How long after the window shows Draft Events' workers start (they take about a second of a core to load).
DRAFT_WORKERS_DELAY_MS = 3000


def _time_range(date_from: str | None, date_to: str | None, current: tuple[float, float]):
    """The days to show for --from/--to; None (after a message) when a date is bad."""
    from gui.core.document.dates import DateError, parse_date

    first, last = current
    try:
        if date_from:
            first = parse_date(date_from).first_day()
        if date_to:
            last = parse_date(date_to).end_day()
    except DateError as error:
        print(f"inroads: --from/--to: {error}", file=sys.stderr)
        return None
    if last <= first:
        print("inroads: --to must be after --from", file=sys.stderr)
        return None
    return float(first), float(last)


def _screenshot(app, window, args: argparse.Namespace) -> int:
    from PySide6.QtCore import QEventLoop

    window.show_dialogs = False
    window.persist_state = False
    width, height = _parse_size(args.size)
    window.resize(width, height)
    if not window.open_path(initial_path(args.file, window)):
        print(window.files.last_load_error.report(), file=sys.stderr)
        return 1
    window.show()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    if args.select:
        if window.model.find_event(args.select) is None:
            print(f"inroads: --select: no event with id {args.select!r}", file=sys.stderr)
            return 2
        window.selection.select(args.select)
        index = window.model.event_index(args.select)
        window.timeline.zoom_to_event(index)
    if args.date_from or args.date_to:
        shown = _time_range(args.date_from, args.date_to, window.timeline.visible_days())
        if shown is None:
            return 2
        window.timeline.show_days(*shown)
    for _ in range(3):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    image = window.grab()
    if not image.save(args.screenshot):
        print(f"inroads: could not write {args.screenshot}", file=sys.stderr)
        return 2
    window.close()
    return 0
