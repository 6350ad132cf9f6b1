"""A new event from a passage the analyst selected in a source text (issue #10).

``suggest_event`` reads the selection and prefills every field of the new-event form: the lane (the
maker named), a title, the dates (date phrases read against the source's publication date), the kind
(cue phrases such as "in talks") and the status (hedges such as "according to"), each with a learned second
opinion (``kind_model``, ``status_model``), the partners (known carriers and retailers, with a learned second
opinion: ``partner_model``) and the evidence
(a TextQuoteSelector). Each field comes with a hint that says where it came from, for the form to show next
to it: a suggestion, never a silent guess.

Mostly the selection and its paragraph are read; the lane and the speaker also look a bounded way back (the
title, a brand made under licence in the article's first 20,000 characters, a speaker named in the 3,000
characters before), so a passage in a 10 MB source costs milliseconds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from gui.core.document.dates import PartialDate
from gui.core.document.model import Document, Evidence, Source
from gui.core.document.textquote import normalize_space, quote_selector
from gui.core.evidence.anaphora import Antecedent, answered_about, continued, pointed_within, pointing_back, resolve
from gui.core.evidence.brand_owners import with_owners_named_after
from gui.core.evidence.clauses import blank, comment_spans, inside, other_subject_clause_spans, side_spans
from gui.core.evidence.cues import CARRIER_ALONE, background_kind, kind_of
from gui.core.evidence.date_choice import event_date
from gui.core.evidence.date_fields import date_fields, reference_date
from gui.core.evidence.date_model import DateCandidate, DateReading, learned_date
from gui.core.evidence.date_phrases import DatePhrase
from gui.core.evidence.datelines import dateline_length, update_day
from gui.core.evidence.kind_model import learned_kind
from gui.core.evidence.known_partners import DEFAULT_PARTNERS, KnownPartner, owner_in_front
from gui.core.evidence.lane_choice import NEW_LANE, choose_lane, paragraph_bounds
from gui.core.evidence.live_blogs import heading_weekday, stamped_happening
from gui.core.evidence.makers import maker_named
from gui.core.evidence.makers import spellings as maker_spellings
from gui.core.evidence.partner_model import learned_partners
from gui.core.evidence.partner_roles import in_court, not_partner_spans
from gui.core.evidence.passage_model import RulesReading, general_passage
from gui.core.evidence.sale_dates import settled_sale
from gui.core.evidence.speakers import speaker_on_the_record, unnamed_source
from gui.core.evidence.status_cues import status_of
from gui.core.evidence.status_model import learned_status

__all__ = [
    "DEFAULT_PARTNERS",
    "TITLE_LENGTH",
    "KnownPartner",
    "Suggestion",
    "Vocabulary",
    "paragraph_bounds",
    "suggest_event",
    "vocabulary_for",
]

#: Proposed titles are cut at a word boundary to about this many characters.
TITLE_LENGTH = 80


@dataclass(frozen=True)
class Suggestion:
    """The prefilled fields of a new event, each with a hint saying where it came from."""

    lane: str | None  #: the lane id chosen, or None when no maker is named anywhere near
    other_lanes: tuple[str, ...]  #: other makers named (lane ids), for the UI to mention
    title: str
    start: str  #: EDTF, or "" when neither the passage nor the source gives a date (never today's)
    end: str | None  #: EDTF, ".." when ongoing, or None for a point in time
    kind: str
    status: str
    partners: tuple[str, ...]
    evidence: Evidence
    hints: Mapping[str, str]  #: field name -> why, e.g. {"kind": 'cue "in talks"'}
    notes: str = ""  #: a proposed note when a date had to be estimated (vague dates should say why)
    #: The maker the passage is about when it has no lane yet ("OnePlus"): the form offers "New lane: OnePlus".
    new_lane: str | None = None
    #: The kind the cue rules chose ("other": no cue); ``kind`` may be the learned model's guess instead.
    rules_kind: str = ""
    #: The status the cue rules chose; ``status`` may be the learned model's guess instead.
    rules_status: str = ""
    #: The partners the rules found; ``partners`` may be the learned model's guess instead (``partner_model``).
    rules_partners: tuple[str, ...] = ()
    #: The start the rules chose (EDTF, "" for none); ``start`` may be the learned model's guess instead (``date_model``).
    rules_start: str = ""
    #: The dates the rules read in the passage, the source's date and their start: what the learned date weighs.
    date_reading: DateReading | None = None
    #: Why the rules chose each ``rules_…`` field: {"kind": …, "status": …, "partners": …, "start": …}.
    rules_hints: Mapping[str, str] = field(default_factory=dict)
    #: What else the rules made of the passage, which the learned kind and status weigh (None: not read).
    rules_reading: RulesReading | None = None
    #: "… declined to comment": the passage answers about the event before it, whose kind it takes.
    answers_before: bool = False


# --- Finding names: makers (lanes) and partners --------------------------------------------------


class _NameMatcher:
    """Finds any of many names in a text, on word boundaries, with case rules per name.

    A name written in lower case matches in any case. A name with capitals matches as written, or
    all in capitals when it has four letters or more ("HUAWEI"): so "Mi" matches neither "Miami" nor
    "mid-range" nor "MI", and "Target" is not "target". Possessives ("Xiaomi’s") count.
    """

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._names = tuple(names)
        self._keys: dict[str, str] = {}  # the matched text, normalised, -> key
        alternatives: list[str] = []
        for spelling, key in sorted(set(self._names), key=lambda item: (-len(item[0]), item)):
            spelling = normalize_space(spelling).replace("’", "'")
            if not spelling:
                continue
            if spelling == spelling.lower():
                alternatives.append(f"(?i:{_name_pattern(spelling)})")
                self._keys.setdefault(spelling, key)
                continue
            alternatives.append(_name_pattern(spelling))
            self._keys.setdefault(spelling, key)
            if sum(c.isalpha() for c in spelling) >= 4 and spelling.upper() != spelling:
                alternatives.append(_name_pattern(spelling.upper()))
                self._keys.setdefault(spelling.upper(), key)
        self._regex = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)") if alternatives else None

    def __reduce__(self):
        # Sent to a drafting worker as its names: the worker builds (and caches) the pattern once.
        return _matcher, (self._names,)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int, str]]:
        """(start, end, key) of each name found in ``text[pos:endpos]``."""
        if self._regex is None:
            return
        endpos = len(text) if endpos is None else endpos
        for match in self._regex.finditer(text, pos, endpos):
            if match.end() == endpos < len(text) and (text[endpos].isalnum() or text[endpos] == "_"):
                continue  # a selection that ends inside a word: "Mi" cut from "Miami"
            words = normalize_space(match[0]).replace("’", "'")
            key = self._keys.get(words) or self._keys.get(words.lower())
            if key is not None:
                yield match.start(), match.end(), key


def _name_pattern(spelling: str) -> str:
    """A name as a regular expression: any whitespace between words, either apostrophe."""
    return r"\s+".join(re.escape(word) for word in spelling.split(" ")).replace("'", "['’]")


@lru_cache(maxsize=16)
def _matcher(names: tuple[tuple[str, str], ...]) -> _NameMatcher:
    return _NameMatcher(names)


@dataclass(frozen=True)
class Vocabulary:
    """What ``suggest_event`` looks for: the document's makers (lanes) and the partners it knows.

    Building one reads every event's partners; a caller that suggests many events from one
    document can build it once with ``vocabulary_for`` and pass it in.
    """

    lane_names: Mapping[str, str]  #: lane id -> the name shown
    partner_categories: Mapping[str, str]  #: canonical partner name -> category ("" when unknown)
    lanes: _NameMatcher
    partners: _NameMatcher


def _maker_spellings(lane_spellings: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The lexicon's names for makers: a lane's maker's other names, and makers without a lane (NEW_LANE)."""
    lane_of_maker: dict[str, str] = {}
    for spelling, lane_id in lane_spellings:
        maker = maker_named(spelling)
        if maker is not None:
            lane_of_maker.setdefault(maker.name, lane_id)
    taken = {normalize_space(spelling).lower() for spelling, _ in lane_spellings}
    return tuple(
        (spelling, lane_of_maker.get(name, NEW_LANE + name))
        for spelling, name in maker_spellings()
        if normalize_space(spelling).lower() not in taken
    )


