"""Who speaks in the event's own clause: a maker or a partner named, on the record ("Sony said", "Boost Mobile said",
"Huawei's consumer chief told"), "the company said", or the sentence's subject going on to speak (", and said …",
", it said", ", telling reporters …"); or someone named before and referred back to (", he added", "Ross also
said"). The caller knows the makers and partners and passes their matchers.

Pure rules on a few words: no parser, no model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from gui.core.document.textquote import normalize_space
from gui.core.evidence.anaphora import sentence_before
from gui.core.evidence.attribution import DOCUMENT, SEEN_BY, UNNAMED
from gui.core.evidence.status_cues import on_the_record

__all__ = [
    "Matcher", "interview_answer", "maker_denying", "maker_speaking", "referred_speaker", "role_before_a_colon",
    "role_speaking", "speaker_on_the_record", "unnamed_source",
]  # fmt: skip


class Matcher(Protocol):
    """Finds names in a text: (start, end, key) of each."""

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int, str]]: ...


#: A maker on the record, right after its name: "Sony said", "Motorola also said", "Huawei's consumer chief told", "a
#: Best Buy representative said", "Kyocera, for its part, said" ("Huawei, which sells … , said the report was …" answers
#: someone else's event).
_SPEAKS = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?|\s+(?:(?:spokes(?:man|woman|person)|representative|rep|executive|official)\s+)?"
    r"|,\s+(?!(?:which|who|whose|the|a|an)\b)(?:[a-z'’-]+\s+){0,2}[a-z'’-]+,\s+"  # ", for its part,", ", meanwhile,"
    # the two sides named together: "Apple and Qualcomm said", "Verizon, AT&T and Sprint each said", "Palm and Sprint say"
    r"|(?:,\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})*,?\s+and\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+"
    r"(?:each\s+|both\s+|jointly\s+)?)"
    r"(?:(?:had|has)\s+)?(?:also\s+|later\s+|again\s+|itself\s+|then\s+|first\s+)?"
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )"  # "Sony's staff were told": told by someone
    r"(?:said|says|say|told|announced|confirmed|wrote|reiterated|stressed|insisted|clarified|reaffirmed|stated|maintained"
    r"|acknowledged|conceded|admitted|added\s+that|(?:was|were|is)\s+quoted)\b"
    r"(?!\s+to\s+(?:be|have)\b)"  # "Sony said to be near a Verizon deal": a headline's "is said to", the press's report
)


#: Someone at the company, not the company: "a source at Cricket said", "an employee at Best Buy said".
_SOMEONE_AT = re.compile(
    r"(?i)\b(?:sources?|persons?|people|someone|employees?|insiders?|staff(?:ers?)?|workers?)\s+(?:at|in|inside|within|from"
    r"|close to)\s+(?:the\s+)?$"
)


#: The subject going on to speak: "OnePlus began selling …, and said no carrier would sell it".
_AND_SAID = re.compile(r"(?:,?\s+and\s+(?:also\s+)?(?:said|says|told|announced|confirmed)|,\s+(?:saying|telling))\b")

#: The maker itself on the record, by what it is: "the search company said", "The company had said in November".
_COMPANY_SPEAKS = re.compile(
    r"(?i)\bthe\s+(?:[\w-]+\s+)?company\s+(?:had\s+|has\s+|also\s+|later\s+)?(?:said|says|told|announced|confirmed)\b"
)
#: The subject speaking after its clause: "The company will show it in the fall, it said in May".
_IT_SAID = re.compile(r",\s+it\s+(?:also\s+)?(?:said|says|announced|confirmed)\b")
_THE_COMPANY = re.compile(r"(?i)\s*the\s+(?:[\w-]+\s+)?company\b")


def maker_speaking(own: str, makers: Matcher, partners: Matcher) -> str:
    """The words of a maker or a partner named speaking in the event's own clause ("Sony said", "Boost Mobile
    said"), or the maker that is the sentence's subject going on to speak (", and said …"), or ""."""
    for matcher in (makers, partners):
        for match_start, match_end, _lane in matcher.finditer(own):
            said = _SPEAKS.match(own, match_end)
            if said is not None and not _SOMEONE_AT.search(own, 0, match_start):  # "a source at Cricket said"
                return normalize_space(own[match_start : said.end()])
            if not own[:match_start].strip(" \"“‘'") and own.startswith(":", match_end):  # "Verizon: no plans to …"
                return normalize_space(own[match_start : match_end + 1])
    company = _COMPANY_SPEAKS.search(own)
    if company is not None:  # "the search company said", "The company had said in November"
        return normalize_space(company[0])
    subject = next(makers.finditer(own), None)
    and_said = _AND_SAID.search(own) or _IT_SAID.search(own)
    if subject is not None and and_said is not None and not own[: subject[0]].strip():
        return normalize_space(own[subject[0] : subject[1]] + " … " + and_said[0].lstrip(", "))
    if and_said is not None and (company := _THE_COMPANY.match(own)):  # "The company …, it said"
        return normalize_space(company[0] + " … " + and_said[0].lstrip(", "))
    return ""


