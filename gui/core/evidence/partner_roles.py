"""Where a passage names a carrier or retailer in a role other than the maker's partner.

An owner ("Boost Mobile, now owned by Dish", "the Sprint-owned prepaid brand", "Cricket, which AT&T bought in
2014"), a store that sells the maker's other products ("its scooters and TVs are sold on Amazon"), a network a phone
merely works on ("works on T-Mobile and AT&T networks", "built with Verizon's network in mind"), a rival ("which
competes with US Cellular", "to lure buyers from Cricket") and the radio spectrum ("Spectrum auctions") name no one the
maker deals with for its phones. A carrier whose exclusive ends ("once Sprint's exclusive ends") is a partner still: an
exclusive is the holder's deal on the phone (the guide's session-13 settlement).
``not_partner_spans`` gives those stretches of the passage, so that the names in them are left out of its partners.
"""

from __future__ import annotations

import re

from gui.core.evidence.known_partners import DEFAULT_PARTNERS, OWNERS_OF
from gui.core.evidence.makers import product_lines

__all__ = ["in_court", "not_partner_spans"]

_OWNER = (
    # "now owned by Dish", "a unit of Verizon": the owner's name, up to the end of its clause
    re.compile(r"\b(?i:(?:now|since|later|then)\s+)?(?i:owned|acquired|controlled)\s+by\s+(?=[A-Z])[^,;.]*"),
    re.compile(r"(?i)\ba\s+(?:unit|subsidiary|division|brand)\s+of\s+[^,;.]*"),
    # "the Sprint-owned prepaid brand", "Verizon-backed"
    re.compile(r"(?:\b[A-Z][\w&.]*\s+)?(?<![\w&.-])[A-Z][\w&.-]*?-(?i:owned|backed|controlled)\b"),  # "the T-Mobile-owned Metro"
    # "Cricket, which AT&T bought in 2014", "…, which Verizon owns"
    re.compile(r",\s+(?:which|that)\s+[^,;.]{1,40}?\b(?:bought|acquired|owns|purchased|took\s+over)\b[^,;.]*"),
)
#: A maker's household goods (not its computers, which the set labels as partners' business), and words for phones: a
#: clause about the one and not the other names no phone partner.
_OTHER_PRODUCTS = re.compile(
    r"(?i)\b(?:scooters?|tvs?|televisions?|fitness\s+bands?|power\s+banks?|vacuums?|rice\s+cookers?|appliances"
    r"|air\s+purifiers?|e-?bikes?|smart-home|home\s+gear)\b"
)
_PHONE = re.compile(
    r"(?i)\b(?:phones?|handsets?|smartphones?|devices|models?|foldables?|flagships?)\b"
    r"|\b(?-i:[A-Z][a-z]+)\s+(?:\d{1,3}|[A-Z]\d{1,3})\b(?!\s*(?:%|percent|million|billion|stores))"  # "the Revvl 7", "Galaxy S24"
)
#: Names as the passage writes them, possessives and lists included: "T-Mobile's and AT&T's", "AT&T, Verizon and T-Mobile".
_NAMES = r"(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)(?:(?:,\s+|,?\s+(?:and|or)\s+)(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*))*"
#: The words between a carrier and its bands: "T-Mobile's 600 MHz band", "Verizon's C-band", "AT&T's LTE bands".
_BAND_WORDS = r"(?i:\s+(?:LTE|[2345]G|radio|\d+\s*MHz|millimet(?:re|er)-wave|mmWave|main|new|low-band|mid-band|GSM|CDMA))*"
#: A network a phone merely works on: "works on T-Mobile and AT&T networks", "built with Verizon's network in mind",
#: "works on the networks of AT&T and T-Mobile", "works on T-Mobile's network but not on Verizon's", "tested on AT&T's
#: networks", "lacks support for the networks that Verizon and AT&T run"; and the radio bands it carries, which an FCC
#: listing or a spec sheet names ("the bands used by T-Mobile and AT&T", "T-Mobile's 5G bands", "Verizon's C-band").
_NETWORK_ONLY = re.compile(
    r"(?i)\b(?:works?|worked|working|runs?|ran|tested|certified|certifying|support(?:s|ed|ing)?|support\s+for|meant)"
    r"\s+(?:(?:fully|only|partly|well)\s+){0,2}(?:on|for|with)?\s*[^,;.]{0,50}?\bnetworks?\b"
    rf"(?:\s+(?:of|that|which)\s+{_NAMES})?(?:\s+and\s+(?:on\s+)?{_NAMES})?"  # "… on its network and on Verizon's"
    r"(?:,?\s+but\s+(?:is\s+|has\s+|does\s+|will\s+)?(?:not|n['’]t)\b[^,;.]*)?"
    r"|\bcompatible\s+with\s+[^,;.]{0,40}?\bnetworks?\b"
    # the carriers' names alone: "works on AT&T and T-Mobile", "will work on T-Mobile, not on Verizon or Sprint"
    rf"|\bworks?\s+(?:(?:only|fully|also)\s+)?on\s+{_NAMES}(?![\w'’-])(?!\s+(?-i:[A-Z]))"
    rf"(?:,?\s+(?:but\s+)?not\s+(?:(?:fully|yet)\s+)?(?:on\s+|with\s+)?{_NAMES})?"
    r"|\b(?:built|designed|tuned|made)\s+(?:with|for)\s+[^,;.]{0,40}?\bnetworks?\b(?:\s+in\s+mind)?"
    r"|\b(?:an?|one)\s+(?:model|version|phone)\s+for\s+[^,;.]{0,30}?\bnetworks?\b"
    # its users on a carrier's network: "buyers on Verizon and AT&T will not get 5G service", "AT&T customers will get
    # only limited 5G support", "T-Mobile and AT&T customers can use the phone on their networks" (but not when the
    # sentence goes on to say that "neither carrier will sell" it: the carriers' no is their part in the event)
    rf"|(?:\b(?:buyers|customers|subscribers|users|owners)\s+on\s+{_NAMES}|(?<![\w&.'’-]){_NAMES}\s+(?:customers|subscribers|users))"
    r"\s+(?:will|would|can|could|cannot|do|does|did|won['’]t)\b[^,;.]*?\b(?:5G|4G|LTE|service|support|coverage|networks?|signal)\b"
    r"(?![^.;]*\b(?:neither|none)\b)"
)
_BANDS = (  # two patterns, as a carrier's name may both end one stretch and start the next
    re.compile(rf"(?<![\w&.'’-]){_NAMES}{_BAND_WORDS}(?:\s+|-)bands?\b"),
    re.compile(
        r"(?i)\bbands?\s+(?:that\s+|which\s+)?(?:(?:are\s+)?used\s+by\s+|of\s+|match(?:es|ing)?\s+(?:those\s+)?(?:that\s+)?)?"
        rf"(?:the\s+)?{_NAMES}"
    ),
)


