"""More ways reporters say each kind: a thesaurus per kind, written by lemma and inflected here.

``cues.py`` holds the first lexicon, grown passage by passage; this one is written from how trade press and
wire copy say each kind in general ("inked", "clinched", "signed on"; "sounding out", "courting"; "stocked by",
"big-box"; "storefront", "direct-to-consumer"; "arrives", "hits the US"; "subpoenaed", "the ITC"; "put on ice",
"unravelled"; "ranks", "accounts for", "a loyal following"), so that text the rules were not tuned on finds
its words. A verb is written once, as its lemma: ``verb("ink")`` matches ink, inks, inked and inking.

Also here: what makes a whole passage background rather than an event (an analyst's general view, phones
sold only by importers), used by ``cues.kind_of``.
"""

from __future__ import annotations

import re

__all__ = [
    "ACQUISITION",
    "ANALYSTS_VIEW",
    "ENDED_TOO",
    "FINANCES",
    "NONE_SOLD_SINCE",
    "GREY_MARKET",
    "HOPES",
    "MAKING_AND_MARKETING",
    "OTHER_PRODUCTS",
    "POSITION",
    "PRICES_AND_FIGURES",
    "THESAURUS",
    "COMPANY_DEALS",
    "carrier_channel",
    "describe",
    "verb",
]

_SIBILANT = ("s", "sh", "ch", "x", "z")


