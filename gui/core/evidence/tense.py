"""Whether a date phrase belongs to a past or a future statement, from the nearest verb before it.

"A month without a year ("in November", "the Nov. 14 memo") in a February article is last November
when the verb is past ("had sent a letter in December"), and may point ahead when the statement does
("will go on sale from March 3"). Only the sentence that holds the phrase is read.
"""

from __future__ import annotations

import re

__all__ = ["FUTURE", "PAST", "ahead_in_time", "said_in_the_sentence", "tense_at", "tense_before"]

PAST = "past"
FUTURE = "future"

_FUTURE_WORDS = (
    r"won['’]t|wouldn['’]t"  # not "won" (a past) nor a bare "would" (no word ends inside "wouldn't")
    r"|will|would|could|might|shall|['’]ll|going|expected|expects|expect|expecting|scheduled|(?<!was )(?<!were )(?<!been )(?:slated|due(?=\s+(?:for|on|in|at|out)\b|\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|weak|strong|poor)\b)[a-z]+\b))"
    r"|planned"
    r"|plans?(?=\s+(?:to|for)\b)|set|next|upcoming|coming"
    r"|aims|aim|hopes|hope|intends|intend|wants|want|from|starting|until|till|by"
)  # "plan" only before "to" or "for": "had dropped a similar plan in December" is past
#: A schedule in the present tense ("goes on sale on Sept. 1", "ships on Aug. 28"): not the past, but too weak to move
#: a date into next year (``tense_before`` passes over it).
_SCHEDULE_WORDS = r"goes(?=\s+on\s+sale)|go(?=\s+on\s+sale)|opens|arrives|ships|hits|lands|launches|begins|starts"
_PAST_IRREGULAR = (
    r"was|were|had|did|said|told|paid|sold|made|began|took|went|fell|won|lost|bought|sent|came|got|gave|held"
    r"|kept|left|met|ran|saw|spent|struck|withdrew|wrote|became|brought|built|drew|grew|led|quit|sought|stood"
    r"|threw|ago|last|earlier|previously|already|rose|shrank|sank|slid|swung|overtook|chose|broke|drove|spoke|shook"
)
#: A word in -ed is a participle in lower case, or capitalised where a sentence starts ("Launched in May, …"); in
#: a name ("the United States") it is none.
_WORD = re.compile(
    rf"(?i)\b(?:(?P<future>{_FUTURE_WORDS})|(?P<schedule>{_SCHEDULE_WORDS})|(?P<past>{_PAST_IRREGULAR})"
    rf"|(?P<participle>(?-i:[a-z]{{3,}}ed|(?<![A-Za-z,] )[A-Z][a-z]{{2,}}ed)))\b"
)
#: A trailing attribution ("…, the carrier said in a statement") has the tense of the saying, not of the event.
_ATTRIBUTION = re.compile(
    r"(?i),\s+(?:[\w'’-]+\s+){0,5}(?:said|says|told|announced|confirmed|reported|added|adds|noted|notes|explained)\b"
)
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z“\"‘'])|\n")


def tense_at(text: str, offset: int, stop: int, attribution: bool = True) -> str:
    """PAST or FUTURE for the phrase at ``text[offset:stop]``, or "" when no verb says.

    The nearest tense word before the phrase in its sentence decides ("would", "had", "said"); with none
    before it, the first after it ("In March, ZTE paid…"), but not in a trailing attribution ("…, the carrier
    said"), which has the tense of the saying (unless ``attribution`` is False: "A week earlier, the company had
    told investors …" opens with the phrase, and its main clause looks like one). A word in -ed ("unlocked", "launched") may be
    an adjective: it decides only where no other tense word does.
    """
    start = max(0, offset - 300)
    ends = list(_SENTENCE_END.finditer(text, start, offset))
    sentence_start = ends[-1].end() if ends else start
    after = _SENTENCE_END.search(text, stop, min(len(text), stop + 300))
    sentence_end = after.start() if after else min(len(text), stop + 300)
    said = _ATTRIBUTION.search(text, stop, sentence_end) if attribution else None  # "…, the carrier said"
    sentence_end = said.start() if said else sentence_end
    before = _verb_over_lead([w for w in _words_before(text, sentence_start, offset) if _governs(w, text, offset)])
    after = [w for w in _WORD.finditer(text, stop, sentence_end) if not (w["future"] and w[0].lower() in _LEADS)]
    after = [w for w in after if _governs(w, text, stop)]
    joins = [m.end() for m in _CLAUSE_JOIN.finditer(text, sentence_start, offset)]
    own = [w for w in before if joins and w.start() >= joins[-1] and not _adjective(w, text)]
    if own:  # "had hoped Sprint would take it, but those talks ended in December": the clause's own verb
        before = own
    # "will add a card to each phone bought with a plan from Thanksgiving": the clause's verb, not the participle's
    before = [w for n, w in enumerate(before) if not _participle_after_a_verb_ahead(w, before[:n], text, offset)]
    before = _without_adjectives_after_a_headline(before, text, sentence_start, offset)
    for words in ([w for w in reversed(before) if not w["participle"]], [w for w in after if not w["participle"]]):
        if words:
            return FUTURE if words[0]["future"] or words[0]["schedule"] else PAST
    return PAST if before or after else ""


