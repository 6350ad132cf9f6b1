"""Which date phrase of a passage dates its event (``date_fields`` says it in the form's fields and hints).

A passage may hold several dates: the statement's ("the company said on Thursday"), the event's, a side
clause's background ("Xiaomi, which overtook Apple last year, …"), a plan given up, a stop told after the
effort ("sold … in 2018 but stopped … in 2019"). ``event_date`` picks the one an analyst would enter; with
none, the caller falls back on the source's own date, marked approximate, and never on today.
"""

from __future__ import annotations

import itertools
import re

from gui.core.document.dates import PartialDate, Precision
from gui.core.evidence.alternative_months import months_as_alternatives
from gui.core.evidence.anchored_dates import COUNTED_FROM, find_anchored, resolve, since_the_deed
from gui.core.evidence.clauses import (
    before_after_spans,
    blank,
    confirmed_report_spans,
    ended_thing_spans,
    given_up_plan_spans,
    inside,
    named_contact_spans,
    side_spans,
)
from gui.core.evidence.corrections import corrected_spans
from gui.core.evidence.date_phrases import NAMING_YEAR, DatePhrase, Specificity, best_date_phrase, find_date_phrases
from gui.core.evidence.near_phrases import expected_in_the_month_said
from gui.core.evidence.numeric_dates import writes_day_first
from gui.core.evidence.overtaken_plans import plan_overtaken
from gui.core.evidence.ruled_out_years import year_ruled_out
from gui.core.evidence.sale_dates import (
    abroad_beside_the_us,
    gives_way_to_a_sale,
    lead_of,
    sale_said_after_an_unveiling,
    sale_told_aside,
    settled_sale,
    vague_sale_after_an_unveiling,
)
from gui.core.evidence.state_starts import without_state_starts
from gui.core.evidence.tense import FUTURE, PAST, tense_at

__all__ = ["event_date"]

#: An effort that stopped later, told after it in the same sentence: the stop is the event, and dated after it.
_STOPPED_LATER = re.compile(r"(?i)\b(?:but|then|and) (?:later |eventually |soon )?(?:stopped|quit|ceased)\b")
#: A date right after a speech verb, or after one and a named venue ("said at MWC in Barcelona on Sunday"), dates the
#: statement, not the event; one after the "that" which opens what was said is the said thing's ("said … that …").
_SPEECH_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told(?: reporters)?|announced|confirmed|estimated|estimates|reported|reports|wrote|writes|note)\b"
    r"(?:(?:(?!\bthat\s)[^,.;]){0,30}"
    r"|(?-i:(?:\s+(?:reporters|analysts|investors))?(?:\s+in\s+an\s+interview)?\s+at\s+(?:the\s+)?"
    r"(?:[A-Z][\w&'’-]*\s+){1,4}(?:in\s+[A-Z]\w+\s+(?:[A-Z]\w+\s+)?)?))$"
)


