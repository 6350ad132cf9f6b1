"""Which lane a passage is about: the maker that is the subject of its event, not the first one named.

``choose_lane`` reads the passage for the makers it names (the lexicon's names, brands, "the iPhone maker", "Nothing"
where the article means the company), leaves out those named only to compare or supply (``compared_makers.py``), in
an aside or a quotation, and picks the subject: a brand after its owner ("TCL's other brand, Alcatel"), a maker acted
on, a parent's unit, a brand's licensee, the parent of the maker referred back to ("Its parent …"). With no maker
named as the subject, "It …", "The company …" and yardsticks alone refer back: to the maker named nearest in the
paragraph, the title, or the text. A maker without a lane comes back as its name, for "New lane: OnePlus".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Protocol

from gui.core.document.model import Source
from gui.core.document.textquote import normalize_space
from gui.core.evidence.clauses import side_spans
from gui.core.evidence.compared_makers import compared_spans, quoted_spans
from gui.core.evidence.makers import bare_name_makers, product_epithets, product_lines, subject_start
from gui.core.evidence.parent_units import (
    builder,
    licensee,
    names_its_phone_business,
    names_its_units_phones,
    owned_by,
    owns,
    parent_of,
    phone_business_buyer,
    refers_to_parent,
    speaks_of_itself,
    units_of,
)
from gui.core.evidence.purchases import purchase_is_news, reviews_a_deal, speaks_of_its_deal, tells_a_review_of_a_deal
from gui.core.evidence.speakers import Matcher

__all__ = ["NEW_LANE", "PARAGRAPH_REACH", "TEXT_FALLBACK_REACH", "Names", "choose_lane", "paragraph_bounds"]

#: The paragraph around a selection is looked for at most this far on each side.
PARAGRAPH_REACH = 20_000
#: The last-resort search for a maker's name reads only the beginning of the text.
TEXT_FALLBACK_REACH = 100_000
#: A matcher key that names a known maker without a lane: NEW_LANE + its name.
NEW_LANE = "\x00new lane:"


class Names(Protocol):
    """What the lane is chosen from: the timeline's lanes by id, and matchers of makers and partners."""

    lane_names: Mapping[str, str]  #: lane id -> the name shown
    lanes: Matcher  #: makers: keys are lane ids, or NEW_LANE + the name of a maker without a lane
    partners: Matcher


def paragraph_bounds(text: str, start: int, end: int, reach: int = PARAGRAPH_REACH) -> tuple[int, int]:
    """The (start, end) of the paragraph(s) holding ``text[start:end]``.

    Paragraphs end at blank lines; in a text without blank lines nearby, at line breaks. Only
    ``reach`` characters on each side are read.
    """
    low = max(0, start - reach)
    before = text[low:start]
    breaks = list(re.finditer(r"\n[^\S\n]*\n", before)) or list(re.finditer(r"\n", before))
    para_start = low + breaks[-1].end() if breaks else low
    after = text[end : end + reach]
    following = re.search(r"\n[^\S\n]*\n", after) or re.search(r"\n", after)
    para_end = end + following.start() if following else min(len(text), end + reach)
    return para_start, para_end


def _the_company_acts(passage: str, name: str) -> bool:
    """True when ``passage`` opens with ``name`` as a company that acts ("BlackBerry said", "BlackBerry Ltd., which …",
    "BlackBerry, which stopped making phones, declined to comment")."""
    return bool(name) and re.match(
        rf"\s*{re.escape(name)}(?:\s+(?:Ltd|Limited|Inc|Corp)\b|(?:,\s+(?:which|who)\b[^,.;]*,)?"  # "BlackBerry, which …, said"
        rf"\s+(?:[a-z]{{2,}}(?:s|ed)|said|will|would|had|has|is|was)\b)",
        passage,
    ) is not None