def vocabulary_for(document: Document, defaults: Iterable[KnownPartner] = DEFAULT_PARTNERS) -> Vocabulary:
    """The makers and partners of ``document``, plus the default US carriers and retailers.

    A partner spelled in the document wins over the default spelling ("Verizon Wireless" in the
    document makes that the canonical name of the Verizon group). Names of lanes are never partners.
    """
    lane_names = {lane.id: lane.name or lane.id for lane in document.lanes}
    lane_spellings = tuple(
        (spelling, lane.id) for lane in document.lanes for spelling in (lane.name or lane.id, *lane.aliases)
    )
    maker_words = {normalize_space(spelling).lower() for spelling, _ in lane_spellings}
    lane_spellings += _maker_spellings(lane_spellings)  # a partner the document uses may be a maker: "Apple"

    # Groups of spellings of one partner: the defaults, then what the document's events use.
    groups: list[tuple[str, str, set[str]]] = []  # (canonical name, category, spellings)
    group_of: dict[str, int] = {}  # normalised spelling -> group
    for partner in defaults:
        for spelling in (partner.name, *partner.spellings):
            group_of.setdefault(normalize_space(spelling).lower(), len(groups))
        groups.append((partner.name, partner.category, {partner.name, *partner.spellings}))
    renamed: set[int] = set()
    used = Counter(partner for event in document.events for partner in event.partners)
    for spelling, _count in used.most_common():  # the most used spelling of a group becomes its name
        norm = normalize_space(spelling).lower()
        if not norm or norm in maker_words:
            continue
        if norm not in group_of:
            group_of[norm] = len(groups)
            groups.append((spelling, "", set()))
        index = group_of[norm]
        name, category, spellings = groups[index]
        if index not in renamed:
            renamed.add(index)
            name = spelling
        groups[index] = (name, category, spellings | {spelling})
    partner_spellings = {
        (spelling, name)
        for name, _category, spellings in groups
        for spelling in spellings
        if normalize_space(spelling).lower() not in maker_words
    }
    return Vocabulary(
        MappingProxyType(lane_names),
        MappingProxyType({name: category for name, category, _spellings in groups}),
        _matcher(lane_spellings),
        _matcher(tuple(sorted(partner_spellings))),
    )


