"""The clauses of a passage that only add to its event: what they say neither dates it, names its partners nor hedges it.

A sentence states its event in its main clause; around it, reporters put background in side clauses:

- an appositive after the subject ("Honor, the brand Huawei sold in November 2020, has no plans…");
- a relative clause between commas ("Huawei, which sells phones through T-Mobile, said…");
- a leading subordinate clause ("After years of selling only through T-Mobile, OnePlus will…");
- a comparison ("…, as another maker did two years earlier");
- when the event was first told of ("The deal, first reported in January, was signed on March 3");
- a reason or pressure ("…under pressure from lawmakers", "citing security concerns"), or what was going on
  ("during the ban", "throughout the investigation");
- what happened before or after it, as a clause of its own ("…, a year after its parent lost its AT&T deal");
- the time of a plan that was given up or refused ("has shelved plans to sell phones in the US this year",
  "will not sell phones in the US this year": the event is the decision, not this year).

``side_spans`` finds them, so that the date phrases, partners and kind cues inside are left out. Hedges are
read from the event's own clause: ``other_subject_spans`` finds the coordinate clauses that speak about
someone else ("…, but carriers may grow wary of the brand"), whose "may" is not a doubt about the event.
Pure rules on punctuation and a few function words: no parser, no model.
"""

from __future__ import annotations

import re

#: A verb after "due to": a thing scheduled ("was due to go on sale"), not a cause ("due to a shortage").
_SCHEDULED = (
    r"(?:be|go|open|take|rule|ship|reach|begin|show|sell|finish|start|close|present|publish|bring|resume|launch|arrive"
    r"|hit|come|land|debut|release|unveil|announce|end|expire|make|get|enter|offer|carry|stock|return|appear|decide"
    r"|vote|issue|meet|hold|testify|deliver|run|move)\b"
)

__all__ = [
    "before_after_spans",
    "blank",
    "comment_spans",
    "confirmed_report_spans",
    "ended_thing_spans",
    "given_up_plan_spans",
    "named_contact_spans",
    "other_subject_clause_spans",
    "other_subject_spans",
    "side_spans",
]