def choose_lane(
    vocabulary: Names, source: Source, start: int, end: int
) -> tuple[str | None, tuple[str, ...], str, str | None]:
    """The lane as ``_choose_subject`` has it; the licensee's when the article says the brand is made under licence
    ("the BlackBerry Key2, made under licence by TCL"); or its maker's parent when the passage opens with "Its parent"."""
    lane, others, why, new_lane = _choose_subject(vocabulary, source, start, end)
    chosen = new_lane or vocabulary.lane_names.get(lane or "", "")
    passage = source.text[start:end]
    # "made under licence by TCL"; but "BlackBerry stopped designing phones", "BlackBerry Ltd. … said": the brand's own
    # company acts, not its licensee's phones
    acts = _the_company_acts(passage, chosen)
    maker = "" if acts else licensee(source.text, chosen)
    key = _lane_key(vocabulary, maker)
    if key is not None and not key.startswith(NEW_LANE):
        return key, others, f"{why}; made under licence by {maker}", None
    if key is not None:  # a licensee without a lane: "OnwardMobility … had licensed the BlackBerry brand"
        return None, others, f"{why}; made under licence by {maker}, who has no lane yet: New lane: {maker}", maker
    maker = "" if acts else builder(source.text, chosen)  # "the Sanyo Incognito, made by Kyocera"
    key = _lane_key(vocabulary, maker)
    if key is not None and not key.startswith(NEW_LANE):
        return key, others, f"{why}; its phone is built by {maker}", None
    # "Sanyo-branded handsets … after Kyocera takes over Sanyo Electric's mobile phone business": in an article about the
    # buyer (its title names it), the brand's phones are the buyer's
    maker = "" if acts or names_its_phone_business(passage, chosen) else phone_business_buyer(source.text, chosen)
    key = _lane_key(vocabulary, maker)
    titled = {k for _s, _e, k in _title_subjects(vocabulary, source.title)}
    if key is not None and not key.startswith(NEW_LANE) and key in titled:
        return key, others, f"{why}; {maker}, whom the title names, took over its phone business", None
    bought = _bought_under_review(vocabulary, source, start, end, chosen)
    if bought is not None:
        return bought, others, f"{why}; a regulator's review of its purchase of {vocabulary.lane_names[bought]}", None
    parent = parent_of(chosen) if refers_to_parent(source.text[start:end]) else ""
    key = _lane_key(vocabulary, parent)
    if key is None:
        return lane, others, why, new_lane
    why = f'"its parent": {parent}, the parent of the maker the passage refers back to ({why})'
    if key.startswith(NEW_LANE):
        return None, others, f"{why}; {parent} has no lane yet: New lane: {parent}", parent
    return key, others, why, None


def _bought_under_review(vocabulary: Names, source: Source, start: int, end: int, buyer: str) -> str | None:
    """The lane of the maker ``buyer`` buys when the passage tells a regulator's review of the deal ("China's commerce
    ministry approved the purchase on condition that Google keep Android free"): the bought maker's, as the guide has it,
    unless the buyer tells the deal as its news. The bought maker is one the lexicon knows the buyer to own, that the
    passage or the title names."""
    text = source.text
    if not buyer or not tells_a_review_of_a_deal(text[start:end]):
        return None
    if _lane_key(vocabulary, buyer) in _buyers_in_the_news(_makers_named(vocabulary, text, start, end), text):
        return None
    owned = {key for maker in owned_by(buyer) if (key := _lane_key(vocabulary, maker)) and not key.startswith(NEW_LANE)}
    # the deal's maker is one the passage or the title names ("Google completes its purchase of Motorola"), not any the
    # text recalls
    named = [*_makers_named(vocabulary, text, start, end), *_makers_named(vocabulary, source.title, 0, len(source.title))]
    return next((key for _s, _e, key in named if key in owned), None)


def _lane_key(vocabulary: Names, maker: str) -> str | None:
    """The matcher's key for a maker's name: its lane id, NEW_LANE + name for a known maker without a lane, or None."""
    return next(vocabulary.lanes.finditer(maker), (0, 0, None))[2] if maker else None