# --- The suggestion -------------------------------------------------------------------------------------


def suggest_event(
    document: Document,
    source: Source,
    start: int,
    end: int,
    *,
    vocabulary: Vocabulary | None = None,
) -> Suggestion:
    """Prefill a new event from ``source.text[start:end]``, the passage the analyst selected.

    A date comes from the passage, the source's date, or nowhere: with neither, ``start`` is "".
    Raises ValueError when the range is not a non-empty selection inside the text.
    """
    text = source.text
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"selection {start}-{end} is outside the source text (0-{len(text)})")
    quote, prefix, suffix = quote_selector(text, start, end)
    if not quote:
        raise ValueError("the selection is empty or only whitespace")
    vocabulary = vocabulary or vocabulary_for(document)
    hints: dict[str, str] = {}
    start += dateline_length(text[start:end])  # "SEOUL (Reuters) —" says where it was filed, not what happened
    passage = text[start:end]

    lane, other_lanes, hints["lane"], new_lane = choose_lane(vocabulary, source, start, end)

    reference, reference_words = reference_date(source)
    side = side_spans(passage)  # background: "Huawei, which sells through T-Mobile, said…"
    # ", and its OnePlus affiliate has sold … since 2018": another maker's clause, its partners and date its own
    other_maker = _other_maker_clauses(vocabulary, passage, side, lane or NEW_LANE + (new_lane or ""))
    # "Update, Oct. 11: Samsung has ended …": the update's day is when its news was told, and what it says is read from it
    update = update_day(passage, reference)
    told, told_words = (update, f"the update's date ({update.edtf()})") if update else (reference, reference_words)
    date, phrases = event_date(text, start, end, told, background=other_maker)
    start_date, end_date, hints["start"], hints["end"] = date_fields(date, phrases, told, told_words)
    if update is not None and start_date == update._replace(approximate=True):
        start_date, hints["start"] = update, f"no other date in the passage: {told_words}, which opens it"
    if reference is not None and start_date == reference._replace(approximate=True) and stamped_happening(passage):
        start_date = reference  # "7:05 p.m. ET: the phone is official": the entry's stamp is of the article's day
        hints["start"] = f"a live blog's entry stamped with a time of the day of {reference_words}"
    elif reference is not None and start_date == reference._replace(approximate=True):
        if (heading := heading_weekday(passage, reference)) is not None:  # "Tuesday: Vivo says …" in a week's digest
            start_date = heading
            hints["start"] = f"a weekday heading the item: the last one on or before {reference_words}"
    future = start_date is not None and reference is not None and start_date.first_day() >= reference.end_day()

    # "since 2015, when the Xperia Z3 left T-Mobile's shelves": the when-clause tells the dated event, its partners too
    when = [
        (a, b) for a, b in side if _WHEN.match(passage, a) and any(_just_before(passage, p.stop, a) for p in phrases)
    ]
    background = [span for span in side if span not in when]
    roles = not_partner_spans(passage)  # owners, other products' stores, networks, rivals
    partners, categories, hints["partners"] = _partners(vocabulary, passage, [*background, *other_maker, *roles])
    main = blank(passage, side)
    others = blank(  # ", but lawmakers want …": someone else's clause; ", pushing back …": what it led to
        main, other_subject_clause_spans(main) + comment_spans(main)
    )
    kind, hints["kind"] = kind_of(others, categories, future, start_date)
    if kind == "other" and others != main:
        kind, hints["kind"] = kind_of(main, categories, future, start_date)
    # no cue in the main clause: the side clause's still say something; where only a carrier is named, a step back
    # the side clause tells is the carrier's ("Its last attempt ended in May, when AT&T walked away from selling it")
    if (kind == "other" or hints["kind"].endswith(CARRIER_ALONE)) and main != passage:
        side_kind, why = kind_of(passage, categories, future, start_date)
        if kind == "other" or side_kind == "setback":
            kind, hints["kind"] = side_kind, why + (", in a side clause" if side_kind != "other" else "")
    if not partners:  # "LG's G5, which Verizon began selling in April, has sold below the carrier's forecasts"
        categories_of = vocabulary.partner_categories
        named = [(at, name, categories_of.get(name, "")) for at, _, name in vocabulary.partners.finditer(passage)]
        if (within := pointed_within(passage, named)) is not None:  # the partners only: the kind is the clause's
            partners = (within[0],)
            hints["partners"] = f'none named in the main clause; "{within[1]}" there is {within[0]}, named before it'
    back = pointing_back(passage, side)
    if back is not None and not any(end <= back.start() and _NAMES_A_DEAL.search(passage, s, end) for s, end in side):
        # (after a side clause that names a deal, the word may point back to it: "TCL, which makes … under
        # licence, ended that arrangement")  # "the same retailers", "the deal": the sentence before says which
        partners, categories, kind = resolve(
            Antecedent(source.text, start, back),
            lambda sentence: _partners(vocabulary, sentence, side_spans(sentence)),
            (partners, categories, kind),
            future,
            start_date,
            hints,
        )
    asked = answered_about(
        source.text, start, passage, lambda s: _partners(vocabulary, s, side_spans(s)), future, start_date
    )
    if asked is not None:  # "An AT&T spokesperson said the carrier has “nothing to share”": about the event before
        kind, hints["kind"] = asked
    elif kind == "other":
        own_key = lane or NEW_LANE + (new_lane or "")
        kind, hints["kind"] = continued(
            source.text, start, lambda s: _partners(vocabulary, s, side_spans(s)), future, start_date,
            about_another_maker=lambda s: _about_another_maker(vocabulary, s, own_key),
        ) or (kind, hints["kind"])  # fmt: skip
    if kind == "other" and not categories:  # no cue here nor before, no channel: how the phone is made or advertised
        kind, hints["kind"] = background_kind(passage) or (kind, hints["kind"])
    general = general_passage(passage, vocabulary)  # what the learned models read (passage_model.py)
    rules_kind, rules_hints = kind, {"kind": hints["kind"]}  # the models' second opinions come below
    # "Huawei, which sold its phones through Amazon until 2019, now sells none": not in a regulatory passage
    if not partners and kind != "regulatory" and not _A_REGULATORY_MATTER.search(passage):
        partners, hints["partners"] = _background_channels(
            vocabulary, passage, background, [*other_maker, *roles], hints["partners"]
        )
    partners, hints["partners"] = _with_dropped_deals(vocabulary, passage, side, roles, partners, hints["partners"])
    # "Visible, the prepaid brand Verizon owns": the owner named after its brand is a partner too (the guide)
    partners, hints["partners"] = with_owners_named_after(passage, partners, hints["partners"])
    if partners and kind == "regulatory" and in_court(passage):  # "… phones sold by AT&T infringed a patent"
        partners, hints["partners"] = (), "a court's matter: its carriers and stores are parties or passing mentions"
    rules_partners, rules_hints["partners"] = partners, hints["partners"]  # the partners': partner_model.py
    partners, hints["partners"] = learned_partners(vocabulary, passage, partners, hints["partners"], rules_kind)
    own = blank(main, other_subject_clause_spans(main))  # ", and said …" goes on with the subject: its own
    # "ordered unlocked … starting today and will be in Best Buy stores from Oct. 20": a sale set, as announced
    sale = None if future else settled_sale(passage, phrases, reference)
    # "a Vivo executive, who asked not to be named, said", "…, the memo said" after "a memo seen by reporters"
    unnamed = unnamed_source(text, start, passage)
    status, hints["status"] = status_of(
        own + (" " + unnamed if unnamed else ""),
        future or sale is not None,
        sale.start if sale is not None else start_date,
        reference,
        speaker=speaker_on_the_record(text, start, passage, own, vocabulary.lanes, vocabulary.partners),
        # (a titled source's title only: the first paragraph of one without may be a lead, told as any sentence)
        headline=bool(source.title) and _is_headline(source, passage, start),
    )
    rules_status, rules_hints["status"] = status, hints["status"]
    # the kind's and the status's second opinions, once the rules have read both: kind_model.py, status_model.py
    rules_reading = RulesReading(
        rules_kind, rules_status, rules_hints["kind"], rules_hints["status"], _is_headline(source, passage, start),
        kind_text=others, general_text=general, **_article_around(source, start, vocabulary),
    )
    kind, hints["kind"] = learned_kind(general, kind, hints["kind"], rules_reading)
    status, hints["status"] = learned_status(general, status, hints["status"], rules_reading)
    # the model's second opinion on the date, once the rules have used theirs: date_model.py
    reading = DateReading(tuple(phrases), reference, start_date)
    rules_start, rules_hints["start"] = start_date.edtf() if start_date is not None else "", hints["start"]
    if (guess := learned_date(passage, reading, rules_kind)) is not None:
        start_date, end_date, hints["start"], hints["end"] = _guessed_date_fields(
            guess, phrases, reference, reference_words, rules_start, rules_hints["start"]
        )
    title = _title(passage)
    hints["title"] = "the passage's first sentence" + (", shortened" if title.endswith("…") else "")
    hints["evidence"] = "the selected passage" + (
        ", with the text around it (it occurs more than once)" if prefix or suffix else ""
    )
    notes = ""
    if start_date is None:
        notes = "Dates: " + hints["start"].removesuffix(": type one") + "."
        hints["notes"] = "says why there is no date"
    elif start_date.is_qualified or end_date is not None:
        notes = "Dates: " + hints["start"][0].lower() + hints["start"][1:] + "."
        hints["notes"] = "explains the estimated date"
    return Suggestion(
        lane=lane,
        other_lanes=other_lanes,
        title=title,
        start=start_date.edtf() if start_date is not None else "",
        end=end_date,
        kind=kind,
        status=status,
        partners=partners,
        evidence=Evidence(source.id, quote, prefix, suffix),
        hints=MappingProxyType(hints),
        notes=notes,
        new_lane=new_lane,
        rules_kind=rules_kind,
        rules_status=rules_status,
        rules_partners=rules_partners,
        rules_start=rules_start,
        date_reading=reading,
        rules_hints=rules_hints,
        rules_reading=rules_reading,
        answers_before=asked is not None,
    )


