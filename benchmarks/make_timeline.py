"""Seeded synthetic timelines for benchmarks and stress tests.

    python benchmarks/make_timeline.py --events 100000 --lanes 40 --seed 1 OUT.json

writes a valid Inroads timeline: ``L`` lanes of made-up phone makers, one
source of about 2 KB of word salad per 20 events, and ``N`` events with mixed
date precisions and qualifiers (70 % points, 30 % ranges, about 1 % of all
events ongoing). Every event has one evidence quote cut verbatim, on word
boundaries, from its source's text, so the file loads without warnings.

With ``--lean`` the events carry only the required fields (id, lane, title,
start, and end for a range) with short titles of two or three words, and there
are no sources: the smallest file a timeline of that many events can be.

The same arguments always give the same bytes. Benchmark code can import
``make_document(events, lanes, seed)`` to get the ``Document`` without a file,
and ``lean_bytes(events, lanes, seed)`` for a lean file's bytes.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import msgspec

_REPO_ROOT = Path(__file__).resolve().parent.parent
if str(_REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_REPO_ROOT))

from gui.core.document.dates import civil_from_days, days_from_civil  # noqa: E402
from gui.core.storage.fileformat_write import encode_document  # noqa: E402
from gui.core.document.model import (  # noqa: E402
    DEFAULT_KINDS,
    DEFAULT_STATUSES,
    FORMAT_NAME,
    FORMAT_VERSION,
    ONGOING,
    Document,
    Event,
    Evidence,
    Lane,
    Source,
)

__all__ = ["lean_bytes", "make_document", "main"]

EVENTS_PER_SOURCE = 20
FIRST_YEAR = 1990
LAST_YEAR = 2026
#: Range ends may run past LAST_YEAR, up to the end of this year.
LAST_END_YEAR = 2032
SOURCE_TEXT_CHARS = 2048

PARTNERS = (
    "AT&T", "Verizon", "T-Mobile", "Sprint", "Cingular", "US Cellular", "Cricket Wireless",
    "Metro by T-Mobile", "Boost Mobile", "Vodafone", "Orange", "Deutsche Telekom", "O2",
    "Telefónica", "EE", "Three", "Rogers", "Bell", "Telus", "NTT Docomo", "SoftBank", "KDDI",
    "Best Buy", "Walmart", "Target", "Amazon", "Costco", "Carphone Warehouse", "MediaMarkt",
    "RadioShack", "Fnac", "Currys",
)  # fmt: skip

TAGS = (
    "flagship", "budget", "midrange", "foldable", "5g", "lte", "prepaid", "exclusive",
    "unlocked", "us-market", "eu-market", "rumor-mill", "antitrust", "trade-war", "supply-chain",
)  # fmt: skip

PUBLISHERS = (
    "The Daily Signal", "Handset Weekly", "Carrier Report", "Mobile Ledger", "Tech Courier",
    "Wireless Wire", "The Spectrum Post", "Gadget Gazette", "Network News", "Retail Trade Journal",
)  # fmt: skip

_HEADLINE_WORDS = (
    "signs", "deal", "with", "talks", "stall", "over", "carrier", "launch", "delayed", "new",
    "phone", "flagship", "budget", "model", "arrives", "stores", "online", "exclusive", "says",
    "report", "regulators", "approve", "block", "ban", "lifted", "sales", "begin", "ends",
    "partnership", "expands", "pulls", "out", "of", "market", "shelves", "prepaid", "plan",
    "lineup", "debut", "network", "certification", "filing", "reveals", "handset", "rollout",
)  # fmt: skip

_SALAD_WORDS = (
    "the", "a", "of", "and", "to", "in", "that", "for", "on", "with", "as", "by", "at", "from",
    "its", "was", "is", "will", "has", "had", "would", "could", "said", "people", "familiar",
    "matter", "company", "carrier", "carriers", "retailer", "retailers", "phone", "phones",
    "handset", "handsets", "smartphone", "device", "devices", "network", "networks", "deal",
    "deals", "talks", "agreement", "launch", "launched", "market", "markets", "sales", "stores",
    "store", "online", "shelves", "subscribers", "customers", "plan", "plans", "prepaid",
    "contract", "subsidy", "subsidies", "exclusive", "lineup", "flagship", "budget", "model",
    "models", "version", "approval", "regulators", "regulatory", "security", "concerns",
    "lawmakers", "officials", "analysts", "executives", "spokesperson", "declined", "comment",
    "confirmed", "reported", "according", "sources", "briefed", "planned", "delayed",
    "cancelled", "expected", "quarter", "year", "month", "week", "later", "earlier", "after",
    "before", "during", "while", "since", "amid", "despite", "however", "meanwhile", "also",
    "still", "only", "first", "second", "new", "next", "last", "major", "largest", "smaller",
    "rival", "rivals", "share", "growth", "revenue", "shipments", "units", "million", "billion",
    "percent", "price", "prices", "discount", "promotion", "retail", "wholesale", "chain",
    "partner", "partners", "partnership", "negotiations", "terms", "testing", "certification",
    "filing", "spectrum", "bands", "support", "software", "update", "hardware", "chips",
    "supply", "shortage", "factory", "production", "shipping", "import", "tariff", "tariffs",
    "ban", "restrictions", "review", "investigation", "statement", "announcement", "event",
    "press", "release", "demand", "strong", "weak", "slow", "quickly", "widely", "reportedly",
    "publicly", "privately", "initially", "eventually", "finally", "again", "not", "no", "more",
    "less", "than", "about", "around", "into", "across", "through", "under", "between", "over",
)  # fmt: skip

_NAME_ONSETS = ("b", "br", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "qu", "r", "s",
                "t", "tr", "v", "x", "z", "zh", "sh", "ch")  # fmt: skip
_NAME_VOWELS = ("a", "e", "i", "o", "u", "ai", "ei", "ia", "io", "ou")
_NAME_CODAS = ("", "", "", "n", "x", "r", "s", "m", "ng", "l")
_TLDS = ("com", "net", "co.uk", "de", "news")


def _syllable_name(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.choice((2, 2, 3))):
        parts.append(rng.choice(_NAME_ONSETS) + rng.choice(_NAME_VOWELS))
    return ("".join(parts) + rng.choice(_NAME_CODAS)).capitalize()


def _make_lanes(rng: random.Random, count: int) -> list[Lane]:
    width = max(3, len(str(count)))
    lanes = []
    used: set[str] = set()
    for number in range(1, count + 1):
        name = _syllable_name(rng)
        while name in used:
            name = _syllable_name(rng) + " " + str(rng.randint(2, 99))
        used.add(name)
        color = f"#{rng.getrandbits(24):06x}"
        aliases = [name[:3].upper()] if rng.random() < 0.2 else []
        lanes.append(Lane(id=f"maker-{number:0{width}d}", name=name, color=color, aliases=aliases))
    return lanes


class _DayTable:
    """Every day from FIRST_YEAR to LAST_END_YEAR as EDTF text at year, month and day precision."""

    def __init__(self) -> None:
        first = days_from_civil(FIRST_YEAR, 1, 1)
        self.start_days = days_from_civil(LAST_YEAR + 1, 1, 1) - first
        self.all_days = days_from_civil(LAST_END_YEAR + 1, 1, 1) - first
        self.by_precision: tuple[list[str], list[str], list[str]] = ([], [], [])
        years, months, days = self.by_precision
        for offset in range(self.all_days):
            y, m, d = civil_from_days(first + offset)
            years.append(f"{y:04d}")
            months.append(f"{y:04d}-{m:02d}")
            days.append(f"{y:04d}-{m:02d}-{d:02d}")


def _salad(rng: random.Random, chars: int) -> list[str]:
    """Words of a text of about ``chars`` characters, in sentences, joined by single spaces."""
    words: list[str] = []
    choices = rng.choices
    randrange = rng.randrange
    length = 0
    while length < chars:
        sentence = choices(_SALAD_WORDS, k=randrange(6, 22))
        sentence[0] = sentence[0].capitalize()
        if len(sentence) > 8 and rng.random() < 0.4:
            comma = randrange(3, len(sentence) - 3)
            sentence[comma] += ","
        sentence[-1] += "."
        words += sentence
        length += sum(map(len, sentence)) + len(sentence)
    return words


def _make_source(rng: random.Random, number: int, width: int, days: _DayTable) -> tuple[Source, list[str]]:
    words = _salad(rng, SOURCE_TEXT_CHARS)
    title_words = rng.choices(_HEADLINE_WORDS, k=rng.randint(4, 10))
    title_words[0] = title_words[0].capitalize()
    publisher = rng.choice(PUBLISHERS)
    published = days.by_precision[2][rng.randrange(days.start_days)]
    slug = "-".join(title_words[:5]).lower()
    domain = publisher.lower().replace("the ", "").replace(" ", "")
    source = Source(
        id=f"s{number:0{width}d}",
        title=" ".join(title_words),
        publisher=publisher,
        url=f"https://{domain}.{_TLDS[number % len(_TLDS)]}/{published[:4]}/{slug}-{number}",
        published=published,
        text=" ".join(words),
    )
    return source, words


def make_document(events: int, lanes: int, seed: int) -> Document:
    """A valid synthetic Document with ``events`` events on ``lanes`` lanes; same seed, same document."""
    if events < 0:
        raise ValueError("events must be 0 or more")
    if lanes < 1:
        raise ValueError("lanes must be 1 or more")
    rng = random.Random(seed)
    r = rng.random
    choices = rng.choices
    days = _DayTable()
    by_precision = days.by_precision
    start_days, last_day = days.start_days, days.all_days - 1

    lane_list = _make_lanes(rng, lanes)
    lane_ids = [lane.id for lane in lane_list]
    source_count = max(1, events // EVENTS_PER_SOURCE)
    source_width = max(6, len(str(source_count)))
    event_width = max(7, len(str(events)))
    kinds, statuses = DEFAULT_KINDS, DEFAULT_STATUSES
    partners_n, tags_n = len(PARTNERS), len(TAGS)

    def precision() -> int:
        x = r()
        return 0 if x < 0.25 else 1 if x < 0.6 else 2

    def qualifier() -> str:
        x = r()
        return "~" if x < 0.10 else "?" if x < 0.13 else "%" if x < 0.14 else ""

    sources: list[Source] = []
    event_list: list[Event] = []
    append = event_list.append
    words: list[str] = []
    source_id = ""
    for index in range(events):
        # Events cite sources in turn, twenty each; the last source takes any remainder.
        if index % EVENTS_PER_SOURCE == 0 and len(sources) < source_count:
            source, words = _make_source(rng, len(sources) + 1, source_width, days)
            sources.append(source)
            source_id = source.id

        day = int(r() ** 0.8 * start_days)  # a little denser towards recent years
        start = by_precision[precision()][day] + qualifier()
        x = r()
        if x < 0.01:
            end = ONGOING
        elif x < 0.30:
            # Any precision is fine: a later day is never before the start at any precision.
            end_day = min(day + 1 + int(r() ** 3 * 3650), last_day)
            end = by_precision[precision()][end_day] + (qualifier() if r() < 0.3 else "")
        else:
            end = None

        title_words = choices(_HEADLINE_WORDS, k=3 + int(r() * 6))
        title_words[0] = title_words[0].capitalize()

        first = int(r() * partners_n)
        x = r()
        if x < 0.6:
            partners = [PARTNERS[first]]
        else:
            second = (first + 1 + int(r() * (partners_n - 1))) % partners_n
            if x < 0.9:
                partners = [PARTNERS[first], PARTNERS[second]]
            else:
                third = first
                while third == first or third == second:
                    third = int(r() * partners_n)
                partners = [PARTNERS[first], PARTNERS[second], PARTNERS[third]]

        x = r()
        if x < 0.5:
            tags = []
        else:
            tag = int(r() * tags_n)
            tags = [TAGS[tag]] if x < 0.85 else [TAGS[tag], TAGS[(tag + 1 + int(r() * (tags_n - 1))) % tags_n]]

        length = 6 + int(r() * 10)  # 6 to 15 words
        at = int(r() * (len(words) - length + 1))
        evidence = [Evidence(source=source_id, quote=" ".join(words[at : at + length]))]

        append(
            Event(
                id=f"e{index + 1:0{event_width}d}",
                lane=lane_ids[int(r() * lanes)],
                title=" ".join(title_words),
                start=start,
                end=end,
                kind=kinds[int(r() * 9)],
                status=statuses[int(r() * 4)],
                partners=partners,
                evidence=evidence,
                notes="date inferred from the article" if start[-1] in "~?%" and r() < 0.3 else "",
                tags=tags,
            )
        )

    if not sources:  # no events: still one source
        sources.append(_make_source(rng, 1, source_width, days)[0])

    return Document(
        FORMAT_NAME,
        FORMAT_VERSION,
        title=f"Synthetic timeline ({events} events, {lanes} lanes, seed {seed})",
        description="Generated by benchmarks/make_timeline.py: made-up makers, partners and word-salad sources.",
        lanes=lane_list,
        sources=sources,
        events=event_list,
    )


def lean_bytes(events: int, lanes: int, seed: int) -> bytes:
    """A valid lean file: lanes, and events with only id, lane, title, start and (for a range) end."""
    if events < 0:
        raise ValueError("events must be 0 or more")
    if lanes < 1:
        raise ValueError("lanes must be 1 or more")
    rng = random.Random(seed)
    r = rng.random
    choices = rng.choices
    days = _DayTable()
    by_precision = days.by_precision
    start_days, last_day = days.start_days, days.all_days - 1
    lane_list = _make_lanes(rng, lanes)
    lane_ids = [lane.id for lane in lane_list]
    event_width = max(7, len(str(events)))

    def precision() -> int:
        x = r()
        return 0 if x < 0.25 else 1 if x < 0.6 else 2

    def qualifier() -> str:
        x = r()
        return "~" if x < 0.10 else "?" if x < 0.13 else "%" if x < 0.14 else ""

    event_list: list[dict] = []
    append = event_list.append
    for index in range(events):
        day = int(r() ** 0.8 * start_days)
        event = {
            "id": f"e{index + 1:0{event_width}d}",
            "lane": lane_ids[int(r() * lanes)],
            "title": " ".join(choices(_HEADLINE_WORDS, k=2 + int(r() * 2))).capitalize(),
            "start": by_precision[precision()][day] + qualifier(),
        }
        x = r()
        if x < 0.01:
            event["end"] = ONGOING
        elif x < 0.30:
            end_day = min(day + 1 + int(r() ** 3 * 3650), last_day)
            event["end"] = by_precision[precision()][end_day] + (qualifier() if r() < 0.3 else "")
        append(event)

    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "title": f"Synthetic lean timeline ({events} events, {lanes} lanes, seed {seed})",
        "lanes": [{"id": lane.id, "name": lane.name, "color": lane.color} for lane in lane_list],
        "events": event_list,
    }
    return msgspec.json.format(msgspec.json.encode(document), indent=2) + b"\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a seeded synthetic Inroads timeline file.")
    parser.add_argument("--events", type=int, default=1000, help="number of events (default 1000)")
    parser.add_argument("--lanes", type=int, default=12, help="number of lanes (default 12)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--lean", action="store_true", help="only the required fields, short titles, no sources"
    )
    parser.add_argument("out", type=Path, help="the file to write")
    args = parser.parse_args(argv)
    if args.events < 0 or args.lanes < 1:
        parser.error("--events must be >= 0 and --lanes >= 1")
    began = time.perf_counter()
    if args.lean:
        data = lean_bytes(args.events, args.lanes, args.seed)
        sources = 0
    else:
        document = make_document(args.events, args.lanes, args.seed)
        data = encode_document(document)
        sources = len(document.sources)
    args.out.write_bytes(data)
    seconds = time.perf_counter() - began
    print(
        f"{args.out}: {args.events} events, {args.lanes} lanes, {sources} sources,"
        f" {len(data) / 1e6:.1f} MB in {seconds:.1f} s{' (lean)' if args.lean else ''}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
