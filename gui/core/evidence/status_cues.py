"""How sure a passage is of its event: the status cues (rumoured, reported, confirmed, cancelled) in the clause that
states it, each with its why.

Hedges in a quoted worry or a given-up plan don't count; people not named make a report even when they "confirmed"
it; the maker or a partner on the record (found by the caller, who knows the makers) confirms. Pure rules on a few
words: no parser, no model. The kind cues are in ``cues.py``.
"""

from __future__ import annotations

import re

from gui.core.document.dates import PartialDate, Precision
from gui.core.document.textquote import normalize_space
from gui.core.evidence.attribution import (
    ANALYSTS_EXPECT,
    COUNTED_PEOPLE,
    DOCUMENT_SEEN,
    DOCUMENT_SHOWN,
    NOT_CANCELLED,
    UNNAMED,
)
from gui.core.evidence.cues import (  # a deal that is off, a thing made or sold: the kind cues' words too
    DEAL_OFF,
    THING_MADE,
)
from gui.core.evidence.word_start import gated

__all__ = ["FIRM_CUE", "STATUS_PRIORITY", "UNNAMED_SOURCE", "on_the_record", "status_of"]

_I = re.IGNORECASE
#: A question left open: "has not said whether", "would not explain why" (a no-answer cue, and, after a fact the
#: sentence has just stated, the fact's own cue: ``_LEFT_OPEN_AFTER_A_FACT``).
_NOT_SAID = (
    r"(?:has|have|had|did|does|would|will)(?: not|n['’]t) (?:said|say|announced|announce|disclosed|disclose|explained"
    r"|explain) (?:when|whether|if|how|why)\b"
)
#: A company's own account of itself: its results, filings, prospectus, annual (or impact) report.
_OWN_DOCUMENT = r"(?:(?:latest\s+|quarterly\s+|annual\s+|earnings\s+|interim\s+)?results|filings?|prospectus|(?:annual\s+)?(?:impact\s+)?report)\b"
_STATUS_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (status, gated(re.compile(regex, flags)))  # (word_start: the same matches, faster)
    for status, regex, flags in (
        ("cancelled", r"(?<!be )\bcancel(?:l?ed|s|l?ing|lation)\b|(?<!be )\bcalled off\b|\bscrapped\b|\bshelved\b", _I),
        ("cancelled", r"\bf[ae]ll(?:s|en)? through\b|\bpull(?:s|ed) the plug\b", _I),
        # a headline's present tense and a call-off with its object between: "Honor calls off a US launch",
        # "OnePlus called it off", "Essential is said to scrap its second phone"
        ("cancelled", r"(?<!be )\bcalls off\b|\bcall(?:s|ed) (?:it|them) off\b|\bscrap\s+(?:its|their|the|a|an|plans?)\b", _I),
        # "shelves" the verb, not the noun ("hits Verizon shelves Friday"): "Vivo shelves US entry", "Google shelves
        # Project Ara", "Sony Ericsson shelves plans for US stores"
        ("cancelled", r"\bshelves\s+(?:its|their|plans?\b|(?-i:[A-Z])[\w'’-]*\s+(?-i:[A-Z])|(?-i:[A-Z])[\w'’-]*\s+(?:[\w'’-]+\s+)?"
                      r"(?:launch|(?:smart)?phones?|plans?|entry|tariffs?|stores|debut)\b)", _I),
        # a thing made killed: "Samsung kills the Galaxy Note 7", "HP kills webOS phones", "was killed late last year"
        ("cancelled", r"\bkill(?:s|ed)\s+(?:off\s+)?(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:(?-i:[A-Z])|(?:[\w'’.-]+\s+){0,3}?"
                      r"(?:smart)?phones?\b)|\b(?:was|were|been)\s+killed\b", _I),
        # the thing itself will not come: "the Rollable will not be released", "will never go on sale" (not late, "will
        # not ship it within 30 days", nor kept from one market, "will not go on sale in the US": a setback)
        # (said of it: "would not be released", "will not now be released", "will never be sold, the company said")
        ("cancelled", r"\b(?:will|would)\s+(?:not|never)\s+(?:now\s+)?(?:be\s+(?:released|made|sold(?=\s*(?:[,.;]|$)))|go\s+on\s+sale|ship)\b"
                      r"(?![^.;,]{0,40}?\b(?:within|until|before|on\s+time)\b)(?!\s+(?:it\s+|them\s+)?(?:with\b|in\s+(?:the\s+)?"
                      r"(?:US|U\.S\.|United\s+States|America)\b))", _I),
        # one phone stopped for good (settled in session 13): "permanently stopped making and selling the Galaxy Note 7",
        # "ends the Note 7 for good"; not a designation removed or a business left for good (no verb of ending)
        ("cancelled", r"\b(?:stop|end|halt|cease|discontinu)\w*\s+(?:[\w'’.-]+\s+){0,6}?(?:for\s+good|permanently)\b"
                      r"|\bpermanently\s+(?:stop|end|halt|cease|discontinu)\w*", _I),
        # work on one phone stopped: "stopped work on the Kin", "halts work on its rollable phone", "has stopped developing
        # the LG Rollable" (not a line ended, "stop developing new consumer phones", nor work paused)
        ("cancelled", r"\b(?:stop|halt|suspend|end|cease)\w*\s+(?:work\s+on|developing|development\s+of)\s+(?:(?:the|its|their"
                      r"|that)\s+)?(?:(?:second|third|next|planned|own|\w+able|foldable)\s+)?(?:(?-i:[A-Z])|phone\b)", _I),
        # the phone given up as the clause's outcome: "Essential shuts down, scrapping its Gem phone", "…, shelving the
        # foldable" (after a comma: not "scrapping the phone will cost …", a gerund as the subject)
        ("cancelled", r",\s+(?:scrapping|shelving|axing|killing|cancell?ing)\s+(?:its|the|their|a|an)\b", _I),
        # "Vivo's talks with Visible are dead"
        ("cancelled", r"\b(?:deal|talks|launch|plans?|agreement|partnership|release|contract)\b[^.;,]{0,40}?\b(?:is|are|was|were)"
                      r"\s+(?:now\s+)?dead\b", _I),
        ("cancelled", r"\bscraps\s+(?:its|the|a|an|their)\s+(?!(?:[\w'’.-]+\s+){0,2}?plans?\b)", _I),  # "TCL scraps its first foldable"
        # a plan scrapped, as "scrapped plans to" is: "Cricket scraps plan to sell the Xperia", "scraps its US launch plans"
        ("cancelled", r"\bscraps\s+(?:(?:its|the|a|their)\s+)?(?:[\w'’-]+\s+){0,2}?plans?\b", _I),
        ("cancelled", DEAL_OFF + r"|\bcanned\b(?!\s+(?:goods|foods?|responses?|statements?|answers?|music|laughter))|\b(?:kill(?:s|ed)|ax(?:es|ed)|nix(?:es|ed)|scuttl(?:es|ed)|scrubbed)\s+(?:the|its|their|a|an)\s+"
                      r"(?!(?:[\w'’.-]+\s+){0,2}?plans?\b)(?:[\w'’.-]+\s+){0,4}?" + THING_MADE + r"\b", _I),
        # The thing itself given up ("has abandoned a Nokia phone it had been developing"); a plan given up is a setback
        ("cancelled", r"\babandon(?:ed|s)\b(?!\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:[\w-]+\s+)?plans?\b)", _I),
        ("rumored", r"\brumou?r(?:s|ed)?\b|\bcould\b(?!\s+not|n['’]t)(?!\s+have\s+(?:been|[a-z]+(?:ed|en|wn|t))\b)|\bmight\b(?!\s+not)|\bunconfirmed\b", _I),
        ("rumored", r"\bmay\b(?!\s+not)", 0),  # lower case only: "May" is a month
        ("rumored", r"\bconsider(?:s|ing)?\b|\bweigh(?:s|ing)\b|\bmull(?:s|ing)?\b|\bexplor(?:es|ing)\b", _I),
        ("rumored", r"\bspeculat\w*|\bpossibl[ey]\b|\bpotential(?:ly)?\b|\btentatively\b|\bapparently\b"
                    r"|\b(?:will|would|could)\s+(?:most\s+|very\s+)?likely\b|\bmost likely\b|\bprobabl[ey]\b", _I),
        # Nobody on the record says so: "declined to comment on whether it would reach Verizon"
        ("unanswered", r"\b(?:has|have|had) not (?:commented|confirmed)\b|\b(?:hasn['’]t|haven['’]t) (?:commented|confirmed)\b", _I),
        # (a company's policy or its answer on the day: "said it did not comment on unannounced devices")
        ("unanswered", r"\b(?:does|do|did) not comment\b|\b(?:doesn['’]t|don['’]t|didn['’]t) comment\b", _I),
        # no answer, however it is asked: "did not respond to emails", "did not respond when asked whether", "referred
        # questions to the carrier", "declined to give a launch date" (the guide's "no answer")
        ("unanswered", r"\b(?:did not|didn['’]t) (?:immediately )?(?:respond|reply)\b|\breferr(?:ed|s) (?:all )?(?:questions|inquiries"
                    r"|queries|requests|calls)\b|\b(?:declined|refused) to (?:give|provide)\b|\bwould(?: not|n['’]t) give\b"
                    r"|\b(?:declined|refused) to (?:comment|confirm|say)\b|\bwould(?: not|n['’]t) (?:comment|confirm|say)\b", _I),
        # An intention: the company's own word makes it confirmed, a relayed one reported, none a rumour.
        ("intent", r"(?<!no )\bplan(?:s|ning)? to\b|\baims? to\b|\bintends? to\b|\bintending to\b", _I),
        # an aim or a hope is an intention too, not a plan weighed: "wants to be a top-three brand", "hopes to reach
        # Walmart this spring" (the company's own word confirmed, the writer's reported); a wish stays a rumour (round 8)
        ("intent", r"\bwant(?:s|ing)? (?:to|the|its|their)\b|\bhop(?:es|ing) to\b", _I),
        ("rumored", r"\b(?:is|are) (?:likely|expected) to be\b", _I),
        ("rumored", r"\bis (?:expected|likely) to\b|\bif all goes\b|\bwould (?:like|love) to\b", _I),
        # "is widely expected to", "are also expected to", "is tipped to": an expectation, however it is said
        ("rumored", r"\b(?:is|are|was|were|been)\s+(?:(?:also|still|now|widely|generally|broadly|not)\s+)?"
                    r"(?:expected|likely|tipped)\s+to\b", _I),
        # an event unlikely: "Verizon is unlikely to take the Zenfone" (not an effect: "unlikely to dent its sales")
        ("rumored", r"\b(?:is|are|was|were)\s+(?:also\s+|still\s+)?unlikely\s+to\s+(?:take|carry|sell|stock|offer|launch|reach"
                    r"|come|arrive|pick\s+up|add|get|bring|ship|return|enter)\b", _I),
        # an expectation with its time: "is expected in September"
        ("rumored", r"\b(?:is|are)\s+(?:(?:also|still|now|widely|generally)\s+)?expected\s+(?:in|on|by|for|later|next|this"
                    r"|early|late|before|after|around|within|soon)\b", _I),
        # Nothing said on the record: "does not discuss customer relationships", "had “nothing to announce”"
        ("unanswered", r"\b(?:does|do|did|would|will)(?: not|n['’]t) (?:discuss|speculate|disclose)\b|\bnothing to (?:announce|share"
                    r"|say|add)\b|\b(?:declined|refused) to (?:discuss|elaborate|speculate|disclose)\b|\bno comment\b", _I),
        # A cancellation not ruled out is a possibility: "has not ruled out cancelling a cheaper Razr"
        ("rumored", r"\b(?:not|never|n['’]t)\s+(?:ruled?|ruling)\s+out\b", _I),
        ("unanswered", r"\bwould (?:only say|say only)\b|\bcould not be reached\b", _I),
        # "did not return a request for comment", "refused to be drawn on whether"
        ("unanswered", r"\b(?:did not|didn['’]t) (?:immediately )?return (?:a |an |requests?|calls|messages|e-?mails)\b"
                    r"|\b(?:refused|declined) to be drawn\b", _I),
        # "have not said when they will restock", "Neither company would comment"
        # (not after a fact it goes on from: "It has no carrier partner … and has not said whether it is seeking one")
        ("unanswered", r"(?<!and )\b" + _NOT_SAID + r"|\bit(?:['’]s| is| was| remains| remained) (?:not |un)clear (?:whether|if"
                    r"|when|how)\b"
                    r"|\b(?:neither|none)\b[^.;]{0,30}\b(?:would|will|could) (?:comment|confirm|say)\b", _I),
        # not said yet: "has yet to say whether", "has yet to decide whether to go ahead"
        ("unanswered", r"\b(?:has|have|had) yet to (?:say|decide|confirm|announce|comment|commit|disclose)\b"
                    r"|\byet to be (?:decided|confirmed|announced|finali[sz]ed)\b", _I),
        # no answer in the speaker's own words (an interview's answer, a quote): "I'd refer you to Cricket", "I can't talk
        # about any one carrier", "we don't talk about unannounced phones", "I'll let Verizon speak for itself", "we'll have
        # more to say in the fall" (not a detail withheld after the event told: "I won't say which two")
        ("unanswered", r"\b(?:I|we)(?:['’]d|\s+would|['’]ll|\s+will|\s+have\s+to)\s+(?:have\s+to\s+)?refer\s+you\b"
                    r"|\b(?:can['’]t|cannot|can\s+not)\s+(?:talk|comment|speculate|discuss|get\s+into|go\s+into|tell\s+you\s+more)\b"
                    r"|\b(?:I|we)\s+(?:don['’]t|do\s+not|never)\s+(?:talk|comment|speculate)\s+(?:about|on)\b"
                    r"|\b(?:I|we)(?:['’]ll|\s+will|['’]d|\s+would)\s+let\s+(?:(?-i:[A-Z])[\w&-]*|them|the\s+carriers?)\s+(?:speak|tell"
                    r"|talk|comment)\b|\bwe(?:['’]ll|\s+will)\s+have\s+(?:more\s+to\s+(?:say|share)|news|something\s+to"
                    r"\s+(?:say|share))\b", _I),
        ("rumored", r"\bhint(?:ed|s)? (?:in|during|on)\b", _I),  # "a TCL executive hinted in an interview"  # "would only say that the carrier “regularly updates …”"
        ("rumored", ANALYSTS_EXPECT.pattern, 0),
        # What a filing or a listing hints at: "an FCC filing suggests", "suggesting a US release is near"
        ("rumored", r"\bsuggest(?:s|ing)?\b|\bhint(?:s|ing) (?:at|that)\b|\bpoint(?:s|ing)? to\b", _I),  # a forecast: "Analysts at Wave7 expect Visible to add …"
        ("rumored", r"\b(?:is|are|was|were) (?:believed|thought|understood|rumou?red) to\b", _I),
        ("rumored", r"\bit (?:is|was) (?:understood|believed|thought|rumou?red)\b|\b(?:the )?word is\b", _I),
        # not yet decided: "is in the works", "remains under consideration", "still on the table", "spotted in a database"
        ("rumored", r"\bin the works\b|\bunder consideration\b|\bon the table\b|\b(?:spotted|sighted)\b"
                    r"|\bno (?:final )?decision (?:has|had) been (?:made|taken|reached)\b", _I),
        ("confirmed", r"\bannounc(?:ed|es|ement)\b|(?<!not )(?<!n't )(?<!n’t )\bconfirm(?:ed|s)\b|\bofficially\b", _I),
        # the company's own document: "according to a company filing", "according to a statement from the carrier"
        ("confirmed", r"\baccording to (?:a|an|the|its) (?:company|carrier|maker)(?:['’]s)? (?:filing|statement|release"
                      r"|announcement|blog post|memo|letter)\b|\baccording to (?:a|an|the|its) (?:statement|press release|news release"
                      r"|release|announcement|blog post|notice)\b|\baccording to (?:the )?(?:(?-i:[A-Z])[\w&-]*['’]s) (?:own )?(?:press materials"
                      r"|press kit|statement|press release|announcement|blog post|filing|notice|order|ruling)\b|\baccording to (?:the|its) (?:agency|commission|department|regulator|ministry)['’]s (?:own )?(?:order|notice"
                      r"|ruling|statement|decision|letter)\b|\b(?:its|the company['’]s|the carrier['’]s) (?:own )?(?:annual|quarterly|earnings|financial) (?:report|results|filings?"
                      r"|statements?) (?:show|shows|showed|say|says|said)\b|\b(?:according to|per) (?:its|the company['’]s) (?:(?:latest|most recent|last|own|new) )?(?:earnings|annual|quarterly"
                      r"|financial) (?:report|results|filing)\b", _I),
        # the company itself as the source: "shipped about 9 million phones last year, according to the company"
        ("confirmed", r"\baccording to (?:the|its) (?:company|carrier|maker|retailer)\b(?!['’])", _I),
        ("confirmed", r"\b(?:the|a|its) (?:statement|release|press release|announcement|blog post|filing|memo|email) (?:said|says"
                      r"|added)\b", _I),
        ("confirmed", r"\bin a statement\b|\bpress release\b|\bunveil(?:ed|s)\b|\bintroduc(?:ed|es)\b(?!\s+(?:(?:a|an|the|its|their|new|two)\s+)?(?:[\w-]+\s+)?(?:bills?|legislation|measures?"
                      r"|amendments?|resolutions?)\b)", _I),
        ("confirmed", r"(?<!research )(?<!rival )(?<!another )(?<!other )\b(?:unit|maker|carrier|retailer|brand|company)s?(?:['’]s)? (?:said|says|told|confirmed)\b", _I),
        ("confirmed", r"\bthe (?:department|commission|ministry|bureau) (?:said|says|announced|confirmed)\b", 0),
        ("confirmed", r"\bthe compan(?:y|ies) reported\b", _I),  # its own results
        # its own results told by the writer: "Palm reported a net loss of $98 million", "Sharp posted a loss in the year"
        ("confirmed", r"\b(?:reported|posted|booked|recorded)\s+(?:a\s+|an\s+)?(?:(?:record|net|operating|pre-tax|quarterly"
                      r"|annual|full-year|first|second|third|fourth)\s+)*(?:loss(?:es)?|profits?|revenue|earnings|income)\b", _I),
        # its own document named as the source: "according to its prospectus", "its results showed", "the company's own
        # filings show", "according to Sony's results" (the guide: a company's own report is the company on the record)
        ("confirmed", r"\b(?:according\s+to|per)\s+(?:its|the\s+company['’]s|the\s+companies['’]|(?-i:[A-Z])[\w&-]*['’]s)"
                      r"\s+(?:own\s+)?" + _OWN_DOCUMENT + r"|\b(?:its|the\s+company['’]s|the\s+companies['’])\s+(?:own\s+)?"
                      + _OWN_DOCUMENT + r"\s+(?:show|shows|showed|say|says|said)\b", _I),
        # the company's own filing told as its word (session 13: a company's own report named as the source): "the
        # prospectus says" (a prospectus is always the issuer's), "ZTE warned in a filing", "the company disclosed in the
        # filing", "according to a filing the company made", "according to its 2023 annual report" (not "a filing shows"
        # or "according to a filing with the FCC": whose filing is not said)
        ("confirmed", r"\b(?:the|its|(?-i:[A-Z])[\w&-]*['’]s)\s+prospectus\s+(?:says|said|shows|showed|lists)\b|\baccording\s+to\s+(?:the|its)"
                      r"\s+prospectus\b|\b(?:said|disclosed|estimated|warned|stated)\s+in\s+(?:a|the|its)\s+(?:(?:same|public|regulatory)\s+)?"
                      r"(?:filing|prospectus)\b|\baccording\s+to\s+(?:a|the)\s+filing\s+(?:the\s+company|it|its\s+parent)\s+(?:made|filed)\b"
                      r"|\b(?:according\s+to|per)\s+its\s+(?:(?:\d{4}|latest|interim)\s+)" + _OWN_DOCUMENT
                      + r"|\b(?:said|reported|disclosed)\s+in\s+its\s+(?:own\s+)?" + _OWN_DOCUMENT, _I),
        # the two sides of a deal on the record together: "the two companies said on Tuesday", "both carriers said"
        ("confirmed", r"\b(?:the (?:two|three|four) |both )(?:companies|carriers|makers|retailers)(?: also| jointly)? (?:said|say|says|told"
                      r"|announced|confirmed)\b", _I),
        ("confirmed", r"\bthe compan(?:y|ies) (?:said|says|told|acknowledged|conceded|admitted)\b|\bspokes(?:man|woman|person)\b|\btold reporters\b", _I),
        # an audience told, whatever it is: "told the conference", "told a panel at the show", "tells Las Vegas summit"
        ("confirmed", r"\b(?:told|tells)\s+(?:(?:the|an?)\s+)?(?:(?-i:[A-Z])[\w&.-]*\s+){0,3}(?:[a-z-]+\s+)?(?:audience|crowd"
                      r"|attendees|investors|journalists|conference|event|developers|panel|podcast|summit|forum|keynote"
                      r"|gathering|convention|expo|trade\s+show)\b", _I),
        # the speaker after "said": "said Vivo's head of US sales", "said Asus chief executive Samson Hu"
        ("confirmed", r"\b(?:said|says)\s+(?:[\w&'’.,-]+\s+){0,5}?(?:chief executive|CEO|president|chief|head|boss|founder"
                      r"|co-founder|spokes(?:man|woman|person)|vice president|chairman|chairwoman|general manager)\b", _I),
        ("confirmed", r"\b(?:chief executive|CEO|president|executives?|chief|head|boss|founder|chairman|chairwoman)\b[^.;]{0,30}"
                      r"\b(?:said|says|say|told|tells"
                      r"|conceded|acknowledged|admitted|wrote|posted|tweeted)\b", _I),
        ("confirmed", r"\b(?:representative|rep) (?:for|of) (?:the )?(?:company|carrier|maker|retailer|brand)\b"
                      r"|\b(?:company|carrier|maker|retailer|brand) (?:representative|rep|official)\b", _I),
        ("confirmed", r"\b(?:said|says) (?:it|they) (?:would|will|had|has|was|is|expects|expected|plans|planned|intends|aims)\b", _I),
        # An agency on the record: "The Justice Department said", "the FCC announced" (not a congressional committee or
        # panel: its report is a lawmakers' act, reported, as settled in session 13)
        # ("Customs and Border Protection said", "the Food and Drug Administration said": an agency by its own name)
        ("confirmed", r"\b(?:Department|Commission|FCC|FTC|Pentagon|White House|Ministry|[Rr]egulators?|[Aa]gency|Protection"
                      r"|Administration|Bureau)"
                      r"(?:['’]s)? (?:said|says|announced|confirmed)\b", 0),
        # A named official on the record: "Commerce Secretary Wilbur Ross said"
        ("confirmed", r"(?:\b(?:[Ss]ecretary|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Cc]ommissioner|[Mm]inister|[Gg]overnor|[Ss]enator)"
                      r"|\b(?:Sen|Rep|Gov)\.)"
                      r"(?: [A-Z][\w.'’-]+){1,3},? (?:said|says|told|announced)\b", 0),
        ("anonymous", r"\b(?:people|persons?|sources?) (?:familiar|briefed|close|with knowledge)\b|\bwho (?:verified|confirmed)\b", _I),
        ("anonymous", DOCUMENT_SEEN.pattern, 0),  # "a memo to staff seen by Phone Post"
        ("anonymous", UNNAMED.pattern, 0),  # "who asked not to be named", "on condition of anonymity", "a source at Cricket"
        ("anonymous", COUNTED_PEOPLE.pattern, 0),  # "two people who attended the meeting said", "three dealers … said"
        ("anonymous", r"\b(?:sources|people) (?:said|say|told|tell)\b|\banalysts?(?: \w+){0,4} (?:said|say|says)\b", _I),
        # someone at another company: "An executive at a rival carrier said"
        ("anonymous", r"\b(?:at|from|of) (?:a|an|another|one) (?:rival|competing|other|another) (?:carrier|maker|company|brand"
                      r"|retailer|phone maker)\b", _I),
        # people speaking of the case, not its party: "lawyers who follow the agency said"
        ("anonymous", r"\b(?:lawyers|attorneys|experts|observers|consultants|economists|bankers|investors|industry watchers)"
                      r"(?: [\w'’-]+){0,5} (?:said|say|says)\b", _I),
        # what a leak hints at (the guide's leaks: renders, a tipster, a job listing), below anyone on the record: "a render
        # circulated among leakers", "a job posting seeks a head of carrier sales" (not "leaked", a document the press saw)
        ("leak", r"\b(?:renders?|leakers?|tipsters?|job\s+(?:listings?|postings?|ads?|openings?)|posted\s+openings)\b", _I),
        ("reported", r"\breportedly\b|\baccording to\b|\bsources? (?:say|says|said|familiar)\b|\bpeople familiar\b", _I),
        ("reported", r"\b(?:is|are|was|were) said to\b|\breport(?:s|ed)?\b", _I),
        # the writer's own research: "per our channel checks", "supply-chain checks suggest"
        ("reported", r"\b(?:channel|supply[- ]chain|retail|carrier) checks?\b", _I),
        ("reported", DOCUMENT_SHOWN.pattern, 0),  # "a filing reviewed on Monday"
    )
)  # fmt: skip
STATUS_PRIORITY = ("cancelled", "rumored", "unanswered", "anonymous", "confirmed", "leak", "reported")
_HEDGE_WORD = {
    "intent": "plan", "leak": "leak", "rumored": "hedge", "unanswered": "hedge", "reported": "hedge", "anonymous": "source", "confirmed": "cue", "cancelled": "cue"
}  # fmt: skip
#: How a why begins when the rules found someone on the record, a source not named, or a cancellation: the cues the
#: learned status model overrules only when it is very sure (status_model.py).
FIRM_CUE = ('cue "', 'source "')
#: How a why begins when the rules found a source not named ("people familiar with the matter", "who asked not to be
#: named"): a cue the learned status model never overrules (status_model.py).
UNNAMED_SOURCE = 'source "'
#: A question left open after a fact the sentence has just stated ("It has no carrier partner in the US and has not
#: said whether it wants one"): the fact stays reported; the no-answer cue above skips it (round 6).
_LEFT_OPEN_AFTER_A_FACT = re.compile(r"(?i)\band " + _NOT_SAID)
#: Hedges inside these do not hedge the event: a worry quoted ("concerns that … might be used for spying"),
#: a plan that was given up ("pulled out of a plan to"; of "shelved plans to" only the plan's words: the verb is a cancellation).
_NOT_THE_EVENT = re.compile(
    r"(?i)\b(?:concerns?|fears?|worries|worried|warn(?:ed|s|ing)?|risk|alleg\w+|argu(?:e|es|ed|ing)|contend(?:s|ed)?)"
    r"\s+that\b[^.;]*"
    # a claim corrected: "An earlier version of this story said Visible had cancelled …; the carrier has delayed it"
    r"|\bearlier version of this (?:article|story|report|post)\b[^;]*|\b(?:incorrectly|erroneously|wrongly|mistakenly)"
    r" (?:said|stated|reported|described)\b[^;]*"
    # a detail withheld after the event told: "…, a spokeswoman said, though she would not say when", "…, but did not say
    # which phones were involved" (the event is said; only its when or which is not)
    # (not "whether" it happens at all, which is the event itself unsaid: "but did not say whether others would follow")
    r"|(?:,\s*(?:but|though|although)|\bbut)\s+(?:[\w'’]+\s+){0,3}?(?:would|will|did|does|could)(?:\s+not|n['’]t)\s+"
    r"(?:say|disclose|specify|name)\s+(?:which|when|how|what|who|where)\b(?![^.;]*\bwhether\b)[^.;]*"
    # (or its detail not given: "…, and declined to give a date", "…, though he would not give a price"; alone, "Verizon
    # declined to give a launch date" is no answer)
    r"|(?:,\s*(?:but|though|although|and)|\b(?:but|and))\s+(?:[\w'’]+\s+){0,3}?(?:(?:would|will|did|could)(?:\s+not|n['’]t)"
    r"|declined\s+to|refused\s+to)\s+(?:give|provide)\b[^.;]*"
    # an expectation given up: "had been expected to stock it in the spring, but the launch slipped"
    r"|\bhad\s+(?:been\s+)?(?:expected|planned|hoped|set|scheduled|due|likely|tipped)\b[^.;]*?,\s+but\b"
    # a result compared with a forecast: "fewer than analysts had forecast", "short of the 1 million some analysts expected"
    r"|\b(?:than|short\s+of)\s+[^.;]{0,40}?\banalysts?\s+(?:had\s+)?(?:forecast|expected|predicted|estimated)\b"
    # no announcement: "announced no US carrier", "days before the announcement"
    r"|\bannounced\s+no\b|\b(?:before|after|ahead\s+of|since|until)\s+(?:the|its|their|that)\s+(?:[\w-]+\s+)?announcement\b"
    r"|\b(?:pull(?:ed|s)? out of|dropp?\w*|abandon\w*|ditch\w*|gave up|give up|den(?:y|ies|ied))"
    r" (?:a |the |its |their |any )?plans? to\b"
    # (only the plan's words: "shelved plans to" keeps its "shelved", the guide's cancelled)
    r"|(?<=shelved )(?:a |the |its |their |any )?plans? to\b|(?<=scrapped )(?:a |the |its |their |any )?plans? to\b"
    r"|\bwas (?:scheduled|set|due|supposed) (?:for|to)\b[^.;,]*"
    r"|\b(?:without|no) (?:a |any )?(?:formal |official |public )?announcement\b|\bnot (?:been |yet )?(?:formally )?announced\b"
    # a hedge word that hedges no event: an idiom of haste ("working to restore the listings as soon as possible"), a
    # problem that may be one ("had found a potential security issue"), and options weighed after the reaction told
    # ("was disappointed with the verdict and would consider its options": alone, a rumour of what it may do)
    r"|\bas\s+(?:soon|quickly|fast|early)\s+as\s+possible\b|\bpotential\s+(?:security\s+|safety\s+|privacy\s+|legal\s+)?"
    r"(?:issues?|problems?|risks?|threats?|concerns?|flaws?|vulnerabilit(?:y|ies)|defects?)\b"
    r"|\band\s+(?:(?:would|will|was|is|were|are)\s+)?(?:consider|weigh|review|explor|evaluat|study)\w*\s+(?:(?:its|their|all|further"
    r"|other|the|our)\s+)?(?:legal\s+|next\s+)?options\b"
)


