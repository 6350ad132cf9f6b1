"""Where a passage names a maker only to compare: "Like Apple before it, Google will …", "the same chip
Samsung puts in its phones", "cheaper than Motorola's".

The lane of an event is the maker that is its subject. A maker named in a leading comparison or
subordinate clause ("Unlike Samsung, which sells through every carrier, Google has …", "Under Google, Motorola …")
or right after "like", "unlike", "than" or "the same … as" is a yardstick, not the subject; nor is a maker that supplies
the phone the passage is about ("Google will give it four years of updates"). ``compared_spans`` finds those
stretches; the lane is chosen from the makers outside them when there is one (and, when every maker named
is a yardstick, from the paragraph or the article, as when none is named).
"""

from __future__ import annotations

import re

__all__ = ["compared_spans", "quoted_spans"]

#: A leading clause up to the comma after which the main clause's subject (a capital) comes.
_LEADING = re.compile(
    r"^[\"“‘']?(?i:(?:just|shortly|only|soon|long|even|(?:a|an|one|two|three|four|five|six|several|a few|\d+)"
    r"\s+(?:days?|weeks?|months?|years?))\s+)?"  # "Two years after …", "Shortly before …"
    r"(?i:Like|Unlike|As with|Just as|Much as|Similar to|In contrast to|Compared (?:with|to)|Following"
    r"|After|Before|While|Whereas|Although|Though|Despite|Even as|Since"
    r"|Led by|Headed by|Run by|Backed by|Founded by|Owned by|Funded by|Under"
    r"|As (?:an?|the) [^,;.]*?(?:unit|subsidiary|brand|division|arm|affiliate|spin-?off|offshoot))\b[^;.]*?,\s+(?=[A-Z\"“])"
)
#: A yardstick inside the sentence: "like", "than", "the same … as", then the names compared ("Samsung and
#: Apple", "Samsung's"), up to the first word in lower case.
_YARDSTICK = re.compile(
    r"(?i:\b(?:like|unlike|than|as did|as has|similar to|behind|ahead of|trail(?:s|ed|ing)?|in favou?r of|instead of"
    r"|the same(?:\s+[\w-]+){0,2}?(?:\s+(?:as|that))?))"
    r"\s+(?:(?:the|its|rival|larger|bigger|smaller|fellow|[\w-]+-based)\s+){0,2}"
    r"(?P<names>[A-Z][\w&'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:and|or|&)\s+)[A-Z][\w&'’.-]*)*)"
)
#: A company supplying the phone spoken of ("it", "the phone"): its supplier, not its maker.
_SUPPLIER = re.compile(
    r"(?P<who>[A-Z][\w&-]*)\s+(?:will\s+|would\s+)?(?:gives?|provides?|supplies|supply|offers?|licen[cs]es?)"
    r"\s+(?:it|them|the (?:phone|device|handset)s?)\b"
    # or named by what it supplies: "Google's apps will be missing", "Samsung displays and Sony sensors"
    r"|(?<![\w&.-])(?P<part>[A-Z][\w&-]*)(?:['’]s)?\s+(?:own\s+)?"
    # or its platform named in a word or two, or its store of songs or apps: "Google's Tango augmented-reality software",
    # "Microsoft's Windows Mobile software", "Apple's iTunes store" (the phone is built for it or plays from it; the phone
    # is another's; a maker's own online store sells its own phones)
    r"(?:(?<=['’]s\s)(?:[\w-]+\s+){1,2}(?:platform|software)\b|(?<=['’]s\s)(?:iTunes|music|apps?)\s+store"
    r"|apps|services|software|chips?|chipsets?|processors?|modems?"
    r"|displays|screens|panels|sensors|camera sensors|batter(?:y|ies)|components|parts(?!\s+ways)"
    # (a maker's own Android phone or venture is its own: "BlackBerry's Android bet")
    r"|Android(?!\s+(?:phones?|handsets?|devices?|smartphones?|models?|tablets?|bets?|push|plans?|moves?|debut|launch"
    r"|efforts?|strategy|gamble|switch|venture))|operating system|Play Store|app store)\b"
    r"(?!\s+(?:chief|head|boss|unit|business|division)\b)"
)
#: A maker whose software runs another's phone, named as its power: "the first Google-powered phone, made by HTC".
_POWERED_BY = re.compile(r"(?<![\w&.-])(?P<who>[A-Z][\w&]*)-powered\b")
#: A maker in someone's past: "Former Samsung manager Kim Ha", "a former Apple engineer", "Ex-Google staff".
_FORMER = re.compile(
    r"(?i:\b(?:former|onetime|one-time|erstwhile)\s+|\bex-)(?P<who>[A-Z][\w&-]*)(?=(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:executive|exec|manager|engineer|employee|staff|staffer|lead|head|chief|designer|boss|president|official"
    r"|worker|director|veteran|researcher|product)s?\b)"
)
#: A maker that builds another's phone, named only as its builder: "the LG-built Nexus 4", "the Samsung-built
#: successor to Google's Nexus One", "The Nexus line, made by LG and Huawei", "built for Danger by Motorola". Nexus and
#: Pixel phones are Google's whoever built them (the guide); a phone built for another ("for it by HTC") is the other's.
_BUILDER = re.compile(
    r"(?P<who>[A-Z][\w&]*)-(?:built|made|manufactured)\s+(?:[\w'’-]+\s+){0,3}?(?=(?:Nexus|Pixel|Google\s+phone)\b)"
    r"|\b(?:built|made|manufactured|designed)\s+for\s+(?:it|them|[A-Z][\w&-]*)\s+by\s+(?P<for>[A-Z][\w&-]*)"
    # "the Nexus 6, which Motorola builds for Google" (not "the DTEK50, which TCL builds for BlackBerry": TCL's phone)
    r"|\b(?:Nexus|Pixel)\b[^.;]{0,30}?\b(?:which|that)\s+(?P<by>[A-Z][\w&-]*)\s+(?:builds|built|makes|made|manufactures"
    r"|manufactured|designed)\s+for\b"
    r"|\b(?:Nexus|Pixel)\b[^.;]{0,30}?\b(?:built|made|manufactured)\s+by\s+"
    r"(?P<names>[A-Z][\w&-]*(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w&-]*)*)"
)
#: The maker another came from: "spun out of Oppo in 2018", "an offshoot of Oppo", "The Oppo spin-off had said": the
#: one it came from is background; the spin-off is the subject, named or referred back to.
_ORIGIN = re.compile(
    r"\b(?:spun\s+(?:out|off)\s+(?:of|from)|(?:an\s+)?offshoot\s+of|split\s+(?:off\s+)?from|spin-?off\s+(?:of|from))"
    r"\s+(?P<who>[A-Z][\w&-]*)|(?P<of>[A-Z][\w&-]*)\s+(?:spin-?off|offshoot)s?\b"
)
#: Another maker's phone chosen in the place of the one spoken of: "Verizon will sell HTC's Droid Incredible instead".
_INSTEAD = re.compile(r"(?<![\w&.-])[A-Z][\w&-]*['’]s\s+(?:[A-Z0-9][\w-]*\s+){1,3}instead\b")
#: The makers whose phones a carrier or store also sells, named in a list: "carries phones from Apple, Samsung and LG",
#: "cheaper models from Samsung, Motorola and TCL". A list of two or more is the channel's range, not the event's subject.
_RANGE_OF_MAKERS = re.compile(
    r"\b(?:phones|models|handsets|devices|smartphones)\s+(?:made\s+)?(?:from|by)\s+"
    r"(?P<names>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?(?:(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)[A-Z][\w&'’.-]*"
    r"(?:\s+[A-Z][\w&'’.-]*)?)+)"
)
#: The makers that back another with money, named only as its investors: "raised $300 million from investors including
#: Tencent and Foxconn", "a start-up backed by Foxconn". The backed maker is the subject.
_BACKERS = re.compile(
    r"\b(?i:investors?|backers?|shareholders?)\s+(?:including|such as|like|that include|among them)\s+"
    r"|\b(?:backed|funded|bankrolled)\s+by\s+"
)
_NAMES = re.compile(r"[A-Z][\w&'’.-]*(?:(?:\s+|\s*,\s*|\s*,?\s+(?:and|or|&)\s+)[A-Z][\w&'’.-]*)*")
#: A maker named only as the place where phones are made: "at a Foxconn plant in Zhengzhou", "in a former Nokia factory".
_PLANT = re.compile(
    r"\b(?i:a|an|the)\s+(?:former\s+|onetime\s+)?(?P<who>[A-Z][\w&-]*)\s+(?:plant|factory|assembly\s+(?:plant|line))s?\b"
)
#: A quotation: what someone says, in their words.
_QUOTE = re.compile(r"“[^”]*”|(?<![\d.])\"[^\"]*\"")  # not an inch mark: the 6.7" screen