def event_date(
    text: str,
    start: int,
    end: int,
    reference: PartialDate | None,
    look_back: bool = True,
    background: list[tuple[int, int]] = (),
) -> tuple[DatePhrase | None, list[DatePhrase]]:
    """The phrase that dates the event of ``text[start:end]`` (None: no date in the passage) and every date
    phrase of the passage, read against ``reference``; "days later" is counted from the date before it in the
    passage or, with ``look_back``, from the event of the sentence before. Dates in the ``background`` spans
    (of the passage: another maker's clause, say) are not the event's."""
    passage = text[start:end]
    day_first = writes_day_first(text, reference)  # "07/05/2018" from London: 7 May
    phrases = find_date_phrases(passage, reference, day_first=day_first)
    phrases = months_as_alternatives(passage, phrases)  # "late August or early September"
    for anchored in find_anchored(passage):
        if anchored.from_after:  # "a fortnight before the launch event on 4 October": from that date, or none
            stop = anchored.offset + len(anchored.text)
            after = [p for p in phrases if stop <= p.offset <= stop + 60 and p.end is None]
            if after and not re.search(r"[,;.]", passage[stop : after[0].offset]):
                phrases.append(resolve(anchored, after[0], "after it in the passage"))
            continue
        same_day = re.fullmatch(r"(?i)(?:the\s+same|that)\s+(?:day|date)", anchored.text) is not None  # not a month's
        before = [p for p in phrases if p.stop <= anchored.offset and p.end is None and (not same_day or _a_day(p))]
        # Told in the past ("opened the same day", "had briefed carriers a week earlier"): from a date not after the
        # source's; else from the event ("goes on sale a week earlier" than the carriers' day).
        tense = tense_at(passage, anchored.offset, anchored.offset + len(anchored.text), attribution=False)
        if before:
            phrases.append(resolve(anchored, before[-1], "earlier in the passage"))
        elif look_back and (anchor := _date_before(text, start, reference, tense, same_day)) is not None:
            phrases.append(resolve(anchored, anchor, "in the sentence before"))
    phrases = phrases or since_the_deed(passage, reference)  # "The talks come nine months after BLU agreed …"
    phrases = _months_in_counted_years(phrases)
    phrases.sort(key=lambda p: p.offset)
    side = [*side_spans(passage), *_side_spans_after_filed(passage), *background]  # background: "Huawei, which …"
    side = [span for span in side if not _a_time_only(passage, span, phrases) and not _a_schedule(passage, span)]
    side += corrected_spans(passage)  # "An earlier version … said March 22; it was March 2": not the wrong one
    side += [(m.start(), m.end()) for m in _DESPITE.finditer(passage)]  # "despite being cut off … in mid-May"
    side += [(m.start("side"), m.end()) for m in _DENIED_REPORT.finditer(passage)]  # "denied a report that …"
    side += abroad_beside_the_us(passage, phrases)  # "in Europe on Sept. 30 and in the United States later this year"
    side += [(m.start(), m.end()) for m in _TO_FOLLOW.finditer(passage)]  # ", with Cricket to follow in 4Q21"
    side += [(m.start(), m.end()) for m in _TRAILING_DEED.finditer(passage)]  # ", a promise it first made in August"
    side += ended_thing_spans(passage)  # ", ending a run that began in 2019"
    reports = confirmed_report_spans(passage)  # "confirmed on Thursday …, a deal first reported in August"
    side += reports
    side += [(m.start("side"), m.end("side")) for m in _CONTACT_CLAUSE.finditer(passage)]  # "the store it opened in May"
    side += named_contact_spans(passage)  # "the brand Huawei sold in 2020"
    side += [(m.start("side"), m.end("side")) for m in _SUBJECT_THAT_CLAUSE.finditer(passage)]  # "The phone that … is"
    side += [(m.start("side"), m.end("side")) for m in _SUBJECT_SHOWN_CLAUSE.finditer(passage)]  # "A phone LG showed …"
    around = before_after_spans(passage)  # "days before … CES 2018": bounds the event when nothing else dates it
    stopped = _STOPPED_LATER.search(blank(passage, side))  # "sold … in 2018 but stopped after … in 2019"
    own_phrases = [p for p in phrases if p.offset >= stopped.start()] if stopped else []
    own_phrases = own_phrases or phrases  # the stop is the event: the dates after it are its own
    given_up = _without_the_days_given_up(passage, given_up_plan_spans(passage), phrases, reference)
    # "Huawei's P30 Pro, released in Europe in early April, will not be sold …": what the subject is, unless
    # nothing else dates the passage ("Google's Nexus phones, made by partners … from 2010 to 2015, sold …")
    appositive = [(m.start("side"), m.end("side")) for m in _PARTICIPLE_APPOSITIVE.finditer(passage)]
    # … unless what follows is a state told in the present ("Honor, sold by Huawei in November 2020, depends on …"):
    # the state is now, and the side clause's date is only what the subject is
    # … or an end told without a date ("The Gem, shown off in October, will not be released"): the side clause's date
    # is still only what the subject is, and the end is dated by the article
    state = bool(appositive) and (
        _PRESENT_STATE.match(passage, appositive[-1][1]) is not None
        or _UNDATED_END.match(passage, appositive[-1][1]) is not None
    )
    date = best_date_phrase(
        (appositive and _event_phrases(passage, own_phrases, [*side, *given_up, *appositive], reference))
        or (not state and _event_phrases(passage, own_phrases, [*side, *given_up], reference))
        or _event_phrases(passage, [p for p in own_phrases if inside(p.offset, around)], [], reference)
    )
    if date is None:  # "The blacklist, announced last Wednesday, bars …": the act the passage is about, dated
        date = best_date_phrase(
            [p for p in phrases if any(a <= p.offset < b for a, b in _act_dated_spans(passage, side))]
        )
    if date is not None and _a_span_up_to_now(date, reference):
        date = None  # "has sold phones at Walmart for years": a state up to now, the article's date, as most labels have it
    if date is not None and (restated := _restated_day(passage, date, phrases)) is not None:
        date = restated  # "a week before Christmas, on the 18th": the day that says it outright
    if date is not None and date.end is not None and date.end != reference and _WHEN_AFTER.match(passage, date.stop):
        # "carried … from 2018 until last year, when the carrier dropped …": the when-clause is the event, at the end
        reading = "the end of the range, when the event the passage tells happened"
        date = DatePhrase(date.text, date.offset, date.end, None, date.specificity, reading)
    if date is not None and (ended := _day_it_ended(passage, date, phrases, side)) is not None:
        date = ended  # "had planned a phone for this spring but shelved it last month": when the plan ended
    elif date is not None and (overtaken := plan_overtaken(passage, date, phrases, side))[0]:
        date = overtaken[1]  # "had planned to ship it in February, but it failed a test": the undoing, not February
    denied = [(m.start("side"), m.end()) for m in _DENIED_REPORT.finditer(passage)]
    undone = [*given_up, *denied, *reports]  # (a report's time is no sale's either)
    sale = settled_sale(passage, [p for p in phrases if not inside(p.offset, undone)], reference, years=True)
    if (sale is not None and date is not None and gives_way_to_a_sale(passage, date, reference)
            and not sale_told_aside(passage, date, sale)
            and not vague_sale_after_an_unveiling(passage, date, sale)
            and not sale_said_after_an_unveiling(passage, date, sale)):  # fmt: skip
        date = sale  # "said on Thursday that it will go on sale … on Oct. 21": the sale's day
    date = date and expected_in_the_month_said(date, phrases)  # "said on Monday it expected … within days"
    if (ruled_out := year_ruled_out(passage, date, phrases, reference)) is not None:
        date = ruled_out  # "has no plans to sell … this year, its chief said on Tuesday": the year, as the guide says
    return date, phrases