def _unit_lane(vocabulary: Names, passage: str, parent: str, phones_only: bool = False) -> str | None:
    """The lane of the parent's unit when the passage speaks of its phones ("Lenovo's smartphone business"); with
    ``phones_only``, only a unit under whose name the parent sells its phones."""
    for unit in units_of(parent, phones_only):
        key = _lane_key(vocabulary, unit)
        if key is not None and not key.startswith(NEW_LANE) and names_its_units_phones(passage, parent, unit):
            return key
    return None


def _titled_unit(vocabulary: Names, title: str, parent: str) -> str | None:
    """The lane of the parent's unit that the title names: in an article about Motorola, "Lenovo declined to comment" or
    "Lenovo expects the deal to close" is told of its unit (the guide: background sentences stay in the article's lane);
    the parent without a lane is not followed on its own there."""
    units = {key for unit in units_of(parent) if (key := _lane_key(vocabulary, unit)) and not key.startswith(NEW_LANE)}
    return next((key for _s, _e, key in _title_subjects(vocabulary, title) if key in units), None) if units else None


def _choose_subject(
    vocabulary: Names, source: Source, start: int, end: int
) -> tuple[str | None, tuple[str, ...], str, str | None]:
    """The lane, the other makers named (lane ids), the hint, and the name of a maker without a lane.

    The lane is the passage's subject: the first maker it names, unless that is the owner of the brand
    named next ("TCL's other brand, Alcatel"), or the passage opens with "It" or "The company", which
    refer back to the maker named before it (its paragraph, the title, the text).
    """
    text = source.text
    names = vocabulary.lane_names

    def chosen(found: dict[str, str], where: str) -> tuple[str | None, tuple[str, ...], str, str | None]:
        keys = tuple(found)
        others = tuple(key for key in keys[1:] if not key.startswith(NEW_LANE))
        # "Lenovo, Motorola's parent, said …", "Lenovo said its phone business …": the unit the timeline follows; a parent
        # with a lane of its own only for the unit its phones are sold under (Lenovo's are Motorola's; Huawei's stay
        # Huawei's, not Honor's), and not "Lenovo itself"
        parent_lane = not keys[0].startswith(NEW_LANE)
        maker = names[keys[0]] if parent_lane else keys[0].removeprefix(NEW_LANE)
        units = {names[key] for key in others if parent_of(names[key]) == maker}
        units &= set(units_of(maker, phones_only=True)) if parent_lane else units
        unit = (
            None
            if speaks_of_itself(passage, maker) or keys[0] in buyers or speaks_of_its_deal(passage)
            else next((key for key in others if names[key] in units), None)
            or _unit_lane(vocabulary, passage, maker, phones_only=parent_lane)
        )
        if unit is not None:
            why = where.format(_named(found.get(unit, names[unit]), names[unit]))
            return unit, tuple(k for k in others if k != unit), f"{why}, whose parent {maker} speaks for it", None
        if keys[0].startswith(NEW_LANE):
            # named alone, with no lane, in an article about its unit: "Lenovo declined to comment"
            unit = (
                None
                if others or speaks_of_itself(passage, maker) or speaks_of_its_deal(passage)
                else _titled_unit(vocabulary, source.title, maker)
            )
            if unit is not None:
                why = f"{maker} named in the passage, the parent of {names[unit]}, whom the source's title names"
                return unit, others, why, None
            shown = normalize_space(found[keys[0]])
            shown = f'"{shown}"' if shown == maker else f'"{shown}" ({maker})'
            return None, others, where.format(shown) + f"; {maker} has no lane yet: New lane: {maker}", maker
        return keys[0], others, where.format(_named(found[keys[0]], names[keys[0]])), None

    passage = text[start:end]
    refers_back = subject_start(passage)  # "It …", "The company …": named before the passage
    named = [] if refers_back else _makers_named(vocabulary, text, start, end)
    compared = [(start + s, start + e) for s, e in compared_spans(passage)] + _carrier_asides(vocabulary, text, start, end)
    subjects = [m for m in named if not any(s <= m[0] < e for s, e in compared)]
    # "Pei, a co-founder of OnePlus, said Nothing would …": a maker in an appositive or relative clause is
    # background when the main clause names one; alone there ("Lei Jun, Xiaomi's founder, said") it speaks.
    side = [(start + s, start + e) for s, e in side_spans(passage) if _ASIDE.match(text, start + s)]
    # "“Samsung sells on features,” OnePlus's Liu said": the makers quoted are what is said; all of them quoted ("Liu was
    # blunt: “Samsung and Google spend more …”"), the speaker's maker is named before, as for yardsticks
    quoted = [(start + s, start + e) for s, e in quoted_spans(passage)]
    if any(not any(s <= m[0] < e for s, e in quoted) for m in subjects):
        side += quoted
    elif quoted and subjects:
        compared, subjects = compared + quoted, []
    in_side = [m for m in subjects if any(s <= m[0] < e for s, e in side)]
    buyers = _buyers_in_the_news(named, text)
    # the makers the title names: a business bought in an article about its seller stays the seller's
    titled = {key for _s, _e, key in _title_subjects(vocabulary, source.title)} if len(named) >= 2 else set()
    banned = {} if refers_back else _banned_line(vocabulary, passage)
    if banned:  # "vetoed an import ban on older iPhones that Samsung had won": the maker the ban hits
        return chosen(banned, "{} is the product line a ban or a bar hits")
    found = _subject_first([m for m in subjects if m not in in_side] + in_side, text, titled)
    if found:
        return chosen(found, "{} named in the passage")
    if named and not compared:
        return chosen(_subject_first(named, text, titled), "{} named in the passage")
    # No maker named, or all of them only yardsticks or builders ("the Samsung-built Nexus 10"): the product line
    # outside them says whose phone.
    if not subjects and not refers_back:
        found = _by_product_line(vocabulary, text[start:end], compared, start)
        # a yardstick's own line is part of the comparison: "the same chip Samsung puts in its Galaxy S20"
        found = {key: line for key, line in found.items() if key not in {k for _s, _e, k in named}}
        if found:
            where = "as the passage's subject" if named else "in the passage"
            return chosen(found, f"no maker named {where}; its product line {{}} says whose phone")
    # Every maker named is a yardstick ("the same chip Samsung uses"): the subject is named before.
    # No maker named as the subject: "it", "the company" most likely refer to the one named last before it.
    para_start, para_end = paragraph_bounds(text, start, end)
    before = _makers_named(vocabulary, text, para_start, start)
    after = [] if refers_back else _makers_named(vocabulary, text, end, para_end)
    found = _first_mentions(iter([*reversed(before), *after]), text)
    if found:
        where = "named nearest before it" if before else "named after it"
        return chosen(found, f"no maker named in the passage; {{}} {where} in its paragraph")
    # "Google's Motorola …"; a regulator's review of the deal a title tells is the bought maker's (the guide)
    found = _subject_first(_title_subjects(vocabulary, source.title), source.title, deal_news=not reviews_a_deal(passage))
    if found:
        return chosen(found, "no maker named as the passage's subject; the source's title names {}")
    first = next(vocabulary.lanes.finditer(text, 0, min(len(text), TEXT_FALLBACK_REACH)), None)
    if first is not None:
        first_start, first_end, lane = first
        return chosen({lane: text[first_start:first_end]}, "no maker named near the passage; the source first names {}")
    if len(names) == 1:
        [lane] = names
        return lane, (), "no maker named in the passage or the source; the document's only lane", None
    return None, (), "no maker named in the passage, its paragraph, the title or the text: choose a lane", None


