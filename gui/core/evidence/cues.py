"""Cues for an event's kind in a passage: the words reporters use, each kind with its why.

The kind is the effort the passage states (talks, a deal, a launch, a setback, a regulator's act...), the
status how sure the text is of it (rumoured, reported, confirmed, cancelled; its cues are in ``status_cues.py``).
Cues are counted in the passage; ties go to the more specific kind.
"""

from __future__ import annotations

import re

from gui.core.document.dates import PartialDate
from gui.core.document.textquote import normalize_space
from gui.core.evidence.attribution import without_source
from gui.core.evidence.kind_thesaurus import (
    ACQUISITION,
    COMPANY_DEALS,
    ANALYSTS_VIEW,
    ENDED_TOO,
    FCC_FILING,
    FINANCES,
    GREY_MARKET,
    HOPES,
    MAKING_AND_MARKETING,
    NONE_SOLD_SINCE,
    OTHER_PRODUCTS,
    POSITION,
    PRICES_AND_FIGURES,
    THESAURUS,
    carrier_channel,
)
from gui.core.evidence.kind_thesaurus import describe as _describe
from gui.core.evidence.word_start import gated

__all__ = ["CARRIER_ALONE", "DEAL_OFF", "KIND_PRIORITY", "THING_MADE", "background_kind", "kind_of"]