def _a_span_up_to_now(date: DatePhrase, reference: PartialDate | None) -> bool:
    """True for a span of years or weeks counted back from the source's date ("for years", "over three years", "for two
    decades", "for two weeks"): it tells how long a state has held, not when an event happened. A span of months ("had
    been in talks for months") still dates the start of talks, as the dev labels have it."""
    return (date.end is not None and date.end == reference and date.reading.endswith(" before")
            and not date.reading.endswith(("month before", "months before")))  # fmt: skip


#: An end of a plan, right before the date it ended on in the same clause: "cancelled the order in April", "dropped it
#: in September", "called off that plan last month", "was pushed back in June".
_ENDED_AT = re.compile(
    r"(?i)\b(?:cancell?ed|dropped|scrapped|shelved|called\s+off|killed|abandoned|pushed\s+(?:\w+\s+)?back|put\s+off"
    r"|delayed|postponed)\b[^,;.]{0,40}$"
)
#: A plan told before its time: "had planned to bring … this spring", "a phone due next spring", "planned for the fall".
_PLANNED_BEFORE = re.compile(r"(?i)\b(?:planned|plans?|planning|due|expected|promised|slated|scheduled|set\s+for)\b[^;.]{0,80}$")


def _day_it_ended(
    passage: str, date: DatePhrase, phrases: list[DatePhrase], side: list[tuple[int, int]]
) -> DatePhrase | None:
    """The date a plan was ended on, told after the plan's own time ("Kyocera had planned a phone for this spring but
    shelved it last month"): the end is the event, not the time the plan was for. None when ``date`` is no plan's time
    or no end is dated after it."""
    if date.end is not None or not _PLANNED_BEFORE.search(passage, max(0, date.offset - 80), date.offset):
        return None
    ended = [p for p in phrases if p.offset > date.stop and p.end is None and not inside(p.offset, side)
             and _ENDED_AT.search(passage, max(0, p.offset - 60), p.offset)]  # fmt: skip
    return ended[0] if ended else None


def _months_in_counted_years(phrases: list[DatePhrase]) -> list[DatePhrase]:
    """A month without a year after a count of years that leads the passage and gives its only year ("Two years
    earlier, the XZ1 had reached the same stores in September"): that month of the counted year, replacing both."""
    counted = [p for p in phrases if p.reading.startswith(COUNTED_FROM) and p.start.precision == Precision.YEAR]
    months = [p for p in phrases if p.start.precision == Precision.MONTH and p.relative and p.end is None
              and not p.reading.startswith(COUNTED_FROM)]  # fmt: skip
    if len(counted) != 1 or len(months) != 1 or any(p.start.precision == Precision.YEAR for p in phrases
                                                    if p not in counted):  # fmt: skip
        return phrases
    year, month = counted[0], months[0]
    if month.offset < year.offset:  # "signed in March, as Oppo had done … two years earlier": the count is another's
        return phrases
    date = month.start._replace(year=year.start.year, approximate=month.start.approximate or year.start.approximate)
    reading = f"{year.reading}, in its {month.text.strip()}"
    merged = DatePhrase(month.text, month.offset, date, None, Specificity.RELATIVE, reading)
    return [merged if p is month else p for p in phrases if p is not year]


#: "during the …", "throughout the …": what was going on, a side clause unless it is a date phrase and nothing more.
_DURING = re.compile(r"(?i),?\s*(?:during|throughout)\s")


def _a_time_only(passage: str, span: tuple[int, int], phrases: list[DatePhrase]) -> bool:
    """True for a side clause that is only a time ("during the back-to-school rush"): the event's time, not background."""
    a, b = span
    return _DURING.match(passage, a) is not None and any(a <= p.offset and p.stop >= b for p in phrases)


#: A clause that tells when the subject is due, not what it did before: "is due to rule … on Aug. 9" (not "due to the
#: pandemic", a cause), ", which are expected by the holidays".
_SCHEDULE_CLAUSE = re.compile(
    r"(?i),?\s*(?:due\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|weak|strong|low|high|poor)\b)[a-z]+\b"
    r"|which\s+(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|due|scheduled|slated|set)\b)"
)
_BE_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|now|still)\s*$")  # not "had been due to": a plan overtaken


def _a_schedule(passage: str, span: tuple[int, int]) -> bool:
    """True for a side clause that is the subject's schedule ("is due to reach stores in January", ", which are expected
    by the holidays"): the time it gives is the event's."""
    match = _SCHEDULE_CLAUSE.match(passage, span[0])
    if match is None:
        return False
    return match[0].lstrip(", ").lower().startswith("which") or _BE_BEFORE.search(passage, 0, span[0]) is not None