#: A regulator's act, named by its noun ("the denial order", "the export ban", "the ruling").
_ACT = (
    r"(?i:bans?|orders?|rulings?|blacklist(?:ing)?|listing|sanctions?|fines?|penalt(?:y|ies)|restrictions?|rules?"
    r"|curbs?|tariffs?|designation|investigation|probe|lawsuit|verdict|arrest|indictment|charges|extradition|case)\b"
)
#: A verb of effect: what the subject does to the business ("threatens", "could hurt", "weighs on").
_EFFECT = (
    r"(?i:threaten(?:s|ed)?|hurts?|endangers?|endangered|jeopardi[sz](?:e|es|ed)|weigh(?:s|ed)? on|affect(?:s|ed)?"
    r"|clouds?|clouded|complicat(?:e|es|ed)|dent(?:s|ed)?|dim(?:s|med)?|undermin(?:e|es|ed)|touch(?:es|ed)?)\b"
)
#: A closing comma followed by the main clause going on: a lower-case word (a verb, an adverb, "after").
_GOES_ON = r",(?=\s+[a-z])"
_SIDE = (
    # "Huawei, which sells phones through T-Mobile and MetroPCS, said …"
    re.compile(r",\s+(?:which|who|whose)\b[^,;.]*?" + _GOES_ON),
    # "Honor, the phone brand Huawei sold … in November 2020, has …" (an appositive right after the subject)
    re.compile(
        r"^[\"“‘']?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}(?P<side>,\s+(?:the|a|an)\s[^;]*?" + _GOES_ON + ")"
    ),
    # "After years of selling only through T-Mobile and its own site, OnePlus …"
    re.compile(r"^[\"“‘']?(?:After|Before|While|Although|Though|Despite|Unlike)\s[^,;]*,(?=\s+[A-Z\"“])"),
    # "Vivo's deal with AT&T, first reported in January, was signed on March 3": when it was told of before
    re.compile(
        r",\s+(?:(?:first|originally|previously|initially|already)\s+)?(?:reported|announced|unveiled|revealed"
        r"|rumou?red|disclosed|signed|struck|agreed)\s+(?:in|on|at|by|last|earlier|early|late)\b[^,;.]*?" + _GOES_ON
    ),
    # "…since January, when lawmakers warned of spying risks": a clause telling what happened then
    # (after "until …" the clause tells how the effort ended, the event: "sold at Cricket until 2020, when both carriers
    # stopped ordering them")
    re.compile(r"(?<!\buntil \d{4})(?<!\buntil last year)(?<!\buntil this year),\s+when\s[^,;.]*"),
    # A figure compared with an earlier one: "…last year, down from 15 million in 2017"
    re.compile(r"(?i),\s+(?:down|up)\s+from\s[^,;.]*"),
    # "…, as another maker did two years earlier"
    re.compile(r",?\s+as\s+(?:[\w'’-]+\s+){1,4}(?:did|had|has|does|was|were)\b[^,;.]*"),
    # The reason or the pressure behind the event: "under pressure from lawmakers", "citing security concerns" (not
    # "due to" and a verb, a thing scheduled: "a phone T-Mobile had been due to sell in the fall has been shelved")
    re.compile(
        r"(?i),?\s+(?:under (?:pressure|scrutiny) from|amid|citing|in exchange for|because of|due to(?!\s+" + _SCHEDULED + r")"
        r"|even as|even though"
        r"|even while"
        r"|in response to|(?:in order )?to comply with|complying with|in compliance with)\s[^,;.]*"
    ),
    # The cause of a setback: "talks stalled over US security concerns", "the deal fell apart over pricing"
    re.compile(
        r"(?i)\b(?:stall(?:ed|s)?|collapsed|broke down|fell apart|fell through|ended|failed|soured|faltered|foundered)"
        r"(?P<side>\s+over\s[^,;.]*)"
    ),
    # A regulator's act that acts on the business, as the subject of a verb of effect: "The denial order threatens
    # the company's US phone business"; what it acts on is the passage's point, the act its cause.
    re.compile(
        r"^[\"“‘']?(?P<side>(?:The|This|That|Its|Their|A|An)\s+(?:[\w'’-]+\s+){0,4}?" + _ACT
        + r"(?:\s+(?:on|of|against)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)"  # "The ban on government purchases"
        r"(?=\s+(?:(?:could|may|might|will|would|also|now|further|(?:is|are) (?:un)?(?:likely|expected) to"
        r"|(?:does|do|did|will|would) not)\s+)?" + _EFFECT + r")"
    ),
    # ... or as the agent of a passive one: "are not directly affected by the ruling"
    re.compile(
        r"(?i)\b(?:affected|hurt|hit|threatened|endangered)(?P<side>\s+by\s+(?:the|a|an|its|their)\s+"
        r"(?:[\w'’-]+\s+){0,4}?" + _ACT + r")"
    ),
    # A state it holds meanwhile: "has ruled out a US launch while it remains under scrutiny"
    re.compile(r"(?i),?\s+while\s+(?:it|they|the company|the brand)\s+(?:remains?|is|are|was|were|stays?)\b[^,;.]*"),
    # The time of a state, told by what was going on: "during the ban", "throughout the investigation"
    re.compile(
        r"(?i),?\s+(?:during|throughout)\s+(?:the|its|their)\s+(?!(?:first|second|third|fourth|last|final|holiday"
        r"|year|quarter|month|week|spring|summer|fall|autumn|winter|same)\b)[^,;.]*"
    ),
)
#: What happened before or after the event, told as a clause of its own (a subject and a verb): "…, a year after
#: its parent Huawei lost its AT&T deal", "The talks began in the spring after HMD's deal with Verizon ended".
#: Its partners and cues are not the event's; its date bounds the event's when the passage has no other. "since …" too
#: ("since the two companies began working together on certification"), unless it tells of a stop, which starts the
#: state the passage tells of ("not carried by a US operator since T-Mobile stopped offering the Xperia Z3").
_BEFORE_AFTER = re.compile(
    # or told by another event's name: "after its 2004 debut", "since the launch of the X9"
    r"(?i)\s(?:after|since|before)\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,2}(?:debut|launch|release|introduction"
    r"|entry|arrival|unveiling|deal|agreement|partnership|contract|exclusive|ban|blacklisting|listing|split|sale|merger"
    r"|acquisition|talks|order|ruling|designation|sanctions|investigation|probe|fine|report)\b[^,;.]*|"
    r",?\s+(?:(?:a|one|two|three|four|five|six|several|a few|just|only|shortly|soon|weeks|days|months"
    r"|years)\s+(?:(?:years?|months?|weeks?|days?)\s+)?)?(?:after|before|since(?![^,;.]*\b(?:stopped|dropped|ended|quit|pulled"
    r"|ceased|lost|left|cut)\b))\s+(?:[\w&'’.$-]+\s+){1,8}?"
    r"(?:was|were|had|has|have|is|are|did|lost|won|fell|broke|went|began|sold|paid|took|struck|made|bought|cut|shut"
    r"|put|set|hit|quit|left|came|ran|got|gave|kept|told|said|won|saw|became|brought|grew|led|sent|spent|withdrew"
    r"|(?!(?:need|speed|seed|feed|bed|red)\b)[a-z]{2,}ed)\b[^,;.]*"
)
#: "shelved plans to start selling … this year", "has no plans to sell … this year": the plan's time.
_GIVEN_UP_PLAN = re.compile(
    r"(?i)\b(?:shelv\w+|scrapp\w+|dropp\w+|abandon\w+|ditch\w+|no|gave up|give up|given up|put\s+on\s+hold)\s+"
    r"(?:its\s+|their\s+|the\s+)?plans?\s+(?:to|for)\b[^,;.]*"
    # "has shelved a plan to sell … next year": given up now (the simple past, "dropped a plan to sell … this spring",
    # is dated by the plan's time in most dev labels)
    r"|\b(?:has|have)\s+(?:\w+\s+)?(?:shelved|scrapped|dropped|abandoned|ditched|put\s+on\s+hold)\s+a\s+plan\s+"
    r"(?:to|for)\b[^,;.]*"
    r"|\b(?:will|would|does|do)\s+not\s+(?:plan\s+to\s+)?(?:sell|launch|enter|offer|bring|release)\b[^,;.]*"
    r"|\b(?:won['’]t|doesn['’]t|don['’]t)\s+(?:plan\s+to\s+)?(?:sell|launch|enter|offer|bring|release)\b[^,;.]*"
)
#: A coordinate clause about someone else: ", but carriers may …", "; analysts …". Its subject is a bare
#: lower-case word, not a pronoun or "the talks" that carries the event on ("…, but those talks stalled"), nor a
#: negative one that tells how the effort ended (", but no carrier took it"), nor "not" (", but not the United States").
_OTHER_SUBJECT = re.compile(
    r"(?:,\s+(?:but|and|while|whereas|though)|;)\s+"
    r"(?!(?:it|its|they|their|them|those|these|that|this|he|she|we|the|a|an|both|neither|either|no|none|nobody|nothing|not)\b)"
    r"[a-z][\w'’-]*\b[^,;.]*"
)


