"""How well New Event from Selection prefills events from articles it was not tuned on.

    python benchmarks/extraction.py [--set FILE_OR_FOLDER ...] [--limit N] [--json]

Reads a labelled set (by default every ``*.json`` of benchmarks/extraction_set/, so that a batch of new
articles can be added in a file of its own): short articles with their publication date and,
per passage, the lane, start date (EDTF), partners, kind and status an analyst would enter. Each passage is
given to ``suggest_event`` as a selection in its article, in a timeline whose lanes are the set's
``lanes`` (makers named in the articles but without a lane there must be offered as a new lane).

Prints per-field accuracy (lane, date exact, date precision, partners, kind, status, all five) for the
dev part and each held-out part, then the dev part's misses. An article is held out when it says
``"held_out": true``; a ``"part"`` name keeps a later held-out part apart ("held-out-new"), so that each
is reported on its own. The held-out parts' misses are never printed, so that nobody tunes to them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent
if str(_REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_REPO_ROOT))

from gui.core.document.dates import DateError, parse_date
from gui.core.document.model import Document, Lane, Source, new_document
from gui.core.evidence.extract import suggest_event, vocabulary_for

DEFAULT_SET = Path(__file__).resolve().parent / "extraction_set"
FIELDS = ("lane", "date", "precision", "partners", "kind", "status", "all five")


def _precision(edtf: str):
    try:
        return parse_date(edtf).precision
    except DateError:
        return None


def load_set(paths: list[Path]) -> dict:
    """One labelled set from files and folders (a folder: its ``*.json`` files, sorted): the lanes of all
    of them, in order and once each, and their articles one after another."""
    files = [f for p in paths for f in (sorted(p.glob("*.json")) if p.is_dir() else [p])]
    lanes: dict[str, None] = {}
    articles: list[dict] = []
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        lanes.update(dict.fromkeys(data.get("lanes", [])))
        articles.extend(data["articles"])
    return {"lanes": list(lanes), "articles": articles}


def _part(article: dict) -> str:
    """The part an article counts in: "dev", or its held-out part's name ("held-out" unless it names one)."""
    if not article.get("held_out"):
        return "dev"
    return str(article.get("part") or "held-out")


def document_for(lanes: list[str]) -> Document:
    """A timeline whose lanes are the set's ``lanes``, as the analyst would have it when reading the articles."""
    document = new_document("extraction benchmark")
    document.lanes.extend(Lane(name.lower(), name) for name in lanes)
    return document


def evaluate(data: dict, limit: int | None = None) -> dict[str, dict]:
    """{"dev": {...}, "held-out": {...}, ...}: each part's counts per field, its number of passages and its misses."""
    document = document_for(data["lanes"])
    vocabulary = vocabulary_for(document)
    lane_names = {lane.id: lane.name for lane in document.lanes}
    names = dict.fromkeys(["dev", "held-out", *(_part(article) for article in data["articles"])])
    parts = {part: {"n": 0, "right": dict.fromkeys(FIELDS, 0), "misses": []} for part in names}
    done = 0
    for article in data["articles"]:
        paragraphs = article["paragraphs"]
        text = "\n\n".join(paragraphs)
        source = Source(article["id"], title=paragraphs[0], publisher=article.get("publisher", ""),
                        published=article.get("published"), text=text)  # fmt: skip
        part = parts[_part(article)]
        for label in article["passages"]:
            if limit is not None and done >= limit:
                return parts
            done += 1
            passage = paragraphs[label["paragraph"]]
            start = text.index(passage)
            got = suggest_event(document, source, start, start + len(passage), vocabulary=vocabulary)
            # A maker without a lane counts as right when the suggestion offers its lane.
            lane = getattr(got, "new_lane", None) or (lane_names.get(got.lane) if got.lane else None)
            checks = {
                "lane": lane == label["lane"],
                "date": got.start == label["date"],
                "precision": _precision(got.start) is not None and _precision(got.start) == _precision(label["date"]),
                "partners": sorted(got.partners) == sorted(label["partners"]),
                "kind": got.kind == label["kind"],
                "status": got.status == label["status"],
            }
            checks["all five"] = all(checks[f] for f in ("lane", "date", "partners", "kind", "status"))
            part["n"] += 1
            for field, ok in checks.items():
                part["right"][field] += ok
            wrong = {
                field: (value, label[key])
                for field, key, value in (
                    ("lane", "lane", lane),
                    ("date", "date", got.start),
                    ("partners", "partners", sorted(got.partners)),
                    ("kind", "kind", got.kind),
                    ("status", "status", got.status),
                )
                if not checks[field]
            }
            if wrong:
                part["misses"].append({"article": article["id"], "passage": passage, "wrong": wrong,
                                       "hints": {f: got.hints.get("start" if f == "date" else f, "") for f in wrong}})  # fmt: skip
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, action="append", default=None,
                        help="a labelled set (JSON) or a folder of them; may be repeated (default: every *.json in benchmarks/extraction_set)")  # fmt: skip
    parser.add_argument("--limit", type=int, default=None, help="only the first N passages")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    data = load_set(args.set or [DEFAULT_SET])
    parts = evaluate(data, args.limit)
    held = [part for name, part in parts.items() if name != "dev" and part["n"]]
    if len(held) > 1:  # every held-out part together: the figure the goals are about
        parts["held-out, pooled"] = {
            "n": sum(part["n"] for part in held),
            "right": {field: sum(part["right"][field] for part in held) for field in FIELDS},
            "misses": [miss for part in held for miss in part["misses"]],
        }
    if args.json:
        for name, part in parts.items():
            if name != "dev":
                part["misses"] = len(part["misses"])
        print(json.dumps(parts, indent=1, ensure_ascii=False))
        return 0
    headers = {name: f"{name} (n={part['n']})" for name, part in parts.items()}
    widths = {name: max(20, len(header) + 2) for name, header in headers.items()}
    print(f"{'field':<10}" + "".join(f"{headers[name]:>{widths[name]}}" for name in parts))
    for field in FIELDS:
        row = f"{field:<10}"
        for name, part in parts.items():
            n, right = part["n"], part["right"][field]
            row += f"{f'{right}/{n} = {100 * right / n:.0f} %' if n else '-':>{widths[name]}}"
        print(row)
    misses = parts["dev"]["misses"]
    print(f"\nMisses of the dev part ({len(misses)} passages; the held-out parts' are not shown):")
    for miss in misses:
        print(f"\n[{miss['article']}] {miss['passage']}")
        for field, (got, want) in miss["wrong"].items():
            print(f"  {field}: got {got!r}, want {want!r}  ({miss['hints'][field]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