#: An unveiling, the maker's act but not its word: in a headline, the writer's report.
_UNVEILED = re.compile(r"(?i)unveil(?:ed|s)")


#: A maker showing its phone, as an unveiling is (settled in session 13): "Google showed the Pixel 6 at an online event",
#: "Sprint showed off the Echo", "took the wraps off the Axon M", "The phone was first shown at CES in January". Not a
#: phone shown privately to a carrier or buyers, which is the talks ("showed the P9 to AT&T"), nor a clause or a
#: thing shown ("showed that …", "showed little interest", "showed up on its website").
_SHOWED = re.compile(
    r"(?i)\b(?:show(?:ed|s|ing)\s+off|showed|(?:has|have|had)\s+(?:first\s+|also\s+)?shown|(?:took|takes|taking)\s+the"
    r"\s+wraps\s+off)\s+(?:(?:the|its|their|his|her|a|an|both|two|three|four|five|six|several)\b|(?-i:[A-Z])|it\b|them\b)"
    r"(?![^.;,]{0,80}?\bto\s+(?!(?:reporters|journalists|the\s+press|visitors|attendees|the\s+public|(?:the\s+)?(?:US|U\.S\.|United"
    r"\s+States|America))\b)"
    r"(?:(?:the|an?|its|their|some|two|three|several)\s+)?(?:(?-i:[A-Z])|(?:carriers?|operators?|partners?|buyers?"
    r"|executives?|dealers?|investors?|retailers?|distributors?)\b))"
    r"|\b(?:was|were|been|is|are)\s+(?:first\s+|also\s+|publicly\s+)?shown\s+(?:off\s+)?(?:at|in|on|during|to\s+"
    r"(?:reporters|journalists|the\s+press|visitors))\b"
)
#: What shows without a maker showing it: a listing, a filing, a check or a slide ("a Best Buy listing showed a price of
#: $1,399", "a filing in the FCC's database showed an Honor phone": a leak or the writer's check); the showing is then
#: theirs, not the maker's.
_DOCUMENT_SHOWS = re.compile(
    r"(?i)\b(?:listings?|filings?|slides?|checks?|sites?|pages?|data|tests?|evidence|screenshots?|database|documents?"
    r"|records?|figures|survey|study|images?|photos?|renders?|leaks?)\b[^.;]{0,60}?\bshow(?:ed|s|n)\b"
)
#: A showing told as the time of another event: "a month after the two companies showed it at CES".
_SHOWN_WHEN = re.compile(r"(?i)\b(?:after|since|when|before|until|once)\b[^.;,]{0,40}$")