#: A consequence or a comment trailing the main clause: "…, Motorola said on Tuesday, pushing back the phones'
#: arrival at other carriers", "…, a move it said would let it release more phones". They say what the event
#: led to or meant, not what it was: left out of the kind only (their partners and hedges may still be the event's:
#: ", saying it would sell the phone through Amazon").
_COMMENTS = (
    re.compile(
        # (a participle that tells the event itself, ", launching the X9 on its own website", stays)
        r",\s+(?:pushing|putting|leaving|forcing|making|ending|raising|prompting|dealing|handing|giving|dashing|paving"
        r"|clearing|opening|capping|marking|underscoring|highlighting|reflecting|fuel?ling|deepening|easing|boosting"
        r"|hurting|threatening|delaying|denting|sparking|triggering|casting|costing|sending)\s[^,;.]*"
    ),
    re.compile(r"(?i),\s+(?:a|the)\s+(?:move|step|decision|sign|signal|shift|change)\s+(?:that|which|it|he|she|they|to|seen|widely)\b[^;.]*"),
    # ", a consequence of the blacklisting,": what the event came from
    re.compile(r"(?i),\s+(?:a|the|one)\s+(?:direct\s+|further\s+)?(?:consequence|result|effect|fallout|casualty)\s+of\s[^,;.]*"),
    # ", helped by LG's exit from the market": what helped, not the event; ", which dropped it in 2023": a partner's
    # past told after the event
    re.compile(r"(?i),\s+(?:helped|aided|boosted|hurt|held back|driven) by\s[^,;.]*|,\s+thanks to\s[^,;.]*"),
    re.compile(r",\s+which\s+(?:had\s+)?(?:[a-z]+ed|dropped|sold|left|lost|took|cut|quit)\s+(?:it|them|its|their|the)\b[^,;.]*"),
)