#: A carrier named only as the builder of the network a brand's phones run on: "certified for the 5G network Dish is
#: building", "the network Dish has been building from scratch", "called off when Dish delayed its network" (an owner
#: named only as the network is no partner: the guide's session 13).
_NETWORK_BUILDER = re.compile(
    rf"\bnetworks?\s+(?:that\s+|which\s+)?{_NAMES}\s+(?:(?:has|had|is|was|have|were)\s+)?(?:been\s+)?"
    r"(?:buil[dt]\w*|runs?|ran|running|operates?|operated|deploy\w*)\b"
    rf"|(?<![\w&.'’-]){_NAMES}\s+(?:(?:has|had|is|was)\s+)?(?:delay\w*|buil[dt]\w*|deploy\w*)\s+its\s+(?:[\w-]+\s+)?networks?\b"
)


#: A rival: "T-Mobile, which competes with US Cellular", "to lure buyers from Cricket".
_RIVAL = re.compile(
    r"(?i)\b(?:compet(?:es|ed|ing)\s+(?:directly\s+)?with|rivals?|lure\s+\w+\s+(?:away\s+)?from)\s+[^,;.]*"
    # the one whose rival a carrier is: "MetroPCS, Cricket's closest rival", "Verizon and Sprint, Alltel's larger rivals"
    r"|(?<![\w&.'’-])(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)['’]s(?=\s+(?:[\w-]+\s+){0,2}(?:rivals?|competitors?)\b)"
)


