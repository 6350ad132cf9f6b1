"""How long an exported web page takes to open in headless Chromium.

    python benchmarks/web_page_load.py                 # 10,000 events, 30 lanes (generated, seed 1)
    python benchmarks/web_page_load.py --events 50000 --rounds 7

Writes the page with ``gui.core.interop.web_page`` from a synthetic timeline (``make_timeline.py``), then
opens it from disk (file://) in a fresh headless Chromium (Debian's chromium and chromium-driver, through
Selenium) and reads the page's own navigation timing: from the start of the navigation to the end of its
load event, by which time the viewer has parsed the data and drawn the timeline; then to the next frame
after that. Prints the page size and the median and worst of the rounds. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent
if str(_REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_REPO_ROOT))

from benchmarks.make_timeline import make_document  # noqa: E402
from gui.core.interop.web_page import write_web_page  # noqa: E402

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--window-size=1440,900")
FRAME_AFTER_LOAD = """
var done = arguments[arguments.length - 1];
requestAnimationFrame(function () { requestAnimationFrame(function () {
  var nav = performance.getEntriesByType("navigation")[0];
  var marks = {};
  performance.getEntriesByType("mark").forEach(function (m) { marks[m.name] = m.startTime; });
  done([nav.loadEventEnd, performance.now(), document.querySelectorAll("#chart .label").length,
        document.getElementById("chart").getAttribute("data-drawn"), marks]);
}); });
"""


def open_once(page: Path, profile: Path) -> tuple[float, float, int, str, dict[str, float]]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        driver.set_script_timeout(60)
        driver.get(page.as_uri())
        loaded, framed, labels, drawn, marks = driver.execute_async_script(FRAME_AFTER_LOAD)
        return loaded, framed, labels, drawn, marks
    finally:
        driver.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--lanes", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    if not (shutil.which("chromium") or shutil.which("chromium-browser")) or not shutil.which("chromedriver"):
        print("needs Chromium and chromedriver: apt-get install chromium chromium-driver", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        write_web_page(make_document(args.events, args.lanes, args.seed), page)
        size = page.stat().st_size
        runs = [open_once(page, Path(folder) / f"profile{round_}") for round_ in range(args.rounds)]
    loads = [run[0] for run in runs]
    frames = [run[1] for run in runs]
    print(f"{args.events:,} events, {args.lanes} lanes: page {size / 1e6:.1f} MB, markers drawn in {runs[0][3]}, "
          f"{runs[0][2]:,} titles in the page; load average {os.getloadavg()[0]:.1f}")
    print(f"navigation start -> load event end: median {statistics.median(loads):.0f} ms, worst {max(loads):.0f} ms")
    print(f"navigation start -> first frame after load: median {statistics.median(frames):.0f} ms, "
          f"worst {max(frames):.0f} ms  ({args.rounds} rounds, a fresh browser each)")
    steps = (("inroads:start", "inroads:parsed", "data and the page's parts"), ("inroads:parsed", "inroads:packed", "rows"),
             ("inroads:packed", "inroads:drawn", "drawing"))
    marked = [run[4] for run in runs if all(name in run[4] for name in ("inroads:start", "inroads:drawn"))]
    if marked:
        print("in-page marks, median: script start at "
              f"{statistics.median(m['inroads:start'] for m in marked):.0f} ms; "
              + "; ".join(f"{words} {statistics.median(m[b] - m[a] for m in marked):.0f} ms" for a, b, words in steps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
