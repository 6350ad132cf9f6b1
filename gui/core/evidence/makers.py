"""The phone makers and brands that matter for the US market, with the names texts use for them.

The lane of an event is its maker. A timeline's lanes name the makers the analyst follows; this
lexicon knows the others, so that a passage about a maker without a lane offers "New lane: OnePlus"
instead of picking another maker named near it, and a lane called "HMD" also finds "Nokia" phones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "BARE_NAME_COMPANY",
    "KNOWN_MAKERS",
    "Maker",
    "bare_name_makers",
    "maker_named",
    "product_epithets",
    "product_lines",
    "spellings",
    "subject_start",
]


@dataclass(frozen=True)
class Maker:
    """A phone maker: the name a new lane gets, and the other names and brands texts call it by."""

    name: str
    aliases: tuple[str, ...] = ()
    parent: str = ""  #: the group it belongs to or belonged to ("Oppo" for Realme)
    #: other companies that owned it once ("Google" for Motorola): "Google's Motorola" is Motorola, where "TCL's
    #: BlackBerry" (a licence) is TCL's
    former_owners: tuple[str, ...] = ()
    #: the parent sells its phones in the US under this unit's name (Lenovo's are Motorola's, HP's were Palm's): what
    #: the parent says of its phones is the unit's, where Huawei's or Oppo's phone news stays theirs
    parents_phones: bool = False


KNOWN_MAKERS: tuple[Maker, ...] = (
    Maker("Apple", ("iPhone",)),
    Maker("Samsung", ("Samsung Electronics", "Galaxy")),
    Maker("Google", ("Pixel", "Alphabet")),
    Maker("Motorola", ("Motorola Mobility", "Moto"), parent="Lenovo", former_owners=("Google",), parents_phones=True),
    Maker("Lenovo"),
    Maker("LG", ("LG Electronics",)),
    Maker("OnePlus", (), parent="Oppo"),
    Maker("Oppo", ("OPPO",)),
    Maker("Vivo", ("vivo", "iQOO")),
    Maker("Realme", ("realme",), parent="Oppo"),
    Maker("Huawei", ("Huawei Technologies",)),
    Maker("Honor", (), parent="Huawei"),
    Maker("ZTE", ("ZTE Corp.", "ZTE USA", "Nubia")),
    Maker("TCL", ("TCL Communication", "Alcatel", "Alcatel OneTouch")),
    Maker("HMD", ("HMD Global", "Nokia")),
    Maker("Xiaomi", ("Redmi", "Poco", "POCO")),
    Maker("Sony", ("Sony Mobile", "Sony Ericsson", "Xperia")),
    Maker("HTC", ("HTC Corp.",)),
    Maker("BlackBerry", ("RIM", "Research In Motion")),
    Maker("Asus", ("ASUS",)),
    # "Nothing" is a common word: only the forms that can't be it name the maker.
    Maker("Nothing", ("Nothing Phone", "Nothing Technology", "Nothing's", "Nothing said", "Nothing, the",
                      "Nothing, a", "Nothing, which", "Nothing, founded", "start-up Nothing", "startup Nothing",
                      "brand Nothing", "maker Nothing", "Pei's Nothing")),
    Maker("Fairphone"),
    Maker("Kyocera", ("Kyocera International",)),
    Maker("BLU", ("BLU Products", "Blu Products", "Blu")),
    Maker("Coolpad"),
    Maker("Meizu"),
    Maker("Sonim", ("Sonim Technologies",)),
    # "Essential" is a common word too: see Nothing above, and BARE_NAME_COMPANY below.
    Maker("Essential", ("Essential Products", "Essential's", "Essential’s", "Essential Phone", "start-up Essential",
                        "startup Essential", "Essential, the", "Essential, a", "Essential, which", "Rubin's Essential")),
    Maker("Razer"),
    # Makers of the years before smartphones settled, that old articles name.
    Maker("Palm", ("Palm Inc.", "Handspring"), parent="HP", parents_phones=True),
    Maker("Pantech", ("Pantech Wireless",)),
    # "Sharp" is a common word too ("Sharp price cuts"): see Nothing above, and BARE_NAME_COMPANY below.
    Maker("Sharp", ("Sharp Corp.", "Sharp Corporation", "Aquos", "Sharp's", "Sharp’s", "Sharp, the", "Sharp, a",
                    "Sharp, which", "Japan's Sharp", "Japan’s Sharp", "maker Sharp"), parent="Foxconn"),
    Maker("Sanyo"),
    Maker("Audiovox"),
    Maker("UTStarcom"),
    Maker("Siemens"),
    # "Danger" is a common word too: see Nothing above, and BARE_NAME_COMPANY below.
    Maker("Danger", ("Danger Inc.", "Danger's", "Danger’s", "Danger, the", "Danger, a", "Danger, which", "maker Danger")),
    Maker("Orbic"),
    Maker("Doro"),
    Maker("Bullitt", ("Bullitt Group", "Cat phones")),
    Maker("Unihertz"),
    Maker("Transsion", ("Tecno", "Infinix", "itel")),
    Maker("Wiko"),
    Maker("Hisense"),
    Maker("Umidigi"),
    Maker("Ulefone"),
    Maker("Blackview"),
    Maker("Teracube"),
    Maker("Punkt"),
    # Other makers that sold phones in the US, or tried to.
    Maker("Microsoft", ("Microsoft Mobile",)),
    Maker("HP", ("Hewlett-Packard", "Hewlett Packard")),  # Palm's owner from 2010, and its iPAQ phones before
    Maker("Casio", ("Casio Hitachi",)),
    Maker("Dell"),
    Maker("Acer"),
    Maker("LeEco", ("LeTV",)),
    Maker("Nextbit"),
    Maker("Vertu"),
    Maker("Gionee"),
    Maker("Micromax"),
    Maker("Purism"),
    Maker("Osom", ("OSOM",)),
    Maker("Doogee"),
    Maker("Oukitel"),
    Maker("Cubot"),
    Maker("NUU", ("NUU Mobile",)),
    Maker("Lava", ("Lava International", "Lava Mobiles")),
    # Amazon made one phone (the Fire Phone, 2014); its bare name is the retailer, a partner: only the phone names it.
    Maker("Amazon", ("Fire Phone",)),
    # "Light" is a common word too: see Nothing above, and BARE_NAME_COMPANY below.
    # The Texas start-up that licensed the BlackBerry name for a 5G keyboard phone (2020–2022).
    Maker("OnwardMobility", ("Onward Mobility",)),
    # The contract manufacturer (Hon Hai) that builds phones for others and bought Sharp in 2016: a lane when it is
    # the subject (the guide: a builder that is the subject; a whole maker bought is the buyer's).
    Maker("Foxconn", ("Hon Hai", "Hon Hai Precision", "Hon Hai Precision Industry", "FIH Mobile")),
    Maker("Light", ("Light Phone", "Light's", "Light’s", "Light, the", "Light, a", "Light, which", "maker Light",
                    "startup Light", "start-up Light")),
)

#: Product lines that say whose phone it is when a passage names no maker ("The Galaxy S9 goes on sale at
#: Verizon on Friday"). Too loose to choose a lane over a maker the passage names.
PRODUCT_LINES = {
    "Galaxy": "Samsung",
    "Nexus": "Google",  # whoever built it (the guide); "Galaxy Nexus" is found as Samsung's Galaxy, first
    "Pixel": "Google",
    "iPhone": "Apple",
    "Xperia": "Sony",
    "Razr": "Motorola",
    "RAZR": "Motorola",
    "Droid": "Motorola",
    "Zenfone": "Asus",
    "ROG Phone": "Asus",
    "Optimus": "LG",
    "Axon": "ZTE",
    "Treo": "Palm",
    "webOS": "Palm",  # HP's webOS phones were Palm's (the Pre 3, the Veer)
    "Pre": "Palm",
    "Lumia": "HMD",
    "Nord": "OnePlus",
    "Mate": "Huawei",
    "Ascend": "Huawei",
    "Magic": "Honor",
    "Blade": "ZTE",
    "Red Magic": "ZTE",
    "RedMagic": "ZTE",
    "Revvl": "TCL",
    "DuraForce": "Kyocera",
    "Find X": "Oppo",
    "Stylo": "LG",
    "Surface Duo": "Microsoft",
    "Sidekick": "Danger",  # whoever built it (Sharp, Motorola): Danger's phone, sold by T-Mobile
}
#: Lines whose name is a common word name a phone only with its number: "Mate 30", "Magic5", "Find X5".
_NUMBERED = {"Mate": r"(?=\s?\d)", "Magic": r"(?=\s?\d)", "Find X": r"(?=\d)", "Pre": r"(?=\s?(?:\d|Plus)\b)"}
_PRODUCT_LINE = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(line) + _NUMBERED.get(line, r"(?![\w-])") for line in PRODUCT_LINES)
    + r")"
    # or several of them: "older iPhones", "Galaxys and Pixels"
    + "|(?<!\\w)(" + "|".join(re.escape(line) for line in PRODUCT_LINES if line not in _NUMBERED) + r")s(?![\w-])"
)

_BY_WORD = {word.lower(): maker for maker in KNOWN_MAKERS for word in (maker.name, *maker.aliases)}


def maker_named(words: str) -> Maker | None:
    """The known maker a name (or brand) refers to, in any spelling the lexicon knows."""
    return _BY_WORD.get(" ".join(words.split()).lower())


def product_lines(passage: str) -> list[tuple[int, int, str]]:
    """(start, end, maker name) of each product line named in ``passage``."""
    return [(m.start(), m.end(), PRODUCT_LINES[m[1] or m[2]]) for m in _PRODUCT_LINE.finditer(passage)]


#: A maker called by its product line: "the iPhone maker", "The Galaxy maker's", "the Pixel company".
_PRODUCT_EPITHET = re.compile(
    r"\b[Tt]he\s+(" + "|".join(re.escape(line) for line in PRODUCT_LINES) + r")\s+(?:phone\s+|handset\s+)?"
    r"(?:maker|makers|company|brand|manufacturer|giant|vendor)\b"
)


def product_epithets(passage: str) -> list[tuple[int, int, str]]:
    """(start, end, maker name) of each maker called by its product line ("the iPhone maker" is Apple)."""
    return [(m.start(), m.end(), PRODUCT_LINES[m[1]]) for m in _PRODUCT_EPITHET.finditer(passage)]


#: Makers whose bare name is a common word, and what shows that an article means the company: then "Nothing will
#: …", "Essential said …" are about it too, while "Nothing has changed" elsewhere is not.
BARE_NAME_COMPANY = {
    "Nothing": re.compile(r"Nothing(?:['’]s|\s+Phone|\s+Technology|\s+Ear)\b|Carl Pei|\bPei['’]s Nothing"),
    "Essential": re.compile(r"Essential(?:['’]s|\s+Phone|\s+Products|\s+PH-1)\b|Andy Rubin|\bRubin['’]s Essential"),
    "Sharp": re.compile(r"Sharp(?:['’]s|\s+Corp)|\bAquos\b|Japan['’]s Sharp"),
    "Danger": re.compile(r"Danger(?:['’]s|\s+Inc)\b|\bSidekick"),
    "Light": re.compile(r"\bLight(?:['’]s|\s+Phone)\b"),
}
#: The verbs that follow a bare name ("Nothing will sell …", "Essential said …"): any lower-case word in -s or -ed
#: ("Essential shuts down", "Nothing removed its app"), and the common ones that end otherwise.
_ACTING_VERBS = r"will|would|had|is|plan|said|sold|began|brought|struck|cut|[a-z]{2,}(?:s|ed)"
_BARE_NAME_ACTING = {
    name: re.compile(rf"(?<![\w.]){name}(?=\s+(?:{_ACTING_VERBS})\b)") for name in BARE_NAME_COMPANY
}


_COMPANY_REACH = 20_000


def bare_name_makers(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, maker) where ``text[start:end]`` names a maker whose name is a common word by that bare name
    followed by a verb ("Nothing will sell …"), when the article shows elsewhere that it means the company."""
    end = len(text) if end is None else end
    found = []
    for name, company in BARE_NAME_COMPANY.items():
        if name not in text[start:end]:
            continue
        # The company named near by, not anywhere in a long source: a passage's check stays cheap.
        if not company.search(text, max(0, start - _COMPANY_REACH), end + _COMPANY_REACH):
            continue
        found += [(*match.span(), name) for match in _BARE_NAME_ACTING[name].finditer(text, start, end)]
    return sorted(found)