#: A plan given up in the past: its weekday at the end dates the giving up ("dropped its plan to sell it on Monday").
_GAVE_UP = re.compile(r"(?i)(?:shelved|scrapped|dropped|abandoned|ditched|gave up)\s")


def _without_the_days_given_up(
    passage: str, spans: list[tuple[int, int]], phrases: list[DatePhrase], reference: PartialDate | None
) -> list[tuple[int, int]]:
    """The given-up plans' spans, each cut before a weekday that ends it when the plan was given up in the past and
    the day is not after the source's: "AT&T dropped its plan to sell the phone on Monday" was dropped on Monday."""
    if reference is None:
        return spans
    kept = []
    for a, b in spans:
        days = [p for p in phrases if a <= p.offset < b and p.reading.startswith("the nearest such day")]
        last = days[-1] if days else None
        if (
            last is not None
            and _GAVE_UP.match(passage, a)
            and not passage[last.stop : b].strip()
            and last.start.first_day() < reference.end_day()
        ):
            b = last.offset
        kept.append((a, b))
    return kept


#: A delay, or a market skipped, before "until": "delayed in the US until April", "puts its debut off until next year",
#: "put on hold until …", "skip the US until next year": the new time, when it will happen (the guide's delay close call).
_DELAYED = (
    r"\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|skip(?:s|ped|ping)?|on\s+hold"
    r"|(?:put|puts|putting|push|pushes|pushed|pushing|held|hold|holds|holding)\b[^,;.]{0,50}?\b(?:off|back))\b"
)
#: The end something lasts until: "until 2026", "through at least 2026" (dating the event only when it is over).
#: A negation before "until": the time is when it will happen ("will not have the phone until late May"), not an end.
_NOT_UNTIL = re.compile(
    r"(?i)(?:(?:\bnot|n['’]t|\bnever)\b[^,;.]{0,60}?|\bwait(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?"
    rf"|{_DELAYED}[^,;.]{{0,60}}?|\bha(?:s|ve|d)\s+)(?:\buntil|\btill)(?:\s+at\s+least)?\s*$"
)  # "will have to wait until March": the time it happens, as after a negation; "have until March 3 to answer": due
#: Who comes next, told after the event: ", with Cricket to follow in 4Q21", ", and Metro expected to follow in May".
_TO_FOLLOW = re.compile(r"(?i),\s+(?:with|and)\s+[^,;.]{1,40}?\s+(?:expected\s+|set\s+|due\s+)?to\s+follow\b[^,;]*")
#: A noun set off at the end that tells when the subject first did something before: ", a promise it first made in
#: August", ", a plan it had announced in May" (not ", a stance it repeated on Monday", which dates the event).
_TRAILING_DEED = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:that\s+|which\s+)?(?:it|they|he|she|the\s+(?:company|carrier|firm|brand))\s+"
    r"(?:had\s+(?:first\s+|already\s+)?|first\s+|already\s+)(?:made|announced|set|struck|signed|gave|took|unveiled|floated"
    r"|repeated|issued)\b[^,;]*(?=[.;]|$)"
)
#: A relative clause with no "which" or "that", its subject a pronoun and its verb in the past, right after a noun:
#: "the web store it opened in January", "the software it acquired with Palm last year": what the noun is, not the event
#: (not "the company said it opened …": a saying's complement; nor ", a stance it repeated on Monday": said again, the
#: event).
_CONTACT_CLAUSE = re.compile(
    r"(?i)\b(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?!(?:said|says|told|announced|confirmed|reported|added|noted|and|but|that|because|when|after|before|if|as|since"
    r"|so|while|how|why|what|where|whether|than|until)\s)[\w'’-]+\s+"
    r"(?P<side>(?:it|they)\s+(?:had\s+)?(?!(?:repeated|reiterated|restated)\b)(?:[a-z]{3,}ed|bought|sold|made|built|showed|shown|began|took|won)\b"
    r"(?:[^,;.]|(?<=\d)\.(?=\d))*?)(?=[,;]|\.(?!\d)|\s+(?:has|have|had|is|are|was|were|will|would)\b|$)"
)
#: A that-clause in the past inside the subject, before the main verb: "The Poco F4 GT that turned up on Amazon last week
#: is not sold by Xiaomi": the state now or ahead is the event (not "a deal that closed in October 2014").
_SUBJECT_THAT_CLAUSE = re.compile(
    r"^[\"“‘']?(?:The|This|That|Its|Their|A|An)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?P<side>that\s+(?:[a-z]{3,}ed|went|began|came|got|made|sold|took|won)\b[^,;.]*?)"
    r"(?=\s+(?:has|have|is|are|will|remains?|still)\b)"  # a state now or ahead
)
#: An end told without a date, right after the subject: "will not be released", "will never go on sale", "was cancelled",
#: "has been quietly dropped".
_UNDATED_END = re.compile(
    r",?\s+(?:(?:will|would)\s+not|won['’]t|will\s+never|never)\s+(?:\w+\s+)?(?:be\s+)?(?:released|sold|launched|shipped"
    r"|ship|go\s+on\s+sale|went\s+on\s+sale|reach\s+(?:stores|shelves|buyers))\b"
    r"|,?\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:cancelled|canceled|scrapped|shelved|dropped|killed"
    r"|called\s+off|abandoned)\b"
)
#: What the subject was shown or made as, in a clause with its own subject inside it, when the end of it is told without
#: a date: "A rollable phone LG showed at CES in January will not go on sale", "The phone that the company teased in
#: October was cancelled": the date is what the subject is, not when it ended.
_SUBJECT_SHOWN_CLAUSE = re.compile(
    r"^[\"“‘']?(?:The|This|That|Its|Their|A|An)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?P<side>(?:that\s+)?(?:it|they|the\s+(?:company|carrier|firm|brand)|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?)\s+"
    r"(?:had\s+)?(?:[a-z]{3,}ed|showed|shown|made|built|began)\b(?:[^,;.]|(?<=\d)\.(?=\d))*?"
    r"(?:,\s+and\s+[^,;.]*,)?)(?=" + _UNDATED_END.pattern + ")"
)
#: A concession: what the event happened in spite of, its date not the event's.
_DESPITE = re.compile(r"(?i)\b(?:despite|in\s+spite\s+of|notwithstanding)\b[^,;.]*")
#: What a denied report said: "denied a report that it would sell the phone … this fall", "rejecting a report … this
#: year": the report's time is not the denial's.
_DENIED_REPORT = re.compile(
    r"(?i)\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing))\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:reports?|claims?|rumou?rs?|speculation|story)\b(?:\s+(?:by|in|from)\s+[^,;.]{1,60}?)?"
    r"(?P<side>\s+that\b[^;.]*)"
)
_ENDS_AHEAD = re.compile(r"(?i)\b(?:until|till|through)\s+(?:at\s+least\s+|as\s+late\s+as\s+)?$")
#: A deadline: the limit of a plan, not its date ("by the end of 2019").
_DEADLINE = re.compile(r"(?i)\bby\s+(?:the\s+(?:end|close|middle|start)\s+of\s+)?$")
#: A which-clause that ends the sentence: background, as one set off by commas is ("…, which was added to the
#: Entity List in May 2019.").
_TRAILING_WHICH = re.compile(r",\s+(?:which|who|whose)\b(?:[^,;.]|(?<=\d)\.(?=\d))*(?=[.;]|$)")  # "$12.5 billion"
#: A main clause over and done ("Sharp built the Sidekick LX, …", "The Active was sold only by AT&T, …"): a past verb
#: and no word of now (a present, a perfect, a time ahead), which would make the main clause a state, nor a saying or a
#: denial ("declined to say whether …, which …"), whose own time is the article's.
_PAST_MAIN = re.compile(r"\b(?:was|were|built|made|sold|became|passed|went|left|[a-z]{3,}ed)\b")
_NOW_MAIN = re.compile(r"(?i)\b(?:is|are|has|have|will|would|can|could|may|might|do|does|still|now|not|said|says|told|declined|according"
    r"|sells|makes|owns|ranks|relies|remains|carries|offers|holds|runs|uses|gets|keeps|counts|lacks)\b|n['’]t\b")