#: A denial or a ruling-out right after the maker's name: the maker speaking, as "…, Sony says" is (settled in session
#: 13 for headlines; the denial rules make it so in a body passage): "Honor rules out the US for now", "Xiaomi denies
#: report it will …", "Vivo shoots down reports of …", "Honor's IPO prospectus rules out …", "Vivo denied on Tuesday".
_DENIES = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?|\s+|,\s+[^,;.]{1,60},\s+)(?:(?:has|had|have)\s+)?(?:(?:also|again|now|flatly|firmly)\s+)?"
    r"(?:(?:on|last)\s+\w+\s+)?(?:den(?:ies|ied|y)|rul(?:es|ed)\s+out|sh(?:oots|ot)\s+down)\b"
)
#: A denial by the company, named by what it is: "On Tuesday the company also denied a report …".
_COMPANY_DENIES = re.compile(
    r"(?i)\bthe\s+(?:[\w-]+\s+)?company\s+(?:(?:has|had|also|again|flatly)\s+){0,2}(?:den(?:ies|ied)|rul(?:es|ed)\s+out)\b"
)


#: Where a clause's subject may stand: the start, after a stop or a comma, or after a conjunction ("and", "but").
_CLAUSE_OPENS = re.compile(r"(?i)(?:^|[.,;:—–-]|\b(?:and|but|while|though|although|that))[\s\"“‘']*$")


def maker_denying(own: str, makers: Matcher, partners: Matcher) -> str:
    """The words of a maker or a partner named (or "the company") denying or ruling out, as the subject of the event's
    own clause ("Honor rules out US phone sales", "TCL has denied that it is in talks with AT&T"), or ""."""
    for matcher in (makers, partners):
        for match_start, match_end, _lane in matcher.finditer(own):
            denies = _DENIES.match(own, match_end)
            # (the clause's subject: not a thing denied before it, "…, a finding Huawei has denied")
            if denies is not None and _CLAUSE_OPENS.search(own, 0, match_start):
                return normalize_space(own[match_start : denies.end()])
    company = _COMPANY_DENIES.search(own)
    return normalize_space(company[0]) if company is not None else ""


#: Where a speaker named after what they say stands: the start, after a comma, or after a quote that a comma or a
#: question closes ("“Verizon takes it in May,” she said", "“Why would we?” Mr. Li asked").
_AFTER_A_CLAUSE = r"(?:^|,[\"”’]?\s+|[?!][\"”’]\s+)"
#: A speaker referred back to: ", he added", "It said …", "She also told …" (a pronoun at the start or after a comma).
_PRONOUN_SAYS = re.compile(
    _AFTER_A_CLAUSE + r"(?P<who>he|she|it|they)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|told|noted|explained"
    r"|clarified|reiterated|stressed|insisted|stated)\b",
    re.IGNORECASE,
)
#: Someone else than the company speaking or counting: after them, "It added …" is theirs.
_OTHERS_SPEAK = re.compile(
    r"(?i)\b(?:analysts?|research(?:ers)?|firm|consultanc(?:y|ies)|Counterpoint|IDC|Canalys|Gartner|Strategy Analytics"
    r"|Kantar|Wave7|Omdia|CIRP|according to|reports?|reported|sources?|people|person|officials?)\b"
)
#: A surname said again: "Ross also said …", "…, Whitfield added", "…, Mr. Narula said".
_SURNAME_SAYS = re.compile(
    _AFTER_A_CLAUSE + r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added"
    r"|told|noted)\b"
)
#: Someone named by an honorific and a surname: "Mr. Kwak", "Ms. Anand".
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
#: Who is on the record for the company or the agency, named by their role.
_ROLE = (
    r"(?:chief executive|chief operating officer|CEO|COO|president|chairman|chairwoman|chair|founder|co-founder"
    r"|spokes(?:man|woman|person)|[Ss]ecretary|commissioner|minister|vice president|executive|head|chief|director"
    r"|general manager|manager|senator|Sen\.|Rep\.|governor)"
)
#: How far back a surname's first mention is looked for.
SURNAME_REACH = 3_000