def _maker_showing(own: str) -> str:
    """The words of a maker showing its phone in the event's own clause ("Palm showed the phone to reporters at CES"),
    or "" (a listing or a filing that shows it, a showing that only dates another event)."""
    for found in _SHOWED.finditer(own):
        before = own[: found.start()]
        if _SHOWN_WHEN.search(before):
            continue
        if any(doc.end() >= found.start() for doc in _DOCUMENT_SHOWS.finditer(own, 0, found.end())):
            continue
        return normalize_space(found[0])
    return ""


#: A hedge on the object of talks, not on the talks: "met Verizon to discuss a possible 5G phone".
_TALKS_OBJECT = re.compile(
    r"(?i)\b(?:discuss(?:ed|es|ing)?|negotiat(?:e|es|ed|ing)|talks?\s+(?:on|over|about))\s+(?:a|an|the)\s+"
    r"(?P<hedge>possible|potential)\b"
)
#: "Could" of what someone was able to do, not a hedge on the event: buyers' means ("American buyers could order it from
#: March 11", "customers could preorder it the same day"), a limit ("demand ran ahead of what its factories could
#: build") and a purpose ("so that it could keep importing"). Only the word "could" is blanked.
_ABLE_COULD = re.compile(
    r"(?i)(?:\b(?:buyers|customers|users|owners|Americans|consumers|shoppers|subscribers|developers|fans)\b(?:\s+[\w.]+){0,3}?"
    r"|\bwhat\s+(?:it|they|the\s+company|its\s+\w+)|\bso\s+(?:that\s+)?(?:it|they|buyers|customers))\s+(?P<could>could)\b"
)
#: "Pointing to" a cause the speaker cites, not a hint at the event: "…, its chief executive told reporters on Tuesday,
#: pointing to the cost of testing", "the company said in a statement, pointing to tariffs" (not "clears the FCC,
#: pointing to a US release", with no one speaking). Only the words "pointing to" are blanked.
_CAUSE_CITED = re.compile(
    r"(?i)\b(?:said|says|told|statement)\b[^.;,“”]{0,60}(?:,[^.;,“”]{0,60}){0,2}?,\s+(?P<cites>pointing\s+to)\b"
)
#: A sale ahead stated as settled, with no date: "will also be sold unlocked through Amazon", "will carry it as well"
#: (not someone's view of it, "skeptical that the phone will sell", nor a sale denied, "neither carrier will sell it").
#: (Searched in the first 1,000 characters: its lookahead is quadratic in a first clause with no full stop.)
_SALE_AHEAD = re.compile(
    r"(?i)^(?![^.;]*\b(?:that|neither|nor|not|never|no)\b[^.;]*\bwill\s)[^.;]*?\b(?P<sale>will\s+(?:also\s+|still\s+|both\s+|all\s+)?"
    r"(?:be\s+(?:sold|available|offered|stocked|carried)|sell|carry|stock|offer))\b"
    r"(?!\s+(?:well|poorly|out|more|fewer|better|worse|in\s+(?:large|big|small|huge)))"
)
#: A date ahead stated as settled, with no hedge: "goes on sale from March 3", "will be available at Sprint".
_SETTLED = re.compile(
    r"(?i)\b(?:go|goes|went|going) on sale\b|\b(?:is|are|will be) (?:available|on sale)\b|\bwill (?!not\b)\w+"
    r"|\b(?:opens?|arrives?|ships?|hits?|lands?|starts?|begins?)\b(?=[^.;]{0,60}\b(?:on|from|in)\b)"
)