def _is_headline(source: Source, passage: str, start: int) -> bool:
    """Whether ``passage`` is the article's headline: its title, or, for a source without one, its first paragraph."""
    if source.title:
        return normalize_space(passage) == normalize_space(source.title)
    return _LEADING_SPACE.match(source.text, 0, start).end() == start  # no copy of what comes before: sources are long


def _article_around(source: Source, start: int, vocabulary: Vocabulary) -> dict:
    """The learned kind's view of the article (``RulesReading.headline_text``, ``paragraph``): its title made general
    and the number of the passage's paragraph; nothing for a source without a title (a pasted sentence is no article's
    first paragraph, and every labelled article the model learned from has one)."""
    if not source.title:
        return {}
    return {"headline_text": general_passage(source.title, vocabulary), "paragraph": source.text.count("\n\n", 0, start)}


_LEADING_SPACE = re.compile(r"\s*")


_NAMES_A_DEAL = re.compile(r"(?i)\b(?:licen[cs]e|deal|agreement|contract|partnership|talks|carriers?|retailers?)\b")

_WHEN = re.compile(r",\s+when\s")
_DROPPED_DEAL = re.compile(
    r"(?i)\b(?:backed|pulled|walked)\s+(?:out|away)\s+(?:of|from)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:deals?|plans?|agreements?|contracts?)\b|\bdropped\s+(?:its\s+|their\s+|the\s+)?plans?\s+to\s+(?:carry|sell|offer|stock)\b"
)