#: A phone named by its own name: "the Pre", "the Droid", "the N95", "the 640" (not "the FCC", "the United States").
_A_NAMED_PHONE = re.compile(r"\bthe\s+(?:[A-Z][a-z]+|[A-Z]*\d+[A-Za-z]*)\b(?!\s+[A-Z])")


def _carrier_asides(vocabulary: Names, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The asides that describe a partner named just before them ("AT&T, which sells Apple's iPhone exclusively, passed
    on the Pre"): the makers there only say which carrier, like a yardstick, not whose event."""
    partner_ends = {e for _s, e, _name in vocabulary.partners.finditer(text, start, end)}
    asides = [
        (start + s, start + e)
        for s, e in side_spans(text[start:end])
        if start + s in partner_ends and _ASIDE.match(text, start + s)
    ]
    # only where the main clause names a phone of its own; "…, which stopped ordering Huawei phones, has no plans to
    # sell them again" refers back to the aside's
    main = "".join(text[a:b] for a, b in zip([start] + [e for _s, e in asides], [s for s, _e in asides] + [end]))
    return asides if asides and (product_lines(main) or _A_NAMED_PHONE.search(main)) else []


def _buyers_in_the_news(named: list[tuple[int, int, str]], text: str) -> set[str]:
    """The makers named as buying the maker named next, as the passage's news ("HP agreed on Wednesday to buy Palm"):
    the buyer's lane, not its unit's (the guide, session 12)."""
    return {
        buyer[2]
        for buyer, bought in zip(named, named[1:])
        if bought[0] - buyer[1] <= 120 and purchase_is_news(text, buyer[0], bought[0], bought[1])
    }


def _makers_named(vocabulary: Names, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The makers named in ``text[start:end]``, in order: the vocabulary's names, and "Nothing" or "Essential" as
    the maker where the article shows it means the company."""
    carriers = [(s, e) for s, e, _name in vocabulary.partners.finditer(text, start, end)]  # "Google Fi"
    found = [m for m in vocabulary.lanes.finditer(text, start, end) if not any(s <= m[0] < e for s, e in carriers)]
    for s, e, maker in product_epithets(text[start:end]):  # "the iPhone maker"
        key = _lane_key(vocabulary, maker)
        found = sorted([*found, (start + s, start + e, key)]) if key is not None else found
    taken = {s for s, _e, _k in found}
    for s, e, maker in bare_name_makers(text, start, end):  # "Nothing will sell …" where it means the company
        key = _lane_key(vocabulary, f"{maker}'s")
        if key is not None and s not in taken:
            found = sorted([*found, (s, e, key)])
    return found


def _title_subjects(vocabulary: Names, title: str) -> list[tuple[int, int, str]]:
    """The makers a title names as the passage's would be read: not a carrier ("Google Fi adds Motorola's Moto G7"), nor
    a yardstick or a builder ("Unlike Samsung, HTC …"), unless the title names no other."""
    named = _makers_named(vocabulary, title, 0, len(title))
    compared = compared_spans(title)
    return [m for m in named if not any(s <= m[0] < e for s, e in compared)] or named


#: A side clause that describes someone named ("…, which bought Motorola,", "…, a co-founder of OnePlus,").
_ASIDE = re.compile(r",\s+(?:which|who|whose|the|a|an)\b")


#: A ban or a bar on a product line, just before it: "an import ban on some older iPhone", "barred imports of AT&T
#: versions of the iPhone 4" (the guide: courts and bans go in the lane of the maker they hit).
_BAN_ON = re.compile(
    r"(?i)\b(?:ban(?:ned|s)?|bar(?:red|ring|s)?|block(?:ed|ing|s)?)\s+(?:(?:US\s+)?(?:imports?|sales)\s+)?(?:on|of)\s+"
    r"(?:[\w&-]+\s+){0,4}$"
)


def _banned_line(vocabulary: Names, passage: str) -> dict[str, str]:
    """Lane key -> the product line a ban or a bar names as its object ("a ban on older iPhones" -> Apple's lane)."""
    for line_start, line_end, maker in product_lines(passage):
        if _BAN_ON.search(passage[max(0, line_start - 60) : line_start]):
            key = _lane_key(vocabulary, maker)
            return {key: passage[line_start:line_end]} if key is not None and not key.startswith(NEW_LANE) else {}
    return {}


def _by_product_line(vocabulary: Names, passage: str, compared: list[tuple[int, int]], offset: int) -> dict[str, str]:
    """Lane key -> the product line that names it ("Galaxy S9" -> Samsung's lane), outside comparisons."""
    found: dict[str, str] = {}
    for line_start, line_end, maker in product_lines(passage):
        if any(s <= offset + line_start < e for s, e in compared):
            continue
        # a maker whose bare name is a common word is spelled only with its possessive ("Danger's" for the Sidekick)
        lane = next(vocabulary.lanes.finditer(maker), None) or next(vocabulary.lanes.finditer(f"{maker}'s"), None)
        if lane is not None:
            found.setdefault(lane[2], passage[line_start:line_end])
    return found


#: Between an owner and its brand: "TCL's other brand, Alcatel", "Lenovo's Motorola", "Huawei's former brand, Honor",
#: "Huawei Technologies' Honor brand", "HUAWEI'S HONOR".
_BRAND_OF = re.compile(
    r"['’][sS]?\s+(?:(?:[\w-]+\s+){0,3}(?:brand|unit|subsidiary|division|label|arm|affiliate|spinoff|spin-off),?\s+)?"
)


#: A brand's parent set out after it, as the sentence's subject: "Honor's parent, Huawei, sells …" is Huawei's news (not
#: "concerns about Honor's former parent, Huawei", where the parent is only what the concerns are about).
_PARENT_SET_OUT = re.compile(r"['’]s?\s+(?:(?:former|current)\s+)?(?:parent(?:\s+company)?|owner),\s+")
_SENTENCE_START = re.compile(r"(?:^|[\n.!?;:]\s*|—\s*)[\"“‘']?$")


def _parent_subject(text: str, brand_start: int, gap: str) -> bool:
    """True when ``gap`` sets a brand's parent out after the brand that opens its sentence."""
    opens = _SENTENCE_START.search(text, max(0, brand_start - 4), brand_start) is not None
    return opens and _PARENT_SET_OUT.fullmatch(gap) is not None


#: Between a company and the maker it acts on: "Google will stop providing updates to new Huawei phones",
#: "Google cut off ZTE": the event is the maker's (its setback), not the company's.
_ACTS_ON = re.compile(
    r"(?i)\b(?:stop\w*|ceas\w*|halt\w*|end\w*|suspend\w*|no longer)\s+(?:supplying|providing|selling|shipping|licensing"
    r"|offering|serving)\b[^.;]{0,80}?\b(?:to|for)\s+(?:(?:new|the|its|all|future)\s+)?$|\bcut(?:s|ting)?\s+off\s+$"
    # the maker as the object: "Google will stop providing Huawei with Android updates"
    r"|\b(?:stop\w*|ceas\w*|halt\w*|end\w*|suspend\w*|no longer)\s+(?:supplying|providing|serving)\s+$"
    # "Google has suspended business with Huawei", "cut ties with ZTE"
    r"|\b(?:stop\w*|ceas\w*|halt\w*|end\w*|suspend\w*|cut\w*|sever\w*)\s+(?:its\s+|all\s+)?(?:business|ties|work|dealings"
    r"|relations)\s+with\s+$"
    # A maker taking another to court or to a regulator: the court's acts are the other's (the guide: courts and
    # suits go in the lane of the maker they hit). "Apple asked the court to bar US sales of eight Samsung phones",
    # "files trade complaint against HTC", "sued Samsung".
    r"|\b(?:ask\w*|petition\w*|urg\w*|seek\w*|sought|want\w*|request\w*)\b[^.;]{0,80}?\bto\s+(?:bar|block|ban|halt|stop"
    r"|exclude)\b[^.;]{0,40}?\b(?:of|on|to)\s+(?:[\w-]+\s+){0,3}$"
    # what a maker wins or seeks against another: "complaint against a range of Samsung phones", "verdict against
    # Samsung", "seek sales bans on eight Samsung phones", "complaint that Samsung phones infringe"
    r"|\b(?:complaint|suit|lawsuit|countersuit|case|claim|verdict|judgment|injunction)s?\s+(?:against|that)\s+"
    r"(?:(?:a|an|the|some|all|its|range|line|number|of|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+){0,4}$"
    r"|\b(?:sales?\s+)?(?:bans?|injunctions?)\s+(?:on|against)\s+(?:(?:the|some|all|its|of|\d+|one|two|three|four|five"
    r"|six|seven|eight|nine|ten)\s+){0,3}$"
    r"|\b(?:sued|sues|suing|countersu\w+|accus\w+)\s+$"
    # the same asked for in a noun: "Apple's bid to pull Samsung phones", "its request for a permanent ban on US sales of
    # 26 Samsung phones" (what a judge then grants or refuses hits the other maker too)
    r"|\b(?:bid|request|motion|attempt|push|effort)s?\s+(?:to\s+(?:pull|bar|block|ban|halt|stop|exclude)"
    r"|for\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:ban|injunction|bar|halt|exclusion\s+order))\b[^.;,]{0,50}?$"
)

#: "Google cuts Huawei off from Android": the maker cut off is between "cut" and "off", the one cutting it named just
#: before (not "Honor, spun off from Huawei, … the sanctions that cut Huawei off").
_CUT = re.compile(r"(?i)\bcut(?:s|ting)?\s+$")
_OFF = re.compile(r"(?i)(?:['’]s\s+[\w-]+\s+)?\s*off\b")


#: Between a maker and the subject it only describes: "Google-owned Motorola", "Samsung rival LG".
_BEFORE_THE_SUBJECT = re.compile(
    r"-(?:owned|backed|controlled|funded)\s+|(?:['’]s)?\s+(?:(?:longtime|smaller|bigger|larger|Chinese|Korean)\s+)?"
    r"(?:rival|competitor|peer|arch-?rival)s?\s+"
)


#: Between a buyer and the maker it buys: "Google's $12.5 billion purchase of Motorola Mobility", "Lenovo, which
#: bought Motorola from Google". The bought maker's lane, when the timeline follows it (Kyocera buying Sanyo's
#: handset business stays Kyocera's where Sanyo has no lane).
_BUYS = re.compile(
    r"(?i)(?:['’]s\s+(?:[$\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:purchase|acquisition|takeover|buyout)\s+of"
    r"|\b(?:bought|buys|buying|to\s+buy|acquired|acquires|acquiring|to\s+acquire|(?:purchase|acquisition|takeover)\s+of))"
    r"\s+$"
)
#: The buyer's own purchase further on in its clause: "Google said on Tuesday that it had completed its $12.5 billion
#: purchase of Motorola Mobility": "its" ties the purchase to the buyer. (A seller keeps the lane: the dev labels give
#: "Huawei would sell its Honor brand" to Huawei, and "stopped selling BlackBerry phones" sells phones, not a maker.)
_ITS_PURCHASE = re.compile(
    r"(?i)^[^.;“”\"]*\bits\s+(?:[$\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:purchase|acquisition|takeover|buyout)\s+of\s+$"
)

#: What is bought when it is a maker's business, not the maker: "Sanyo's handset business", "Sanyo Electric's mobile
#: phone unit", "HTC's Pixel engineers". The buyer carries the phones on: its lane (the guide: a buyer of a maker's team
#: or business), where a whole maker bought ("Motorola Mobility") is the bought maker's, as the dev labels have it.
_A_BUSINESS = re.compile(
    r"(?:\s+(?:Electric|Electronics|Corp\.?|Inc\.?|Group))?['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:business|unit|division|arm|operations?|team|engineers|staff|group)\b"
)


def _subject_first(
    matches: list[tuple[int, int, str]], text: str, titled: set[str] = frozenset(), deal_news: bool = True
) -> dict[str, str]:
    """Lane keys in order of first mention, the owner of a brand named right after it moved behind the brand,
    a company acting on a maker moved behind the maker, and a buyer behind the maker it buys (or behind the seller of
    a business, in an article whose title names the seller and not the buyer: ``titled``)."""
    buyer = next((m for m in matches[1:] if m[2] != matches[0][2] and _SOLD_TO.search(text, matches[0][1], m[0])), None)
    if buyer is not None and not buyer[2].startswith(NEW_LANE):  # "Microsoft sold the Nokia phone business to HMD"
        matches = [buyer, *matches]
    elif len(matches) >= 2 and matches[0][2] != matches[1][2]:
        gap = text[matches[0][1] : matches[1][0]]
        bought = (
            (len(gap) <= 50 and _BUYS.search(gap) is not None or len(gap) <= 120 and _ITS_PURCHASE.match(gap) is not None)
            and not matches[1][2].startswith(NEW_LANE)
            and (not _A_BUSINESS.match(text, matches[1][1]) or _follows_seller(titled, matches[0][2], matches[1][2]))
            # the deal agreed or done as the news, the buyer its subject: the buyer's (the guide, session 12)
            and (
                _A_BUSINESS.match(text, matches[1][1])
                or not (deal_news and purchase_is_news(text, matches[0][0], *matches[1][:2]))
            )
        )
        if _brand_of(gap, text[matches[0][0] : matches[0][1]], text[matches[1][0] : matches[1][1]]) or (
            _ACTS_ON.search(gap) or _BEFORE_THE_SUBJECT.fullmatch(gap) or bought
            or _parent_subject(text, matches[0][0], gap)
            or len(gap) <= 40 and _CUT.search(gap) is not None and _OFF.match(text, matches[1][1]) is not None
        ):
            matches = [matches[1], matches[0], *matches[2:]]
    return _first_mentions(iter(matches), text)


#: A business, unit or part of one that a seller sold to a maker named next: "sold the Nokia feature-phone business last
#: week to", "sold the feature-phone part of it to". The buyer carries the phones on: its lane (the guide: a buyer of a
#: maker's team or business). A sale still to come is the seller's news, as the dev labels have it ("Nokia agreed to
#: sell its handset business to Microsoft"), and a brand or a whole maker sold stays the seller's.
_SOLD_TO = re.compile(
    r"(?i)\bsold\s+(?:the|its|a)\s+[^.;]{0,60}?"
    r"\b(?:business|unit|division|arm|operations?|team|part)\b[^.;]{0,40}?\bto\s+$"
)


def _follows_seller(titled: set[str], buyer: str, seller: str) -> bool:
    """True when the title names the seller of a business and not its buyer: the sale is background to the seller's
    story ("Microsoft bought Nokia's phone unit" in an article about a Nokia phone)."""
    return seller in titled and buyer not in titled


def _brand_of(gap: str, owner: str, brand: str) -> bool:
    """True when ``gap`` sets ``brand`` out as ``owner``'s: "TCL's other brand, Alcatel", or a bare "Lenovo's Motorola"
    where the lexicon knows the owner's hold on the maker. A bare "TCL's BlackBerry" (phones made under licence),
    "BLU's Vivo" (a line named like a maker) stay with the one named first."""
    found = _BRAND_OF.fullmatch(gap)
    return found is not None and (found[0].strip().lower() not in ("'s", "’s", "'", "’") or owns(owner, brand))


def _first_mentions(matches: Iterator[tuple[int, int, str]], text: str) -> dict[str, str]:
    """Lane id -> the words that named it, in order of first mention."""
    found: dict[str, str] = {}
    for match_start, match_end, lane in matches:
        found.setdefault(lane, text[match_start:match_end])
    return found


def _named(words: str, name: str) -> str:
    shown = normalize_space(words)
    return f'"{shown}"' if shown.lower() == name.lower() else f'"{shown}" ({name})'