#: Where a clause of its own begins inside a sentence: ", but those talks ended …", ", while Verizon …".
_CLAUSE_JOIN = re.compile(r"(?i),\s+(?:but|yet|while|whereas|though|although)\s+")


def _words_before(text: str, start: int, offset: int) -> list[re.Match[str]]:
    """The tense words of ``text[start:offset]``, each read with the words after it in view: "due in the fall" is a
    schedule only when its "in" is seen (a search that ends at ``offset`` would cut it off)."""
    return [w for w in _WORD.finditer(text, start, min(len(text), offset + 40)) if w.end() <= offset]


#: Prepositions that mark a time ahead only when they lead the phrase: "from Oct. 23", not "pulled phones from its
#: shelves in April".
_LEADS = ("from", "starting", "until", "till", "by")


def _governs(word: re.Match[str], text: str, offset: int) -> bool:
    if word["past"] and _TO_BEFORE.search(text, max(0, word.start() - 4), word.start()):
        return False  # "LG to quit the phone business": an infinitive ("quit", "cut", "put"), no past
    if (word["past"] or word["participle"]) and _PASSIVE_AHEAD.search(text, max(0, word.start() - 30), word.start()):
        return False  # "will be sold", "to be made": the modal says when
    if word["participle"] and _PRESENT_PASSIVE.search(text, max(0, word.start() - 30), word.start()):
        return False  # "is pencilled in for the autumn": a present passive, no past
    if word[0].lower() == "earlier" and _COUNTED.search(text, max(0, word.start() - 20), word.start()):
        return False  # "can pre-order it a week earlier, on Feb. 3": a count from another date, no tense
    if word[0].lower() == "would" and _HAD_SAID.search(text, max(0, word.start() - 80), word.start()):
        return False  # "had said in May that the phone would ship in June": a future seen from a past, over
    if word["future"] and _HAD_BEFORE.search(text, max(0, word.start() - 30), word.start()):
        return False  # "had planned to carry it in January": a plan told in the past perfect, over; "had" says when
    return not (word["future"] and word[0].lower() in _LEADS and text[word.end() : offset].strip())


def _lead_word(word: re.Match[str]) -> bool:
    return bool(word["future"]) and word[0].lower() in _LEADS


