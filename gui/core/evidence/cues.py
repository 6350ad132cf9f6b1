"""Cues for an event's kind and status in a passage: the words reporters use, each kind and status with its why.

The kind is the effort the passage states (talks, a deal, a launch, a setback, a regulator's act...), the
status how sure the text is of it (rumoured, reported, confirmed, cancelled). Cues are counted in the
passage; ties go to the more specific kind.
"""

from __future__ import annotations

import re

from gui.core.document.dates import PartialDate
from gui.core.document.textquote import normalize_space

__all__ = ["KIND_PRIORITY", "STATUS_PRIORITY", "kind_of", "status_of"]

_I = re.IGNORECASE
_KIND_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(regex, flags))
    for kind, regex, flags in (
        ("regulatory", r"\bban(?:s|ned|ning)?\b|\bblacklist\w*|\bentity list\b|\bsanction\w*|\btariffs?\b", _I),
        ("regulatory", r"\bnational[- ]security\b|\bsecurity (?:concerns?|risks?|threats?)\b|\bespionage\b|\bspying\b", _I),
        ("regulatory", r"\bregulat\w*|\bexport (?:controls?|restrictions?)\b|\blawmakers\b|\bsenators?\b", _I),
        ("regulatory", r"\b(?:FCC|FTC|CFIUS|Congress|Commerce Department|Department of Commerce)\b", 0),
        ("setback", r"\b(?:pull|back)(?:ed|s|ing)? out\b|\bwalk(?:ed|s)? away\b|\bf[ae]ll(?:s|en)? through\b", _I),
        ("setback", r"\belud(?:e|es|ed|ing)\b|\bfail(?:ed|s|ing|ure)?\b|\bcollaps\w*|\bstruggl\w*|\bflop(?:ped|s)?\b", _I),
        ("setback", r"\babandon\w*|\bscrap(?:ped|s)\b|\bsetbacks?\b|\bno longer\b|\bwithdr[ae]w\w*|\bexit(?:ed|s)?\b", _I),
        ("setback", r"\bcancel\w*|\bcalled off\b|\b(?:halt|suspend)(?:ed|s)\b|\bdropped\b", _I),
        ("carrier-talks", r"\bin (?:early |advanced |final |preliminary )?talks\b|\btalks with\b|\bnegotiat\w*", _I),
        ("carrier-talks", r"\b(?:in )?discussions?\b|\bpursu(?:e|es|ed|ing|it)\b|\bcourt(?:ing|ed)\b|\bwoo(?:ing|ed)\b", _I),
        ("carrier-deal", r"\bdeals?\b|\bagreements?\b|\bagreed\b|\bpartner(?:ship|ships|ed|ing)\b|\bsign(?:ed|ing)\b", _I),
        ("carrier-deal", r"\bcarr(?:y|ies|ied|ying)\b|\bcarrier stores?\b", _I),
        ("online-sales", r"\bsel(?:l|ls|ling|ld)\b[^.;]{0,60}?\bonline\b|\bonline\b[^.;]{0,30}?\bsel(?:l|ls|ling|ld)\b", _I),
        ("online-sales", r"\bonline (?:stores?|shops?|retailers?|sales?|channels?)\b|\be-?commerce\b|\bunlocked\b", _I),
        ("online-sales", r"\b(?:its|their) (?:own )?(?:web ?site|online store)\b|\bdirect(?:ly)? to consumers\b", _I),
        ("retail", r"\b(?:reach|arriv|land|hit)\w*\b[^.;]{0,50}?\bstores?\b|\bbrick[- ]and[- ]mortar\b", _I),
        ("retail", r"\bretail\w*|\bin stores\b|\bstore shelves\b|\bon shelves\b", _I),
        ("launch", r"\blaunch\w*|\bunveil\w*|\bdebut\w*|\bintroduc\w*|\b(?:go|goes|went|going) on sale\b", _I),
        ("launch", r"(?<!press )\breleas(?:e|es|ed|ing)\b", _I),
        ("context", r"\b(?:China|India|Europe|European|Asia|Africa|Latin America|Japan|Korea|Russia|Middle East)\b", 0),
        ("context", r"\b(?:Germany|France|Spain|Italy|Britain|UK|U\.K\.|Indonesia|Brazil|Mexico|Canada)\b", 0),
        ("context", r"\bhome (?:country|market)\b|\bniche\b|\breputation\b|\bpopular\b|\bmarket share\b", _I),
        ("context", r"\bdoing (?:very |really |so )?well\b|\b(?:great|huge|big|enormous) success\b", _I),
        ("context", r"\bout-?s(?:ell|ells|elling|old)\b|\bbest-?sell\w*|\bshipments?\b|\b(?:second-|third-)?(?:largest|biggest)\b", _I),
        ("context", r"\b(?:low-end|mid-range|midrange|high-end|budget|premium)\b|\b(?:revenue|profits?|break even|broke even)\b", _I),
    )
)  # fmt: skip