def spellings() -> list[tuple[str, str]]:
    """(spelling, maker name) for every name and alias; lower-case spellings match any case."""
    pairs = []
    for maker in KNOWN_MAKERS:
        for word in (maker.name, *maker.aliases):
            if word in ("Nothing", "Essential", "Sharp", "Danger", "Light", "Amazon", "Pixel", "Galaxy", "iPhone", "Xperia"):
                continue  # a product line or a common word: names the maker too loosely to choose a lane
            pairs.append((word, maker.name))
    return pairs


# A passage whose subject is a pronoun or "the company" is about the article's maker, not the makers it names.
_PRONOUN_SUBJECT = re.compile(
    r"(?:(?:but|and|yet|meanwhile|still|also)\s*,?\s+)?(?:it|its|it's|the company|the firm|the maker|the brand"
    r"|the (?:[\w-]+\s+){0,2}(?:company|maker|firm|brand|manufacturer|vendor|group|unit|giant|start-?up|conglomerate"
    r"|phonemaker|upstart|newcomer))(?:['’]s)?\b",
    re.IGNORECASE,
)


#: "The decision came after …": a step the article's maker took, named before; the makers after it are the cause.
_ITS_NAMED_BRAND = re.compile(
    r"(?i:(?:but|and|meanwhile|also)\s*,?\s+)?(?i:its|their)\s+(?i:[\w-]+\s+){0,2}"
    r"(?i:brand|unit|subsidiary|affiliate|division|arm|sibling|label|spinoff|spin-off|rival|competitor|arch-?rival"
    r"|challenger|(?<=sister )company|(?<=sister )firm),?\s+[A-Z]"
)
#: "Its Honor brand's US plans …", "Its Motorola unit will …": the unit is named, before the word that says it is one.
_ITS_BRAND_NAMED_FIRST = re.compile(
    r"(?i:(?:but|and|meanwhile|also)\s*,?\s+)?(?i:its|their)\s+[A-Z][\w&-]*\s+"
    r"(?i:brand|unit|subsidiary|division|arm|label)(?:['’]s)?\b"
)
_ANAPHORIC_STEP = re.compile(
    r"(?i)the (?:decision|move|step|change|delay|retreat|reversal|setback|pullback|u-turn)\s+"
    r"(?:came|comes|followed|follows|was made|is the|was the)\b"
)


def subject_start(passage: str) -> bool:
    """True when the passage opens with a pronoun, "the company" or "the decision came…": its subject is named
    before it."""
    opening = passage.lstrip(" \"“‘'")
    if _ITS_NAMED_BRAND.match(opening) or _ITS_BRAND_NAMED_FIRST.match(opening) or _PRODUCT_EPITHET.match(opening):
        return False  # "Its sister brand OnePlus sells …", "The iPhone maker said …": the maker is named
    return bool(_PRONOUN_SUBJECT.match(opening) or _ANAPHORIC_STEP.match(opening))