_I = re.IGNORECASE
#: The end of the why of a carrier deal read from a carrier's name alone, no cue: a side clause's cue says more.
CARRIER_ALONE = ", and the passage has no other cue"
#: A thing made or sold, as the object of its own end ("killed the version of the Xperia Z3 it was set to sell").
THING_MADE = (
    r"(?:version|model|phone|handset|device|variant|edition|launch|release|debut|rollout|deal|agreement|contract"
    r"|partnership|talks)s?"
)
#: A deal that is off: "Verizon's deal for the Xperia Z3 is off".
DEAL_OFF = r"\b(?:deal|launch|agreement|partnership|release|sale|contract)\b[^.;,]{0,40}?\b(?:is|are|was|were)\s+(?:now\s+)?off\b"
_CUE_PATTERNS: tuple[tuple[str, str, int], ...] = tuple(
    (kind, regex, flags)
    for kind, regex, flags in (
        ("regulatory", r"\bban(?:s|ned|ning)?\b|\bblacklist\w*|\bentity list\b|\bsanction\w*|\btariffs?\b", _I),
        ("regulatory", r"\bnational[- ]security\b|\bsecurity (?:concerns?|risks?|threats?|reviews?|screening|audits?)\b|\bespionage\b|\bspying\b", _I),
        ("regulatory", r"\bregulat\w*|\bexport (?:controls?|restrictions?)\b|\blawmakers\b|\bsenators?\b", _I),
        ("regulatory", r"\b(?:FCC|FTC|CFIUS|(?<!World )Congress|Commerce Department|Department of Commerce|Pentagon)\b", 0),
        ("regulatory", r"\b(?:House|Senate|Defense Department|Justice Department|White House)\b", 0),
        ("regulatory", r"\b(?:(?:intelligence |senate |house )?committee|commerce secretary|trade representative)\b", _I),
        ("regulatory", r"\bfin(?:e|es|ed)\b(?! phones?|-|\s+(?:print|line|tun\w*)\b)(?<!\bjust fine)|\bpenalt(?:y|ies)\b|\bdenial order\b|\bexport licen[cs]es?\b", _I),
        ("regulatory", r"\b(?:federal )?(?:judge|court|lawsuit|sued)\b|\binvestigat\w*|\bprobe\b|\bsettle(?:d|ment)?\b", _I),
        ("regulatory", r"\btrade (?:war|blacklist|restrictions?|curbs?)\b|\bdesignat(?:ed|ion)\b|\bmilitary\b", _I),
        ("regulatory", r"\bplead(?:ed|s|ing)? guilty\b|\bcharges? (?:that|of|against)\b|\bcharged with\b|\billegal(?:ly)?\b"
                       r"|\bprosecut\w*|\bindict\w*|\bviolat(?:ed|es|ing|ions?)\b", _I),
        ("regulatory", r"\b(?:alarm(?:s|ed)?|rattl(?:es|ed)|anger(?:s|ed)|spook(?:s|ed)|worrie[sd]) (?:Washington|lawmakers"
                       r"|regulators|officials)\b", _I),
        ("regulatory", r"\breprieve\b|\bwaivers?\b|\bexemptions?\b|\b(?:US|U\.S\.|Washington) (?:grants|gives|extends|lifts"
                       r"|imposes|adds|orders|bars)\b", _I),
        ("regulatory", r"\b(?:the|a|its|their) (?:trade |patent |legal |antitrust )?complaint\b|\bimport ban\b"
                       r"|\bdefend (?:itself|themselves)\b|\bfight (?:it|them|the \w+) in court\b", _I),
        ("regulatory", r"\blegal (?:means|action|challenges?|steps?|fights?|battles?)\b|\brulings?\b|\bappeal(?:s|ed|ing)?\b", _I),
        ("setback", r"\b(?:pull|back)(?:ed|s|ing)? out\b|\bwalk(?:ed|s)? away\b|\bf[ae]ll(?:s|en)? through\b", _I),
        ("setback", r"\belud(?:e|es|ed|ing)\b|\bfail(?:ed|s|ing|ure)?\b|\bcollaps\w*|\bstruggl\w*|\bflop(?:ped|s)?\b", _I),
        ("setback", r"\babandon\w*|\bscrap(?:ped|s)\b|\bsetbacks?\b|\bno longer\b|\bwithdr[ae]w\w*|\bexit(?:ed|s)?\b", _I),
        ("setback", r"\bcancel\w*|\bcall(?:s|ed|ing)? off\b|\bcalled\s+\w+\s+off\b|\b(?:halt|suspend)(?:ed|s)\b|\bdropped\b", _I),
        ("setback", r"(?<!on )(?<!store )(?<!the )\bshelv(?:e|ed|ing)\b|\bshelves\b(?=\s+(?:its|their|the|a|an|(?:US |U\.S\. |American )?plans?)\b)|\bstall(?:s|ed|ing)?\b|\bpull(?:s|ed|ing)? the plug\b|\bf[ae]ll(?:s|en)? apart\b", _I),
        ("setback", DEAL_OFF + r"|\bkill(?:s|ed|ing)?\b(?!\s+time\b)", _I),
        ("setback", r"\b(?:decid(?:ed|es|ing)|opt(?:ed|s)|ch(?:ose|ooses)) (?:against|not to)\b|\bcanned\b"
                    r"|\bslipp(?:ed|ing) (?:from|to|into|past|beyond|until|by)\b", _I),
        # a return to the market: "Sony could return if the market changes"
        ("launch", r"\b(?:could|may|might|would|will|plans? to|hopes? to) (?:eventually |one day |someday )?return\b"
                   r"(?!\s+(?:the|its|a|an|to (?:China|India|Europe))\b)", _I),
        # sales ended, a step not planned, more cuts, plans denied
        ("setback", r"\bend(?:ed|s|ing) (?:its |their |the )?(?:sales|shipments)\b|\b(?:is|are|was|were) not (?:planned|in the works)\b"
                    r"|\b(?:more|further|deeper|additional) (?:job )?cuts\b|\bden(?:y|ies|ied) (?:any )?plans?\b", _I),
        ("setback", r"\bskip(?:s|ped|ping)?\b(?= (?:the |its )?(?:US|U\.S\.|United States|America|[A-Z]))", 0),
        # a carrier testing the phone: talks (round 23: "Verizon had tested the 10T for several months", "testing
        # OnePlus prototypes", "handed it early units for testing", "passed the carrier's lab tests")
        ("carrier-talks", r"\btest(?:ed|ing)\s+(?:the|its)\s+(?!US\b|U\.S\.|American\b|waters\b)[A-Z0-9][\w+-]*|\bcertifying\b", 0),
        ("carrier-talks", r"\b(?:test(?:s|ed|ing)?|certified)\s+(?:[\w&'’-]+\s+){0,3}?(?:phones?|prototypes?|units|samples?"
                          r"|models?|versions?|devices?|handsets?|smartphones?)\b|\b(?:lab|network|field|carrier)\s+(?:tests|testing)\b"
                          r"|\b(?:for|through|into)\s+(?:[\w'’-]+\s+){0,2}?(?:tests|testing)\b", _I),
        # a deal sought: "still hoping to win a Verizon deal"
        ("carrier-talks", r"\b(?:hop(?:es|ing|ed)|aim(?:s|ing|ed)|trying|tries|tried|push(?:es|ing|ed)) to (?:win|land|sign"
                          r"|secure|strike|clinch) (?:a |an |the )?(?:[\w&'’-]+ ){0,2}(?:deal|carrier|contract|partner|slot"
                          r"|spot)\b", _I),
        ("setback", r"\b(?:is|are) not (?:expected|likely) to (?:carry|sell|stock|offer|launch|come|arrive)\b", _I),
        ("setback", r"\bpaus(?:e|es|ed|ing)\b(?!\s+(?:for|to)\b)|\b(?:put|puts|putting|placed) on hold\b|\bon hold\b|\bditch(?:es|ed|ing)?\b|\bax(?:e|es|ed|ing)\b", _I),
        ("setback", r"\bderail\w*|\bcould not agree\b|\bfailed to agree\b|\bbroke down\b|\bbreak down\b|\bsc(?:uttle|rapp)\w*", _I),
        ("setback", r"\b(?:back(?:ed|s)? away|retreat\w*|wound down|wind(?:s|ing)? down|rebuff\w*|turn(?:ed|s)? down|rejected)\b", _I),
        ("setback", r"\b(?:drop|dropp(?:ed|ing)|drops) (?:its |their )?plans?\b|\bkept away\b|\bstay(?:ed|s)? out\b", _I),
        ("setback", r"\bpostpon\w*|\bdelay(?:s|ed|ing)?\b|\b(?:put|puts|putting) off\b|\bpush(?:ed|es|ing)? back\b", _I),
        ("setback", r"\b(?:went|go|goes|going|led|leads) nowhere\b|\bcame to nothing\b|\bfizzl\w*|\bpass(?:ed|es)? on\b", _I),
        # Sales that stopped are an event; sales or a share that moved are a market position (context, below).
        ("setback", r"\b(?:sales|shipments|orders)\b(?: [\w-]+){0,8}? (?:stopped|halted|ceased|froze|dried up)\b", _I),
        ("setback", r"\b(?:shut|shuts|closed|closes|closing|shutting)(?: down)? (?:its|their|the) (?:[\w-]+ ){0,2}"
                    r"(?:office|offices|operations|unit|business|stores?)\b|\blaid off\b|\blayoffs?\b|\bjob cuts\b", _I),
        ("setback", r"\bstop(?:ped|s|ping)? (?:offering|selling|carrying|making|sales|stocking|taking|accepting|supplying"
                    r"|providing|shipping|licensing|ordering|buying|certifying)\b|\bdiscontinu\w*|\bcut(?:s|ting)? off\b", _I),
        # A business stopped: "stopped its main business operations", "suspended production"
        ("setback", r"\b(?:stopped|halted|suspended|ceased)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}"
                    r"(?:operations|business|production)\b", _I),
        # A partner's refusal: "but the carrier declined" (not "declined to comment"), "neither carrier agreed"
        ("setback", r"\bneither\b[^.;,]{0,30}\bagreed\b|\b(?:did not|didn['’]t|would not|wouldn['’]t|refused to)"
                    r" (?:agree|sign|carry|stock|sell|offer)\b|\b(?:avoid(?:ed|s|ing)?|shunn?(?:ed|s|ing)?|steer(?:ed|s)? clear)\b", _I),
        # Leaving a market, an effort that ended: "said it would leave the US market", "talks … had ended"
        (
            "setback",
            r"\b(?:leave|leaves|leaving|left|quit|quits|quitting|exit|exits|exited|exiting) (?:the )?(?:US |U\.S\. "
            r"|American )?market\b|\b(?:talks|negotiations|discussions|deal|agreement|partnership|relationship"
            r"|arrangement|contract)\b[^.;]{0,40}?\b(?:ended|ends|expired|lapsed)\b",
            _I,
        ),
        # Stopped, with nothing after it: "sold phones through Amazon in 2018 but stopped after …"
        ("setback", r"\b(?:but|then|and) (?:later |eventually |soon )?(?:stopped|quit|ceased)\b(?!\s+(?:by|at|short)\b)", _I),
        # A decision not to sell: "will not sell the Mate 20 Pro in the United States"
        ("setback", r"\b(?:(?:will|would)(?: not|n['’]t)|won['’]t) (?:sell|launch|offer|bring|release)\b", _I),
        # (not in a relative clause about another phone: "alongside a cheaper G5 that will not be sold in the US")
        ("setback", r"(?<!that )(?<!which )\b(?:(?:will|would)(?: not|n['’]t)|won['’]t) (?:come|arrive|go on sale"
                    r"|be (?:sold|available|offered))\b", _I),
        # (a detail withheld is no answer, not a refusal: "declined to name the carrier", "declined to give a date")
        ("setback", r"\bdeclin(?:ed|es|ing)\b(?!\s+to\s+(?:comment|confirm|say|discuss|elaborate|respond|answer|name|give|disclose"
                    r"|provide|specify|identify|reveal|detail|share|explain|acknowledge|narrow|estimate|quantify)\b)(?!\s+\d)", _I),
        ("setback", r"\blos(?:t|es|ing)\s+(?:its|their|the|a|an)\s+(?:[\w&'’-]+\s+){0,2}(?:deal|contract|partner|carrier|slot|licen[cs]e)\b", _I),
        ("setback", r"\bbalk(?:s|ed|ing)?\b|\bnix(?:es|ed|ing)?\b|\bkill(?:s|ed|ing)? (?:the|its|their|a) (?:\w+ )?(?:plan|deal|launch|talks)\b", _I),
        ("setback", r"\bno (?:route|way|path|access) (?:to|into)\b|\bcut off from\b|\b(?:shut|locked) out of\b"
                    r"|\blos(?:t|es|ing) (?:its |their )?access to\b", _I),
        ("setback", r"\bend(?:ed|s|ing) (?:that|its|their|the|a|an) (?:[\w-]+ )?(?:arrangement|partnership|deal|agreement"
                    r"|relationship|licen[cs]e|contract|alliance)\b|\bterminat(?:ed|es|ing|ion)\b", _I),
        ("setback", r"\b(?:has|have|had) no (?:(?:US|U\.S\.|American|immediate|current|such) )?plans?\b|\bsold poorly\b|\b(?:weak|poor|slow|disappointing) sales\b", _I),
        ("carrier-talks", r"\bin (?:early |advanced |final |preliminary )?talks\b|\btalks\b|\bnegotiat\w*", _I),
        ("carrier-talks", r"\b(?:held|holding|hold|having|had) (?:early |preliminary )?(?:talks|meetings|conversations)\b|\bexplor(?:e|es|ed|ing) (?:a|an) (?:deal|partnership)\b", _I),
        ("carrier-talks", r"\blooking (?:to sign|for) (?:a |an )?(?:[\w-]+ )?(?:carrier|partner|deal)\b"
                          r"|\bseek(?:s|ing)? (?:a |an )?(?:[\w-]+ )?(?:carrier|partner|deal)\b", _I),
        ("carrier-talks", r"\b(?:in )?discussions?\b|\bpursu(?:e|es|ed|ing|it)\b|\bcourt(?:ing|ed)\b|\bwoo(?:ing|ed)\b", _I),
        ("carrier-deal", r"\bdeals?\b|\bagreements?\b|\bagreed\b|\bpartner(?:ship|ships|ed|ing)\b|\bsign(?:ed|ing)\b", _I),
        ("carrier-deal", r"\b(?:to|through|at|via) (?:other|more|additional|rival|all|more US|other US) carriers\b", _I),
        ("carrier-deal", r"\b(?:other|more|additional|rival) (?:US )?carriers (?:would|will|could|may|to) (?:follow|join|sign|carry|sell"
                         r"|offer)\b", _I),
        ("carrier-deal", r"\bcarr(?:y|ies|ied|ying)\b|\bcarrier stores?\b|\bcarriers? to (?:sell|carry|offer)\b", _I),
        ("online-sales", r"\bsel(?:l|ls|ling|ld)\b[^.;]{0,60}?\bonline\b|\bonline\b[^.;]{0,30}?\bsel(?:l|ls|ling|ld)\b", _I),
        ("online-sales", r"\bonline (?:stores?|shops?|retailers?|sales?|channels?)\b|\be-?commerce\b|\bunlocked\b", _I),
        ("online-sales", r"\b(?:its|their) (?:own )?(?:web ?site|online store)\b|\bdirect(?:ly)? to consumers\b", _I),
        ("retail", r"\b(?:reach|arriv|land|hit)\w*\b[^.;]{0,50}?\bstores?\b|\bbrick[- ]and[- ]mortar\b", _I),
        ("retail", r"\bretail\w*|\bin stores\b|\bstore shelves\b|\bon shelves\b", _I),
        ("launch", r"\blaunch\w*|\bunveil\w*|\bdebut\w*|\bintroduc\w*|\b(?:go|goes|went|going) on sale\b", _I),
        ("launch", r"(?<!press )\breleas(?:e|es|ed|ing)\b|\b(?:start|begin|resum)\w*\s+(?:selling|sales|to sell)\b", _I),
        ("launch", r"\benter(?:s|ed|ing)? the (?:US|U\.S\.|American) market\b|\b(?:US|U\.S\.) (?:debut|entry|launch)\b", _I),
        # Plans to sell in the US: "is considering selling phones in the United States", "aims to ship it to US buyers"
        ("launch", r"\b(?:to|will|would|could|may|might|can|considering|weighing|planning|plans|aims|hopes)\s+"
                   r"(?:eventually\s+|soon\s+|also\s+|still\s+)?(?:start\s+|begin\s+)?"
                   r"(?:sell|selling|ship|shipping|bring|bringing|offer|offering)\b[^.;,]{0,50}?\b(?:in|to|into)\s+"
                   r"(?:the\s+)?(?:US|U\.S\.|United States|American market)\b(?!\s+(?:carriers?|operators?|retailers?|stores?))", _I),
        ("launch", r"\bto (?:US|U\.S\.|American) (?:buyers|customers|consumers|shoppers)\b", _I),
        ("launch", r"\b(?:phones?|models?|handsets?|smartphones?) for the (?:US|U\.S\.|American market)\b", _I),
        ("carrier-deal", r"\bto (?:US|U\.S\.|American) (?:carriers|operators)\b", _I),
        # a phone planned or readied: "is reportedly planning a cheaper Pixel 8a", "plans a cheaper 5G foldable"
        ("launch", r"\b(?:plan(?:s|ned|ning)?|prepar(?:es|ing|ed)|read(?:ies|ying|ied)|develop(?:s|ing|ed)|working on)\s+"
                   r"(?:a|an|its|the)\s+(?:(?:cheaper|new|next|second|first|budget|rugged|larger|smaller|\w*5G)\s+)*"
                   r"(?:(?:phone|smartphone|handset|model|foldable|flagship|device)s?\b|[A-Z][\w+-]*\s+\d)", 0),
        ("launch", r"\b(?:US|U\.S\.|American) (?:phone |smartphone |handset )?(?:push|foray|expansion|return|comeback|ambitions)\b", _I),
        # a phone announced by its name, shipping from a date: "announced the Pixel Fold", "would ship in June"
        ("launch", r"\b[Aa]nnounc(?:e|es|ed|ing) (?:the|its|a|an) (?:new |next |first )?[A-Z][\w+-]*", 0),
        ("launch", r"\b(?:will|would|to) (?:start |begin )?ship(?:ping)? (?:in|on|from|by)\b", _I),
        ("launch", r"\b(?:win|winning|won|break|breaking|broke|crack|cracking|try|tries|trying|tried) (?:back |into )?(?:the )?(?:US|U\.S\.|American) market\b", _I),
        ("launch", r"\b(?:evaluat|stud(?:y|ies|ied|ying)|assess)\w*[”\"’']? (?:the |a )?(?:US|U\.S\.|American) market\b", _I),
        ("context", r"\b(?:China|India|Europe|European|Asia|Africa|Latin America|Japan|Korea|Russia|Middle East)\b", 0),
        ("context", r"\b(?:Germany|France|Spain|Italy|Britain|UK|U\.K\.|Indonesia|Brazil|Mexico|Canada)\b", 0),
        ("context", r"\bhome (?:country|market)\b|\bniche\b|\breputation\b|\bpopular\b|\bmarket share\b", _I),
        ("context", r"\bdoing (?:very |really |so )?well\b|\b(?:great|huge|big|enormous) success\b", _I),
        ("context", r"\bout-?s(?:ell|ells|elling|old)\b|\bbest-?sell\w*|\bshipments?\b|\bshipped\b", _I),
        ("context", r"\b(?:(?:second|third|fourth|fifth)-)?(?:largest|biggest)(?: \w+){0,2} (?:maker|vendor|brand|seller|supplier)s?\b", _I),
        # Sales figures: "sold about a million units", "shipped 3 million phones"
        ("context", r"\b(?:sold|shipped|sells|ships|sell|ship)\s+(?:about|around|roughly|nearly|almost|more than|over|fewer than"
                    r"|less than|some)?\s*(?:a|an|one|\d[\d.,]*)\s*(?:million|billion|thousand)?\s*(?:units|phones|handsets"
                    r"|devices|smartphones)\b", _I),
        # A target is a market position: "its 2012 target was to sell 34 million smartphones"
        ("context", r"\b(?:goal|forecast|outlook|guidance)s?\b", _I),
        ("context", r"\btargets?\b", 0),  # lower case: "Target" is a retailer
        ("context", r"\b(?:revenue|profits?|break even|broke even|operating loss|lost ground|fastest-growing)\b", _I),
        ("context", r"\b(?:never|not|no longer) (?:sold|sell|sells)\b|\bdoes not sell\b|\bhas no carrier\b", _I),
        # What never happened is no event of its kind: "never reached American stores"
        ("context", r"\bnever (?:\w+ )?(?:reached|made it|launched|arrived|came|took off|caught on|offered|sold)\b", _I),
        ("context", r"\bshare of the (?:[\w-]+ ){0,3}market\b", _I),
        # What something does to the business is its position: "threatens ZTE's prepaid business", "not affected"
        ("context", r"\b(?:threaten\w*|hurt\w*|endanger\w*|jeopardi[sz]\w*|affect(?:s|ed|ing)?|touch(?:es|ed)?|dent\w*|weigh\w* on)"
                    r"(?: [\w'’-]+){0,4}? (?:business|position|place|standing|sales|share|foothold)\b", _I),
        ("context", r"\b(?:is|are|was|were|be|been)(?: not)?(?: directly| much| badly| seriously| greatly)?"
                    r" (?:affected|hurt|hit|threatened|unaffected)\b", _I),
        ("context", r"\bsold in (?:small|modest|tiny|limited|large|huge|big|record) numbers\b", _I),
        ("context", r"\bsold (?:better|worse|well|strongly|briskly|steadily)\b", _I),
        ("context", r"\b(?:existing|current|established) (?:US |U\.S\. |American )?business\b", _I),
        # figures and staff: "how many Pixel 8 phones it had made", "had hired staff for a US office"
        ("context", r"\bhow many\b|\bhir(?:ed|es|ing) (?:\w+ ){0,2}?(?:staff|employees|engineers|workers|people)\b", _I),
        ("context", r"\b(?:sales|share|presence|business|footprint)\b(?: [\w-]+){0,3}? (?:remains?|remained|is|are|was|were)"
                    r" (?:still )?(?:too )?(?:small|modest|tiny|limited|marginal|negligible|minimal)\b", _I),
        # A state that goes on: "remained on sale at Boost", "remain available at Verizon"
        ("context", r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?) (?:on sale|available|on (?:the )?shelves|in stores)\b", _I),
        # Who owns whom: "Lenovo bought Motorola from Google in 2014", "owned by Lenovo"
        ("context", r"\b(?:bought|acquired|acquir(?:es|ing)|acquisition of|took over|owned by|spun off)\b", _I),
        ("context", r"\bbest[- ]sell\w*|\btop[- ]selling\b|\bamong the (?:top|leading|biggest|largest)\b", _I),
        *THESAURUS,
    )
)  # fmt: skip