def _verb_over_lead(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """``words`` without the leads at their end ("from late June") when a verb before them tells the tense: "sold
    the phone unlocked from late June" is past; "available from March" keeps "from" as its only sign of the future."""
    leads = len(words)
    while leads and _lead_word(words[leads - 1]):
        leads -= 1
    if leads < len(words) and any(not w["participle"] for w in words[:leads]):
        return words[:leads]
    return words


#: "to" right before a verb: an infinitive, whose form may be a past's ("to quit", "to cut", "to put").
_TO_BEFORE = re.compile(r"(?i)\bto\s+$")
#: A saying in the past perfect before a "would": "had said in May that it would …".
_HAD_SAID = re.compile(r"(?i)\bhad\s+(?:said|told|promised|announced|indicated)\b[^.;]*$")
#: "had" right before a word of plan or hope: "had planned", "had hoped", "had been expected", "had also planned",
#: "had originally planned" (an adverb between changes nothing).
_HAD_BEFORE = re.compile(r"(?i)\bhad\s+(?:(?:been|long|once|also|already|first|[a-z]+ly)\s+){0,2}$")
#: A count of units right before "earlier": "a week earlier", "two days earlier".
_COUNTED = re.compile(r"(?i)\b(?:days?|weeks?|fortnights?|months?|years?)\s+$")
#: "is", "are" right before a participle: a present passive ("is pencilled in", "are planned").
_PRESENT_PASSIVE = re.compile(r"(?i)\b(?:is|are|am|['’]s|['’]re)\s+(?:[a-z]+ly\s+|now\s+|still\s+)?$")
#: A past participle after a bare "be" is a passive whose tense is the modal's: "will be sold", "is to be made".
_PASSIVE_AHEAD = re.compile(r"(?i)\bbe\s+(?:[a-z]+ly\s+)?$")


def tense_before(text: str, offset: int) -> str:
    """PAST or FUTURE from the nearest tense word before ``offset`` in its sentence, a word in -ed included
    ("added Huawei to the list on May 16": past), or "" when there is none before it.

    Moving a date into next year needs this stronger evidence: the verb that governs the phrase says so.
    """
    start = max(0, offset - 300)
    ends = list(_SENTENCE_END.finditer(text, start, offset))
    sentence_start = ends[-1].end() if ends else start
    asides = [m.span() for m in _ASIDE.finditer(text, sentence_start, offset)]
    before = _verb_over_lead([
        w for w in _words_before(text, sentence_start, offset)
        if _governs(w, text, offset) and not w["schedule"] and not _adjective(w, text)
        and not any(a <= w.start() < b for a, b in asides)
    ])  # fmt: skip
    before = _without_adjectives_after_a_headline(before, text, sentence_start, offset)
    if not before:
        return ""
    # "would go on sale unlocked … in January": after a verb ahead, a word in -ed with no pronoun before it is an
    # adjective, not a past (as in ``_past_after``)
    while len(before) > 1 and _participle_after_a_verb_ahead(before[-1], before[-2:-1], text, offset):
        before.pop()
    if before[-1]["future"] and _a_plan_told_over(text, before[-1], offset):
        return PAST  # "a pop-up store planned for SoHo in March was cancelled": the plan's time is over
    if before[-1]["future"] and len(before) > 1 and _a_plan_undone_before(before[-1], before[-2], text):
        return PAST  # "AT&T dropped a plan to sell the phone in January": the plan's time is over too
    return FUTURE if before[-1]["future"] else PAST


def _without_adjectives_after_a_headline(
    words: list[re.Match[str]], text: str, sentence_start: int, offset: int
) -> list[re.Match[str]]:
    """``words`` without the words in -ed after a headline's infinitive that have no pronoun for their subject: in
    "Sony to sell the Xperia unlocked in September" the plan is ahead and "unlocked" an adjective, no past (not
    "Vivo to say whether it unlocked …")."""
    headline = _HEADLINE_TO.match(text, sentence_start)
    if headline is None or headline.end() > offset:
        return words
    return [
        w for w in words
        if w.start() < headline.end() or not w["participle"]
        or _SUBJECT_BEFORE.search(text, max(0, w.start() - 12), w.start())
    ]  # fmt: skip


def _participle_after_a_verb_ahead(word: re.Match[str], earlier: list[re.Match[str]], text: str, offset: int) -> bool:
    """True when ``word`` is a participle after its noun in a clause whose verb, told before it, is ahead: "will add a
    card to each phone bought with a plan from Thanksgiving" is to come. A past's form ("bought", "sent") is read so
    only when a lead ahead ties the date to the verb ("from", "until"): "will add it, per a memo sent on Friday" is the
    memo's Friday, gone; and not after a pronoun ("will say whether it bought …": a verb)."""
    if not (word["participle"] or (word["past"] and _AS_PARTICIPLE.fullmatch(word[0]))):
        return False
    if not word["participle"] and not _AHEAD_LEAD_BEFORE.search(text, max(0, offset - 16), offset):
        return False
    return any(w["future"] for w in earlier) and not _SUBJECT_BEFORE.search(
        text, max(0, word.start() - 12), word.start()
    )


#: A lead that ties a date to a verb ahead: "from Thanksgiving Day", "until Friday".
_AHEAD_LEAD_BEFORE = re.compile(r"(?i)\b(?:from|starting|until|till|by)\s+(?:the\s+)?$")


#: A plan's participle right after its noun ("a pop-up store planned for …"), not a verb of a subject ("it planned").
_PLAN_PARTICIPLE = re.compile(r"(?i)planned|scheduled|slated|set|expected|due")
_NOT_A_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:had|has|have|is|are|was|were|been|be|being|it|they|he|she|we|i|who|which|that|not|also|still|now)\s+$"
)
#: The noun's own verb after the phrase, a passive in the past: "… was cancelled", "were quietly called off".
_PAST_PASSIVE_AFTER = re.compile(
    r"(?i)^[^.;]*?\b(?:was|were)\s+(?:[a-z]+ly\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|called|put|cut|shut|held)\b"
)