def _with_dropped_deals(
    vocabulary: Vocabulary,
    passage: str,
    side: list[tuple[int, int]],
    roles: list[tuple[int, int]],
    partners: tuple[str, ...],
    hint: str,
) -> tuple[tuple[str, ...], str]:
    """``partners`` and the partners of side clauses telling of a deal dropped ("since AT&T backed out of a deal to
    carry it", "weeks after Verizon dropped plans to sell it"): a partner in a deal that was dropped is a partner still
    (the guide), though the clause stays background for the kind and the date."""
    dropped = [(a, b) for a, b in side if _DROPPED_DEAL.search(passage, a, b)]
    named = [
        name for at, _, name in vocabulary.partners.finditer(passage) if inside(at, dropped) and not inside(at, roles)
    ]
    added = tuple(dict.fromkeys(name for name in named if name not in partners))
    if not added:
        return partners, hint
    return (*partners, *added), hint + "; in a deal dropped, told in a side clause: " + ", ".join(added)


#: What makes a passage regulatory whatever its main clause's cue: a regulator, lawmakers, a court, an order, a report,
#: tariffs ("BLU, which sells through Amazon, said the FTC's order was unfair"); its channels are passing mentions.
_A_REGULATORY_MATTER = re.compile(
    r"\b(?:FCC|FTC|Federal|Commission|Commerce|Congress|[Ll]awmakers|(?:the|a|its)\s+report|(?<!-)order|ruling|court"
    r"|judge|[Tt]ariffs?|ban|blacklist\w*|the\s+agency|inquiry|regulators?|approval|settlement)\b"
)