def _told_by_trailing_which(
    passage: str, phrases: list[DatePhrase], trailing: list[tuple[int, int]]
) -> list[DatePhrase]:
    """The dates of the which-clause that ends a finished past statement with none of its own ("Sharp built the
    Sidekick LX, which T-Mobile began selling in May 2009."): the deal the sentence tells, at that time."""
    if not trailing or not phrases or not all(inside(p.offset, trailing[-1:]) for p in phrases):
        return []
    main = passage[: trailing[-1][0]]
    main = main[max((m.end() for m in _SENTENCE_END.finditer(main)), default=0) :]
    return phrases if _PAST_MAIN.search(main) and not _NOW_MAIN.search(main) else []


#: A participle clause set off after the subject: what the subject is, not the event ("Huawei's P30 Pro, released in
#: Europe in early April, will not be sold in the US").
_PARTICIPLE_APPOSITIVE = re.compile(
    r"^[^,;.]{1,60}?(?P<side>,\s+(?:first\s+|already\s+)?(?!(?:expected|scheduled|slated|planned)\s)(?:[a-z]{3,}ed|made|sold|shown|built|known|held|won|bought"
    r"|seen|begun|spun)\s[^,;]*?,)(?=\s+[a-z])"
)
#: A state in the simple present right after such a clause: "is", "remains", "depends on" (not "has sold").
_PRESENT_STATE = re.compile(
    r"\s+(?:still\s+|now\s+|also\s+)?(?:is|are|remains?|depends?|relies|rely|ranks?|holds?|lacks?|faces?|stays?"
    r"|counts?|controls?|owns?)\b"
)
#: A date something is compared with: "64 days earlier than in 2018", "more than in 2019".
_COMPARED = re.compile(
    r"(?i)\bthan\s+(?:in\s+|during\s+|at\s+the\s+same\s+time\s+)?(?:(?:the\s+)?(?:whole|all|rest|course)\s+of\s+)?$"
)  # "than in the whole of 2021"
#: A superlative since a date: "the first time since 2018", "its lowest share since 2015", "than in any quarter since".
#: What something else did that a figure is compared with: "than the Pixel 7 did in October 2022".
_COMPARED_DID = re.compile(r"(?i)\bthan\s+(?:[\w'’-]+\s+){1,4}(?:did|had|was|were|managed)\s+(?:in\s+|during\s+)?$")
#: A superlative since something named, right before its date: "the best since the Pixel 3 in late 2018" (in lower
#: case: "sold at Best Buy since its autumn 2015 launch" is no superlative).
_SINCE_SOMETHING = re.compile(
    r"\b(?:first|only|most|least|best|worst|[a-z]{3,}est)\s+(?:(?!seller)[\w-]+\s+)?since\s+(?:[\w'’.-]+\s+){1,4}$"
    r"|\bfirst\s+time\b[^,;.]{0,60}\bsince\s+[^,;.]{0,80}$"  # "the first time AT&T has … since the two began … in"
)
_SUPERLATIVE_SINCE = re.compile(
    r"(?i)\b(?:first|last|(?:the|its|their)\s+only|most|least|any|\w{3,}est)(?:\s+[\w-]+){0,3}\s+$"
)  # "only" as an adverb is no superlative: "has sold phones only through T-Mobile since 2018"