#: Which kind wins a tie between cue counts: the more specific effort first.
KIND_PRIORITY = (
    "regulatory",
    "setback",
    "carrier-talks",
    "carrier-deal",
    "retail",
    "online-sales",
    "launch",
    "context",
)
_CATEGORY_KIND = {"retailer": "retail", "online": "online-sales"}

_STATUS_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (status, re.compile(regex, flags))
    for status, regex, flags in (
        ("cancelled", r"\bcancel(?:l?ed|s|l?ing|lation)\b|\bcalled off\b|\bscrapped\b|\bshelved\b", _I),
        ("cancelled", r"\bf[ae]ll(?:s|en)? through\b|\bpulled the plug\b", _I),
        ("rumored", r"\brumou?r(?:s|ed)?\b|\bcould\b(?!\s+not|n['’]t)|\bmight\b(?!\s+not)|\bunconfirmed\b", _I),
        ("rumored", r"\bmay\b(?!\s+not)", 0),  # lower case only: "May" is a month
        ("rumored", r"\bplan(?:s|ning)? to\b|\bconsidering\b|\bspeculat\w*|\bpossibl[ey]\b|\bpotential(?:ly)?\b", _I),
        ("rumored", r"\bis (?:expected|likely) to\b|\baims? to\b|\bhop(?:es|ing) to\b|\bif all goes\b", _I),
        ("confirmed", r"\bannounc(?:ed|es|ement)\b|(?<!not )(?<!n't )(?<!n’t )\bconfirm(?:ed|s)\b|\bofficially\b", _I),
        ("confirmed", r"\bin a statement\b|\bpress release\b", _I),
        ("reported", r"\breportedly\b|\baccording to\b|\bsources? (?:say|says|said|familiar)\b|\bpeople familiar\b", _I),
        ("reported", r"\b(?:is|are|was|were) said to\b|\breport(?:s|ed)?\b", _I),
    )
)  # fmt: skip
STATUS_PRIORITY = ("cancelled", "rumored", "confirmed", "reported")
_HEDGE_WORD = {"rumored": "hedge", "reported": "hedge", "confirmed": "cue", "cancelled": "cue"}


def kind_of(passage: str, categories: tuple[tuple[str, str], ...], future: bool, start: PartialDate) -> tuple[str, str]:
    """The kind with the most cues in the passage; ties go to the more specific kind (KIND_PRIORITY)."""
    cues: dict[str, dict[str, str]] = {kind: {} for kind in KIND_PRIORITY}  # kind -> {cue, lower case: shown}
    for kind, regex in _KIND_CUES:
        for match in regex.finditer(passage):
            words = normalize_space(match[0])
            cues[kind].setdefault(words.lower(), f'"{words}"')
    for name, category in categories:
        if category in _CATEGORY_KIND:
            cues[_CATEGORY_KIND[category]][name.lower()] = (
                f"{name} ({'online seller' if category == 'online' else category})"
            )
    counts = {kind: len(found) for kind, found in cues.items() if found}
    if not counts:
        carriers = [name for name, category in categories if category == "carrier"]
        if carriers:
            return "carrier-deal", f"{carriers[0]} is a carrier, and the passage has no other cue"
        return "other", "no cue in the passage"
    best = max(counts.values())
    kind = next(kind for kind in KIND_PRIORITY if counts.get(kind) == best)
    why = ""
    if future and kind == "carrier-talks" and counts.get("carrier-deal") == best:
        # Talks go on now; a date after the source's date is when the deal should bear fruit.
        kind = "carrier-deal"
        why = f"; the date ({start.edtf()}) is after the source's, so it dates the deal, not the talks"
    hint = ("cues " if counts[kind] > 1 else "cue ") + ", ".join(cues[kind].values())
    beaten = [f"{', '.join(cues[k].values())} ({k})" for k in KIND_PRIORITY if k != kind and k in counts]
    return kind, hint + (" over " + "; ".join(beaten) if beaten else "") + why


def status_of(passage: str, future: bool, start: PartialDate, reference: PartialDate) -> tuple[str, str]:
    found: dict[str, str] = {}
    for status, regex in _STATUS_CUES:
        match = regex.search(passage)
        if match and status not in found:
            found[status] = normalize_space(match[0])
    for status in STATUS_PRIORITY:
        if status in found:
            hint = f'{_HEDGE_WORD[status]} "{found[status]}"'
            rest = [f'"{found[s]}" ({s})' for s in STATUS_PRIORITY if s in found and s != status]
            return status, hint + (" over " + ", ".join(rest) if rest else "")
    if future:
        return "rumored", f"the date ({start.edtf()}) is after the source's ({reference.edtf()}): a plan, not yet done"
    return "reported", "no hedge or confirmation in the passage: reported, the default"