#: A plan named as a thing: "a plan to …", "its planned launch", "an earlier plan for …".
_PLAN_NOUN = re.compile(r"(?i)plans?|planned")
#: A past that undoes a plan: "dropped", "scrapped", "called off" (not "unveiled", "announced": a plan still ahead).
_UNDOING = re.compile(
    r"(?i)dropped|scrapped|cancell?ed|shelved|abandoned|killed|ended|halted|suspended|axed|nixed|paused|pulled"
    r"|withdrew|scuttled|called(?=\s+off\b)"
)
_DETERMINER_BEFORE_PLAN = re.compile(
    r"(?i)\b(?:a|an|the|its|their|his|her|this|that|earlier|original|previous)\s+(?:earlier\s+|original\s+)?$"
)


def _a_plan_undone_before(word: re.Match[str], verb: re.Match[str], text: str) -> bool:
    """True when ``word`` names a plan as a thing ("a plan to sell", "a planned launch") and the verb before it, in
    the past, is what became of it ("dropped a plan to sell the phone in January", "called off a planned launch in
    March"): the plan's time is told as over, not ahead."""
    return (
        _PLAN_NOUN.fullmatch(word[0]) is not None
        and _DETERMINER_BEFORE_PLAN.search(text, max(0, word.start() - 24), word.start()) is not None
        and (undoing := _UNDOING.match(text, verb.start())) is not None
        and undoing.end() == verb.end()
    )


def _a_plan_told_over(text: str, word: re.Match[str], offset: int) -> bool:
    """True when ``word`` is the participle of a plan set after its noun, whose sentence says in the past what
    became of it ("a launch planned for the spring was delayed"): the plan's time is told as over."""
    plan = _PLAN_PARTICIPLE.fullmatch(word[0]) is not None or (
        _PLAN_NOUN.fullmatch(word[0]) is not None
        and _DETERMINER_BEFORE_PLAN.search(text, max(0, word.start() - 24), word.start()) is not None
    )  # "a launch planned for the spring", "an earlier plan to sell it in the spring"
    return (
        plan
        and _NOT_A_NOUN_BEFORE.search(text, max(0, word.start() - 12), word.start()) is None
        and _PAST_PASSIVE_AFTER.search(text[offset : offset + 200]) is not None
    )


#: A relative clause set off by commas before the phrase ("…, which it unveiled in May, to the US by the fall"): its
#: verb tells of the noun, not of the phrase after it.
_ASIDE = re.compile(
    r"(?i),\s+(?:which|who|whose|an?(?=\s)|(?-i:[a-z]{3,}ed)(?=\s+(?:in|by|to|at|on|for|from|with)\b)"
    r"|(?:built|made|said|sold|known|shown|seen)(?=\s+(?:in|by|to|at|on|for|from|with|as)\b))\b[^,;.]*,"
)  # ", a slider phone already popular …,"; a participle's phrase: ", built in Samsung's factories,"
#: A determiner right before a word in -ed makes it an adjective: "an unlocked version", "a subsidized model".
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+$")


def _adjective(word: re.Match[str], text: str) -> bool:
    return bool(word["participle"]) and _DETERMINER_BEFORE.search(text, max(0, word.start() - 8), word.start()) is not None


_SAYING = re.compile(r"(?i)\b(?:said|says|told|announced|confirmed)\b")
#: (the saying may be dated before its "that": "said on Friday that it would …")
_REPORTED_FUTURE = re.compile(
    r"(?i)\s+(?:on\s+(?-i:[A-Z][a-z]+day)\s+)?(?:that\s+)?(?:[\w'’-]+\s+){1,3}?would\s+(?!not\b|have\b)"
)
_AHEAD = re.compile(
    r"(?i)\b(?:will|['’]ll|(?:is|are) set to|(?:go|goes) on sale|(?:is|are) scheduled to"
    r"|(?:is|are)\s+(?:widely\s+|also\s+)?expected\s+to"
    r"|(?:arrives|reaches|hits|lands|ships|debuts|opens|launches|begins|starts)\b(?!\s+(?:a|an|the|its|their)\b)"
    r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bhad )(?<!, )(?:due(?=\s+(?:to|at|on|in|for)\b)|set(?=\s+(?:to|for)\b))"
    r"|drops|(?:comes?|heads)(?=\s+(?:to|off)\b)"
    r"|(?<=[a-z] )(?<!\bto )(?<!\bdid )(?<!\bnot )(?<!\bthe )(?<!\ba )(?<!n['’]t )(?-i:begin|start|open|arrive|ship)\b(?!-)"
    r"(?!\s+(?:a|an|the|its|their|up|to)\b))\b"
)  # a present-tense schedule: "arrives at AT&T on Thursday", "hits stores on Friday" (not "opens a store"); with a
# plural subject, "Sales begin Thursday", "Orders open on Friday" (not "to begin", "did not open", "the start", "a
# start-up", the OnePlus Open); "is due at the carrier on Thursday", "debut set for Friday", "drops to $249 on Friday",
# "comes to T-Mobile on Thursday", "come off its website on Thursday" (not "was due", "had been set", nor an aside's
# ", due to open on Feb. 24,"); a plan others expect: "is expected to show the phone on Wednesday"
#: A headline's infinitive, its subject the only words before it: "Best Buy to start selling the phone on Sunday" is
#: to come (not "according to a filing on Monday").
_HEADLINE_TO = re.compile(r"(?:[A-Z0-9][\w'’.&+-]*\s+){1,5}to\s+(?!(?:a|an|the|be)\b)[a-z]+\b")