def _compared(passage: str, phrase: DatePhrase) -> bool:
    """True for a date something is compared with ("earlier than in 2018", "the first time since 2018"), not
    a count ("more than seven years ago")."""
    if phrase.text[:6].lower() == "since ":
        return _SUPERLATIVE_SINCE.search(passage, max(0, phrase.offset - 40), phrase.offset) is not None
    if _SINCE_SOMETHING.search(passage, max(0, phrase.offset - 160), phrase.offset):
        return True  # "the best since the Pixel 3 in late 2018": the date of what it is compared with
    if _COMPARED_DID.search(passage, max(0, phrase.offset - 60), phrase.offset):
        return True  # "sold more … than the Pixel 7 did in October 2022"
    if _A_YEAR_BACK.fullmatch(phrase.text) and (
        _BASE.search(passage, max(0, phrase.offset - 50), phrase.offset)
        or _FROM_A_FIGURE.search(passage, max(0, phrase.offset - 50), phrase.offset)
    ):
        return True  # "shipped 7.8 million, down from 13.2 million a year earlier": the figure compared with
    if _FIGURE_FROM.search(passage, max(0, phrase.offset - 100), phrase.offset):
        return True  # "has fallen below 1 percent, from nearly half in 2009": the figure compared with
    if _EARLIEST.search(passage, max(0, phrase.offset - 30), phrase.offset):
        return False  # "no earlier than 2017": the earliest time it may happen, no comparison
    return _COMPARED.search(passage, 0, phrase.offset) is not None and not phrase.text.lower().endswith(" ago")


#: A figure that changed, then the figure it changed from, right before that one's date: "has fallen to about 20 percent
#: from more than a third in 2006", "fell below 2 per cent, from 9 per cent in 2011" (not "bought it from HP in 2015").
_FIGURE_FROM = re.compile(
    r"(?i)\b(?:fallen|fell|falls|dropped|declined|slipped|slid|shrunk|shrank|risen|rose|rises|grown|grew|climbed|jumped"
    r"|up|down)\b[^;.]{0,60}?\bfrom\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|over\s+|under\s+)?"
    r"(?:[$£€¥]?\d[\d.,]*\s*(?:%|per\s*cent|percent|million|billion|bn|m)?|a\s+third|a\s+quarter|half|a\s+fifth)\s+$"
)
#: The earliest time something may happen: "no earlier than 2027", "not sooner than next year".
_EARLIEST = re.compile(r"(?i)\b(?:no|not)\s+(?:earlier|sooner)\s+than\s+$")


#: The year back a figure is compared with ("up 86 percent from a year earlier", "compared with a year ago").
_A_YEAR_BACK = re.compile(r"(?i)(?:a|one|the)\s+year\s+(?:earlier|before|ago)")
_BASE = re.compile(
    r"(?i)(?:\b(?:up|down|higher|lower|rose|fell|rising|falling|more|less|fewer|narrowed|widened|grew|shrank|jumped"
    r"|climbed|dropped|declined|increased|decreased)\b[^,;.]{0,40}\b(?:from|on|over|than)"
    r"|\b(?:double|twice|triple|half)\s+(?:the\s+\w+\s+of|that\s+of)"  # "double the number of a year earlier"
    r"|\bcompared\s+(?:with|to)|\bversus|\bvs\.)\s+(?:[\w$£€¥.%-]+\s+){0,4}$"
)  # "down from 13.2 million a year earlier", "compared with a year ago"; not "pulled it from Amazon a year ago"