#: The radio spectrum, which a sentence may open with a capital: "Spectrum auctions", "Spectrum licences" are airwaves,
#: not Charter's Spectrum Mobile.
_RADIO_SPECTRUM = re.compile(r"\bSpectrum(?=\s+(?:auctions?|licen[cs]es?|bands?|holdings|caps?|policy|swaps?)\b)")


#: Nextel after Sprint bought it: "its Nextel push-to-talk network", "to replace Nextel phones at Sprint" name Sprint's old
#: network and its phones, not a second partner, when the passage names Sprint (which then is the partner).
_NEXTEL_OF_SPRINT = re.compile(
    r"\bNextel(?=\s+(?:(?:push-to-talk|iDEN|PTT)\s+)?(?:network|phones?|handsets?|customers|subscribers|brand)\b)"
)


#: An investor: "raised $330 million from investors including Amazon" names the maker's backer, not a store.
_INVESTOR = re.compile(rf"(?i)\binvestors?\s+(?:including|such\s+as|like)\s+{_NAMES}")


def _spelled(names) -> str:
    """A pattern for the spellings of the known partners ``names``, longest first."""
    spellings = [s for k in DEFAULT_PARTNERS if k.name in names for s in (k.name, *k.spellings)]
    return "|".join(map(re.escape, sorted(spellings, key=len, reverse=True)))


#: An owner that speaks for its brand after the brand's news: "…, a T-Mobile spokeswoman said", "…, Sprint said in a
#: statement", "…, Verizon, which owns Tracfone, said", "according to AT&T". Not an owner that opens the sentence ("Sprint
#: said on Tuesday that it and its Boost brand would sell …"), which most often tells its own part of the deal.
_OWNER_SPEAKS = {
    owner: re.compile(
        rf",\s+(?:an?\s+)?(?:{_spelled({owner})})(?![\w&-])(?:['’]s)?(?:,\s+which\s[^,;.]*,)?"
        r"\s+(?:(?:spokes(?:man|woman|person)|representative|executive|official)\s+)?(?:also\s+)?"
        r"(?:said|says|told|confirmed|announced)\b"
        rf"|\baccording\s+to\s+(?:{_spelled({owner})})(?![\w&-])(?!['’]s)"
    )
    for owner in {owner for owners in OWNERS_OF.values() for owner in owners}
}
_BRANDS_OF = {
    owner: re.compile(rf"(?<![\w&.-])(?:{_spelled({b for b, o in OWNERS_OF.items() if owner in o})})(?![\w&-])")
    for owner in _OWNER_SPEAKS
}


def _speaking_owners(passage: str) -> list[tuple[int, int]]:
    """Where an owner only speaks for a brand of its that the passage names: a parent that speaks is no partner."""
    spans = []
    for owner, speaks in _OWNER_SPEAKS.items():
        for match in speaks.finditer(passage):
            rest = passage[: match.start()] + " " * (match.end() - match.start()) + passage[match.end() :]
            if _BRANDS_OF[owner].search(rest):
                spans.append((match.start(), match.end()))
    return spans


#: Any known partner, and a carrier that speaks at the end of a sentence about stores: "Best Buy and RadioShack will stock
#: the Droid in November, Verizon said", "RadioShack will also carry both phones, AT&T said".
_ANY_PARTNER = re.compile(rf"(?<![\w&.-])(?:{_spelled({k.name for k in DEFAULT_PARTNERS})})(?![\w&-])")
_SPEAKS_AT_END = re.compile(
    rf",\s+(?:an?\s+)?(?P<name>{_spelled({k.name for k in DEFAULT_PARTNERS if k.category == 'carrier'})})(?![\w&-])"
    r"(?:['’]s)?(?:\s+(?:spokes(?:man|woman|person)|representative|executive|official))?\s+(?:said|says|told)\b"
)
#: Words that name the speaker's part in the passage's event: "the carrier will begin selling …, Sprint said".
_SPEAKER_TAKES_PART = re.compile(r"(?i)\bthe\s+(?:carrier|operator|company)\b|\bits\s+own\b")