def compared_spans(passage: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``passage`` of its comparisons: a leading clause, and the words after
    "like", "unlike", "than", "the same … as"."""
    spans = []
    leading = _LEADING.match(passage)
    if leading:
        spans.append((0, leading.end()))
    for match in _YARDSTICK.finditer(passage, leading.end() if leading else 0):
        spans.append(match.span("names"))
    spans.extend(match.span("who") if match["who"] else match.span("part") for match in _SUPPLIER.finditer(passage))
    spans.extend(match.span("who") for match in _FORMER.finditer(passage))
    spans.extend(match.span("who") for match in _POWERED_BY.finditer(passage))
    spans.extend(
        next(match.span(group) for group in ("who", "for", "by", "names") if match[group])
        for match in _BUILDER.finditer(passage)
    )
    spans.extend(match.span("who") if match["who"] else match.span("of") for match in _ORIGIN.finditer(passage))
    spans.extend(match.span() for match in _INSTEAD.finditer(passage))
    spans.extend(match.span("names") for match in _RANGE_OF_MAKERS.finditer(passage))
    spans.extend(_NAMES.match(passage, match.end()).span() for match in _BACKERS.finditer(passage)
                 if _NAMES.match(passage, match.end()))  # fmt: skip
    spans.extend(match.span("who") for match in _PLANT.finditer(passage))
    return spans


def quoted_spans(passage: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the quotations in ``passage``: a maker named inside one ("“Samsung sells on features;
    we sell on speed,” OnePlus's president said") is what the speaker talks about, not the event's subject."""
    return [match.span() for match in _QUOTE.finditer(passage)]