#: A clause that only dates the passage's event by another, a stretch of time away: "…, a year after Verizon began
#: selling its phones", "weeks before Sprint's launch". Its channels are the other event's.
_DATED_BY = re.compile(
    r"(?i)\b(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|years?)"
    r"\s+(?:after|before)\s[^,;.]*"
)


def _background_channels(
    vocabulary: Vocabulary,
    passage: str,
    background: list[tuple[int, int]],
    not_theirs: list[tuple[int, int]],
    hint: str,
) -> tuple[tuple[str, ...], str]:
    """The partners of a passage that names its channels only in side clauses ("BLU, which sells through Amazon and Best
    Buy, shipped 9 million phones", "the Pre 3, which had been due at AT&T, will not go on sale"): the guide lists the
    carriers and stores of a context passage about where the phones sell, and only a regulatory passage's are passing
    mentions. Names in another maker's clause or in a role other than partner (``not_theirs``) stay out, and so do those
    of a when-clause (", when Cricket asked about it, said nothing") or of a clause that only dates the event."""
    asides = [(a, b) for a, b in background if not _WHEN.match(passage, a)]
    dating = [(m.start(), m.end()) for m in _DATED_BY.finditer(passage)]  # "…, a year after Verizon began selling it"
    named = [
        name
        for at, _, name in vocabulary.partners.finditer(passage)
        if inside(at, asides) and not inside(at, not_theirs) and not inside(at, dating)
    ]
    if not named:
        return (), hint
    named = list(dict.fromkeys(named))
    return tuple(named), "named only in a side clause, where the phones sell as background: " + ", ".join(named)


def _about_another_maker(
    vocabulary: Vocabulary, text: str, own_key: str, start: int = 0, end: int | None = None
) -> bool:
    """Whether ``text[start:end]`` names makers, none of them the passage's own (``own_key``: a lane id or
    NEW_LANE + name)."""
    keys = {key for _start, _end, key in vocabulary.lanes.finditer(text, start, end)}
    return bool(keys) and own_key not in keys


def _just_before(passage: str, stop: int, clause_start: int) -> bool:
    """True when a date ends right before a clause, or a few words before it ("after the 2018 export ban, when …")."""
    return stop <= clause_start and clause_start - stop <= 25 and not re.search(r"[,;.]", passage[stop:clause_start])