#: A sale set for the source's own day or month, told ahead as settled: "Sprint will start selling the Evo on Friday"
#: (the Friday of the source), "Xfinity Mobile will add the phone later this month", "Preorders open today at Samsung.com"
#: (the guide's settled sale, as a later date is; not a sale told as done, "went on sale today", the writer's report).
_SETTLED_NOW = re.compile(
    r"(?i)^(?![^.;]*\b(?:if|unless|whether|neither|nor)\b)[^.;]*?(?P<sale>\bwill\s+(?:also\s+|now\s+|then\s+)?(?!not\b|be\s+(?:able|hard"
    r"|difficult|the\s+first)\b)(?:be\s+(?:sold|available|offered|stocked|carried|on\s+sale)|sell|carry|stock|offer|start|begin"
    r"|add|open|ship|launch|arrive|hit|reach|go\s+on\s+sale|take)\b|\b(?:go|goes)\s+on\s+sale\s+(?:today|tonight|tomorrow)\b"
    r"|\b(?:open|opens|start|starts|begin|begins|arrives?|ships?|hits?|lands?)\s+(?:(?:on|at|in)\s+[^.;]{1,40}?\s+)?(?:today|tonight"
    r"|tomorrow)\b|\b(?:is|are)\s+taking\s+(?:orders|pre-?orders)\b)"
)


