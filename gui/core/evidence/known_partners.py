"""The carriers, MVNOs, retailers and online stores passages name as a maker's partners, with their spellings.

The category is a cue for the kind: a phone sold through a carrier is a carrier deal, through a store's
shelves retail, through an online shop online sales.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DEFAULT_PARTNERS", "OWNERS_OF", "KnownPartner", "owner_in_front"]


@dataclass(frozen=True)
class KnownPartner:
    """A carrier or retailer that passages may name, with the spellings texts use."""

    name: str  #: the canonical spelling written into events
    spellings: tuple[str, ...] = ()  #: other spellings, e.g. "Verizon Wireless" for Verizon
    category: str = ""  #: "carrier", "retailer", "online" or "" (unknown): a cue for the kind


DEFAULT_PARTNERS = (
    KnownPartner("AT&T", ("AT & T", "FirstNet"), "carrier"),  # FirstNet: its public-safety network and service
    KnownPartner("Verizon", ("Verizon Wireless",), "carrier"),
    KnownPartner("T-Mobile", ("T-Mobile US", "TMobile"), "carrier"),
    KnownPartner("Sprint", ("Sprint Nextel", "Sprint PCS"), "carrier"),  # the company's name in 2005–13, and before
    KnownPartner("US Cellular", ("U.S. Cellular", "UScellular"), "carrier"),
    KnownPartner("Cricket", ("Cricket Wireless",), "carrier"),
    KnownPartner("Metro", ("Metro by T-Mobile", "MetroPCS"), "carrier"),
    KnownPartner("Boost", ("Boost Mobile",), "carrier"),
    KnownPartner("Google Fi", ("Project Fi",), "carrier"),
    KnownPartner("Mint Mobile", (), "carrier"),
    KnownPartner("Tracfone", ("TracFone",), "carrier"),
    KnownPartner("Straight Talk", (), "carrier"),
    KnownPartner("Consumer Cellular", (), "carrier"),
    KnownPartner("Xfinity Mobile", ("Xfinity",), "carrier"),
    KnownPartner("Visible", ("Visible Wireless",), "carrier"),
    KnownPartner("Dish", ("Dish Network", "Dish Wireless", "DISH"), "carrier"),
    KnownPartner("Spectrum Mobile", ("Spectrum",), "carrier"),
    KnownPartner("Total Wireless", ("Total by Verizon",), "carrier"),
    KnownPartner("US Mobile", (), "carrier"),
    KnownPartner("Ting", ("Ting Mobile",), "carrier"),
    KnownPartner("Simple Mobile", (), "carrier"),
    KnownPartner("Net10", ("NET10", "Net10 Wireless"), "carrier"),
    KnownPartner("SafeLink", ("SafeLink Wireless", "Safelink"), "carrier"),  # Tracfone's Lifeline brand
    # Regional carriers, cable carriers and MVNOs analysts name, and the carriers of the 2000s
    KnownPartner("C Spire", ("C-Spire",), "carrier"),
    KnownPartner("Cellcom", (), "carrier"),
    KnownPartner("Cellular One", ("CellularOne",), "carrier"),
    KnownPartner("Cellular South", (), "carrier"),  # C Spire's name until 2011: an event of then keeps it
    KnownPartner("Cox Mobile", (), "carrier"),
    KnownPartner("Optimum Mobile", (), "carrier"),
    KnownPartner("Ultra Mobile", (), "carrier"),
    KnownPartner("Tello", ("Tello Mobile",), "carrier"),
    KnownPartner("Red Pocket", ("Red Pocket Mobile",), "carrier"),
    KnownPartner("H2O Wireless", (), "carrier"),
    KnownPartner("Lycamobile", ("Lyca Mobile",), "carrier"),
    KnownPartner("Page Plus", ("Page Plus Cellular",), "carrier"),
    KnownPartner("Assurance Wireless", (), "carrier"),
    KnownPartner("Helium Mobile", (), "carrier"),
    KnownPartner("Republic Wireless", (), "carrier"),
    KnownPartner("Virgin Mobile", ("Virgin Mobile USA",), "carrier"),
    KnownPartner("Cingular", ("Cingular Wireless",), "carrier"),
    KnownPartner("Alltel", ("Alltel Wireless",), "carrier"),
    KnownPartner("Nextel", (), "carrier"),
    KnownPartner("Best Buy", (), "retailer"),
    KnownPartner("Walmart", ("Wal-Mart",), "retailer"),
    KnownPartner("Target", (), "retailer"),
    KnownPartner("Costco", (), "retailer"),
    KnownPartner("Sam's Club", (), "retailer"),
    KnownPartner("Dollar General", (), "retailer"),
    KnownPartner("Family Dollar", (), "retailer"),
    KnownPartner("Home Depot", ("The Home Depot",), "retailer"),
    KnownPartner("Lowe's", (), "retailer"),
    KnownPartner("RadioShack", ("Radio Shack",), "retailer"),
    KnownPartner("GameStop", (), "retailer"),
    KnownPartner("Staples", (), "retailer"),
    KnownPartner("Micro Center", (), "retailer"),
    KnownPartner("B&H", ("B&H Photo",), "retailer"),
    KnownPartner("Circuit City", (), "retailer"),
    KnownPartner("Sears", (), "retailer"),
    KnownPartner("Kmart", (), "retailer"),
    KnownPartner("Walgreens", (), "retailer"),
    KnownPartner("CVS", (), "retailer"),
    KnownPartner("Rite Aid", (), "retailer"),
    KnownPartner("Office Depot", ("OfficeMax",), "retailer"),
    KnownPartner("Fry's", ("Fry's Electronics",), "retailer"),
    KnownPartner("Adorama", (), "retailer"),
    KnownPartner("QVC", (), "retailer"),
    KnownPartner("HSN", ("Home Shopping Network",), "retailer"),
    KnownPartner("Amazon", ("Amazon.com",), "online"),
    KnownPartner("Newegg", (), "online"),
    KnownPartner("eBay", (), "online"),
    KnownPartner("Back Market", (), "online"),
    KnownPartner("Swappa", (), "online"),
    KnownPartner("Woot", (), "online"),
    KnownPartner("Murena", (), "online"),  # sells phones with its own Android through its web store
)


#: The carriers that own (or owned) a prepaid or Lifeline brand: named in front of it they are partners too ("AT&T's
#: Cricket"), while one that only speaks for its brand ("Cricket will carry it, an AT&T spokesman said") is not.
OWNERS_OF = {
    "Metro": ("T-Mobile",),
    "Mint Mobile": ("T-Mobile",),
    "Assurance Wireless": ("T-Mobile", "Sprint"),
    "Cricket": ("AT&T",),
    "Boost": ("Sprint", "Dish"),
    "Virgin Mobile": ("Sprint",),
    "Visible": ("Verizon",),
    "Total Wireless": ("Verizon", "Tracfone"),
    "Tracfone": ("Verizon",),
    "Straight Talk": ("Tracfone", "Verizon"),
    "Simple Mobile": ("Tracfone", "Verizon"),
    "Net10": ("Tracfone", "Verizon"),
    "SafeLink": ("Tracfone", "Verizon"),
}


#: Owners of a carrier brand that are partners only when named in front of it ("Comcast's Xfinity Mobile",
#: "Charter Communications' Spectrum Mobile", "Leap Wireless's Cricket": both names, as the guide's "AT&T's Cricket");
#: alone they are the network or the speaker ("Xfinity Mobile adds …, Comcast says"), no partner. Owners that are
#: carriers themselves (AT&T, Dish, Tracfone) are known partners already.
_BRAND_OWNERS = {
    "Comcast": "Comcast", "Charter": "Charter", "Charter Communications": "Charter",
    # Cricket's owner until AT&T bought it in 2014: "Leap Wireless's Cricket"
    "Leap": "Leap", "Leap Wireless": "Leap", "Leap Wireless International": "Leap",
}  # fmt: skip
_OWNER_IN_FRONT = re.compile(
    r"(?<![\w&.-])(?P<owner>" + "|".join(sorted(map(re.escape, _BRAND_OWNERS), key=len, reverse=True)) + r")"
    r"(?:['’]s?|\s+(?:Corp\.|Inc\.)['’]s?)\s+(?:(?:new|prepaid|wireless|cable|mobile)\s+)*$"
)


def owner_in_front(text: str, brand_start: int) -> tuple[int, str] | None:
    """(where it starts, its short name) of a brand owner named in the possessive right before ``text[brand_start]``."""
    match = _OWNER_IN_FRONT.search(text, max(0, brand_start - 60), brand_start)
    return (match.start(), _BRAND_OWNERS[match["owner"]]) if match else None