#: A coordinate clause: ", and its OnePlus affiliate has …", "; Oppo sells …".
_COORDINATE = re.compile(r"(?:,\s+(?:but|and|while|whereas)|;)\s+(?P<subject>(?:[\w'’&-]+\s+){0,4}?)[^,;.]*")


def _other_maker_clauses(
    vocabulary: Vocabulary, passage: str, side: list[tuple[int, int]], lane: str
) -> list[tuple[int, int]]:
    """The coordinate clauses whose subject names another maker than the passage's ("Oppo has never sold phones in
    the US, and its OnePlus affiliate has handled the market through T-Mobile since 2018"), and the which-clauses
    right after another maker's name ("than Samsung's Galaxy Fold, which reached AT&T in late September")."""
    spans = []
    for clause in _COORDINATE.finditer(blank(passage, side)):
        subject = clause.start("subject")
        if _about_another_maker(vocabulary, passage, lane, subject, subject + 40):
            spans.append((clause.start(), clause.end()))
    for clause in _WHICH_OF.finditer(passage):  # "… than Samsung's Galaxy Fold, which reached AT&T in late September"
        if _about_another_maker(vocabulary, passage, lane, max(0, clause.start() - 30), clause.start()):
            spans.append((clause.start(), clause.end()))
    return spans


_WHICH_OF = re.compile(r",\s+(?:which|that)\s[^,;.]*")


def _partners(
    vocabulary: Vocabulary, passage: str, side: list[tuple[int, int]]
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]:
    """The partners named outside side clauses, the (name, category) of each, and the hint."""
    found: dict[str, str] = {}
    background: dict[str, str] = {}
    for match_start, match_end, name in vocabulary.partners.finditer(passage):
        words = normalize_space(passage[match_start:match_end])
        names = background if inside(match_start, side) else found
        if (owner := owner_in_front(passage, match_start)) is not None:  # "Comcast's Xfinity Mobile": both
            names.setdefault(owner[1], normalize_space(passage[owner[0] : match_start]))
        names.setdefault(name, words)
    if not found:
        if background:
            return (), (), "named only in a side clause, as background: " + ", ".join(background)
        return (), (), "no known carrier or retailer named in the passage"
    shown = [name if words.lower() == name.lower() else f'{name} (as "{words}")' for name, words in found.items()]
    categories = tuple((name, vocabulary.partner_categories.get(name, "")) for name in found)
    return tuple(found), categories, "named in the passage: " + ", ".join(shown)


def _guessed_date_fields(
    guess: tuple[DateCandidate, float, int],
    phrases: list[DatePhrase],
    reference: PartialDate | None,
    reference_words: str,
    rules_start: str,
    rules_why: str,
) -> tuple[PartialDate, str | None, str, str]:
    """start, end and their hints for the learned date's guess: what it chose, as the rules would say it, how sure it
    is, and what the rules said."""
    candidate, probability, passages = guess
    if candidate.phrase is not None:
        start, end, why, end_why = date_fields(candidate.phrase, phrases, reference, reference_words)
    elif candidate.start == reference:  # the source's own day ("… said on Tuesday", today's)
        start, end, why, end_why = candidate.start, None, f"the day of {reference_words}", "none: a point in time"
    else:  # the source's date, approximate: a state, or talks held now about a later sale
        start, end, end_why = candidate.start, None, "none: a point in time"
        why = f"{reference_words}, marked approximate: the passage's dates are not its event's"
    rules = f"{rules_start} ({rules_why})" if rules_start else f"no date ({rules_why})"
    return start, end, f"a guess learned from {passages:,} labelled passages, {probability:.0%} sure: {why}; the rules said {rules}", end_why


def _title(passage: str) -> str:
    """The passage's first sentence, without a leading attribution or conjunction, cut at a word."""
    text = normalize_space(passage)
    text = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])", text, maxsplit=1)[0]
    text = re.sub(r"^(?:(?:but|and|yet|however|meanwhile|also|plus)\b,?\s+)+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^according to [^,]{1,60},\s*", "", text, flags=re.IGNORECASE)
    text = text.rstrip(" .,;:!")
    if len(text) > TITLE_LENGTH:
        cut = text[: TITLE_LENGTH + 1]
        cut = cut[: cut.rfind(" ")] if " " in cut else cut[:TITLE_LENGTH]
        text = cut.rstrip(" ,;:—–-") + "…"
    return text[:1].upper() + text[1:]
