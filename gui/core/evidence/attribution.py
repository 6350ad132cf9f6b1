"""Who stands behind a passage's statement: the attribution clause, and what it says of the status.

Reporters name who says so in a clause of its own ("…, two people briefed on the talks said", "according to a
person familiar with the decision", "…, analysts at Counterpoint expect"). That clause decides the status by WHO
speaks (the maker or a partner on the record, people not named, analysts), and its own nouns ("the talks", "the
plans", "the discussions") are the source's, not the event's: they are no cue for the kind.

Pure rules on a few words: no parser, no model.
"""

from __future__ import annotations

import re

__all__ = [
    "ANALYSTS_EXPECT", "COUNTED_PEOPLE", "DOCUMENT", "DOCUMENT_SEEN", "DOCUMENT_SHOWN", "NOT_CANCELLED", "SEEN_BY", "SOURCE_BRIEFED", "UNNAMED",
    "without_source",
]  # fmt: skip

#: People not named, told by what they know: "two people briefed on the talks", "a person familiar with the
#: decision", "sources close to the negotiations". The nouns after "on/with/to" are what they know of, not the event.
SOURCE_BRIEFED = re.compile(
    r"(?i)\b(?:people|persons?|sources?|someone|officials?|executives?|employees?|insiders?)\s+"
    r"(?:(?:directly|closely)\s+)?(?:familiar\s+with|briefed\s+on|close\s+to|with\s+(?:direct\s+)?knowledge\s+of"
    r"|involved\s+in|knowledgeable\s+about|informed\s+about|aware\s+of)\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|[A-Z][\w&'’-]*['’]s\s+|the\s+company['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|discussions?|negotiations?|deliberations|plans?|matter|decision|thinking|situation|process|deal"
    r"|conversations|meetings|strategy|effort|review|case)\b"
)

#: Someone speaking without their name, often in a side clause: "a Vivo executive, who asked not to be named, said",
#: "on condition of anonymity", "a source at Cricket", "an employee at Best Buy", "an employee said".
UNNAMED = re.compile(
    r"(?i)\bcondition of anonymity\b|\b(?:asked|declined) not to be (?:named|identified)\b|\bdeclined to be (?:named|identified)\b"
    r"|\bspeaking anonymously\b|\bnot authori[sz]ed to (?:speak|discuss|comment)\b"
    r"|\b(?:a|an|one|two|three|several)\s+(?:sources?|persons?|people|employees?|insiders?|staffers?)\s+(?:at|in|inside|within"
    r"|from|close to)\b|\b(?:an|one|two|three|several|some)\s+(?:employees?|staffers?|workers?|insiders?)\s+(?:said|say"
    r"|says|told)\b"
)

#: A company's document, by what it is: "memo", "letter", "slide deck" (for "seen by …" and "the memo said").
DOCUMENT = r"(?:memo|letter|notice|filing|document|e-?mail|presentation|slide\s+deck|slides?|note)"
#: The press was shown it, not given it on the record: "seen by Phone Post", "obtained by", "a leaked letter".
SEEN_BY = r"\b(?:seen|obtained|reviewed|viewed)\s+by\b|\bleaked\b"
#: A document shown to the press: "a memo to staff seen by Phone Post": people not named speak through it.
DOCUMENT_SEEN = re.compile(rf"(?i)\b{DOCUMENT}s?\b[^.;]{{0,40}}(?:{SEEN_BY})")
#: A document the press has, however it came by it: "a filing reviewed on Monday", "documents obtained under FOIA".
DOCUMENT_SHOWN = re.compile(rf"(?i)\b{DOCUMENT}s?\b[^.;]{{0,40}}\b(?:seen|obtained|reviewed|viewed)\b")

#: People counted, not named, speaking: "two people who attended the meeting said", "three dealers who sell Sprint phones
#: said", "two store employees said", "two former Verizon executives said", "two agency executives say" (not the maker's
#: own executives counted at its event, "two TCL executives said at MWC": they speak for it).
COUNTED_PEOPLE = re.compile(
    r"(?i)\b(?:two|three|four|five|six|several|a\s+few|some|many)\s+(?:(?:[\w&.-]+\s+){0,3}?(?:people|dealers|clerks|employees"
    r"|store\s+managers|salespeople|buyers|bankers|suppliers|workers|staffers|sources)|(?:former|ex-|carrier|agency|industry"
    r"|supplier|retail|rival)\s+(?:[\w&.-]+\s+){0,2}?(?:executives|officials|managers))\b(?:\s+(?:at|who|with|in|from)\b"
    r"[^.;]{0,60}?)?,?\s+(?:said|say|says|told)\b"
)

#: Analysts' expectations, a forecast of the event, not its report: "Analysts at Wave7 Research expect Visible to
#: add …", "analysts predict", "industry watchers anticipate".
ANALYSTS_EXPECT = re.compile(
    r"(?i)\b(?:analysts?|observers|experts|industry\s+watchers|investors|wall\s+street)\b(?:\s+[\w&'’.-]+){0,4}?\s+"
    r"(?:expect|predict|anticipate|forecast|project|bet)s?\b"
)

#: A cancellation denied: "has been delayed but has not been cancelled", "was never called off", "denies cancelling".
NOT_CANCELLED = re.compile(
    r"(?i)\b(?:not|never|n['’]t)\s+(?:yet\s+)?(?:been\s+|be\s+)?"
    r"(?:cancell?ed|called\s+off|scrapped|shelved|abandoned)\b"
    # (only the verb: "has not ruled out" stays, a possibility)
    r"|(?:(?<=ruled out )|(?<=rule out )|(?<=ruling out ))"
    r"(?:cancell?ing|scrapping|killing|shelving|dropping|abandoning)\b"
    # denied: "Asus denies cancelling the launch", "ZTE denied on Friday that it had scrapped the Blade", "Samsung denies
    # reports that it has scrapped the phone"
    r"|\bden(?:y|ies|ied|ying)\s+(?:(?:on|in|last|this)\s+\w+\s+)?(?:(?:a\s+|the\s+)?reports?\s+)?(?:that\s+)?(?:(?:it|they|the\s+company)\s+)?"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:cancell?(?:ed|ing)|scrapp(?:ed|ing)|shelv(?:ed|ing)|call(?:ed|ing)\s+off"
    r"|kill(?:ed|ing)|ax(?:ed|ing)|abandon(?:ed|ing))\b"
)


#: Who says so, named by a common noun at the end of the sentence: ", retailer says", ", the carrier said in a post on
#: its website". The noun ("retailer") is the speaker, not the channel: no kind cue.
SPEAKER_NOUN = re.compile(
    r"(?i),\s+(?:the\s+|a\s+|an\s+)?(?:company|carrier|retailer|maker|brand|unit)\s+"
    r"(?:said|says|told|confirmed|announced)\b"
)


def without_source(passage: str) -> str:
    """The passage with its anonymous sources' "briefed on the talks" and its speaker's noun (", retailer says") blanked
    (same length): they are no kind cue."""
    passage = SOURCE_BRIEFED.sub(lambda m: " " * len(m[0]), passage)
    return SPEAKER_NOUN.sub(lambda m: " " * len(m[0]), passage)