def referred_speaker(text: str, start: int, passage: str, makers: Matcher, partners: Matcher) -> str:
    """The words of a speaker referred back to when the one named before is on the record: ", he added" after
    "its chief executive told analysts …" (the sentence before is on the record), or "Whitfield said" after
    "ZTE USA's president, Dana Whitfield" (introduced by a role), or "It added …" after a sentence where no one else
    speaks; "" otherwise (an analyst, a research firm, people not named)."""
    said = _PRONOUN_SAYS.search(passage)
    if said is not None:
        before = sentence_before(text, start)
        sentence = text[before[0] : before[1]] if before is not None else ""
        on_record = sentence and (maker_speaking(sentence, makers, partners) or on_the_record(sentence))
        # "It clarified …" where no one else speaks, here or just before: "it" is the company the text is about
        if on_record or (said["who"].lower() == "it" and not _OTHERS_SPEAK.search(sentence + " " + passage)):
            return normalize_space(said[0].lstrip(",?!\"”’ ")) + " (named before)"
    # (a pronoun whose speaker is not on the record just before may still follow a surname said in the passage:
    # "…, Ms. Anand said. “The margins don't work,” she said.")
    said = _SURNAME_SAYS.search(passage)
    if said is None and (pronoun := _PRONOUN_SAYS.search(passage)) is not None:
        # "Mr. Kwak denied that … “Not true,” he said": the pronoun speaks for the one named before it in the passage
        said = _HONORIFIC_NAME.search(passage, 0, pronoun.start())
    if said is None:
        return ""
    name = re.escape(said["name"])
    earlier = text[max(0, start - SURNAME_REACH) : start]
    # (the name may come first, as Chinese and Korean family names do: "Li Ming, who heads Honor's business")
    given = r"(?:\s+[A-Z][\w'’-]*){0,2}"
    introduced = re.search(
        rf"\b{_ROLE}\b,?(?:\s+[A-Z][\w.'’-]*){{0,3}}\s+{name}\b|\b{name}{given},\s+(?:[\w&'’.-]+\s+){{0,5}}{_ROLE}\b"
        rf"|\b{name}{given},\s+(?i:{_WHO_RUNS})",  # "Priya Anand, who runs the company's North American business"
        earlier,
    )
    return normalize_space(said[0].lstrip(",?!\"”’ ")) + f" ({introduced[0]})" if introduced else ""


#: Someone named with their role in commas, then speaking: "Peter Liu, the chief executive, said", "Richard Yu, who runs
#: Huawei's consumer business, told reporters" (the event's own clause leaves the side clause out, and its role with it).
_ROLE_IN_COMMAS = re.compile(
    rf",\s+(?P<role>(?:the\s+|its\s+|a\s+|an\s+|who\s+)?[^,;.]{{0,60}}?\b(?:{_ROLE}|runs|heads|leads|oversees)\b[^,;]{{0,60}}),\s+"
    r"(?:also\s+|later\s+)?(?:said|says|told|tells|added)\b"
)
#: What someone named runs for a company, told in a "who" clause: "who runs the company's US handset arm", "who heads
#: Honor's business outside China", "who became general manager of TCL's phone business", "who moved to Plano to run
#: the business" (a company's part, not a shop of one's own: "who runs four Cricket stores" is a dealer).
_WHO_RUNS = (
    r"who\s+(?:(?:now|also|still)\s+)?(?:(?:runs|heads|leads|oversees|manages|ran|headed|led|took\s+over)\s+(?:the\s+company['’]s"
    r"|its|their|(?-i:[A-Z])[\w&.-]*['’]s|the\s+(?:[\w-]+\s+){0,3}?(?:business|unit|arm|division|operations?|team|group))\b"
    r"|became\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?" + _ROLE + r"\b|moved\s+[^;“”\"]{0,60}?\bto\s+(?:run|head|lead|oversee)\b)"
)
#: The speaker named after the verb, with that role: "“…,” said Maya Lindqvist, who runs Google's phone marketing".
_SAID_WHO_RUNS = re.compile(
    r"\b(?:said|says|told|added)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?-i:[A-Z])[\w'’-]*,\s+" + _WHO_RUNS,
    re.IGNORECASE,
)
#: A role that does not speak for the company: an analyst's, a rival's, a former one's ("a former Nokia executive").
_NOT_FOR_THE_COMPANY = re.compile(r"(?i)\b(?:analysts?|rival|former|lawyer|attorney|professor)\b")
#: ... unless it says what the speaker runs now: "the former Google executive who runs Xiaomi's business".
_RUNS_NOW = re.compile(r"\b(?:runs|heads|leads|oversees)\b")


def role_speaking(passage: str) -> str:
    """The words of someone on the record for a company, named with their role between commas ("Lei Jun, the chief
    executive, said"), or "" (an analyst's or a research firm's role, a rival's, a former executive's)."""
    found = _ROLE_IN_COMMAS.search(passage)
    if found is None and (after := _SAID_WHO_RUNS.search(passage)) is not None:  # "…,” said Priya Anand, who runs …"
        return normalize_space(after[0])
    if found is None or _OTHERS_SPEAK.search(found["role"]):
        return ""
    if _NOT_FOR_THE_COMPANY.search(found["role"]) and not _RUNS_NOW.search(found["role"]):
        return ""
    return normalize_space(found[0].lstrip(", "))