def _speaking_carriers(passage: str) -> list[tuple[int, int]]:
    """Where a carrier named nowhere else in the passage only speaks of the stores it names: no partner."""
    spans = []
    for match in _SPEAKS_AT_END.finditer(passage):
        others = [m for m in _ANY_PARTNER.finditer(passage) if not match.start() <= m.start() < match.end()]
        if not others or _SPEAKER_TAKES_PART.search(passage):
            continue
        if all(_A_CARRIER.fullmatch(m[0]) is None for m in others):  # only stores named: the carrier tells their news
            spans.append((match.start(), match.end()))
    return spans


#: Who tells that a phone works on a network, at the sentence's end: "…, Murena said", "…, according to Murena's product
#: page". A passage about only the networks a phone works on names no partner (the guide), its source neither.
_SOURCE_AT_END = re.compile(
    r",\s+(?:according\s+to\s+)?(?:an?\s+)?(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)(?:['’]s\s+[\w\s-]{1,30}?)?"
    r"(?:\s+(?:spokes(?:man|woman|person)\s+)?(?:said|says))?(?=\s*(?:on\s+\w+\s*)?[.!]?$)"
)
_SELLS = re.compile(r"(?i)\b(?:sells?|selling|sold|carr(?:y|ies|ied)|offers?|offered|stocks?|available|on\s+sale|pre-?orders?|launch\w*)\b")


#: A carrier that tells whether a phone works on its network speaks of its own dealings (tests, certification).
_A_CARRIER = re.compile(rf"(?<![\w&.-])(?:{_spelled({k.name for k in DEFAULT_PARTNERS if k.category == 'carrier'})})(?![\w&-])")


def _source_of_networks(passage: str) -> list[tuple[int, int]]:
    """The source named at the end of a sentence that only tells the networks a phone works on (a store, a maker's
    seller: not a carrier)."""
    spans = []
    for sentence in re.finditer(r"[^.!?]+[.!?]?", passage):
        words = sentence[0]
        if _NETWORK_ONLY.search(words) and not _SELLS.search(words):
            source = _SOURCE_AT_END.search(words.rstrip())
            if source is not None and not _A_CARRIER.search(source[0]):
                spans.append((sentence.start() + source.start(), sentence.start() + source.end()))
    return spans


#: Radio words: a sentence that names carriers with these and no dealing tells only how a phone fares on their networks
#: ("our unit picked up AT&T's LTE signal on the 1900MHz band", "on T-Mobile's network in Austin it held a 5G connection",
#: "it has no CDMA radio, which rules out Verizon and Sprint"): a reviewer's test or a spec sheet, no partner (the guide).
_RADIO = re.compile(
    r"(?i)\b(?:bands?|signal|HSPA\+?|SIM|radios?(?!\s+(?:show|station|host|interview|program))|coverage|mmWave"
    r"|millimet(?:er|re)-wave|\d+\s*[MG]Hz)\b"
    r"|(?-i:\bEDGE\b|\bn\d{2,3}\b)"  # the 2G data service and a 5G band ("n41"), not Motorola's Edge nor a Nord N30
    # the phone in use on a network: "connected to T-Mobile's 5G network", "on Verizon's network it fell back to LTE"
    r"|(?i:\b(?:connect\w*|held|holds|found|picked\s+up|dropped|f[ae]ll(?:s)?\s+back|topped|made\s+calls|ran|runs)\b"
    r"[^.;]{0,40}?\bnetworks?\b|\bnetworks?\b[^.;]{0,40}?\b(?:connect\w*|held|found|dropped|f[ae]ll(?:s)?\s+back)\b)"
)
#: What makes a carrier more than a network in such a sentence: a sale, a deal, talks, or its own tests and approval
#: ("Verizon is testing the phone on its network", "T-Mobile certified it for its 5G network").
_DEALING = re.compile(
    r"(?i)\b(?:sells?|selling|sold|carr(?:y|ies|ied|ying)|offer\w*|stock\w*|available|on\s+sale|pre-?orders?|launch\w*"
    r"|exclusiv\w*|deals?|agreements?|contracts?|partner\w*|talks|negotiat\w*|certif\w*|approv\w*|trials?|subsidi\w*"
    r"|stores?|shelves|line-?up|arriv\w*|reach\w*|bring\w*|ship\w*|price\w*|\$\d+|discount\w*|sign(?:s|ed|ing)?"
    r"|testing|talk\w*|pitch\w*|buil[dt]\w*|plan\w*|scrap\w*|order\w*|prepaid|exclusiv\w*|version)\b"
)


