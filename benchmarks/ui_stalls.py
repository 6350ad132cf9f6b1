"""How long the window freezes, and how much memory it takes, on pathological text (issue #15, item 16).

    python benchmarks/ui_stalls.py            # every case, each in a fresh process
    python benchmarks/ui_stalls.py --case hover

Cases (each opens its own generated file in an offscreen 1400x860 main window):

- ``hover``: the pointer rests on an event whose title is 1 MB; the tooltip shows and the timeline repaints.
- ``sources``: the Sources pane is shown on a file whose one source holds 10 MB of text.
- ``select``: an event citing that 10 MB source is selected (the Details pane shows the source).
- ``table``: the Event Table is opened on 100,000 events in 100,000 lanes.

Each prints the wall time of the step (until its frame is painted) and the process's peak RSS
(``ru_maxrss``) before and after. Figures, not assertions: the tests check behaviour.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent
if str(_REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_REPO_ROOT))

CASES = ("hover", "sources", "select", "table")
TITLE_CHARS = 1_000_000
SOURCE_CHARS = 10_000_000
TABLE_EVENTS = 100_000


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _document(case: str) -> dict:
    if case == "table":
        from benchmarks.make_timeline import make_document
        from gui.core.storage.fileformat_write import encode_document

        return json.loads(encode_document(make_document(TABLE_EVENTS, TABLE_EVENTS, seed=1)))
    words = ("Huawei signs a supply deal with Vodafone for the coming year. " * (SOURCE_CHARS // 62 + 1))[:SOURCE_CHARS]
    quote = "Huawei signs a supply deal with Vodafone"
    long_title = ("A very long title " * (TITLE_CHARS // 18 + 1))[:TITLE_CHARS] if case == "hover" else "Deal"
    events = [
        {"id": f"e{i}", "lane": "huawei", "title": long_title if i == 0 else f"Event {i}", "start": f"{2000 + i}",
         "evidence": [{"source": "s1", "quote": quote}] if case != "hover" else []}
        for i in range(20)
    ]
    return {
        "format": "inroads-timeline", "version": 1, "title": case,
        "lanes": [{"id": "huawei", "name": "Huawei"}],
        "sources": [{"id": "s1", "title": "Big", "text": words if case != "hover" else "x"}],
        "events": events,
    }


def run_case(case: str, work: Path) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.app.window.main import create_application
    from gui.app.window.main_window import MainWindow

    path = work / f"{case}.json"
    path.write_text(json.dumps(_document(case)), encoding="utf-8")
    app = create_application()
    window = MainWindow(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window.show_dialogs = False
    window.persist_state = False
    window.resize(1400, 860)
    window.show()
    assert window.open_path(path), window.files.last_load_error
    window.sources_panel.hide()
    window.table_dock.hide()
    for _ in range(5):
        app.processEvents()
    window.grab()
    before = peak_mb()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()
        window.grab()  # the frame the user would see

    started = time.perf_counter()
    if case == "hover":
        from PySide6.QtCore import QPointF
        from PySide6.QtWidgets import QToolTip

        timeline = window.timeline
        timeline.fit_all()
        layout = window.model.layout
        item = layout.item_of_event(0)
        timeline.pointer.hover(QPointF(layout.center_x(0), layout.y(0) + 0.5))
        assert timeline.selection_overlay.hovered == item
        timeline.pointer.show_tooltip()
        settle()
        QToolTip.hideText()
    elif case == "sources":
        window.sources_panel.show()
        settle()
    elif case == "select":
        window.selection.select("e3")
        settle()
    elif case == "table":
        window.table_dock.show()
        settle()
    wall = time.perf_counter() - started
    window.model.undo_stack.setClean()
    QApplication.closeAllWindows()
    return {"case": case, "wall_s": round(wall, 3), "peak_before_mb": round(before), "peak_after_mb": round(peak_mb())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=CASES)
    args = parser.parse_args()
    if args.case:
        with tempfile.TemporaryDirectory() as work:
            os.environ["INROADS_RECOVERY_DIR"] = str(Path(work) / "recovery")
            print(json.dumps(run_case(args.case, Path(work))))
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for case in CASES:
        result = subprocess.run(
            [sys.executable, __file__, "--case", case], env=env, capture_output=True, text=True, check=False
        )
        lines = result.stdout.strip().splitlines()
        print(lines[-1] if result.returncode == 0 and lines else f"{case}: failed\n{result.stderr[-2000:]}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