def _one_per_kind(patterns: tuple[tuple[str, str, int], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The cue patterns joined into one regular expression per kind (each keeping its own case rule): a passage is
    scanned once per kind, not once per pattern (the lexicon has over a hundred).

    No cue begins right after a letter or a digit, so the joined pattern first asks for a word's start
    (``word_start.gated``): ``re`` would otherwise try every alternative at every letter; the gate halves the time
    Draft Events spends on cues without changing a match."""
    joined: dict[str, list[str]] = {}
    for kind, regex, flags in patterns:
        joined.setdefault(kind, []).append(f"(?i:{regex})" if flags & re.IGNORECASE else f"(?:{regex})")
    return tuple((kind, gated(re.compile("|".join(parts)))) for kind, parts in joined.items())


_KIND_CUES = _one_per_kind(_CUE_PATTERNS)

#: Which kind wins a tie between cue counts: the more specific effort first.
KIND_PRIORITY = (
    "regulatory",
    "setback",
    "carrier-talks",
    "carrier-deal",
    "online-sales",  # unlocked phones sold both online and in stores are sold outside the carriers: online sales
    "retail",
    "launch",
    "context",
)
_CATEGORY_KIND = {"retailer": "retail", "online": "online-sales"}

def kind_of(passage: str, categories: tuple[tuple[str, str], ...], future: bool, start: PartialDate) -> tuple[str, str]:
    """The kind with the most cues in the passage; ties go to the more specific kind (KIND_PRIORITY).

    A setback outweighs the effort it befell ("an attempt to sell online was dropped"), and a launch or
    sale at a carrier ("goes on sale at Verizon") is a carrier deal.
    """
    cues: dict[str, dict[str, str]] = {kind: {} for kind in KIND_PRIORITY}  # kind -> {cue, lower case: shown}
    passage = without_source(passage)  # "people briefed on the talks": what the sources know of, no cue
    passage = FCC_FILING.sub(lambda m: " " * len(m[0]), passage)  # "a filing with the FCC": a hint, no regulator's act
    for not_yet in _NOT_YET_A_DEAL.finditer(passage):  # "have not signed a final contract": talks, its deal words no cue
        cues["carrier-talks"].setdefault(not_yet[0].lower(), f'"{normalize_space(not_yet[0])}": a deal not yet made')
    passage = _NOT_YET_A_DEAL.sub(lambda m: " " * len(m[0]), passage)
    for goes_on in _GOES_ON.finditer(passage):  # "no plans to stop selling ZTE phones": the sale goes on, no setback
        channel = next((_CHANNEL_KIND[c] for _, c in categories if c in _CHANNEL_KIND), "context")
        cues[channel].setdefault(goes_on[0].lower(), f'"{normalize_space(goes_on[0])}": a sale that goes on')
    passage = _GOES_ON.sub(lambda m: " " * len(m[0]), passage)
    for stopped in NONE_SOLD_SINCE.finditer(passage):  # "has not sold a phone through a US carrier since 2018": sales stopped
        cues["setback"].setdefault(stopped[0].lower(), f'"{normalize_space(stopped[0])}": none sold since')
    passage = NONE_SOLD_SINCE.sub(lambda m: " " * len(m[0]), passage)
    for figures in (_FIGURE_MOVED, FINANCES, _NOT_BARRED):  # "the brand's share collapsed", "struggled to turn a profit": no setback
        for figure in figures.finditer(passage):
            cues["context"].setdefault(figure[0].lower(), f'"{normalize_space(figure[0])}"')
        passage = figures.sub(lambda m: " " * len(m[0]), passage)
    spans: dict[str, list[tuple[int, int]]] = {kind: [] for kind in KIND_PRIORITY}
    for kind, regex in _KIND_CUES:
        for match in regex.finditer(passage):
            if any(start < match.end() and match.start() < end for start, end in spans[kind]):
                continue  # the same words found twice ("under discussion", "discussion") count once
            spans[kind].append(match.span())
            words = normalize_space(match[0])
            cues[kind].setdefault(words.lower(), f'"{words}"')
    ranking = _RANKING.search(passage) or _NOT_PHONES.search(passage)
    for name, category in categories:
        # "among the best sellers at Cricket and Walmart", "sells its laptops through Amazon": no phone sale
        if ranking:
            continue
        if category in _CATEGORY_KIND:
            cues[_CATEGORY_KIND[category]][name.lower()] = (
                f"{name} ({'online seller' if category == 'online' else category})"
            )
    elsewhere = _FOREIGN_MARKET.search(passage)
    if elsewhere and not _US.search(passage) and not categories:
        # The timeline follows the US market: a step in another is context ("pulled out of the Chinese market")
        for kind in _SALE_KINDS:
            cues[kind].clear()
        cues["context"].setdefault(elsewhere[0].lower(), f'"{elsewhere[0]}": another market')
    other_products = _NOT_PHONES.search(passage) or OTHER_PRODUCTS.search(passage)
    if other_products:  # "will sell headphones … to US shoppers, but not phones": no phone sale
        for kind in _SALE_KINDS[:3]:
            cues[kind].clear()
        cues["context"].setdefault(other_products[0].lower(), f'"{normalize_space(other_products[0])}": not phones')
    bought = ACQUISITION.search(passage) or COMPANY_DEALS.search(passage)
    if bought and not categories:  # "agreed to pay $1.1 billion for a team of engineers, in a deal …": a purchase
        cues["carrier-deal"].clear()
        cues["carrier-talks"].clear()
        cues["context"].setdefault(bought[0].lower(), f'"{normalize_space(bought[0])}": who buys whom')
    background = (  # a view, a grey market, a rank, hopes: where the maker stands, not an event
        ANALYSTS_VIEW.search(passage)
        or GREY_MARKET.search(passage)
        or POSITION.search(passage)
        or HOPES.search(passage)
        or PRICES_AND_FIGURES.search(passage)
    )
    if background:
        _describe(cues, background)
    counts = {kind: len(found) for kind, found in cues.items() if found}
    carriers = [name for name, category in categories if category == "carrier"]
    if not counts:
        if carriers and (asked := _asked_about_talks(passage)):
            return "carrier-talks", f"{carriers[0]} is a carrier, asked about with no answer (“{asked[0]}”)"
        weighed = _WEIGHED.search(passage)
        if carriers and weighed:  # "is weighing whether to bring a 5G model to Verizon": a deal weighed, not made
            return "carrier-talks", f"{carriers[0]} is a carrier, a deal weighed (“{weighed[0]}”)"
        networks = _NETWORKS.search(passage)
        if networks and not _SOLD.search(passage):  # "works on T-Mobile's and AT&T's networks": the bands it supports, no deal
            return "context", f"carriers named for their networks (“{normalize_space(networks[0])}”), no other cue"
        if carriers and (leads := _UNVEILING_LEADS.match(passage)):  # "Vivo showed a flip at its booth and said …"
            return "launch", f"{carriers[0]} is a carrier, named after the unveiling that leads (“{leads['verb']}”)"
        if carriers:
            return "carrier-deal", f"{carriers[0]} is a carrier{CARRIER_ALONE}"
        return "other", "no cue in the passage"
    best = max(counts.values())
    kind = next(kind for kind in KIND_PRIORITY if counts.get(kind) == best)
    why = ""
    if kind == "retail" and any(v.endswith("(online seller)") for v in cues["online-sales"].values()) and all(
        v.endswith("(retailer)") for v in cues["retail"].values()
    ):  # "at Amazon, Best Buy and B&H": sold online, the retailers' stores coming along
        kind, why = "online-sales", "; an online seller among retailers named, no store: online sales"
    ended = _ENDED.search(passage)
    if ended and kind != "setback" and counts.get("regulatory", 0) < counts.get("setback", 0):
        kind, why = "setback", f"; “{normalize_space(ended[0])}” ended the effort"
    if future and kind == "carrier-talks" and counts.get("carrier-deal") == best:
        # Talks go on now; a date after the source's date is when the deal should bear fruit.
        kind = "carrier-deal"
        why = f"; the date ({start.edtf()}) is after the source's, so it dates the deal, not the talks"
    if kind == "launch" and (counts.get("online-sales") or counts.get("retail")):
        # The channel named decides how it launched: "made its US debut … on its own website"
        kind = "online-sales" if counts.get("online-sales", 0) >= counts.get("retail", 0) else "retail"
        why = f"; launched through a channel: {', '.join(cues[kind].values())}"
    channels = [c for _, c in categories if c in _CATEGORY_KIND]
    if kind == "carrier-deal" and not carriers and channels and not ranking and not _CARRIERS_UNNAMED.search(passage):
        # A deal or "will carry" with a retailer and no carrier named: the retailer's channel ("Best Buy will carry it")
        kind = _CATEGORY_KIND[channels[0]]
        why = f"; no carrier named, the channel is {cues[kind] and ', '.join(cues[kind].values())}"
    asked = _asked_about_talks(passage) if kind == "carrier-deal" else None
    if asked:  # a deal only asked about, with no answer: "declined to comment on whether it would reach Verizon"
        kind, why = "carrier-talks", f"; “{normalize_space(asked[0])}”: a deal asked about, not made"
        cues[kind].setdefault(asked[0].lower(), f'"{normalize_space(asked[0])}"')
        counts[kind] = len(cues[kind])
    weighed = _WEIGHED.search(passage) if kind == "carrier-deal" and carriers else None
    if weighed:  # a carrier deal only weighed: "is weighing whether to bring a 5G model to Verizon"
        kind, why = "carrier-talks", f"; “{normalize_space(weighed[0])}”: a deal weighed, not made"
        cues[kind].setdefault(weighed[0].lower(), f'"{normalize_space(weighed[0])}"')
        counts[kind] = len(cues[kind])
    if kind in ("launch", "retail", "online-sales"):
        at = next((name for name in carriers if _at_carrier(name).search(passage)), None)
        if at is not None:
            cues["carrier-deal"].setdefault(at.lower(), f'"at {at}"')
            counts["carrier-deal"] = len(cues["carrier-deal"])
            kind, why = "carrier-deal", f"; sold at a carrier ({at}): a carrier deal"
    unveiled = (
        _UNVEILED_THEN_SOLD.search(passage) or _UNVEILING_LEADS.match(passage)
        if kind in ("carrier-deal", "online-sales", "retail")
        else None
    )
    if unveiled:  # the channel named in what the maker said of the phone it unveiled: a launch (session 13)
        cues["launch"].setdefault(unveiled["verb"].lower(), f'"{unveiled["verb"]}"')
        counts["launch"] = len(cues["launch"])
        kind, why = "launch", "; unveiled, and the sale told in what the maker said of it: a launch"
    several = {c for _, c in categories if c in _CHANNEL_KIND}
    if kind in _CHANNEL_KINDS and "carrier" in several and len(several) > 1 and not future and _SELLS_AS_A_RULE.search(passage):
        # "Its phones sell through Cricket, Metro and Walmart": channels of several kinds as background (session 13)
        kind, why = "context", f"; channels of several kinds ({', '.join(sorted(several))}) as what it sells: background"
        cues[kind].setdefault("channels", "channels of several kinds")
        counts[kind] = len(cues[kind])
    hint = ("cues " if counts[kind] > 1 else "cue ") + ", ".join(cues[kind].values())
    beaten = [f"{', '.join(cues[k].values())} ({k})" for k in KIND_PRIORITY if k != kind and k in counts]
    return kind, hint + (" over " + "; ".join(beaten) if beaten else "") + why


def background_kind(passage: str) -> tuple[str, str] | None:
    """For a passage with no cue, nor any in the sentence before, that names no channel: how the phone is made, what is
    inside it, the networks it runs on or how it is advertised ("Our teardown found a Qualcomm modem", "will air a
    commercial during the Super Bowl") is background (context)."""
    making = MAKING_AND_MARKETING.search(passage)
    if making is None or _SOLD.search(passage):
        return None
    return "context", f"how the phone is made, runs or is advertised (“{normalize_space(making[0])}”), no other cue"


#: An effort that ended outweighs the effort ("an attempt to sell online was dropped"); one going badly
#: ("success has eluded it") only counts as a cue.
_ENDED = re.compile(
    r"(?i)" + DEAL_OFF + r"|\b(?:decided|opted|chose) (?:against|not to)\b|\b(?:has|have|had) no (?:(?:US|U\.S\.|American|immediate|current) )?plans? to\b|\bend(?:ed|s) (?:its |their |the )?sales\b|\b(?:stopped (?:offering|selling|carrying|stocking|taking|accepting)|discontinued|killed|declined(?!\s+to\b)|balked|nixed|dropped|scrapped|shelved|abandoned|ditched|axed|cancell?ed|called off|pulled out|pulled the plug"
    r"|f[ae]ll(?:s|en)? (?:apart|through)|stalled|broke down|put on hold|paused|postponed|delayed|put off|pushed back"
    r"|went nowhere|came to nothing|fizzled|passed on|neither\b[^.;,]{0,30}\bagreed"
    r"|(?:did not|didn['’]t|refused to) (?:agree|sign|carry|stock))\b|" + ENDED_TOO
)
#: A plan being weighed, not yet made: "is weighing whether to", "considering", "mulling", "exploring a tie-up".
_WEIGHED = re.compile(
    r"(?i)\b(?:weigh(?:s|ing)|consider(?:s|ing)|mull(?:s|ing)|explor(?:es|ing))\b(?!\s+on\b)|\byet to decide\b"
)
#: A deal not yet made, or near, with its object: "have not signed a final contract", "has yet to agree to carry",
#: "no agreement is close", "nears an iPhone deal". The talks it stands at; its deal words are no deal.
_NOT_YET_A_DEAL = re.compile(
    r"(?i)\b(?:(?:has|have|had|is|are|was|were)(?: not|n['’]t)(?: yet)?|yet to|not yet)\s+(?:signed|sign|agreed|agree|committed"
    r"|commit|decided|decide|finali[sz]ed|finali[sz]e)\b(?:\s+(?:to\s+(?:carry|sell|stock|offer)|(?:on\s+)?(?:a|an|any|the)\s+(?:[\w-]+\s+)?"
    r"(?:deal|agreement|contract)))?\b|\bno (?:deal|agreement|contract)\b[^.;,]{0,30}?\b(?:is|was|has been|had been)\s+"
    r"(?:yet\s+)?(?:close|near)\b|\bnear(?:s|ing|ed)? (?:a |an )?(?:[\w-]+ )?(?:deal|agreement|contract)\b"
)
#: A sale that goes on, its end denied: "had no plans to stop selling ZTE phones", "no plans to pull the phone" (rounds
#: 20-22: a carrier's "no plans to end" an agreement is a deal, not the "no plans" setback).
_GOES_ON = re.compile(
    r"(?i)\b(?:has|have|had|with)\s+no\s+(?:[\w-]+\s+)?(?:plans?|intention)\s+to\s+(?:stop|end|pull|drop|discontinue"
    r"|halt|cease|abandon|quit)\b(?:\s+(?:selling|offering|carrying|stocking|making))?"
)
_CHANNEL_KIND = {"carrier": "carrier-deal", "retailer": "retail", "online": "online-sales"}
_CHANNEL_KINDS = ("carrier-deal", "retail", "online-sales")
#: A sale told as what the maker does as a rule, in the present with no event of its own: "are sold by Cricket and on
#: Amazon, among others", "sell mainly through prepaid carriers" (not "will sell", "began selling", "from May 1").
_SELLS_AS_A_RULE = re.compile(
    r"(?i)^(?!.*\b(?:will|would|won['’]t|began|begins|begin|starting|start|starts|from|until|launch\w*|new|newly|no longer"
    r"|stopped|again)\b).*(?<!\bto )\b(?:sells?|sell (?:mostly|mainly|largely|chiefly)|(?:is|are) sold)\b",
    re.DOTALL,
)
#: What an act does not do to the business: "The listing does not bar Xiaomi from selling phones in the US".
_NOT_BARRED = re.compile(
    r"(?i)\b(?:does|do|did|will|would) not (?:bar|stop|prevent|keep|block|ban) (?:[\w'’-]+ ){1,3}?from\b"
    # ... nor touch its deals: "the cuts would not affect its carrier partnerships with Verizon"
    r"|\b(?:does|do|did|will|would) not (?:affect|touch|change|hurt) (?:its |their |the )?(?:[\w-]+ )?(?:partnerships?|deals?"
    r"|relationships?)\b"
    # what it has none of: "The company has no retail stores in the US"
    r"|\b(?:has|have|had) no (?:[\w-]+ ){0,2}?(?:stores?|shops?|offices?|presence)\b"
)
#: Carriers said without their names ("through three US carriers and Walmart"): the deal is theirs, not the retailer's.
_CARRIERS_UNNAMED = re.compile(r"(?i)\b(?:two|three|four|five|all|both|major|national|regional|prepaid)\s+(?:US\s+)?carriers\b")
#: Other products than phones sold: "sells its laptops and watches through Amazon".
_NOT_PHONES = re.compile(
    r"(?i)\b(?:sells?|sold|selling|offers?|offered)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:laptops?|watches"
    r"|tablets?|televisions?|TVs|routers?|wearables|accessories|earbuds|smartwatches|scooters|PCs|headphones|chargers"
    r"|fitness bands|power banks|network gear|network equipment|telecom equipment|base stations)\b"
)
#: Another country's market, with no word of the US: "pulled out of the Chinese market", "launched in India".
_FOREIGN_MARKET = re.compile(
    r"\b(?:the )?(?:Chinese|Indian|European|Japanese|Korean|Russian|African|Brazilian|Mexican|Canadian|British|German"
    r"|French|Indonesian|Southeast Asian|Latin American) market\b|\bin (?:China|India|Europe|Japan|Korea|Russia|Africa"
    r"|Brazil|Mexico|Canada|Britain|Germany|France|Indonesia|Southeast Asia|Latin America)\b(?![-’'])"
)
_US = re.compile(r"\b(?:US|U\.S\.|United States|America|American)\b(?!s)")
_SALE_KINDS = ("launch", "online-sales", "retail", "setback")
#: Carriers named for the networks or bands a phone works on (round 23's close call: context, no partner).
_NETWORKS = re.compile(
    r"(?i)\b(?:works?|working|runs?|use|used|compatible)\s+(?:[\w-]+\s+){0,3}?(?:on|with)\s+(?!its\b|their\b|the\b)(?:[\w&-]+(?:['’]s)?,?\s+"
    r"(?:and\s+|or\s+)?){0,4}(?:networks?|bands)\b|\b(?:lacks?|lacking)\s+(?:[\w&'’-]+\s+){0,4}?(?:bands|frequencies)\b"
)
_SOLD = re.compile(r"(?i)\b(?:sell|sells|selling|sold|offer|offers|offering|offered)\b")
#: A deal the company was asked about and did not answer: talks at most.
_ASKED_ABOUT = re.compile(
    r"(?i)\b(?:(?:declined|refused) to (?:comment|confirm|say)|did not (?:immediately )?(?:respond|reply)|(?:has|have) yet to (?:say|decide|confirm)|could not be reached|(?:does|do)(?: not|n['’]t) comment|(?:would|will)(?: not|n['’]t) "
    r"(?:comment|confirm|say)|(?:has|have)(?: not|n['’]t) (?:commented|confirmed|said)|(?:did|would)(?: not|n['’]t) say)\b"
    r"[^.;]{0,40}?\b(?:on|about|whether)\b"
)
#: A sale asked about ("declined to say whether it would carry the phone", "does not comment on devices it may or may
#: not offer"): the carrier's sale, not talks (session 12).
_SALE_ASKED = re.compile(
    r"(?i)[^.;]{0,40}?\b(?:(?:would|will|may|might|could|plans?\s+to|planned\s+to|intends?\s+to|to)"
    r"(?:\s+or\s+(?:may|might|would|will)\s+not)?\s+(?:also\s+|eventually\s+|later\s+)?"
    r"(?:carry|sell|stock|offer|pick\s+up|add|range)\b|carrying|selling|stocking)\b"
)

#: An unveiling as the sentence's main verb, the sale inside what the maker "said" of it: "OnePlus unveiled the 7T on
#: Thursday and said it will go on sale through T-Mobile on Oct. 18", "…, saying Verizon would offer it". A launch on
#: the unveiling day, the channels its partners (session 13); a sale led by its own verb, the unveiling an aside, keeps
#: the channel's kind (session 10).
_UNVEILED_THEN_SOLD = re.compile(
    r"(?i)(?:^|(?<=[.!?]\s))[^.;,]{0,80}?\b(?P<verb>unveil(?:ed|s)|announc(?:ed|es)|show(?:ed|s)(?: off)?"
    r"|introduc(?:ed|es)|debut(?:ed|s)|launch(?:ed|es))\b[^.;]{0,160}?\b(?:and (?:also )?(?:said|says)|, saying) (?:that )?"
    r"(?:[^.;]{0,80}?\s)?(?:would|will)\s+(?!not\b)"
)

#: An unveiling that leads the passage, before any word of a sale: "Vivo unveiled the X90 on Tuesday, a phone that
#: Verizon will sell from May 1", "Vivo shows the X90; AT&T to carry it", "Vivo will show its first phone at CES, and
#: Sprint will sell it". The unveiling is the main clause and the channel follows it: a launch on the unveiling day
#: (sessions 10 and 13). A sale that leads, the unveiling an aside ("Verizon began selling it hours after unveiling
#: it"), keeps the channel's kind.
_UNVEILING_LEADS = re.compile(
    r"(?i)(?:(?!\b(?:sell\w*|sold|sales?|orders?|pre-?orders?|carr(?:y|ies|ied|ying)|stock\w*|offer\w*|available|began"
    r"|begins?|start\w*|ship\w*|reach\w*|arriv\w*|which|who|when|since|after|first|originally|earlier|already)\b)[^.;]){0,100}?"
    # (not a passive, "the day it is unveiled", nor a purpose, "opened the stores to show off its phones")
    r"(?<!,\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)\b(?:(?:will|plans to|would) )?"
    r"(?P<verb>unveil(?:ed|s)?|introduc(?:ed|es|e)"
    # "show" only of a phone shown off, or at a show or an event ("a listing shows the phone at AT&T" is no unveiling)
    r"|show(?:ed|s)? off|show(?:ed|s)?(?=\s(?:(?!\b(?:to|in)\b)[^.;]){0,80}?\bat (?:CES|MWC|CTIA|IFA|Computex|(?:the )?Mobile World"
    r"|(?:an?|its|the|a [\w-]+) (?:[\w-]+ ){0,2}?(?:event|booth|stand|show|conference|keynote))))\b"
    # (not an unveiling with the US launch as its own coordinate event: "unveiled the X90 and launched it in the US at
    # Best Buy in 2013", the channel's kind)
    r"(?![^.;]*\band (?:then |later )?launched\b)"
)


def _asked_about_talks(passage: str) -> re.Match[str] | None:
    """A deal asked about with no answer, when the question is not whether the carrier will sell the phone: the
    settled reading of "declined to say whether it would carry" is the sale itself, rumoured (a carrier-deal)."""
    asked = _ASKED_ABOUT.search(passage)
    if asked is None or _SALE_ASKED.match(passage, asked.end()):
        return None
    return asked


#: A figure that moved: "sales fell by half", "the brand's share collapsed", "shipments rose 40 percent".
_FIGURE_MOVED = re.compile(
    r"(?i)\b(?:sales|shipments|revenue|share|market share)\b(?: [\w-]+){0,5}? (?:fell|dropped|declined|slumped|plunged"
    r"|shrank|halved|collapsed|tumbled|slipped|dipped|sank|rose|grew|climbed|jumped|doubled|tripled|soared|surged)\b"
)
#: A market position (best sellers, the largest, shipments): the partners named are where it sells, no cue.
_RANKING = re.compile(
    r"(?i)\bbest[- ]sell\w*|\btop[- ]selling\b|\b(?:largest|biggest)\b|\bmarket share\b|\bshipments?\b|\bshipped\b"
)


def _at_carrier(name: str) -> re.Pattern[str]:
    """ "at Verizon", "through T-Mobile's Metro", "stocked by Cricket", "a Verizon version", "Boost Mobile will begin
    selling …": a carrier as the place of sale, or as the seller."""
    return carrier_channel(name)