#: What the event ended, told after it: ", ending a run that began in 2019", ", ending a case Apple brought in 2011",
#: ", capping an inquiry that began late last year", ", ending Verizon's exclusive hold …". Its time is when the ended
#: thing began or ran, not the event's.
_ENDED_THING = re.compile(
    r",\s+(?:ending|capping|closing|concluding)\s+(?:a|an|the|its|their|his|her|[A-Z][\w&-]*['’]s?)\s[^;.]*?"
    # up to the attribution that may follow it (", Google said on Tuesday"), which dates the event
    r"(?=,\s+(?:[\w'’&-]+\s+){1,5}(?:said|says|told|confirmed|announced)\b|[;.]|$)"
)


def ended_thing_spans(passage: str) -> list[tuple[int, int]]:
    """(start, end) of the trailing clauses that tell what the event ended (", ending a run that began in 2019")."""
    return [(m.start(), m.end()) for m in _ENDED_THING.finditer(passage)]


#: A report told of as first, up to the end of its clause: "first reported in August by a blog", "a report from February".
_REPORT = re.compile(r"(?i)\b(?:(?:first|originally|earlier)\s+reported|an?\s+report\s+from)\b[^,;.]*")
_CONFIRM = re.compile(r"(?i)\bconfirm(?:s|ed|ing)?\b")


def confirmed_report_spans(passage: str) -> list[tuple[int, int]]:
    """(start, end) of the reports the passage tells as confirmed ("TCL confirmed on Thursday that …, a deal first
    reported in August", ", confirming a report from February"): the event is what was confirmed, and the report's time
    is not its date. Without a confirmation the report is the event ("was first reported … earlier this month")."""
    spans = [(m.start(), m.end()) for m in _REPORT.finditer(passage)]
    confirmed = [m.start() for m in _CONFIRM.finditer(passage) if not inside(m.start(), spans)]
    return spans if confirmed else []


#: A relative clause with no "which" or "that", its subject a name and its verb in the past, right after a lower-case
#: noun: "the phone brand Huawei sold in 2020", "a patent ruling Apple won last year" (not "the Federal Communications
#: Commission voted …", whose name is the noun; date_choice reads the same with "it" or "they" as the subject).
_NAMED_CONTACT_CLAUSE = re.compile(
    # (not a measure's period: "8 percent of the phones T-Mobile sold last year")
    r"(?<!\bof\s)\b(?:the|its|their|a|an)\s+(?:[a-z][\w'’-]*\s+){0,3}?"
    r"(?!(?:said|says|told|announced|confirmed|reported|added|noted|and|but|that|because|when|after|before|if|as|since"
    r"|so|while|how|why|what|where|whether|than|until|of|at|in|on|to|for|with|from|by|the|a|an|its|their)\s)"
    r"[a-z][\w'’-]*\s+(?P<side>[A-Z](?:[a-z]|[A-Z]+\b|-[A-Z])[\w&'’-]*\s+(?:had\s+)?"
    r"(?:[a-z]{3,}ed|bought|sold|made|built|showed|shown|began|took|won|brought)\b(?!-)"
    r"(?:[^,;.]|(?<=\d)\.(?=\d))*?)(?=[,;]|\.(?!\d)|\s+(?:has|have|had|is|are|was|were|will|would)\b|$)"
)