#: "from" right before the year back, with the figure it is compared with or none: "fell to 4 percent in the three months
#: to February, from 6 percent a year earlier", "roughly flat from a year earlier" (not "pulled it from Amazon a year ago").
_FROM_A_FIGURE = re.compile(
    r"(?i)\bfrom\s+(?:(?:about|nearly|almost|roughly|around|over|under|more\s+than|less\s+than)\s+)?"
    r"(?:[$£€¥]?\d[\d.,]*\s*(?:%|per\s*cent|percent|million|billion|bn|m)?\s+)?$"
)


#: A day told again right after a date, set off by a comma: "a week before Christmas, on the 18th".
_RESTATED = re.compile(r",\s+")


def _restated_day(passage: str, date: DatePhrase, phrases: list[DatePhrase]) -> DatePhrase | None:
    """The day that follows ``date`` right after a comma, saying outright when it was, or None."""
    return next(
        (p for p in phrases if p.offset > date.stop and _RESTATED.fullmatch(passage, date.stop, p.offset)
         and p.end is None and p.start.precision == Precision.DAY),
        None,
    )  # fmt: skip
#: A when-clause right after a date: it tells what happened then ("until last year, when the carrier dropped …").
_WHEN_AFTER = re.compile(r",\s+when\b")
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z“\"‘'])|\n")


#: A side clause that dates the act named before it: ", announced last Wednesday," (not ", first reported in …,").
_ACT_DATED = re.compile(
    r",\s+(?:announced|unveiled|introduced|issued|imposed|signed|struck|agreed|adopted|passed|approved|proposed"
    r"|finali[sz]ed|published|released|filed)\s"
)