def _inflect(lemma: str) -> list[str]:
    """The forms of one verb lemma: "ink" -> ink, inks, inked, inking. A final "+" doubles the last consonant
    ("scrap+": scrapped), a lemma in "e" drops it before -ing, one in consonant + "y" makes -ies and -ied."""
    double = lemma.endswith("+")
    word = lemma.rstrip("+")
    if double:
        return [word, word + "s", word + word[-1] + "ed", word + word[-1] + "ing"]
    if word.endswith("e"):
        return [word, word + "s", word + "d", word[:-1] + "ing"]
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return [word, word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    if word.endswith(_SIBILANT):
        return [word, word + "es", word + "ed", word + "ing"]
    return [word, word + "s", word + "ed", word + "ing"]


def verb(*lemmas: str, irregular: str = "") -> str:
    """A regular expression for every form of the verbs; a lemma may be a phrase whose first word is the verb
    ("sound out": sounding out, sounded out). ``irregular``: more forms, as a regex alternation ("struck|strikes")."""
    alternatives = []
    for lemma in lemmas:
        head, _, rest = lemma.partition(" ")
        forms = "|".join(_inflect(head))
        alternatives.append(f"(?:{forms})" + (r"\s+" + r"\s+".join(map(re.escape, rest.split())) if rest else ""))
    if irregular:
        alternatives.append(f"(?:{irregular})")
    return r"\b(?:" + "|".join(alternatives) + r")\b"


_US = r"(?:the\s+)?(?:US|U\.S\.|United States|America|American\s+(?:market|shores|buyers|shoppers|consumers)|US\s+(?:market|shores|buyers|shoppers|consumers))\b"
_I = re.IGNORECASE

#: (kind, pattern, flags): added to cues.py's lexicon, counted the same way.
THESAURUS: tuple[tuple[str, str, int], ...] = (
    # Talks: every way of saying two companies are discussing a deal.
    ("carrier-talks", r"\bin (?:contact|touch) with\b|\b(?:not|no|yet to)\s+(?:yet\s+)?(?:reached|reach|signed|sign|struck|strike)\s+(?:any\s+|an\s+|a\s+)?"
                      r"(?:agreement|deal)\b", _I),
    ("carrier-talks", verb("sound out", "feel out") + r"|\bmet with\b|\bmeetings?\b|\bunder discussion\b|\bcourtship\b"
                      r"|\btalk(?:s|ed|ing)? (?:to|with)\b|\bcertif(?:y|ies|ying|ication)\b"
                      r"|(?<!declined to )(?<!refused to )(?<!not )\bdiscuss(?:es|ed|ing)?\b", _I),
    ("carrier-talks", r"\b(?:conversations?|overtures?|outreach)\b|\bearly[- ]stage\b", _I),
    ("carrier-talks", verb("approach", "pitch", "lobby", "sound", "canvass") + r"[^.;]{0,60}?\b(?:about|over|on|with|to)\b", _I),
    ("carrier-talks", verb("explore", "consider", "weigh", "mull", "discuss", "eye", "study", "float", "propose")
                      + r"\s+(?:a|an|the|possible|potential)\s+(?:[\w-]+\s+){0,2}?(?:deal|partnership|tie-?up|alliance|agreement|collaboration|arrangement)\b", _I),
    ("carrier-talks", r"\b(?:close to|nearing|near|on the verge of) (?:(?:a |an )?(?:[\w-]+ )?(?:deal|agreement)|certifying|signing|approving)\b"
                      + r"|" + verb("hammer out", "haggle", "bargain") + r"|\btie-?up talks\b", _I),
    # Deals: signed, won, landed, added to a lineup.
    ("carrier-deal", verb("ink", "clinch", "seal", "secure", "strike", irregular="struck") + r"(?=\s+(?:a|an|its|their|the|his|her|new|first|deals?|contracts?|agreements?|partnerships?|[\w-]+\s+(?:deal|contract|agreement)))", _I),
    # Carriers not named: "is offered by all three major carriers", "reach buyers through three US carriers"
    ("carrier-deal", r"\b(?:through|via|at)\s+(?:(?:all|both|most|several|each|every)\s+)?(?:of\s+)?(?:the\s+)?(?:(?:two|three|four|five"
                     r"|major|big|biggest|national|US|U\.S\.|American|regional|prepaid)\s+)+carriers?\b", _I),
    ("carrier-deal", r"\b(?:offer(?:s|ed)?|sells?|sold|carried|stocked|available|ranged)\s+(?:[\w'’-]+\s+){0,3}?(?:by|through|at|from)\s+"
                     r"(?:(?:all|both|most|several|each|every)\s+)?(?:of\s+)?(?:the\s+)?(?:(?:two|three|four|major|big|biggest|national"
                     r"|US|U\.S\.|American|regional|prepaid)\s+)*carriers?\b", _I),
    ("carrier-deal", r"\bcontracts?\b(?!\s+(?:manufactur\w*|plants?|factor(?:y|ies)|assembl\w*))|\bsign(?:s|ed|ing)? (?:on|up)\b|\btie-?ups?\b|\bexclusives?\b|\bexclusivity\b", _I),
    ("carrier-deal", verb("land", "win", "secure", "gain", "add", irregular="won") + r"\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:carrier|partner|operator)s?\b", _I),
    ("carrier-deal", verb("add") + r"\b[^.;]{0,40}?\b(?:line-?ups?|range|portfolio|roster)\b|\b(?:(?:its|their|the carrier['’]s|[A-Z][\w&-]*['’]s) (?:[\w-]+ )?)line-?ups?\b(?! of\b)"
                     + r"|\badded\b[^.;]{0,40}?\bas (?:a |an |its |their )?(?:[\w.-]+ )?carriers?\b", _I),
    # Retail: stores, shelves, big-box chains.
    ("retail", r"\bstock(?:ed|ing)\b|\bstocks (?:the|its|their|a|an)\b|\bbig[- ]box\b|\bdepartment stores?\b"
               r"|\bstore chains?\b|\bin[- ]store\b|\bwarehouse clubs?\b|\bpop-?ups?\b|\bshowrooms?\b", _I),
    ("retail", r"(?<!\bstore )(?<!\bon )(?<!\bthe )\bshelves\b(?!\s+(?:its|their|the|a|an|(?:US\s+|U\.S\.\s+|American\s+)?plans?|a\s+plan)\b)", _I),
    # Stores opened or planned, in the verb's forms: "opens its first US store", "will run a temporary shop in SoHo",
    # "plans more stores", "the first shops open on Sunday" (not an online store, nor orders opened: "pre-orders opened on
    # the Google Store")
    ("retail", r"(?<!orders )\b(?:open(?:s|ed|ing)?|reopen(?:s|ed|ing)?|run(?:s|ning)?|plan(?:s|ned|ning)?)\b[^.;]{0,40}?(?<!online )(?<!web )"
               r"\b(?:stores?|shops?|showcases?|counters?|kiosks?|pop-?ups?)\b(?!\s+(?:website|site|app)\b)"
               r"|(?<!online )\b(?:stores?|shops?|showcases?|counters?|kiosks?|pop-?ups?)\b[^.;]{0,40}?\bopen(?:s|ed)?\b", _I),
    # Online: the maker's own site, a storefront, direct to consumers.
    ("online-sales", r"\bstorefronts?\b|\bdirect[- ]to[- ]consumers?\b|\bweb ?stores?\b|\be-?shops?\b|\bonline shops?\b"
                     r"|\bown (?:web ?)?site\b|\bmarketplaces?\b"
                     r"|\b(?:its|their|[A-Z][\w&-]*['’]s) (?:own |US |U\.S\. |American |official )?(?:web ?site|online store|site)\b", 0),
    # Launch: arrives, hits the US, rolls out, comes to the US.
    ("launch", verb("arrive") + r"|" + verb("roll out") + r"|\brollout\b|\bmade (?:its|their) (?:US |American )?bow\b", _I),
    ("launch", verb("hit", "reach", "land", "come", "head", "bring", "make its way", irregular="hitting|came|brought|made its way")
               + r"\s+(?:to\s+|in\s+|into\s+)?" + _US, _I),
    ("launch", r"\b(?:US|U\.S\.|American) (?:release|rollout|availability|arrival|premiere)\b"
               r"|\btest(?:s|ed|ing)? the (?:US |U\.S\. |American )(?:market|waters)\b"
               r"|\b(?:entry|expansion|move) into the (?:US|U\.S\.|American) (?:[\w-]+ )?market\b|\benter the (?:US|U\.S\.|American) [\w-]+ market\b", _I),
    ("launch", r"\b(?:show|showcase|present|demo|exhibit|display)\w*\b[^.;]{0,40}?\bat (?:CES|MWC|IFA|(?:the )?Mobile World Congress"
               r"|(?:the )?Consumer Electronics Show|(?:a|its) (?:trade show|launch event|press event))", 0),
    # A phone shown, by the verb's role: its object is a phone or a named model ("showed the Optimus 3D", "will show
    # three Galaxy S20 models"); what figures or renders show is no phone ("data showed the brand's share fell")
    ("launch", r"(?i:" + verb("show", "showcase", "unwrap", "tease", "preview", "demo", irregular="shown|teased") + r")\s+(?:off\s+)?"
               r"(?:(?:the|its|their|his|a|an|two|three|four|five|several)\s+)(?:(?:[\w$,.'’-]+)\s+){0,3}?"
               r"(?:(?i:phones?|smartphones?|handsets?|models?|foldables?|flagships?|devices?|prototypes?)\b|[A-Z][\w+-]*(?=[\s,.(]))", 0),
    # A market entered or returned to, with or without "market": "planned to enter the US by 2021", "weighs a return
    # to US phone sales", "eyes US smartphone entry"
    ("launch", r"\b(?:enter(?:s|ed|ing)?|return(?:s|ed|ing)?\s+to)\s+(?:the\s+)?(?:US|U\.S\.|United States|America|American|North America)\b"
               r"(?!\s+(?:carriers?|operators?))"
               r"|\b(?:US|U\.S\.|American) (?:[\w-]+ )?(?:market )?entry\b", _I),
    # A phone brought to the US, with its object between: "brings its second phone to the US", "brings five phones to CES"
    ("launch", verb("bring", irregular="brought") + r"\s+(?:[\w$,.'’()-]+\s+){1,6}?(?:to|into)\s+(?:" + _US[:-2]
               + r"|CES|MWC|IFA|(?:the )?Mobile World Congress|American (?:buyers|shoppers|consumers|customers))\b", _I),
    # Its own name on its phones: "will put the ZTE name on its smartphones in the US", "to put its own brand on handsets"
    ("launch", verb("put", irregular="putting") + r"\s+(?:its|their|the\s+[\w-]+)\s+(?:own\s+)?(?:name|brand)\s+on\b", _I),
    # Regulatory: actors and acts.
    ("regulatory", r"\b(?:congressional|legislat\w*|authorities|administration|lawmaker)\b|\b(?:in|from|by) Washington\b(?! state)"
                   r"|\bWashington['’]s\b", _I),
    # The law's words: an arrest, an extradition, wrongdoing, fraud, legal options
    ("regulatory", r"\bsuits?\b|\b(?:US|U\.S\.|federal|American) government\b|\bon (?:national[- ])?security grounds\b|\bantitrust\b|\btrials?\b|\bmonopol\w*|\bcompl(?:y|ies|ied) with\b|\blaws?\b|\barrest\w*|\bextradit\w*|\bwrongdoing\b|\bfraud\w*|\ballegations?\b|\baccus(?:ed|es|ing)\b"
                   r"|\blegal (?:options|remedies|avenues|recourse)\b", _I),
    ("regulatory", r"\b(?:US|U\.S\.|American|federal|government|Commerce|trade|Washington) (?:officials|regulators|agencies)\b", _I),
    ("regulatory", r"(?<![-\w])Commerce\b(?!\s+(?:Bank|Ministry))|\b(?:ITC|International Trade Commission|Federal Communications Commission|Treasury|State Department|Customs)\b", 0),
    ("regulatory", verb("subpoena", "bar+", "summon", "testify", "infringe", "seize") + r"|\bsubpoenas?\b|\bpatents?\b"
                   r"|\bauthori[sz]ation\b|\bimport ban\b|\bruled\b(?! out)|\bcrackdown\b|\bscrutiny\b", _I),
    # More regulators, and the acts of courts and agencies: a jury's verdict and damages, a countersuit, an inquiry, a
    # licence revoked, a rule, a recall ("The Consumer Product Safety Commission said …", "US opens inquiry into …")
    ("regulatory", r"\b(?:Consumer Product Safety Commission|CPSC|Federal Trade Commission|National Labor Relations Board|NLRB"
                   r"|Homeland Security|Federal Aviation Administration)\b", 0),
    ("regulatory", r"\bjur(?:y|ies)\b|\bverdicts?\b|\bdamages\b|\binquir(?:y|ies)\b|\b(?:the|a|new) (?:export )?rules?\b|"
                   + verb("countersue", "revoke", "recall"), _I),
    # A suit brought, and the law's other forums: "owners sue over phones stuck restarting", "pending litigation", "an
    # arbitration panel to set the royalty", "copies patented features" (courts and suits: regulatory, the guide)
    ("regulatory", verb("sue") + r"|\blitigat\w*|\barbitrat\w*|\bpatented\b|\broyalt(?:y|ies)\b", _I),
    # Setbacks: the effort stopped, failed or went backwards.
    ("setback", r"\bon ice\b|\bon the back burner\b|\bsidelin\w*|\bmothball\w*|\bunravel\w*|\bsoured\b|\bfaltered\b"
                r"|\bfoundered\b|\btorpedo\w*|\bsnubb?\w*|\bbow(?:ed|s)? out\b|\bparted ways\b|\b(?:cut|severed?) ties\b"
                r"|\bgave up\b|\bgive(?:s|n)? up\b|\bpull(?:ed|s|ing)? back\b|\bscal(?:ed|es|ing) back\b"
                r"|\bh(?:it|its|itting) (?:a|another|yet another|the same) (?:snag|wall|roadblock|dead end|brick wall)\b"
                r"|\b(?:ran|runs?|running) into (?:a |another |the same )?(?:wall|roadblock|dead end|brick wall)\b", _I),
    # A partner's refusal told by its subject, and an attempt that came to nothing: "but no carrier took it"
    ("setback", r"\b(?:(?:no|none of the|not one)\s+(?:[\w.-]+\s+){0,3}?(?:carriers?|retailers?|partners?|operators?|buyers?)"
                r"|neither(?:\s+(?:carrier|retailer|company|operator|of them)(?!\s+(?:would|will)\s+(?:comment|say|give|confirm|discuss"
                r"|disclose|elaborate|respond)))?|none(?:\s+of\s+them)?)\s+(?:(?:has|have|had|is|was|were|will|would)\s+)?(?:took|wanted|agreed|would|was willing"
                r"|were willing|was interested|sell|carry|offer|stock"
                r"|were interested|signed|picked|bit|came forward|stepped|sold|offered|carried|stocked)\b"
                r"|\b(?:tried|attempted|sought|hoped)\s+to\b[^.;]{0,80}?,?\s+but\b", _I),
    ("setback", r"\b(?:has|have|had|were|was|are|is|been|remains?|remained)\s+(?:been\s+)?frozen\b|\bpush(?:ed|es|ing)?\s+(?:into|out"
                r"|to)\s+(?:the\s+)?(?:following|next|later|another)\b", _I),
    ("setback", r"\bslip(?:s|ped|ping)?\s+(?:to|into|until|by)\b|\bfr(?:oze|eez(?:e|es|ing)|ozen)\s+(?:its\s+|their\s+|the\s+)?"
                r"(?:[\w-]+\s+){0,2}?(?:plans?|launch|entry|expansion|hiring|push|sales|orders|talks)\b", _I),
    ("setback", r"\b(?:soft|weak|slow|sluggish|tepid|poor|disappointing|lukewarm)\s+(?:demand|sales|reception)\b"
                r"|\bdemand (?:was|is|has been|had been|proved) (?:soft|weak|slow|sluggish|tepid|disappointing)\b"
                r"|\blos(?:t|es|ing) (?:a|the|its|their) (?:[\w-]+ )?(?:bid|tender)\b"
                r"|\bend(?:ed|s|ing) (?:its|their|the) (?:[\w-]+ ){0,3}?(?:line|brand|business|sales|operations|range)\b", _I),
    ("setback", r"\b(?:has|have|had|with) no (?:immediate |current |near-term )?(?:plans?|intention|interest|desire) (?:to|of|in|for)\b", _I),
    # A partner's refusal or a delay told by a phrasal verb with its object inside, or with none after it: "pushed the
    # first phone for Sprint back to the fall", "turned the maker down", "looked at the phone and passed", "backed off",
    # "got nowhere", "chose its own models instead"
    ("setback", verb("push") + r"\s+(?:[\w$&'’.-]+\s+){1,6}?back\s+(?:to|until|by|a|another|again)\b"
                r"|" + verb("turn") + r"\s+(?:[\w&'’.-]+\s+){1,3}?down\b|" + verb("back") + r"\s+off\b"
                r"|\b(?:got|gets|getting|gotten)\s+nowhere\b|\b(?:and|but)\s+(?:then\s+)?passed\b(?=\s*(?:[,.;]|$|according\b))"
                r"|" + verb("choose", irregular="chose|chosen") + r"\s+(?:[\w&'’.-]+\s+){1,8}?instead\b", _I),
    # A channel's own step back from a phone: "T-Mobile had cut its order for the X90", "Sprint drops Vivo's phone",
    # "The X90 slips again", "reach stores in April rather than this month", "will not get the X90", "leaves Sprint's
    # line-up", "loses AT&T slot", "no plans to carry"
    ("setback", r"\bcut(?:s|ting)?\s+(?:its|their|the)?\s*(?:[\w-]+\s+)?orders?\b|\bslips?\b(?=\s+(?:at|again|as|for|to)\b)"
                r"|\b(?:rather than|instead of)\s+(?:in\s+)?(?:(?:this|next|last|the)\s+)?(?:month|week|year|fall|spring|summer"
                r"|winter|quarter|January|February|March|April|May|June|July|August|September|October|November|December"
                r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|as (?:planned|promised|expected))", _I),
    ("setback", verb("drop+") + r"\s+(?!his\b|her\b|my\b|your\b)(?:[\w&'’-]+\s+){0,2}?(?:phones?|handsets?|models?|devices?|line)\b"
                r"|\b(?:(?:will|would)(?: not|n['’]t)|won['’]t) get\b|\bis not getting\b|\bnot among the (?:launch )?(?:partners|carriers)\b"
                r"|\bleav(?:es|ing)\s+(?:[\w&'’-]+\s+){0,2}?(?:line-?ups?|shelves)\b"
                r"|\blos(?:es|t|ing)\s+(?:[\w&'’-]+\s+){0,2}?(?:slot|exclusive)\b|(?<!has )(?<!have )(?<!had )\bno plans to (?:carry|sell|offer|stock)\b", _I),
    # A phone kept from its market or its buyers: "will not reach the market in 2020", "held at US customs", "stores
    # ran short of the phone", "a phone it can't get onto a US carrier" (shipments held at customs: the guide's ban
    # consequence)
    ("setback", r"\b(?:(?:will|would)(?: not|n['’]t)|won['’]t) reach\b|\b(?:held|stuck|detained)\s+(?:up\s+)?(?:at|in)\s+"
                r"(?:US\s+|U\.S\.\s+|American\s+)?customs\b|\b(?:run|runs|ran|running)\s+short\s+of\b"
                r"|\b(?:can(?:not|['’]t)|could(?: not|n['’]t))\s+get\s+(?:it\s+|them\s+)?(?:onto|on|into)\s+(?:a|any)\s+(?:US\s+|U\.S\.\s+|American\s+)?carrier", _I),
    # the same plan denied without its owner: "there are no plans to sell it in the US", "no US release is planned"
    ("setback", r"\bthere (?:are|is|were|was) (?:still )?no (?:[\w-]+ )?plans?\b|\bno (?:US|U\.S\.|American) (?:release|launch"
                r"|sale|debut)s? (?:is |was )?planned\b", _I),
    ("setback", r"\bstop(?:ped|s|ping)?\s+(?:(?:all|its|their|US|U\.S\.|American|new|further)\s+){1,3}(?:sales|shipments|orders|production)\b", _I),
    # staff cut, its share told in words: "to cut a fifth of its workforce", "would eliminate about 450 jobs"
    ("setback", r"\b(?:cut|cuts|cutting|slash\w*|shed|sheds|shedding|trim\w*|reduc\w*|halv\w*|eliminat\w*)\s+(?:[\w,-]+\s+){0,5}?"
                r"(?:jobs|workforce|staff|employees|headcount|positions|workers)\b", _I),
    ("setback", r"\b(?:was|were|been|is|are)\s+(?:abruptly\s+|quietly\s+|later\s+)?pulled\b|\brul(?:ed|es|ing) out\b|\bdormant\b"
                r"|\b(?:was|were|been|is|are)\s+held back\b|\bheld back until\b|\bended without (?:a |an |any )?(?:deal|agreement)\b"
                r"|\bbut not (?:in )?(?:the )?(?:US|U\.S\.|United States|America)\b", _I),
    ("setback", verb("pull") + r"\s+(?:[\w'’-]+\s+){0,4}?(?:from|off)\s+(?:its\s+|their\s+|the\s+)?(?:[\w'’-]+\s+)?(?:shelves|stores|lineups?|line-ups?|website|market)\b", _I),
    # Closing what the maker runs, in every form of the verb: "will close its three showrooms", "shuts down its arm",
    # "the kiosk … closed in 2019"; the business left: "would leave the handset business", "quits smartphones"
    # (the place named by its town, its number or nothing: "to close Texas factory", "closes three pop-ups weeks early",
    # "closed three smaller mall stores"; not "close to")
    ("setback", verb("close", irregular="shut|shuts|shutting|shuttered") + r"\s+(?!to\b)(?:down\s+)?(?:[\w-]+\s+of\s+)?(?:its\s+|their\s+|the\s+)?"
                r"(?:[\w.'’-]+\s+){0,3}?(?:office|offices|stores?|shops?|showrooms?|kiosks?|pop-?ups?|operations|unit|arm|business|division"
                r"|labs?|factory|factories|plants?|centers?|centres?)\b|\bshut(?:s|ting)? down\b"
                r"|\b(?:shop|store|showroom|kiosk|office|lab|factory|plant)s?\b[^.;]{0,60}?(?<!remain )(?<!remains )(?<!remained )\bclosed\b"
                r"(?!\s+(?:for|on|since|until)\b)", _I),
    ("setback", verb("leave", "quit+", "exit", irregular="left|quit|quits") + r"\s+(?:the\s+)?(?:[\w-]+\s+)?(?:phone|smartphone|handset"
                r"|mobile)s?\s+(?:business|market)\b|\b(?:lea(?:ve|ves|ving)|quit(?:s|ting)?)\s+(?:smart)?phones\b"
                # ... or a class of buyers left: "to quit consumer phones, keeping its rugged line"
                r"|" + verb("leave", "quit+", "exit", irregular="left|quit|quits") + r"\s+(?:the\s+)?(?:US\s+|U\.S\.\s+|American\s+)?"
                r"consumer\s+(?:phones?|handsets?|smartphones?|market|business)\b", _I),
    # Making stopped, a phone running late or short: "ended production of the Note 7", "is ceasing operations", "will be a
    # few weeks late", "running behind schedule", "cannot make enough of the phone's screens"
    # (not an industry's "chip shortages", which results are told with: context)
    ("setback", verb("end", "cease") + r"\s+(?:its\s+|their\s+|all\s+)?(?:production|operations)\b"
                r"|\b(?:will|would|to)\s+(?:be|arrive|ship)\s+(?:a\s+few\s+|several\s+|two\s+|three\s+|some\s+)?(?:weeks?|months?)\s+late\b"
                r"|\bbehind\s+schedule\b|\bshort\s+supply\b|\bcan(?:not|['’]t)\s+make\s+enough\b"
                r"|\bfall(?:s|ing)?\s+short\s+of\s+(?:early\s+|initial\s+)?demand\b", _I),
    # A step taken back, with its object between the verb and its particle: "turned it down", "held it back", "put the
    # plan off", "pushes its phones into 2023"; a date missed: "slips past its promised date", "not … until the spring"
    ("setback", r"\bturn(?:ed|s|ing)?\s+(?:it|them|(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:phones?|offers?|deals?|devices?|models?"
                r"|handsets?|proposals?))\s+down\b|\b(?:held|holds?|holding)\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+back\b"
                r"|\b(?:put|puts|putting)\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+off\b|\bpush(?:ed|es|ing)?\s+(?:[\w.'’-]+\s+){1,4}?"
                r"into\s+(?:\d{4}|next year)\b|\bslip(?:s|ped|ping)?\s+(?:past|beyond)\b"
                r"|\bnot\s+(?:reach|ship|arrive|go on sale)\w*\s+(?:[\w-]+\s+){0,3}?until\b", _I),
    # Not planned, not entered, not made: "does not plan to sell", "will not enter the United States", "stopped
    # developing phones", "laying off 30 people"
    ("setback", r"\b(?:does|do|did|is|are)(?: not|n['’]t) plan(?:ning)? to\b|\b(?:(?:will|would)(?: not|n['’]t)|won['’]t)"
                r" (?:enter|carry|stock|ship)\b|\bstop(?:ped|s|ping)?\s+(?:developing|designing|producing|manufacturing|building"
                r"|releasing|launching|updating)\b|\blay(?:s|ing)? off\b|\bscrap\b(?=\s+(?:its\s+|their\s+|the\s+)?plans?\b)", _I),
    # Context: a description, not an act (ranks, accounts for, a loyal following, makes phones and gear).
    ("context", verb("rank") + r"|\baccount(?:s|ed)? for\b|\b\d[\d.,]*\s*(?:percent|per cent|%)", _I),
    # Who owns whom, and how the company is organised: merged, folded into, restructured, a stake in.
    ("context", verb("merge", "restructure", "reorganize", "reorganise") + r"|\bmergers?\b|\b(?:a|its|their) (?:[\w-]+ )?stake in\b"
                r"|" + verb("fold", "integrate", "absorb") + r"\s+(?:[\w'’-]+\s+){0,4}?into\b", _I),
    # Money and size: a valuation, a funding round, an acquisition's price, the countries it sells in
    ("context", r"\bvalu(?:ed|ation) (?:at|of)\b|\bfunding round\b|\braised \$|\bin (?:more than |over |about |nearly |some )?\d+"
                r" (?:countries|markets)\b|\brecords?\b|\ball-time high\b", _I),
    ("context", r"\b(?:sales|shipment) (?:figures|numbers|data)\b|\b(?:its|their|the company['’]s) (?:biggest|largest|main|key|top"
                r"|most important|second-largest|second-biggest) market\b", _I),
    ("context", r"\b(?:counts?|has|have|had)\s+(?:more than\s+|over\s+|about\s+|some\s+|nearly\s+)?[\d.,]+\s+(?:million\s+|billion\s+)?"
                r"(?:US\s+|American\s+)?(?:users|customers|subscribers|buyers)\b"
                r"|\b(?:depend|rel(?:y|ies|ied|ying))\w*\s+(?:heavily\s+|largely\s+|mostly\s+)?on\s+(?:[\w-]+\s+){0,4}?(?:suppliers?|chips?"
                r"|components?|parts)\b", _I),
    # People, money and place: hires, sponsorships, listings, headquarters, how a phone sold
    # (a hire as the sentence's own statement, not one told in a clause of what came before)
    ("context", r"^[^,;]{0,30}?\b(?:hired|hires|appointed|appoints|named|poached)\b[^.;]{0,40}?\b(?:executive|chief|head|president"
                r"|officer)\b|\bsponsor\w*|\b(?:raise|build|boost)\w* its (?:profile|brand)\b|\b(?:list|float)\w* its shares\b|\binitial public offering\b"
                r"|\bgo(?:es|ing)? public\b|\bheadquarters\b|\brelocat\w*|\bsold (?:modestly|well|strongly|steadily)\b|\bselling well\b"
                r"|\btop[- ](?:three|five|ten|\d+)\b|\b(?:effect|impact) on (?:its|their|the company['’]s) (?:business|sales)\b"
                r"|\b(?:sells?|sold) no (?:phones|handsets|smartphones)\b", _I),
    ("context", r"\bbest[- ]received\b|\bhit (?:phone|flagship|product|model)\b|\bdouble its (?:[\w-]+ ){0,2}sales\b|\bwarrant(?:y|ies)\b", _I),
    ("context", r"\bbuil[td] (?:its|their) (?:[\w-]+ ){0,2}business\b|\blow profile\b|\bconsists? (?:\w+ )?of\b"
                r"|\b(?:is|are) (?:run|based|headquartered) (?:from|in)\b|\bheadquartered\b|\bin the industry\b"
                r"|\bsoftware updates\b|\bovert(?:ook|aken|akes)\b|\bunder (?:carriers['’]|their) own (?:labels|brands|names)\b", _I),
    # Results and forecasts: "lost $40 million in the quarter", "its seventh straight quarterly loss", "added 2.1
    # million subscribers", "expected demand to stay weak"
    ("context", r"\blos(?:t|es|ing)\s+(?:about\s+|nearly\s+|some\s+|roughly\s+|more than\s+|an estimated\s+)?(?:[$€£¥]\s?\d|\d[\d.,]*\s+"
                r"(?:million|billion|bn)\b)|\b(?:quarterly|annual|operating|net|straight|consecutive)\s+loss(?:es)?\b"
                r"|\badd(?:s|ed|ing)?\s+(?:about\s+|nearly\s+|some\s+|more than\s+)?[\d.,]+\s+(?:million\s+|thousand\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:subscribers|users|customers|accounts)\b"
                r"|\bexpect(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:sales|demand|shipments|revenue|the market|prices|profits?|growth"
                r"|share)(?:\s+for\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+to\b", _I),
    ("context", r"\b(?:rare|uncommon|unusual) sight\b|\bhard to find\b|\bscarce\b|\blittle[- ]known\b", _I),
    ("context", r"\blos(?:t|es|ing) money\b|\bunprofitable\b|\bloss-making\b|\bin the red\b|\bprofitab\w*", _I),
    ("context", r"\b(?:loyal|devoted|small|cult|strong|large) (?:[\w-]+ )?(?:following|fan ?base|fans)\b|\bfan ?base\b"
                r"|\bbest known\b|\bknown (?:for|as)\b|\bbrand (?:recognition|awareness)\b|\bfoothold\b|\bpresence\b", _I),
    ("context", r"\bmak(?:es|ing)\s+(?:[\w-]+,?\s+){0,3}?(?:phones|smartphones|handsets|devices|televisions|TVs|gear|equipment"
                r"|chips|laptops|tablets|routers)\b", _I),
    ("context", r"\b(?:is|are|was|were|be|been)(?: not)?(?: most| least| hardest| worst| directly| much)?"
                r" (?:affected|hurt|hit|exposed)\b", _I),
)  # fmt: skip

#: An analyst's general view, as the sentence's own statement: "Analysts view the brand as a niche player",
#: "Most analysts expect Vivo to stay out of the US". A view is background (context), whatever it names.
#: ("…, analysts said" is an attribution, not a view; "Analysts say that …" relays a fact.)
ANALYSTS_VIEW = re.compile(
    r"(?i)^[\"“‘']?(?:most |many |some |several |few |other |industry |wall street )*(?:analysts?|observers|experts"
    r"|investors|critics|industry watchers)(?: [\w-]+){0,2}? (?:view|see|believe|consider|doubt|think|regard"
    r"|describe|call|argue)s?\b|"
    # an expectation is a view unless it is of an event ("Analysts expect the company to begin with unlocked phones")
    r"^[\"“‘']?(?:most |many |some |several |few |other |industry |wall street )*(?:analysts?|observers|experts"
    r"|investors|critics|industry watchers)(?: [\w-]+){0,2}? (?:expect|predict)s?\b"
    r"(?![^.;,]{0,60}?\bto (?!(?:fall|rise|grow|drop|decline|shrink|climb|slip|stay|remain|be|reach|top|double|halve)\b)[a-z]+)|^[\"“‘']?(?:most |many |some |several |few |other |industry |wall street )*(?:analysts?"
    r"|observers|experts|investors|critics) (?:are|remain|were) (?:skeptical|sceptical|doubtful|cautious|optimistic|bullish|bearish)\b"
)
#: Phones sold only by others than the maker and its partners: "sold in the US only by importers on eBay".
GREY_MARKET = re.compile(
    r"(?i)\bimporters?\b|\b(?:are|were) (?:grey-market |gray-market |parallel )?imports\b|\bgr[ae]y[- ]market\b|\bparallel[- ]import\w*|\bthird-party (?:sellers?|resellers?|merchants?)\b"
)

#: A market position told as the sentence's own statement: "ZTE is the fourth-biggest smartphone vendor in the
#: United States, where …", "Vivo ranks fifth …". The channels it names are where the maker sells, not an event.
POSITION = re.compile(
    r"(?i)^[\"“‘']?[^,;:.]{0,60}?\b(?:is|are|was|were|remains?|remained|has become|had become|became|to become)\s+(?:now\s+|still\s+)?"
    r"(?:the|a|an|one of the)\s+(?:[\w-]+\s+)?(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|No\.\s?\d+)[- ])?"
    r"(?:largest|biggest|leading|top|smallest|best-selling|top-selling|fastest-growing)\b"
    r"|^[\"“‘']?(?:[^,;:.\s]++|\s++){0,16}?\b(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+|only\s+)?(?:a|an)\s+"
    r"(?:small|minor|niche|marginal|tiny|modest|bit|big|major|key|dominant|distant)\s+(?:[\w-]+\s+)?(?:player|presence|force"
    r"|brand|name|vendor|maker|seller)s?\b"
    # how it is seen: "is widely seen as the strongest of the Chinese brands still selling phones in the US"
    r"|\b(?:is|are|was|were|remains?)\s+(?:widely\s+|generally\s+|broadly\s+|often\s+|still\s+)?(?:seen|regarded|viewed"
    r"|considered|known)\s+as\s+(?:the|a|an|one of the)\b"
    # a best seller: "has been a best seller on Amazon since its launch"
    r"|\b(?:a|the|one of the)\s+(?:[\w-]+\s+)?(?:best[- ]sellers?|best-selling|top[- ]sellers?|top-selling)\b"
    # a commitment, as a state: "the company remained committed to American consumers"
    r"|\b(?:remain(?:s|ed)?|stay(?:s|ed)?|is|are|was)\s+(?:still\s+|fully\s+)?committed to\b"
    # a sale that goes on, as a state: "will stay on sale at Amazon and Best Buy until stocks run out"
    r"|\b(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:on sale|available|on (?:the |its |their )?shelves|in (?:its |their )?stores)\b"
    r"|^[\"“‘']?[^,;:.]{0,60}?\b(?:ranks?|ranked)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|No\.\s?\d+|among|outside|behind|near|\d+(?:st|nd|rd|th))\b"
)
#: A filing with the FCC (a certification, a listing) hints at a phone to come: the FCC is where it was seen, no
#: regulator's act ("appeared in a filing with the Federal Communications Commission", "an FCC listing").
FCC_FILING = re.compile(
    r"(?i)\b(?:filings?|certifications?|listings?|paperwork|documents?|database)\s+(?:with|at|by|from|before|of)\s+(?:the\s+)?"
    r"(?:US\s+|U\.S\.\s+)?(?:FCC|Federal Communications Commission)\b|\b(?:FCC|Federal Communications Commission)['’]?s?\s+"
    r"(?:filings?|certifications?|listings?|documents?|paperwork|database|approval|sign-off)\b"
    r"|\b(?:passed|passes|passing|cleared|clears|through)\s+(?:the\s+)?FCC\b"
)
#: Setbacks that end the effort they befell, beyond cues.py's list: it outweighs the effort's own cues
#: ("Nothing's US launch was put on ice").
ENDED_TOO = (
    r"\b(?:put on ice|on ice|mothball(?:ed|s)?|sidelined|unravel(?:l)?ed|torpedoed|soured|faltered|foundered|bowed out"
    r"|parted ways|(?:cut|severed) ties|gave up|given up|pulled back|scaled back|walked away|withdrew|withdrawn"
    r"|axed|killed|exited|froze|frozen|slipped|pushed into|pushed out"
    r"|los(?:t|es|ing) (?:its|their|the|a|an) (?:[\w-]+ ){0,2}(?:deal|contract|exclusive|partner|carrier|bid)"
    r"|(?:was|were) (?:abruptly |quietly |later )?pulled|ruled out|ended without|but not (?:in )?(?:the )?(?:US|U\.S\.|United States)"
    r"|held back|(?:failed|failing|fails|unable|did not manage|didn['’]t manage) to (?:strike|reach|win|land|secure|sign"
    r"|seal|clinch|agree|get|find|make|break|crack|close)"
    r"|there (?:are|is|were|was) (?:still )?no (?:[\w-]+ )?plans? to|no (?:US|U\.S\.|American) (?:release|launch|sale|debut)s?"
    r" (?:is |was )?planned)\b"
)


#: How a phone is made and what is inside it, the networks it runs on, how it is advertised: background (context) in a
#: passage that names no effort ("Our teardown found a Qualcomm modem", "assembled by a contract manufacturer in
#: Taiwan", "runs on T-Mobile's network in Seattle", "will air a commercial during the Super Bowl").
MAKING_AND_MARKETING = re.compile(
    r"(?i)\bteardowns?\b|\bmodems?\b|\bchip(?:s|sets?)?\b|\bprocessors?\b|\bSnapdragon\b|\bcomponents?\b|\bantennas?\b"
    r"|\bassembl(?:e|es|ed|ing|y|ers?)\b|\bput together\b|\bmanufactur(?:ing|ers?|es|ed)\b|\bfactor(?:y|ies)\b|\bplants?\b"
    r"|\bproduction lines?\b|\bsuppl(?:y|ies|iers?)\b|\bparts\b"
    r"|\b(?:ads?|adverts?|advertis\w*|commercials?|billboards?|campaigns?|spots|marketing|concert tour)\b"
    r"|\b(?:LTE|CDMA|GSM|WiMAX|[345]G|millimet(?:er|re)-wave|mmWave|bands?|spectrum|radios?|networks?|coverage)\b"
)

#: Sales that stopped, told by the time since which there were none: "has not sold a phone through a US carrier since
#: 2018", "has carried no Vivo phone since the X80", "has not added a new Vivo model since the spring". Sales stopped
#: are a setback (the guide's kind rule); without its "since" the words are a state ("does not sell": context).
NONE_SOLD_SINCE = re.compile(
    r"(?i)\b(?:has|have|had)(?: not|n['’]t)(?: yet)? (?:sold|carried|stocked|offered|added|shipped|released|launched|picked up)"
    r"\b[^.;]{0,60}?\bsince\b"
    r"|\b(?:has|have|had) (?:sold|carried|stocked|offered|added|shipped|released|launched) no\b[^.;]{0,50}?\bsince\b"
)


#: What a background statement leaves out: a view is all background; a rank or a grey market names channels that
#: are where the maker stands, but a setback told with them is still one ("… a third-party seller, and the company
#: had no plans to enter the US market").
_CHANNELS = ("carrier-deal", "online-sales", "retail", "launch")


def describe(cues: dict[str, dict[str, str]], background: re.Match[str]) -> None:
    """A background statement: its channel cues (and for an analyst's view, any effort's) say where the maker
    stands (context), not an event."""
    for kind in (*_CHANNELS, "setback", "carrier-talks", "regulatory") if background.re is ANALYSTS_VIEW else _CHANNELS:
        cues[kind].clear()
    words = " ".join(background[0].split())
    cues["context"].setdefault(words.lower(), f'"{words}": background')


#: Money told as a state: "has struggled to turn a profit on the brand", "posted a loss". Left out before the cues
#: are counted ("struggled" is no setback here) and counted as context.
FINANCES = re.compile(
    r"(?i)\b(?:struggl\w*|fail\w*|unable|battl\w*)\s+to\s+(?:turn|make|post|earn|eke out)\s+(?:a\s+)?(?:profits?|money)\b"
    r"|\b(?:turn\w*|made|makes|making|post\w*|report\w*)\s+(?:a\s+)?(?:net\s+|operating\s+)?(?:profits?|losses|loss)\b"
    r"|\bbreak(?:s|ing)?\s+even\b"
    r"|\b(?:shares|stock|market value)\b(?: [\w'’-]+){0,4}? (?:fell|fallen|dropped|rose|risen|climbed|slumped|tumbled|soared"
    r"|jumped|plunged|sank)\b"
    r"|\b(?:sales|shipments|demand|orders)\b(?: [\w'’-]+){0,6}? (?:beat|beats|exceeded|topped|surpassed|outpaced|outstripped"
    r"|missed|fell short of)\b"
)
#: Products other than phones as the passage's subject: "Its smart-home gadgets … are widely available at US retailers".
OTHER_PRODUCTS = re.compile(
    r"(?i)^[\"“‘']?(?:its|their|the company['’]s|the brand['’]s|[A-Z][\w&-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:gadgets|appliances"
    r"|streaming (?:devices?|sticks?|boxe?s?)|set-top boxes|smart speakers"
    r"|vacuums|laptops|tablets|televisions|TVs|routers|wearables|accessories|earbuds|smartwatches|watches|scooters|e-bikes"
    r"|PCs|headphones|speakers|cameras|chargers|power banks|fitness bands|home appliances)\b"
    # ... or of a clause of its own: "…, though its fitness bands and scooters are available from American retailers"
    r"|\b(?:its|their|the company['’]s|the brand['’]s)\s+(?:[\w-]+\s+){0,2}?(?:gadgets|appliances|vacuums|laptops|tablets"
    r"|televisions|TVs|routers|wearables|accessories|earbuds|smartwatches|watches|scooters|e-bikes|PCs|headphones|speakers"
    r"|cameras|chargers|power banks|fitness bands)\b(?:,?\s+(?:and\s+)?[\w-]+){0,3}?\s+(?:are|is|were|was|have been|can be)"
    r"\s+(?:widely\s+|also\s+|now\s+|still\s+)?(?:available|sold|on sale|stocked|offered)\b"
)


def carrier_channel(name: str) -> re.Pattern[str]:
    """A carrier as the place of sale ("at Verizon", "through T-Mobile's Metro", "stocked by Cricket"), a version made for
    it ("a Verizon version of the Xperia"), or the seller as the sentence's subject ("Boost Mobile will begin selling …")."""
    carrier = r"\s+".join(map(re.escape, name.split()))  # "Google Fi" whole: "the Google Store" is no carrier
    return re.compile(
        r"(?i)(?:\b(?:at|through|via)|\b(?:sold|offered|carried|available|sells|offers|stocked|stocks|picked up)\s+(?:by|from|at))"
        r"\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?" + carrier
        + r"|\b" + carrier + r"(?:['’]s)?(?:\s+[\w-]+)?\s+(?:version|model|edition|variant)s?\b"
        # its stores: "reach T-Mobile and Metro stores"
        r"|\b" + carrier + r"(?:['’]s)?(?:\s+(?:and|or)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)?\s+(?:retail\s+)?stores\b"
        # the subject and the words before its verb ("T-Mobile, AT&T and Verizon will sell", "Verizon Wireless will still
        # begin selling"; the (?i) lets any word in): one word per step, so that a long sentence after the carrier has one
        # way to be split into words, not exponentially many (it hung on one)
        r"|(?:^[\"“‘']?|\bthat\s+)(?:[Tt]he\s+)?" + carrier + r"(?:,?\s+(?:and\s+)?[A-Z][\w&.-]*)*\s+"
        r"(?:(?:will|would|has|have|is|are|also|now|plans to|began|begins)\s+)*"
        r"(?:begin|start|sell|carry|offer|stock|add|launch)\w*\b"
        + _carrier_selling(carrier)
    )


def _carrier_selling(carrier: str) -> str:
    """The carrier in other roles of a sale: its subject inside the sentence ("said Verizon would start selling it",
    "expects T-Mobile to begin selling", "Verizon says the Wing goes on sale in its stores"), the place a phone reaches
    ("reaches US Cellular", "headed to Cricket"), the owner of a named phone ("Verizon's Droid", "T-Mobile's myTouch"), the
    buyer a phone is made for ("its next phone for Sprint"), or the partner of a launch ("launches … with Verizon")."""
    return (
        r"|\b" + carrier + r"(?:\s+(?-i:[A-Z])[\w&-]*)?(?:,?\s+(?:and\s+)?(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&-]*)?)*\s+"
        r"(?:(?:will|would|to|also|now|plans\s+to|is\s+set\s+to)\s+)+(?:(?:begin|start)\w*\s+(?:selling|offering|carrying|to\s+sell)"
        r"|sell|carry|offer|stock)\b|\b" + carrier + r"\s+(?:(?:begin|start)s\s+selling|sells)\b"
        r"|\b" + carrier + r"(?:['’]s)?\s+(?:said|says|announced|confirmed)\b[^.;]{0,60}?\b(?:(?:begin|start)\w*\s+selling"
        r"|(?:would|will)\s+(?:sell|carry|offer|stock)|go(?:es)?\s+on\s+sale|in\s+its\s+stores)\b"
        r"|\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|head(?:s|ed|ing)?\s+to|com(?:e|es|ing)\s+to|arriv(?:e|es|ed|ing)\s+(?:at|on))\s+"
        r"(?:the\s+)?" + carrier
        + r"|\b" + carrier + r"['’]s\s+(?:first\s+|new\s+|next\s+|own\s+)?(?-i:[A-Z][\w+-]*|my[A-Z]\w*|i[A-Z]\w*)(?<!Wireless)(?<!Mobile)"
        r"|\b(?:phones?|models?|handsets?|devices?|versions?|variants?)\s+(?:built\s+|made\s+)?for\s+(?:the\s+)?" + carrier
        + r"|\b(?:launch\w*|debut\w*|arriv\w*)\b[^.;]{0,50}?\bwith\s+" + carrier + r"|\bwith\s+" + carrier + r"\s+on\s+board\b"
    )


#: An acquisition: its "deal" and "agreed" are the purchase's, not a carrier's ("agreed to pay $1.1 billion for a team
#: of HTC engineers, in a deal that stops short of buying the company").
ACQUISITION = re.compile(
    # a named company bought for a sum ("to buy Palm for $1.2 billion", "to buy Motorola from Google for $2.91 billion"),
    # bought out, or a brand sold off ("sold the Honor brand to a consortium")
    r"\b(?:buy|buys|buying|bought|acquire|acquires|acquiring|acquired)\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:[\w'’-]+\s+){0,4}?for\s+"
    r"(?:about\s+|some\s+|nearly\s+|roughly\s+)?(?:[$€£¥]|\d[\d.,]*\s*(?:million|billion|bn|yen|won|euros)\b)|(?i:\bbuy(?:s|ing)?\s+out\b|\bsold\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:brand|unit|business|division|stake)\s+to\b)|"
    r"(?i:\bpa(?:y|ys|id|ying)\s+(?:about\s+|some\s+|nearly\s+)?\$[\d.,]+\s*(?:million|billion|bn|m)?\s+(?:for|to buy|to acquire)\b"
    r"|\b(?:buy|buys|buying|bought|acquir\w+|takeover of|purchase of)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:company|unit|business|division|team|stake|maker|brand|rival)\b)"
)

#: A company's other dealings, by what they trade: a purchase agreed, closed or completed ("agreed to buy Kestrel, the
#: Austin company …, for an undisclosed sum", "completed its $2 billion purchase of", "expects the deal to close"), a
#: merger, money raised, a listing, a sponsorship, a brand licensed, a deal to make the phones. Their "deal", "agreed"
#: and "signed" are no carrier's: who owns, funds or makes whom is background (context).
COMPANY_DEALS = re.compile(
    r"(?i)\b(?:agree[sd]?|agreeing)\s+to\s+(?:buy|acquire|purchase|take\s+over|sell\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:unit|business|division|stake))\b|\b(?:complet|clos|finali[sz])\w*\s+(?:its|the|their)\s+(?:[$\w.,'’-]+\s+){0,3}?"
    r"(?:purchase|acquisition|takeover|merger|sale|buyout)\b|\b(?:deal|purchase|acquisition|takeover|merger)\s+to\s+"
    r"(?:close|be\s+completed)\b|\b(?:complete|close)\s+the\s+(?:deal|purchase|acquisition|takeover|merger)\b"
    r"|\bmergers?\b|\btakeover\b|\bbuyout\b|\bwent\s+public\b|\binitial\s+public\s+offering\b|\bfunding\s+round\b"
    r"|\brais(?:e|es|ed|ing)\s+(?:about\s+|some\s+|nearly\s+)?[$€£]\s?[\d.,]+\s*(?:million|billion|bn|m)?\s+(?:from|in)\b"
    r"|\bsponsor(?:s|ed|ing|ships?)?\b|\bnaming\s+rights\b"
    r"|\blicen[cs](?:e|es|ed|ing)\b[^.;]{0,40}?\b(?:brand|name|trademark)\b"
    r"|\b(?:assembl(?:e|es|ed|ing|y)|manufactur(?:e|es|ed|ing)|production)\b[^.;]{0,60}?\b(?:deal|agreement|contract)\b"
)

#: What something does to the maker's hopes: "is likely to complicate the company's already faint hopes of selling
#: phones through US carriers". The hopes' channels are no event: background, like a rank.
HOPES = re.compile(
    r"(?i)\b(?:complicat\w*|dent\w*|dim\w*|undermin\w*|threaten\w*|hurt\w*|jeopardi[sz]\w*|damag\w*|dash\w*)"
    r"(?: [\w'’-]+){0,4}? (?:hopes|prospects|chances|ambitions|efforts|push|plans)\b"
    # ... or its sales, as the point: "The fine is unlikely to affect TCL's sales at Walmart and Metro"
    r"|\b(?:affect|touch|dent|hurt)\w*(?: [\w'’-]+){0,3}? (?:sales|business)\b"
)

#: A price raised or a sales figure, as the passage's point: "raised the Pixel Fold's price by $100", "expects to sell 7
#: million G-series phones in the US this year", "has sold only a few hundred thousand Galaxy Folds". The channels and
#: sales it names are where the maker stands (context). A price cut is not one: it is a sale at the channel that cuts it
#: (rounds 17-19: "A price cut at a carrier is carrier-deal"; dev: 76 of 86 labels give the channel's kind).
PRICES_AND_FIGURES = re.compile(
    r"(?i)\brais\w*\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?prices?\b"
    r"|\b(?:sold|shipped|sells?|ships?|selling|shipping)\s+(?:\S+\s+){0,5}?(?:\d[\d.,]*|a|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|a few|several|hundreds of|thousands of|millions of)\s*(?:hundred\s+)?(?:thousand|million|billion)\b"
    r"|\b(?:sold|shipped|sells?|ships?)\s+(?:an estimated\s+|about\s+|roughly\s+|nearly\s+|more than\s+|some\s+|over\s+|only\s+)?"
    r"\d{1,3}(?:,\d{3})+\b"
)