#: A document speaking: "the memo said", "the letter added".
_DOCUMENT_SAYS = re.compile(rf"(?i)\bthe\s+(?P<document>{DOCUMENT})\s+(?:said|says|added|adds|stated|reads?)\b")
_LEAKED = re.compile(f"(?i){SEEN_BY}")  # "a memo to staff seen by Phone Post", "a leaked letter"


def unnamed_source(text: str, start: int, passage: str) -> str:
    """Words saying the passage's source is not on the record, anywhere in it (a side clause too: "a Vivo executive,
    who asked not to be named, said"), or a document it quotes that the sentence before says was leaked ("…, according
    to a memo seen by Phone Post. … , the memo said"); "" otherwise."""
    found = UNNAMED.search(passage)
    if found is not None:
        return found[0]
    document = _DOCUMENT_SAYS.search(passage)
    before = sentence_before(text, start) if document is not None else None
    if document is not None and before is not None:
        sentence = text[before[0] : before[1]]
        if re.search(rf"(?i)\b{document['document']}", sentence) and _LEAKED.search(sentence):
            return f"{document['document']} seen by"  # as the sentence before has it
    return ""


#: A turn of an interview transcript: "Q:", "A:", or the speaker's name in capitals ("KAREN HOLT:", "HOLT:", "KEVIN LUO
#: (Oppo):"), at the passage's start or after a sentence's end. Not a newsroom's label ("UPDATE:", "EDITOR'S NOTE:").
_TURN = re.compile(
    r"(?:^|(?<=[.?!\"”’)])\s+)(?P<tag>Q|A|(?!(?:UPDATE|UPDATED|CORRECTION|EDITOR['’]S\s+NOTE|NOTE|BREAKING|EXCLUSIVE|WATCH|READ"
    r"|RELATED|PHOTO|VIDEO|SOURCE|ALSO|LISTEN|DISCLOSURE|CLARIFICATION)\b)[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2}"
    r"(?:\s+\([^()]{1,40}\))?):\s+"
)


def interview_answer(passage: str) -> str:
    """The tag of the last turn of an interview transcript when that turn answers ("Q: … A: Yes, in the spring",
    "HOLT: We are talking to them"): the executive interviewed speaks in his own words, on the record; "" when the
    passage is no transcript, or its last turn is the interviewer's ("Q: …") or a question only ("GRANT: Is it?")."""
    turns = list(_TURN.finditer(passage))
    if not turns or turns[-1]["tag"] == "Q":
        return ""
    last = turns[-1]
    said = passage[last.end() :].strip(" \"”’")
    if last["tag"] != "A" and (not said or said.endswith("?")):  # a question: the interviewer's turn
        return ""
    return normalize_space(last[0]) + " (an answer in an interview)"


#: A company's executive leading a passage, then a colon and what they say, as a headline has it: "OnePlus's US head:
#: 'We are not talking to Verizon'", "Sony's mobile boss on AT&T: no deal this year".
_ROLE_COLON = re.compile(
    r"^[\"“‘']?(?P<who>(?:[A-Z][\w&.'’-]*\s+){0,2}[A-Z][\w&.'’-]*['’]s?\s+(?:[\w-]+\s+){0,3}?(?:" + _ROLE + r"|boss)s?)"
    r"(?:\s+(?:on|about)\s+[^:;.]{1,50})?:\s"
)


def role_before_a_colon(passage: str) -> str:
    """The words of a company's executive leading the passage before a colon ("Sony's US chief: …"), or "" (an
    analyst's or a research firm's role, a former executive's)."""
    found = _ROLE_COLON.match(passage)
    if found is None or _OTHERS_SPEAK.search(found["who"]) or _NOT_FOR_THE_COMPANY.search(found["who"]):
        return ""
    return normalize_space(found[0].rstrip())


def speaker_on_the_record(text: str, start: int, passage: str, own: str, makers: Matcher, partners: Matcher) -> str:
    """The words of whoever speaks for a maker or a partner in the passage (``own``: its event's own clause), or "":
    the maker named speaking, someone referred back to, a role between commas, a denial, an interview's answer."""
    return (
        maker_speaking(own, makers, partners)
        or referred_speaker(text, start, passage, makers, partners)  # ", he added"
        or role_speaking(passage)  # "Peter Liu, the chief executive, said"
        or maker_denying(own, makers, partners)  # "Honor rules out the US for now"
        or interview_answer(passage)  # "Q: … A: Cricket gets it in the spring"
        or role_before_a_colon(passage)  # "Sony's US chief: 'Cricket gets it in May'"
    )