def _radio_only_sentences(passage: str) -> list[tuple[int, int]]:
    """Where the sentences (and ;-parts) that name a phone's radios or networks and no dealing at all name carriers (a
    store there may still be where the unit was bought: "a European model bought on Amazon, connected to …")."""
    return [
        (part.start() + carrier.start(), part.start() + carrier.end())
        for part in re.finditer(r"[^.;!?]+[.;!?]?", passage)
        if _RADIO.search(part[0]) and not _DEALING.search(part[0])
        for carrier in _A_CARRIER.finditer(part[0])
    ]


def not_partner_spans(passage: str) -> list[tuple[int, int]]:
    """The stretches of ``passage`` whose carriers and retailers are owners, other products' stores, or networks."""
    spans = [(m.start(), m.end()) for pattern in _OWNER for m in pattern.finditer(passage)]
    # a clause, or a whole sentence, about other goods ("Xiaomi's smart-home gear, including …, is sold at Best Buy")
    for clause in (*re.finditer(r"[^,;.]+", passage), *re.finditer(r"[^.;]+", passage)):
        words = clause[0]
        if _OTHER_PRODUCTS.search(words) and not _PHONE.search(words) and not product_lines(words):
            spans.append((clause.start(), clause.end()))
    spans += [(m.start(), m.end()) for m in _RIVAL.finditer(passage)]
    spans += [(m.start(), m.end()) for m in _NETWORK_ONLY.finditer(passage)]
    spans += [(m.start(), m.end()) for m in _NETWORK_BUILDER.finditer(passage)]
    spans += [(m.start(), m.end()) for pattern in _BANDS for m in pattern.finditer(passage)]
    spans += [(m.start(), m.end()) for m in _INVESTOR.finditer(passage)]
    spans += [(m.start(), m.end()) for m in _RADIO_SPECTRUM.finditer(passage)]
    if re.search(r"\bSprint\b", passage):  # "Sprint Nextel has cancelled a phone for its Nextel network"
        spans += [(m.start(), m.end()) for m in _NEXTEL_OF_SPRINT.finditer(passage)]
    spans += _speaking_owners(passage)
    spans += _speaking_carriers(passage)
    spans += _source_of_networks(passage)
    spans += _radio_only_sentences(passage)
    return spans


#: A court's matter: a suit, a trial's verdict, a patent case, a trade commission's import ban, an indictment (not a
#: carrier's field trials of a phone, nor a maker that "courts" a carrier).
_COURT_MATTER = re.compile(
    r"(?i)\b(?:courts?(?!\s+(?-i:[A-Z]))|judges?|jury|juries|jurors?|su(?:es|ed|ing)|(?:law)?suits?|patents?|infring\w*"
    r"|verdict|Trade\s+Commission|ITC|indict\w*|prosecutors|litigation|class[- ]action|plaintiffs?|injunction)\b"
)


def in_court(passage: str) -> bool:
    """Whether a regulatory passage tells a court's matter: its carriers are a suit's parties, or name who sold the phones
    the case is about ("models sold by AT&T and T-Mobile"), or answer the court; none is a partner (the guide)."""
    return _COURT_MATTER.search(passage) is not None