def named_contact_spans(passage: str) -> list[tuple[int, int]]:
    """(start, end) of the named contact clauses after a noun ("the brand Huawei sold in 2020"): what the noun is, not
    the event; their dates are not the event's."""
    return [(m.start("side"), m.end("side")) for m in _NAMED_CONTACT_CLAUSE.finditer(passage)]


def comment_spans(passage: str) -> list[tuple[int, int]]:
    """(start, end) of the trailing consequences and comments of the passage (", pushing back …", ", a move …")."""
    return sorted((m.start(), m.end()) for regex in _COMMENTS for m in regex.finditer(passage))


def side_spans(passage: str) -> list[tuple[int, int]]:
    """(start, end) of each side clause of the passage, in order."""
    spans = []
    for sentence_start, sentence in sentences(passage):
        for regex in (*_SIDE, _BEFORE_AFTER):
            group = "side" if "side" in regex.groupindex else 0
            spans.extend(
                (sentence_start + m.start(group), sentence_start + m.end(group)) for m in regex.finditer(sentence)
            )
    return sorted(spans)


def before_after_spans(passage: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses telling what happened before or after the event ("a year after … lost …")."""
    return [(m.start(), m.end()) for m in _BEFORE_AFTER.finditer(passage)]


def given_up_plan_spans(passage: str) -> list[tuple[int, int]]:
    """(start, end) of the plan that was given up, whose time is not the event's."""
    return [(m.start(), m.end()) for m in _GIVEN_UP_PLAN.finditer(passage)]


def other_subject_spans(passage: str) -> list[tuple[int, int]]:
    """(start, end) of the coordinate clauses whose subject is someone else than the event's."""
    return [(m.start(), m.end()) for m in _OTHER_SUBJECT.finditer(passage)]


#: The first word of a coordinate clause that is its verb, the subject being the main clause's: ", and said …".
_VERB_FIRST = re.compile(
    r"(?i)(?:said|says|told|added|noted|is|was|are|were|has|had|have|will|would|could|can|may|might|also|then|later"
    r"|now|still|so|[a-z]+ed"
    # common verbs in the present or an irregular past: ", and goes on sale at Verizon", ", and sold out in a day"
    r"|goes|sells|ships|arrives|runs|costs|comes|launches|offers|lands|hits|plans|expects|remains|starts|begins|opens"
    r"|adds|gets|makes|takes|uses|works|keeps|stays|joins|becomes|brings|includes|does|did|should|must"
    r"|went|sold|came|began|got|took|made|kept|brought|became|ran|won|lost|left|cut|set|put|quit|shut|grew|fell|rose"
    r"|held|let|chose|withdrew"
    r"|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|hasn['’]t)\b"
)


_FIRST_WORD = re.compile(r"(?:,\s+(?:but|and|while|whereas|though)|;)\s+([a-z][\w'’-]*)")


def other_subject_clause_spans(passage: str) -> list[tuple[int, int]]:
    """Like ``other_subject_spans``, without the clauses that go on with the main clause's subject
    (", and said Verizon will …"): the coordinate clauses whose subject is a noun of their own."""
    spans = []
    for m in _OTHER_SUBJECT.finditer(passage):
        word = _FIRST_WORD.match(m[0])
        # (an expletive "there" is no subject of its own: ", but there are no plans to sell it in the US" goes on
        # about the main clause's phone)
        if word is not None and not _VERB_FIRST.fullmatch(word[1]) and word[1] != "there":
            spans.append((m.start(), m.end()))
    return spans


def blank(passage: str, spans: list[tuple[int, int]]) -> str:
    """The passage with the spans replaced by spaces: the same length, so offsets still hold."""
    chars = list(passage)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``offset`` falls in one of the spans."""
    return any(start <= offset < end for start, end in spans)


_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")


def sentences(passage: str) -> list[tuple[int, str]]:
    """Each sentence of ``passage`` with its offset."""
    starts = [0, *(m.end() for m in _SENTENCE_START.finditer(passage))]
    ends = [*starts[1:], len(passage)]
    return [(start, passage[start:end]) for start, end in zip(starts, ends, strict=True)]
