"""The owner a passage names as a brand's owner after the brand: "Boost Mobile, now owned by Dish", "Visible, the prepaid
brand Verizon owns", "Mint Mobile, which T-Mobile bought last year", "the AT&T-owned prepaid brand said", "Xfinity
Mobile, Comcast's wireless service". The guide lists both names, the owner by its short name, as it does for an owner in
front of its brand ("AT&T's Cricket"); the words that name the owner are otherwise an owner's role or a side clause,
which bring no partner (``partner_roles``).

Not an owner: one that only speaks for its brand ("…, an AT&T spokesman said"), its parent named only so ("Cricket's
parent"), a buyer whose purchase is not done or only dates something ("which T-Mobile agreed to buy", "before Verizon
bought it"), and an owner outside the US (not listed here).
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.evidence.known_partners import DEFAULT_PARTNERS, OWNERS_OF

__all__ = ["owners_named_after", "with_owners_named_after"]

#: Each brand's owners, now or before: the known carriers' (``OWNERS_OF``) and the owners that are no carriers of their
#: own (the cable companies, Leap before AT&T bought Cricket, EchoStar after it took Dish in).
_OWNERS = {
    **OWNERS_OF,
    "Boost": (*OWNERS_OF["Boost"], "EchoStar"),
    "Cricket": (*OWNERS_OF["Cricket"], "Leap"),
    "Xfinity Mobile": ("Comcast",),
    "Spectrum Mobile": ("Charter",),
}
#: The spellings of the owners that are no known partners.
_OTHER_SPELLINGS = {
    "Comcast": ("Comcast",), "Charter": ("Charter Communications", "Charter"), "Leap": ("Leap Wireless", "Leap"),
    "EchoStar": ("EchoStar", "Echostar"),
}  # fmt: skip


def _spellings(owner: str) -> tuple[str, ...]:
    known = [(k.name, *k.spellings) for k in DEFAULT_PARTNERS if k.name == owner]
    return known[0] if known else _OTHER_SPELLINGS[owner]


def _owner_words(owner: str) -> re.Pattern[str]:
    """The words that name ``owner`` as a brand's owner."""
    spelled = "(?:" + "|".join(map(re.escape, sorted(_spellings(owner), key=len, reverse=True))) + ")"
    name = spelled + r"(?![\w&-])"
    return re.compile(
        # "owned by Dish Network", "which has since been bought by T-Mobile", "the carrier owned by Leap Wireless"
        rf"\b(?:owned|bought|acquired|run|controlled)\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{name}"
        # "the AT&T-owned prepaid brand", "the two Verizon-owned brands"
        rf"|(?<![\w&.-]){spelled}-owned\b"
        # "which T-Mobile bought", "the prepaid brand Verizon owns", "the wireless service Charter runs" (not "before
        # Verizon bought it", not "which T-Mobile agreed to buy")
        rf"|\b(?:which|that|brand|carrier|service|company|MVNO|operator)\s+(?:(?:now|later|also)\s+)?{name}\s+"
        r"(?:now\s+|later\s+)?(?:owns|bought|acquired|purchased|runs|started|launched|took\s+over)\b"
        # "AT&T's prepaid brand", "Comcast's wireless service"
        rf"|(?<![\w&.-]){name}['’]s\s+(?:(?:prepaid|no-contract|wireless|mobile|cellular|cable|online|digital|discount)\s+)*"
        r"(?:brand|service|carrier|unit|subsidiary)\b"
        # "the wireless service of the cable company Comcast"
        rf"|\b(?:service|brand|unit|arm)\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{name}"
    )


_OWNER_WORDS = {owner: _owner_words(owner) for owner in {o for owners in _OWNERS.values() for o in owners}}
_SENTENCES = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def owners_named_after(passage: str, partners: tuple[str, ...]) -> list[tuple[str, str]]:
    """(owner, its words) of each brand in ``partners`` whose owner the same sentence names as its owner."""
    found: dict[str, str] = {}
    for brand in partners:
        for owner in _OWNERS.get(brand, ()):
            if owner in partners or owner in found:
                continue
            for match in _OWNER_WORDS[owner].finditer(passage):
                if _brand_in_sentence(passage, brand, match.start()):
                    found[owner] = match[0]
                    break
    return list(found.items())


def _brand_in_sentence(passage: str, brand: str, at: int) -> bool:
    """Whether the sentence holding ``passage[at]`` names ``brand`` (by any of its spellings)."""
    for sentence in _SENTENCES.finditer(passage):
        if sentence.start() <= at < sentence.end():
            return _brand_words(brand).search(sentence[0]) is not None
    return False


@cache
def _brand_words(brand: str) -> re.Pattern[str]:
    """Any spelling of ``brand`` as a whole name (built once per brand: this runs for every drafted sentence)."""
    spellings = [s for k in DEFAULT_PARTNERS if k.name == brand for s in (k.name, *k.spellings)]
    return re.compile(r"(?<![\w&.-])(?:" + "|".join(map(re.escape, spellings)) + r")(?![\w&-])")


def with_owners_named_after(passage: str, partners: tuple[str, ...], hint: str) -> tuple[tuple[str, ...], str]:
    """``partners`` and the owners named after their brands (``owners_named_after``), with the hint saying so."""
    owners = owners_named_after(passage, partners)
    if not owners:
        return partners, hint
    named = ", ".join(f'{owner} (as "{words}")' for owner, words in owners)
    return (*partners, *(owner for owner, _ in owners)), f"{hint}; named as a brand's owner: {named}"