def _on_the_sources_day_or_month(start: PartialDate | None, reference: PartialDate | None) -> bool:
    """True when ``start`` is the source's own day, or the month it falls in (not later: that is a date ahead)."""
    if start is None or reference is None or start.is_qualified or start.precision == Precision.YEAR:
        return False
    return start.first_day() <= reference.first_day() < start.end_day()


def on_the_record(passage: str) -> bool:
    """True when someone on the record speaks in ``passage`` ("its chief executive said …", "the company told …") and
    no one unnamed does: a pronoun speaking after it ("He said …") speaks for them."""
    cues = dict.fromkeys(status for status, regex in _STATUS_CUES if regex.search(passage))
    return "confirmed" in cues and "anonymous" not in cues


def _intended(found: dict[str, str]) -> tuple[str, str]:
    """An intention ("plans to") told by the company is confirmed, relayed by others or stated by the writer reported
    (the guide's reported: stated by the publication without attribution)."""
    plan = f'plan "{found["intent"]}"'
    if "anonymous" in found:
        return "reported", f'{plan}, relayed by people not named ("{found["anonymous"]}")'
    if "confirmed" in found:
        return "confirmed", f'{plan}, the company\'s own word ("{found["confirmed"]}")'
    if "reported" in found:
        return "reported", f'{plan}, relayed ("{found["reported"]}")'
    # "Fairphone plans to sell its phones directly in the US next year": the writer states the plan, unattributed
    return "reported", f"{plan}, stated by the writer: reported"