def _past_after(text: str, start: int, offset: int) -> bool:
    """True when a verb in the past follows the verb ahead at ``start`` before ``offset``; a word in -ed there is an
    adjective ("will sell the phone unlocked … from Friday"), not a past, unless a pronoun is its subject, and so is a
    past whose participle has the same form ("will unveil a phone built around new software on Thursday")."""
    asides = [m.span() for m in _ASIDE.finditer(text, start, offset)]
    return any(
        (w["past"] and not _AS_PARTICIPLE.fullmatch(w[0]))
        or ((w["participle"] or _AS_PARTICIPLE.fullmatch(w[0]))
            and _SUBJECT_BEFORE.search(text, max(0, w.start() - 12), w.start()))
        for w in _words_before(text, start, offset)
        if _governs(w, text, offset) and not any(a <= w.start() < b for a, b in asides)
    )


#: Pasts whose participle has the same form: after a noun they are as likely a participle ("a phone built in Texas").
_AS_PARTICIPLE = re.compile(r"(?i)built|made|sold|held|paid|bought|sent|kept|brought|spent|struck|won|lost")
#: A pronoun right before a word in -ed makes it a verb: "a stance it repeated on Monday".
_SUBJECT_BEFORE = re.compile(r"(?i)\b(?:it|they|he|she|we|i|who|which|that)\s+$")


#: A weekday naming an event, or what a thing is readied for, in a clause not told in the past: the coming one.
_DAY_OF_AN_EVENT = re.compile(
    r"[A-Z][a-z]+day(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:launch|debut|release|sale|event|opening|unveiling)s?\b"
)
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")


def ahead_in_time(text: str, offset: int) -> bool:
    """True when the verb that governs a weekday tells of what is to come, after any saying: "will sell … from this
    Friday", "goes on sale on Friday"; not "will sell …, the carrier said on Monday" nor "said on Monday it will …"."""
    low = max(0, offset - 200)
    sayings = [m.end() for m in _SAYING.finditer(text, low, offset)]
    clause_start = max(sayings, default=low)
    ahead = list(_AHEAD.finditer(text, clause_start, offset))
    if ahead and not _past_after(text, ahead[-1].start(), offset):
        return True  # "…, launched at Verizon in May, hits AT&T on Friday": the verb after the past one
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, offset)]
    sentence_start = ends[-1] if ends else (0 if low == 0 else None)
    headline = _HEADLINE_TO.match(text, sentence_start) if sentence_start is not None else None
    if headline and headline.end() <= offset and not _past_after(text, headline.end(), offset):
        return True  # "Vivo to open a pop-up store on Saturday": a headline's plan
    if tense_before(text, offset) == PAST:
        return False
    if _DAY_OF_AN_EVENT.match(text, offset) or _FOR_BEFORE.search(text, max(0, offset - 8), offset):
        return True  # "readies its stores for Friday's launch", "sets Sunday debut": the event to come
    # "said it would answer the order on Monday": a future told in reported speech
    return bool(sayings and _REPORTED_FUTURE.match(text, clause_start, offset))


_SAID_IN_THE_PAST = re.compile(r"\b(?:said|announced|told|confirmed)\b")


def said_in_the_sentence(text: str, start: int, stop: int) -> bool:
    """True when the sentence that holds ``text[start:stop]`` says it was said, in the past ("…, OnePlus announced")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]
    after = _SENTENCE_END.search(text, stop)
    sentence = text[(ends[-1] if ends else max(0, start - 300)) : (after.start() if after else len(text))]
    return _SAID_IN_THE_PAST.search(sentence) is not None
