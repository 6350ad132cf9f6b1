"""A maker's parent and its units, and a brand made under licence: "Its parent has had no US carrier since 2018" (in an Honor article) is about
Huawei; "Lenovo's smartphone business lost money" or "Lenovo wants the Razr in every store" is about Motorola, the
unit the timeline follows, while "Lenovo itself sells no phones under its own name" is about Lenovo.

Pure rules on the makers lexicon (``makers.py``): no parser, no model.
"""

from __future__ import annotations

import re
from functools import lru_cache

from gui.core.evidence.makers import KNOWN_MAKERS, maker_named, product_lines

__all__ = [
    "builder",
    "licensee",
    "names_its_phone_business",
    "names_its_units_phones",
    "owned_by",
    "owns",
    "parent_of",
    "phone_business_buyer",
    "refers_to_parent",
    "speaks_of_itself",
    "units_of",
]

#: "Its parent", "Its former parent company", "Its Chinese owner": the parent of the maker named before.
_ITS_PARENT = re.compile(
    r"(?i)[\"“‘']?(?:(?:but|and|yet|meanwhile|still|also)\s*,?\s+)?(?:its|the (?:company|brand)['’]s)\s+"
    r"(?:(?:former|onetime|one-time|current|new|Chinese|Japanese|Korean|Taiwanese|American)\s+)?"
    r"(?:parent(?:\s+(?:company|group))?|owner)\b(?![\w,]*\s+(?-i:[A-Z]))"  # "its parent Huawei" names it
)
#: The parent as the subject in its own right: "Lenovo itself", "Lenovo's own phones", "under its own name",
#: "Lenovo-branded", "its own-brand".
_ITSELF = r"(?:{name}\s+itself\b|\b{name}['’]s\s+own\b|\bunder\s+its\s+own\s+(?:name|brand)\b|\b{name}-branded\b|\bitself\b|\bown[-\s]brand(?:ed)?\b)"
#: The parent's phone business: "Lenovo's smartphone business", "Lenovo's phone unit", "Lenovo's handset arm"; or, in a
#: passage whose subject is the parent, "its smartphone business", "the phone business".
_PHONE_BUSINESS = (
    r"(?:{name}['’]s|\b(?i:its|the))\s+(?:[\w-]+\s+)?(?:phone|smartphone|handset|mobile|device)s?\s+(?:business|unit|arm|division|group"
    r"|operations?|sales)\b"
)


def parent_of(maker: str) -> str:
    """The known parent of a maker by its name ("Huawei" for "Honor"), or ""."""
    known = maker_named(maker)
    return known.parent if known is not None else ""


def owns(owner: str, maker: str) -> bool:
    """True when the lexicon knows ``owner`` as ``maker``'s parent or one of its former owners (both by any name)."""
    known, by = maker_named(maker), maker_named(owner)
    if known is None or by is None:
        return False
    return by.name.lower() in {name.lower() for name in (known.parent, *known.former_owners) if name}


def owned_by(owner: str) -> list[str]:
    """The makers the lexicon knows ``owner`` to own or to have owned ("Motorola" for "Google" and for "Lenovo")."""
    return [maker.name for maker in KNOWN_MAKERS if owns(owner, maker.name)]


def units_of(parent: str, phones_only: bool = False) -> list[str]:
    """The makers the lexicon knows as ``parent``'s units ("Motorola" for "Lenovo"); with ``phones_only``, only those
    under whose name the parent sells its phones."""
    return [
        maker.name
        for maker in KNOWN_MAKERS
        if maker.parent.lower() == parent.lower() and (maker.parents_phones or not phones_only)
    ]


def refers_to_parent(passage: str) -> bool:
    """True when the passage opens with "Its parent", "Its former owner": the parent of the maker named before."""
    return bool(_ITS_PARENT.match(passage.lstrip()))


def speaks_of_itself(passage: str, parent: str) -> bool:
    """True when the parent is the subject in its own right ("Lenovo itself", "under its own name")."""
    return bool(re.search(_ITSELF.format(name=re.escape(parent)), passage))