def _act_dated_spans(passage: str, side: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The side clauses right after the passage's subject that tell when that subject, an act, was made."""
    return [(a, b) for a, b in side if _ACT_DATED.match(passage, a) and "," not in passage[:a] and a <= 60]


def _a_day(phrase: DatePhrase) -> bool:
    return phrase.end is None and phrase.start.precision == Precision.DAY and not phrase.start.approximate


def _date_before(text: str, start: int, reference: PartialDate | None, tense: str, day: bool) -> DatePhrase | None:
    """The event date of the sentence before ``start`` (or the one before it, when that has none); for the past
    ("a week earlier", "opened the same day"), its latest date that is not after the source's; for the future ("will
    sell it from the same day"), its first date after the source's ("unveiled … on Thursday and said it will go on
    sale … on Oct. 21": Thursday, then Oct. 21). A ``day`` ("from the same day") is looked for further back, in the
    latest sentence that gives one: the story's day, told a few paragraphs up."""
    past, ahead = tense == PAST, tense == FUTURE
    low = max(0, start - 1000)
    bounds = [low, *(m.end() for m in _SENTENCE_END.finditer(text, low, start)), start]
    sentences = [(a, b) for a, b in itertools.pairwise(bounds) if text[a:b].strip()][None if day else -2 :]
    for sentence_start, sentence_end in reversed(sentences):
        date, phrases = event_date(text, sentence_start, sentence_end, reference, look_back=False)
        if past and date is not None and reference is not None and date.start.end_day() > reference.end_day():
            past = [p for p in phrases if p.end is None and p.start.end_day() <= reference.end_day()]
            date = past[-1] if past else None
        if ahead and date is not None and reference is not None and date.start.end_day() <= reference.end_day():
            # the sentence is dated by its unveiling, yet what will come "the same day" is the sale it told ahead
            later = [p for p in phrases if p.end is None and p.start.first_day() > reference.end_day()]
            date = later[0] if later else date
        if day and date is not None and not _a_day(date):  # "from the same day": the sentence's day, not a saying's
            days = [p for p in phrases if _a_day(p)]
            own = [p for p in days if not _SPEECH_BEFORE.search(text, sentence_start, sentence_start + p.offset)]
            date = own[-1] if own else (date if days else None)  # a saying's day leaves the event's "next week"
        if date is not None:
            return date
    return None


def _event_phrases(
    passage: str, phrases: list[DatePhrase], side: list[tuple[int, int]], reference: PartialDate | None
) -> list[DatePhrase]:
    """The date phrases that may date the event: none in a side clause or a given-up plan's time, nor the end
    ahead that something lasts until ("keep it on sale through at least 2026"); those dating only a statement are
    kept only if nothing else is left."""
    if reference is not None:
        phrases = [
            p
            for p in phrases
            if p.start.end_day() <= reference.end_day()
            or not _ENDS_AHEAD.search(lead_of(passage, p))
            or _NOT_UNTIL.search(lead_of(passage, p, 80))  # "will not have it until late May", "won't … until March"
        ]
    trailing = [(m.start(), m.end()) for m in _TRAILING_WHICH.finditer(passage)]
    kept = [p for p in phrases if not inside(p.offset, [*side, *trailing]) and not _compared(passage, p)]
    phrases = kept or _told_by_trailing_which(passage, phrases, trailing)
    if any(not p.reading.startswith(NAMING_YEAR) for p in phrases):  # "a revival of its 2004 flip phone, … on Nov. 13"
        phrases = [p for p in phrases if not p.reading.startswith(NAMING_YEAR)]
    durations = [p for p in phrases if p.end is not None and p.reading.endswith(" before")]
    if any(p not in durations and p.specificity < Specificity.VAGUE for p in phrases):
        phrases = [p for p in phrases if p not in durations]  # "stopped for three months last spring": the spring
    filed = _filed(passage)
    events = [
        p
        for p in phrases
        if not _SPEECH_BEFORE.search(passage[max(0, p.offset - 110) : p.offset]) and not inside(p.offset, filed)
    ]
    if (events and all(p.specificity == Specificity.VAGUE and not _a_named_period(passage, p) for p in events)
            and len(events) < len(phrases)):  # fmt: skip
        return [p for p in phrases if p not in events]  # "said Tuesday that it is now available": Tuesday is now
    if any(_a_named_period(passage, p) for p in events):  # "now expects a loss for the fiscal year that ends in March"
        events = [p for p in events if p.reading != _AROUND]  # "now" is when it was said; the period is the event
    statements = [p for p in phrases if p not in events]
    if (events and all(_DEADLINE.search(lead_of(passage, p)) for p in events) and statements
            and not _a_scheduled_deadline(events, statements) and _HOPED.search(passage)):  # fmt: skip
        return statements  # "had said in November that it hoped … by 2019": November
    if not events and phrases and all(inside(p.offset, filed) for p in phrases) and _A_STATE.search(passage):
        return []  # a state under a dateline ("… — BLU is negotiating with Cricket"): the article's date, approximate
    if not events and any(not inside(p.offset, filed) for p in phrases):
        return [p for p in phrases if not inside(p.offset, filed)]  # "SEOUL, 9 June — … said on Tuesday that": Tuesday
    return without_state_starts(events) or phrases  # "from October, replacing scanners … since 2016": October


#: A period named by its end ("the three months to June"): named outright, it keeps its own year over the day it was
#: said ("Sonim said on Wednesday that revenue in the three months to September fell"), as the guide has it.
_A_PERIOD = "a period ending in"
#: The reading of "now", "currently": about the reference itself.
_AROUND = "around"
#: A cause told after the event: "…, after a loss of $1 billion in the quarter that ended Aug. 31".
_CAUSE_BEFORE = re.compile(r"(?i),\s+(?:after|following)\b[^,;]*$")


def _a_named_period(passage: str, phrase: DatePhrase) -> bool:
    return phrase.reading.startswith(_A_PERIOD) and not _CAUSE_BEFORE.search(passage, 0, phrase.offset)


#: A hope told in the past: "said in March that it hoped to be back … by 2024" stays dated by the saying; a plan told at a
#: time ("said in May that it would stop selling phones by the end of March 2025", "would close the plant by the end of
#: the year, the company said on Friday") is dated by its own deadline, as the guide's session 12 settled.
_HOPED = re.compile(r"(?i)\b(?:hoped|wanted|aimed|wished)\b")


def _a_scheduled_deadline(deadlines: list[DatePhrase], statements: list[DatePhrase]) -> bool:
    """True when each deadline is a day ("said on Monday that it would close the unit by July 31") or a month the
    statement's day falls in ("… would reach stores by the end of the month"): a schedule, not a hope ("hoped … by the
    end of the year"), so the deadline dates the event."""
    return all(
        d.end is None and (d.start.precision == Precision.DAY
                           or (d.start.precision == Precision.MONTH and d.specificity == Specificity.EXPLICIT)
                           or (d.start.precision == Precision.MONTH and all(
            s.start.first_day() >= d.start.first_day() and s.start.end_day() <= d.start.end_day() for s in statements)))
        for d in deadlines
    )  # fmt: skip


#: A dateline's day at the passage's start ("March 9 (Handset Wire) —", the place already left out, or the whole
#: dateline): the day the story was filed, which dates the news only when nothing else in the passage does, and a
#: state (``_A_STATE``) not even then: the guide gives it the article's date, approximate.
_FILED = re.compile(
    r"(?:[A-Z][\w.'’ ,-]{2,60}?,\s*)?(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4})"  # "18 March", "14/3/19": day first
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:[—–]|--?)\s"
)


#: A state or an ongoing effort in the present: "is negotiating", "are in talks", "has no plans", "has been weighing".
_A_STATE = re.compile(r"\b(?:is|are|has|have)\s+(?:\w+ly\s+|still\s+|now\s+)?(?:[a-z]+ing|been|no|not|in\s+talks)\b")


def _side_spans_after_filed(passage: str) -> list[tuple[int, int]]:
    """The side clauses of a story that opens after a dateline's day, read as if it began there: "March 3 (Euro Wire)
    — Honor, the brand Huawei sold in 2020, is weighing …" (the appositive right after the subject)."""
    match = _FILED.match(passage)
    return [(match.end() + a, match.end() + b) for a, b in side_spans(passage[match.end() :])] if match else []


def _filed(passage: str) -> list[tuple[int, int]]:
    match = _FILED.match(passage)
    return [(match.start("day"), match.end("day"))] if match else []