def status_of(
    passage: str,
    future: bool,
    start: PartialDate | None,
    reference: PartialDate | None,
    speaker: str = "",
    headline: bool = False,
) -> tuple[str, str]:
    """How sure the passage is of its event, from the cues in the clause that states it.

    Hedges in a quoted worry or a given-up plan don't count, nor "could be called off" as a cancellation;
    anonymous sources make a report even when they "confirmed" it. ``speaker``: a maker on the record in the
    event's own clause ("Sony said"), found by the caller, who knows the makers. ``headline``: the passage is the
    article's headline, whose event is the writer's report unless someone speaks in it (the guide's headline rule): a
    date ahead or an unveiling told there is no announcement.
    """
    own = _NOT_THE_EVENT.sub(lambda m: " " * len(m[0]), passage)
    own = NOT_CANCELLED.sub(lambda m: " " * len(m[0]), own)  # "delayed, but has not been cancelled"
    own = _TALKS_OBJECT.sub(lambda m: m[0][: m.start("hedge") - m.start()] + " " * len(m["hedge"]), own)
    own = _ABLE_COULD.sub(lambda m: m[0][: m.start("could") - m.start()] + " " * len("could"), own)
    own = _CAUSE_CITED.sub(lambda m: m[0][: m.start("cites") - m.start()] + " " * len(m["cites"]), own)
    found: dict[str, str] = {}
    at: dict[str, int] = {}  # where each status's earliest cue starts
    for status, regex in _STATUS_CUES:
        match = regex.search(own)
        if match and status not in found:
            found[status] = normalize_space(match[0])
        if match:
            at[status] = min(at.get(status, match.start()), match.start())
    if speaker:  # the maker on the record: "Sony said"
        found.setdefault("confirmed", speaker)
    elif headline and _UNVEILED.fullmatch(found.get("confirmed", "")):  # "Samsung unveils the Galaxy S23": the writer's
        del found["confirmed"]
    elif not headline and (shown := _maker_showing(own)):  # (in a headline, as an unveiling there, the writer's)
        found.setdefault("confirmed", shown)
    for status in STATUS_PRIORITY:
        if status in found:
            hint = f'{_HEDGE_WORD[status]} "{found[status]}"'
            rest = [f'"{found[s]}" ({s})' for s in STATUS_PRIORITY if s in found and s != status]
            # the other side's silence after the people not named have told the event ("…, two people familiar with the
            # talks said. Verizon declined to comment"; not "Cricket has yet to decide …, two people said": their news)
            if status == "unanswered" and "anonymous" in found and at["anonymous"] < at[status]:
                return "reported", f'source "{found["anonymous"]}", not named, over no answer "{found[status]}"'
            if status == "unanswered":  # no answer about the event: the guide's rumoured
                status = "rumored"
            elif status == "anonymous":
                status, hint = "reported", hint + ", not named"
            elif status == "leak":
                status, hint = "rumored", hint + ", what a leak hints at"
            return status, hint + (" over " + ", ".join(rest) if rest else "")
        if status == "unanswered" and "intent" in found:  # a plan with no hedge and no answer beside it
            return _intended(found)
    if headline:  # "T-Mobile to sell the OnePlus 7T from Oct. 18": the writer's report, however settled it sounds
        return "reported", "a headline with no one speaking in it: reported, the guide's headline rule"
    if future and start is not None and reference is not None:
        settled = _SETTLED.search(own)
        if settled:
            words = normalize_space(settled[0])
            return (
                "confirmed",
                f'the date ({start.edtf()}) is after the source\'s, stated as settled ("{words}"): announced',
            )

        return "rumored", f"the date ({start.edtf()}) is after the source's ({reference.edtf()}): a plan, not yet done"
    if _on_the_sources_day_or_month(start, reference) and (settled := _SETTLED_NOW.search(own)):
        words = normalize_space(settled["sale"])
        return (
            "confirmed",
            f'the date ({start.edtf()}) is the source\'s own, a sale ahead stated as settled ("{words}"): announced',
        )
    ahead = _SALE_AHEAD.search(own[:1000]) if start is None or start.is_qualified else None  # no date, or only an estimated one
    if ahead is not None:  # "The phone will also be sold unlocked through Amazon": told as settled
        return "confirmed", f'a sale ahead stated as settled ("{normalize_space(ahead["sale"])}"), with no hedge'
    if (left_open := _LEFT_OPEN_AFTER_A_FACT.search(own)) is not None:
        # A cue, so that the learned model needs to be as sure as for any firm cue to overrule it (status_model.py)
        return "reported", f'cue "{normalize_space(left_open[0])}": a question left open after the fact it goes on from'
    return "reported", "no hedge or confirmation in the passage: reported, the default"