def names_its_units_phones(passage: str, parent: str, unit: str) -> bool:
    """True when the passage speaks of the parent's phones: "Lenovo's smartphone business", or the unit's product line
    ("Lenovo wants the Razr in every store")."""
    if re.search(_PHONE_BUSINESS.format(name=re.escape(parent)), passage):
        return True
    return any(maker == unit for _start, _end, maker in product_lines(passage))


#: How far into a text a brand's licensee is looked for.
LICENCE_REACH = 20_000
#: A company's name of a word or two, on one line (not a title's last word and the next paragraph's first).
_NAME = r"[A-Z][\w&-]*(?:[^\S\n]+[A-Z][\w&-]*)?"
#: "under licence", "under a licence", "under a long-term license".
_UNDER_LICENCE = r"under\s+(?:an?\s+)?(?:[\w-]+\s+)?licen[cs]e"


@lru_cache(maxsize=64)  # the same article and brand for every passage Draft Events reads
def licensee(text: str, brand: str) -> str:
    """The maker the text says makes ``brand``'s phones under licence ("The BlackBerry Key2, made under licence by TCL";
    "TCL, which makes BlackBerry phones under license"; "the KEYone, which TCL makes under licence from BlackBerry";
    "TCL would design, make and sell BlackBerry-branded phones under a licence"), by its lexicon name, or "". Every
    passage of a text asks it again: the text is looked at closely only when it says "licence"."""
    if not brand or text.find("licen", 0, LICENCE_REACH) < 0:  # a plain search first: most texts never say it
        return ""
    name = re.escape(brand)
    head = text[:LICENCE_REACH]
    found = re.search(
        rf"\b{name}\b[^.;]{{0,80}}?\b(?:made|built|produced|manufactured|sold)\s+{_UNDER_LICENCE}\s+by\s+(?P<maker>{_NAME})"
        rf"|(?P<maker2>{_NAME})\b[^.;\n]{{0,60}}?\b(?:makes|made|builds|built|sells|sold)\s+{name}(?:-branded|-brand)?\s+"
        rf"(?:phones|handsets|devices|smartphones)\s+{_UNDER_LICENCE}",
        head,
    )
    if found is not None:
        return _licensee_named(found["maker"] or found["maker2"], brand)
    # The licence told in other words, in a sentence that names the brand: "that China's TCL Communication makes under
    # licence from BlackBerry", "TCL Communication would design, make and sell BlackBerry-branded phones … under a
    # long-term licence"
    for sentence in re.split(r"(?<=[.;])\s+", head):
        if "licen" not in sentence or not re.search(rf"\b{name}\b", sentence):
            continue
        told = re.search(
            rf"(?P<maker>{_NAME})\s+(?:makes|made|builds|built|produces|produced)\s+under\s+licen[cs]e"
            rf"|(?P<maker2>{_NAME})\s+(?:would|will|to)?\s*(?:design,\s+)?(?:make|makes|build|builds)(?:\s+and\s+sell)?\s+"
            rf"{name}-branded"
            # "TCL Communication, the Chinese company that licensed the BlackBerry name for phones"
            rf"|(?P<maker3>{_NAME}),?[^.;\n]{{0,100}}?\b(?:licensed|licenses|has\s+licensed)\s+the\s+{name}\s+"
            rf"(?:name|brand|trademark)",
            sentence,
        )
        if told is not None and (maker := _licensee_named(told["maker"] or told["maker2"] or told["maker3"], brand)):
            return maker
    return ""


#: A brand's phone and the maker that builds it: "the Sanyo Incognito, made by Kyocera", "first Google phone, built by HTC",
#: "the Sanyo Incognito, a slider with a touch screen built by Kyocera". Not a Nexus or a Pixel: those are Google's
#: whoever built them (the guide).
_BUILT_BY = (
    r"\b{name}(?:['’]s)?\s+(?:(?!Nexus|Pixel)[\w-]+\s+){{0,2}}(?!Nexus|Pixel)[\w-]+,\s+(?:an?\s+[^,.;]{{0,60}}?\s+)?"
    r"(?:made|built|manufactured)\s+by\s+(?P<maker>{maker})"
)


