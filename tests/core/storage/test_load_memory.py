"""What loading a file costs in memory, per MB of file: the figures docs/reliability.md promises.

Each file is loaded by ``read_document`` in a fresh interpreter, which reports its peak
resident memory (``VmHWM``) before and after the load: the growth over the file's size
is the figure. Memory, unlike time, does not depend on how busy the machine is, so these
are plain assertions. Unknown content costs most when it is many tiny lists or objects,
nested: the loader keeps it as Python values (and the check for repeated keys builds the
lists once more), whose containers take 30 to 60 bytes for each 1 or 2 bytes of file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")

#: Documented in docs/reliability.md ("What a load costs in memory").
NORMAL_FILE_BOUND = 6  # MB of peak memory per MB of file; measured 3.1
UNKNOWN_CONTENT_BOUND = 60  # measured at most 46 (nested one-item lists)

# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of a big process (pytest, after
# making a 20 MB file) would start with its parent's peak and show no growth at all.
_MEASURE = """
import json, os, sys
from gui.core.storage.fileformat import read_document
def peak_kib():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
before = peak_kib()
read_document(sys.argv[1])
print(json.dumps({"grown_kib": peak_kib() - before, "size": os.path.getsize(sys.argv[1])}))
"""

_HEADER = b'{"format": "inroads-timeline", "version": 1, "lanes": [{"id": "a"}], "unknown": '


def peak_per_mb(path: Path) -> float:
    """MB of peak memory that loading the file adds, per MB of file (VmHWM is in KiB)."""
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, check=True, cwd=root
    )
    figures = json.loads(done.stdout)
    return figures["grown_kib"] * 1024 / figures["size"]


def unknown_content(path: Path, item: bytes, megabytes: int) -> Path:
    """A timeline whose unknown top-level key holds a list of ``item`` repeated to fill the size."""
    count = (megabytes << 20) // (len(item) + 1)
    path.write_bytes(_HEADER + b"[" + b",".join([item] * count) + b"]}\n")
    return path


def normal_file(path: Path, megabytes: int) -> Path:
    """A timeline of ordinary events with notes, partners, tags and evidence, of about the size."""
    text = "Huawei is in talks with AT&T about selling the Mate 10 Pro in the United States. " * 8
    sources = [{"id": f"s{n}", "title": f"Article {n}", "url": f"https://example.com/{n}", "text": text} for n in range(200)]
    event = {
        "lane": "a",
        "title": "Talks with a carrier about the launch",
        "start": "2017-12~",
        "end": "2018-03",
        "kind": "carrier-talks",
        "status": "reported",
        "partners": ["AT&T", "Verizon"],
        "tags": ["us", "flagship"],
        "notes": "Reported by several outlets; the date is approximate.",
    }
    sample = json.dumps({"id": "e0000000", **event, "evidence": [{"source": "s0", "quote": "Huawei is in talks"}]})
    count = (megabytes << 20) // len(sample)
    events = [
        {"id": f"e{n:07d}", **event, "evidence": [{"source": f"s{n % 200}", "quote": "Huawei is in talks"}]}
        for n in range(count)
    ]
    document = {"format": "inroads-timeline", "version": 1, "lanes": [{"id": "a"}], "sources": sources, "events": events}
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def test_a_normal_file_costs_a_few_mb_per_mb(tmp_path):
    assert peak_per_mb(normal_file(tmp_path / "normal.json", 20)) < NORMAL_FILE_BOUND


def test_the_worst_unknown_content_stays_under_its_bound_per_mb(tmp_path):
    # One-item lists nested five deep: a list (56 bytes and a slot of 8) for every two bytes of file.
    assert peak_per_mb(unknown_content(tmp_path / "lists.json", b"[[[[[]]]]]", 20)) < UNKNOWN_CONTENT_BOUND


@pytest.mark.parametrize(
    "item",
    [b"{}", b"[]", b"0", b'"ab"', b'{"a":0}', b'{"":{"":{"":{"":{}}}}}', b'[{"":[]}]'],
    ids=["empty objects", "empty lists", "zeros", "short strings", "one-key objects", "nested objects", "mixed"],
)
def test_other_shapes_of_unknown_content_stay_under_the_bound(tmp_path, item):
    assert peak_per_mb(unknown_content(tmp_path / "shape.json", item, 8)) < UNKNOWN_CONTENT_BOUND