#: A brand's phones told as another's make: "the first BlackBerry phone designed and sold by TCL Communication", "the
#: keyboard phone made by TCL Communication under the BlackBerry name" (the guide: TCL-made BlackBerry phones → TCL).
_MADE_UNDER_ITS_NAME = (
    r"\b{name}\s+(?:[\w-]+\s+)?(?:phones?|handsets?|smartphones?)\s+(?:designed|made|built)(?:\s+and\s+(?:sold|built|made))?"
    r"\s+by\s+(?P<maker>{maker})(?!['’]s\b)"  # not "made by Oppo's sister company"
    r"|\b(?:designed|made|built)(?:\s+and\s+(?:sold|built|made))?\s+by\s+(?P<maker2>{maker})\s+under\s+the\s+{name}\s+"
    r"(?:name|brand)\b"
)


@lru_cache(maxsize=64)  # the same article and brand for every passage Draft Events reads
def builder(text: str, brand: str) -> str:
    """The maker the text says builds ``brand``'s phone ("the Sanyo Incognito, made by Kyocera"), by its lexicon name,
    or "": a carrier-branded or licensed phone goes to its maker (the guide: myTouch → HTC)."""
    if not brand or not re.search(r"\b(?:made|built|manufactured|designed)\s+(?:and\s+\w+\s+)?by\b", text[:LICENCE_REACH]):
        return ""
    name = re.escape(brand)
    found = re.search(_BUILT_BY.format(name=name, maker=_NAME), text[:LICENCE_REACH])
    if found is not None:
        return _licensee_named(found["maker"], brand)
    found = re.search(_MADE_UNDER_ITS_NAME.format(name=name, maker=_NAME), text[:LICENCE_REACH])
    return _licensee_named(found["maker"] or found["maker2"], brand) if found is not None else ""


#: A buyer taking over a brand's phone business: "Kyocera takes over Sanyo Electric's mobile phone business", "Kyocera's
#: purchase of Sanyo's handset unit".
_TAKES_OVER_ITS_PHONES = (
    r"(?P<maker>{maker})(?:['’]s\s+(?:[$\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:purchase|acquisition|takeover)\s+of"
    r"|\b[^.;\n]{{0,40}}?\b(?:took|takes|take|taking)\s+over|\b[^.;\n]{{0,40}}?\b(?:bought|buys|buy|buying|acquired"
    r"|acquires|acquire|acquiring))\s+{name}(?:\s+(?:Electric|Electronics|Corp\.?|Inc\.?))?['’]s?\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:phone|handset|mobile|smartphone)s?\s+(?:phone\s+)?(?:business|unit|division|arm|operations?)\b"
)


@lru_cache(maxsize=64)  # the same article and brand for every passage Draft Events reads
def phone_business_buyer(text: str, brand: str) -> str:
    """The maker the text says took over ``brand``'s phone business ("Kyocera takes over Sanyo Electric's mobile phone
    business"), by its lexicon name, or "": it carries the brand's phones on (the guide: a buyer of a maker's business)."""
    if not brand or not re.search(r"(?i)\b(?:phone|handset|mobile)s?\s+(?:phone\s+)?(?:business|unit|division|arm)",
                                  text[:LICENCE_REACH]):  # fmt: skip
        return ""
    found = re.search(_TAKES_OVER_ITS_PHONES.format(name=re.escape(brand), maker=_NAME), text[:LICENCE_REACH])
    buyer = _licensee_named(found["maker"], brand) if found is not None else ""
    return "" if owns(buyer, brand) else buyer  # Lenovo's Motorola goes on as a maker of its own (its unit)


def names_its_phone_business(passage: str, brand: str) -> bool:
    """True when the passage names ``brand``'s phone business itself ("Sanyo's phone unit lost money"): the seller's
    news, not the phones the buyer carries on."""
    return re.search(_PHONE_BUSINESS.format(name=re.escape(brand)), passage) is not None


def _licensee_named(words: str, brand: str) -> str:
    """The lexicon name of the maker ``words`` names ("China's TCL Communication" → TCL), unless it is ``brand``."""
    words = re.sub(r"^\S+['’]s\s+", "", words)  # "China's TCL": the maker, not the country
    maker = maker_named(words) or maker_named(words.split()[0])
    return maker.name if maker is not None and maker.name != brand else ""
