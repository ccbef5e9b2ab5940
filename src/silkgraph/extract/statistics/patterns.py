"""Regular expressions and word lists of the statistics extractor."""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.prefilter import lowered
from silkgraph.resources import load_yaml

# the statistics cues (resources/ontology/statistics.yaml), for the patterns built at import
DATA = load_yaml("ontology/statistics.yaml")

SUBJECT_TYPES = ("state", "organization", "company", "armed_group")
SCOPE_TYPES = ("state", "place", "organization")
PREFILTER = re.compile(r"\d|percent|\btimes\b|\brank|\bplace\b|\bmillion\b|\bthousand\b|largest|biggest|"
                       r"\b(?:all|half|thirds?|quarters?|fifths?)\s+of\b|\bone\s+(?:in|out\s+of)\s|"
                       r"\bput\s+(?:its|their|the)\s[^.;]{0,60}?\bat\s+(?:" + count_alt(1, 99) + r")\b", re.I)
# (a toll put at a number written as a word: "X put its losses at nine")
COUNT_GATE_RE = re.compile(r"\b(?:countries|states|nations|firms|companies|fighters|militants|personnel|"
                           r"soldiers|troops|servicemen|residents|refugees|migrants|returnees|civilians|members|groups|warheads|"
                           r"peacekeepers|paratroopers|marines|sailors|reservists|conscripts|advisers|advisors|instructors|"
                           r"mercenaries|guards|policemen)\b", re.I)
PERCENT_GATE_RE = re.compile(r"%|\bper\s?cent|\bpct\b|percentage", re.I)
MONEY_GATE_RE = re.compile(r"[$€£¥]|\b(?:USD|EUR|GBP|INR|RMB|Rs|dollars|euros?|pounds|rupees|yuan|rubles|roubles|"
                           r"manat|lira)\b", re.I)
# case-sensitive twins of the gates above, run on SentenceView.low (exact, and faster)
_PREFILTER_LOW = lowered(PREFILTER)
_COUNT_GATE_LOW = lowered(COUNT_GATE_RE)
_PERCENT_GATE_LOW = lowered(PERCENT_GATE_RE)
# MONEY_GATE_RE has upper-case letters (``lowered`` refuses it): its twin, written in lower case
_MONEY_GATE_LOW = re.compile(r"[$€£¥]|\b(?:usd|eur|gbp|inr|rmb|rs|dollars|euros?|pounds|rupees|yuan|rubles|roubles|"
                             r"manat|lira)\b")
# lower-case strings one of which every match of a gate holds (PREFILTER: besides a digit),
# tested before the gate's twin: without one of them the twin finds nothing
PREFILTER_WORDS = ("percent", "times", "rank", "place", "million", "thousand", "of", "largest", "biggest", "one",
                   "put")
PERCENT_GATE_WORDS = ("%", "per", "pct")
COUNT_GATE_WORDS = ("countries", "states", "nations", "firms", "companies", "fighters", "militants", "personnel",
                    "soldiers", "troops", "servicemen", "residents", "refugees", "migrants", "returnees", "civilians",
                    "members", "groups", "warheads", "peacekeepers", "paratroopers", "marines", "sailors",
                    "reservists", "conscripts", "advisers", "advisors", "instructors", "mercenaries", "guards",
                    "policemen")
DIGIT_RE = re.compile(r"\d")
YEAR_RE = re.compile(r"(?:18|19|20)\d\d")  # a number that is a year, not a count (fullmatch)

CLAUSE_RE = re.compile(r";|:\s|\s[—–]\s|,\s+(?:while|whereas|but|and|although|though)\b"
                       r"|\bthat\b(?!\s+(?:period|year|time|month|decade|week|day|era|point|same)\b)")
# the gap between a figure in brackets ("X (30 percent)") and the actor written right after them
AFTER_PAREN_FIGURE_RE = re.compile(r"\s*\)\s*[,;]?\s*(?:and\s+|while\s+|but\s+)?(?:the\s+)?")
# an actor with its own figure after it ("Y (4 percent)", "Y with 4 percent"): a peer of the figure's actor
PEER_FIGURE_AFTER_RE = re.compile(r"(?:\s*\(|\s+with)\s*(?:(?:only|just|about|some|nearly|almost|around)\s+)?\d")
# a clause boundary of contrast: what stands across it (a date) is another clause's
CONTRAST_CLAUSE_RE = re.compile(r",\s+(?:while|whereas|but|although|though)\b")
# a date told as a deadline: "by 2030"
DEADLINE_BEFORE_RE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
DEADLINE_RE = re.compile(r"by\s", re.I)  # … the date's own words beginning with it
# a concessive aside inside a clause ("X's budget, although raised to $1.4 billion, cannot …")
CONCESSIVE_RE = re.compile(r",\s+(?:although|though)\b")
# the clause starts (of ``CLAUSE_RE``) that open a clause of its own: a semicolon, a colon, a dash, a
# coordinating conjunction after a comma (not "that", whose clause is told by the one before it)
OWN_CLAUSE_RE = re.compile(r";|:\s|\s[—–]\s|,\s+(?:while|whereas|but|and)\b")
# nothing but approximations between a clause's start and its figure ("; more than 100,000 …")
APPROX_HEAD_RE = re.compile(r"\s*(?:(?:about|some|nearly|almost|around|roughly|over|at\s+least|more\s+than|fewer\s+than|"
                            r"less\s+than|up\s+to|an\s+estimated|another|a\s+further|then|later|eventually)\s+)*")
# the same after a fronted time adverbial ("; within a week more than 100,000 …", "; by March, some …")
TIMED_HEAD_RE = re.compile(r"\s*(?:(?:within|in|by|over|during|after|since)\s+(?:[\w\-]+\s+){0,3}?(?:weeks?|days?|months?|"
                           r"years?|hours?|\d{4}|January|February|March|April|May|June|July|August|September|October|"
                           r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening|night)"
                           r"(?:\s+\d{1,2})?\s*,?\s+)?" + APPROX_HEAD_RE.pattern, re.I)
SHARE_VERB_RE = re.compile(r"\b(?:accounted\s+for|accounts\s+for|supplied|supplies|provided|provides|delivered|"
                           r"held|holds|made\s+up|makes\s+up|represented|represents|took|takes|controlled|"
                           r"controls|captured)\s+(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|"
                           r"only|just|a|an|under|just\s+under|below|less\s+than|barely)\s+)?$", re.I)
# "X's share of Y's imports", "X's share of Turkmen imports": the whole the share is of
SHARE_OF_RE = re.compile(r"\bshare\s+of\s+(?:the\s+)?$", re.I)
POSS_FIGURE_AFTER_RE = re.compile(r"(?:[’']s)?\s+(?:(?:at|was|of)\s+)?(?:(?:about|some|nearly|almost|roughly|around|over|just|"
                                  r"only|under)\s+)?\d")
# "China's 81 percent", "China's at 35 percent": the possessor written right before the figure
# (and with the share noun left out before a verb of change: "…, when China's fell to 51 percent")
POSS_FIGURE_RE = re.compile(r"[’']s\s+(?:share\s+)?(?:(?:was|at|of|with|stood\s+at|(?:(?:had|has)\s+)?(?:fell|fallen|rose|"
                            r"risen|dropped|climbed|grew|grown|slipped|jumped|increased|decreased|declined|shrank|"
                            r"shrunk|edged\s+(?:up|down))\s+to)\s+)?(?:(?:about|some|nearly|almost|roughly|around|"
                            r"over|just|only|under|more\s+than|less\s+than)\s+)?$", re.I)
# "Z, which held 43 percent": the relative pronoun's antecedent owns the figure
WHICH_RE = re.compile(r",\s*(?:which|who)\s+(?:[\w\-]+\s+){0,3}$", re.I)
# "X's external debt, which stood at …": a measure its owner's possessive names, before "which"
POSS_MEASURE_RE = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:debt|budget|economy|GDP|exports|imports|trade|reserves|"
                             r"revenues?|spending|output|production|population|deficit|remittances|army|forces)")
# "the CSTO force, which …", "Russia's 201st base, which …": an actor's body of people heading a relative
FORCE_HEAD_RE = re.compile(r"(?:['’]s)?\s+(?:[\w\-]+\s+)?" + DATA["force_nouns"] + r"\s*$", re.I)
# "… against 60 percent from Y", "21 percent from Y": the share Y supplied
# (a passive by its supplier too: "… of X's weapons were supplied by Y", "was made by Y")
FROM_AFTER_RE = re.compile(r"^\s+(?:of\s+(?:the\s+)?(?:[\w\-’']+\s+){0,5}?)?(?:(?:(?:came|come|comes|coming|originated|"
                           r"(?:(?:was|were|is|are)\s+)?(?:imported|sourced|bought|purchased))\s+)?from|(?:was|were|is|are|"
                           r"(?:had|has|have)\s+been)\s+(?:\w+ly\s+)?(?:supplied|provided|delivered|sold|made|produced|"
                           r"manufactured|built)\s+by)\s+(?:the\s+)?$", re.I)
# "8 percent of global arms imports went to Y": the share Y received
TO_AFTER_RE = re.compile(r"^\s+of\s+(?:the\s+)?(?:[\w\-’']+\s+){0,5}?(?:went|go|goes|going|(?:was|were|is|are)\s+"
                         r"(?:delivered|sold|exported|shipped|sent|destined))\s+to\s+(?:the\s+)?$", re.I)
# "… of Azerbaijan's arms imports came from Y": the possessor of the whole, passed over for Y
OWNER_OF_RE = re.compile(r"^\s+of\s+(?:the\s+)?$")
# a demonym is an actor only before an institution ("the Russian government"), not a maker
INSTITUTION_RE = re.compile(r"^\s+(?:\w+\s+)?(?:government|authorities|officials|ministry|military|armed\s+forces|"
                            r"forces|army|navy|air\s+force|state|side|leadership|treasury|central\s+bank|police)\b", re.I)
SOURCE_BEFORE_RE = re.compile(r"(?:according\s+to|by\s+the\s+count\s+of|by|as\s+reported\s+by|cited\s+by|"
                              r"reported\s+by)\s+(?:the\s+)?$", re.I)
# "According to the arms-transfer data of SIPRI, …": every actor up to the comma is the source
SOURCE_PHRASE_RE = re.compile(r"\b(?:according\s+to|by\s+the\s+(?:count|measure|estimate)\s+of)\b[^,;]*$", re.I)
# "at the request of X", "on the orders of X", "at X's invitation" is no clause subject: X asked, another acted
OBLIQUE_OF_RE = re.compile(r"\b(?:at|on|upon|under|after|following|despite)\s+(?:the\s+)?" + DATA["behest_nouns"]
                           + r"\s+of\s+(?:the\s+)?$", re.I)
ASIDE_RE = re.compile(r",\s*(?:where|which|who|whose|when)\b[^,;]*,")
# a relative pronoun whose head is no actor ("organisations that receive 20 percent")
REL_PRONOUN_RE = re.compile(r"\b(?:that|which|who)\s+(?:[\w\-]+\s+){0,4}$", re.I)
# (a body that counts is the source of what it records, "UN agencies recorded 4,500 returns"; a state
# recording a figure had it, "X recorded 3.2 percent growth": "recorded" alone names no source)
_SOURCE_BODY = r"(?:[a-z][\w\-]*\s+){0,2}?" + DATA["source_bodies"] + r"\s+(?:(?:has|have|had)\s+)?"
SOURCE_AFTER_RE = re.compile(r"^\s*(?:\([A-Z]+\)\s*)?(?:['’]s\s+)?(?:" + _SOURCE_BODY + r"(?:recorded|records|documented|"
                             r"tallied)\b|(?:" + _SOURCE_BODY + r"(?=count|estimate|put|report|said|say|found))?"
                             r"(?:data|figures|estimates?|reports?|counts?|"
                             r"says|said|say|show|shows|showed|counted|estimated|reported|stated|notes|found|"
                             r"expects(?!\s+to\b)|expected(?!\s+to\b)|forecasts|forecast|predicts|predicted|anticipates|"
                             r"ranked(?!\s+(?:as\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|last|"
                             r"\d{1,3}(?:st|nd|rd|th))\b)|monitoring|(?:calculates|calculated|reckons|reckoned)\s+that|(?:put|puts|reckons|reckoned|calculates|calculated)\s+(?:the\s+)?"
                             r"(?:[\w\-’']+\s+){0,2}?(?:share|figure|number|total|toll|value)s?\b))\b", re.I)
# "the world's second-largest arms importer", "the 11th largest exporter": a place in a ranking
LARGEST_RE = re.compile(r"\b(?:(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
                        r"[\s-]+(?:largest|biggest)|(?:world|globe)['’]s\s+(?P<top>largest|biggest))\s+(?:[\w\-]+\s+){0,2}?(?:supplier|exporter|importer|buyer|"
                        r"spender|producer|recipient)s?\b", re.I)
# "the world's fourth-largest exporter", "the world's largest importer": a global ranking
WORLD_BEFORE_RE = re.compile(r"\b(?:world|globe)['’]s\s+(?:\w+[\s-])?(?:largest|biggest)\b", re.I)
# "ranks X the …", "making X the …": the ranked actor written before the ordinal
RANKED_WHO_RE = re.compile(r"\b(?:rank(?:s|ed|ing)?|mak(?:e|es|ing)|made)\s+(?P<who>[^,;]{1,40}?)\s+(?:as\s+)?"
                           r"the\s+(?:(?:world|globe|region)['’]s\s+)?$", re.I)
# "…, with 8.3 percent": a figure attached to the clause's (ranked) actor
WITH_FIGURE_RE = re.compile(r",\s*with\s+(?:(?:about|some|nearly|almost|around|roughly|over|just\s+over|"
                            r"under|more\s+than|less\s+than)\s+)?$", re.I)
# "95 percent of its P and over 20 percent of its Q": a second object of the same verb
COORD_FIGURE_RE = re.compile(r"^[^,;:]{0,60}?\s+and\s+(?:(?:about|some|nearly|almost|around|roughly|over|"
                             r"more\s+than|less\s+than)\s+)?$", re.I)
BASELINE_RE = re.compile(r"\b(?:against|compared\s+(?:with|to)|up\s+from|down\s+from)\s+(?:(?:less|more|fewer)\s+than\s+|"
                         r"(?:about|some|nearly|almost|around|roughly|just|only)\s+)?$", re.I)
# a figure's earlier level, written after it: "…, down from 74 percent", "… from a peak of 38 percent"
FROM_LEVEL_RE = re.compile(r"\b(?:(?:up|down|rising|falling|rose|fell|climbed|dropped|slowed|eased)\s+from|from\s+(?:an?\s+)?"
                           r"(?:(?:record|all-time|recent|earlier)\s+)?(?:peak|high|low|level)\s+of)\s+"
                           r"(?:(?:about|some|nearly|almost|around|roughly|just|only|over|under|more\s+than|less\s+than)\s+)?$",
                           re.I)
# "… 64 percent for France", "… 12 percent in Russia": another actor's figure after the figure
FOR_ACTOR_RE = re.compile(r"\s+(?:for|in|of|by)\s+(?:the\s+)?[A-Z]")
# "exports reached a record $2.8 billion": the measure named before a money figure
MONEY_MEASURE_RE = re.compile(r"(?P<np>(?<![’'])\b(?!(?:says|said|reports?|reported|that)\b)[a-z][\w\-]*"
                              r"(?:\s+(?:and\s+)?[a-z][\w\-]*){0,3}?)\s+(?:reached|totall?ed|"
                              r"stood\s+at|amounted\s+to|rose\s+to|fell\s+to|grew\s+to|climbed\s+to|hit)\s+"
                              r"(?:a\s+record\s+|an\s+estimated\s+|(?:about|some|nearly|almost|around|roughly)\s+)?"
                              r"(?:[^;]{0,30}?,\s*(?:(?:about|some|around|roughly|nearly)\s+)?)?$")
COMPARATOR_PREPS = {"behind", "after", "ahead", "than", "overtaking", "overtook"}
# a comparator of two words before an actor ("ahead of X", "in front of X"): X is only compared with
COMPARED_BEFORE_RE = re.compile(r"\b(?:ahead|in\s+front)\s+of\s+(?:the\s+)?$", re.I)
# the comparators that govern an actor only compared with the figure's own ("Behind Russia (61
# percent), Belarus was second"); not "after", which also opens a clause ("After X was credited …")
COMPARED_WITH_PREPS = {"behind", "overtaking", "overtook", "trailing"}
# "It ships 80 percent of its crude": the sentence's subject is a pronoun (not "It is estimated that")
IT_SUBJECT_RE = re.compile(r"^\s*(?:(?:and|but|yet)\s+)?(?P<it>It)\s+(?!(?:is|was|has\s+been|had\s+been|seems|seemed|appears|"
                           r"appeared|remains|remained)\s+(?:\w+\s+){0,2}?(?:that|to|whether|for|likely|unlikely|unclear|"
                           r"estimated|thought|believed|said|reported|expected|true|possible|clear|worth)\b)")
# "…, with France close behind at 33 percent", "close behind Russia with 36 percent": the
# actor right before the figure, after an earlier one
GAP_BEFORE_RE = re.compile(r"\d[^;]*(?:,|\band|\bbut)\s+(?:(?:close|closely|just|well|far|not\s+far)\s+)?(?:(?:behind|ahead\s+of|"
                           r"after|followed\s+by|with)\s+)?(?:the\s+)?$")
# a relative aside between a gapped actor and its figure: "Italy, which sold two transports in 2023, for 16 percent"
GAP_ASIDE_RE = re.compile(r",\s*(?:which|who)\b[^,;]{1,80},(?P<tail>\s+(?:(?:for|with|at|on)\s+)?(?:(?:about|some|nearly|"
                          r"almost|around|roughly|over)\s+)?)$")
# the hedge of a gapped figure ("Spain about 6 percent and Türkiye under 2 percent", "and Russia
# only 4 percent") and the rest of a whole ("China for the remaining 12 percent")
GAP_HEDGE = r"(?:" + DATA["gap_rest"] + r"\s+)?(?:(?:" + DATA["gap_hedges"] + r")\s+){0,2}"
GAP_AFTER_RE = re.compile(r"\s+(?:(?:close|closely|just|well|far|not\s+far)\s+)?(?:an?\s+(?:(?:distant|close|clear|poor)\s+)?"
                          r"(?:second|third|fourth|fifth)\s+)?(?:(?:behind|ahead|next|second|third)\s+)?"
                          r"(?:(?:for|with|at|on)\s+)?" + GAP_HEDGE)
# nothing but a clause opening and approximations before a count: the count heads its clause
# ("Some 7,000 Russian troops are stationed …"; not the object of "carrying 585 Afghan servicemen")
# (a wire dateline may open the sentence: "ALMATY, May 3 (Wire) – Some 7,000 …")
HEADS_CLAUSE_RE = re.compile(r"(?:(?-i:[A-Z][A-Z .'\-]+),\s+[^–—\-;]{0,40}?\s[–—\-]+\s+)?[;:,\s—–]*(?:(?:and|but|while|whereas)\s+)?"
                             + APPROX_HEAD_RE.pattern, re.I)
# the demonym and people noun right after a count ("7,000 Russian troops"): the state owns its people
OWNED_PEOPLE_RE = re.compile(r"\s+[A-Z][\w\-]*\s+(?:[a-z][\w\-]*\s+)?" + DATA["owned_people_nouns"] + r"\b")
# … and civilians a demonym names, heading their clause: "More than 130,000 X civilians fled their homes"
OWNED_CIVIL_RE = re.compile(r"\s+[A-Z][\w\-]*\s+(?:[a-z][\w\-]*\s+)?" + DATA["owned_civil_nouns"]
                            + r"\s+(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?" + DATA["civil_fate_verbs"] + r"\b")
# a type designation after a number: "40 J-35 fighters", "24 Su-35 fighters"
DESIGNATION_RE = re.compile(r"\s+[A-Z][A-Za-z]{0,4}-?\d")
# the length of a border, told as a measure: "a land border of about 7,600 kilometres",
# "the border stretches 970 km", "roughly 970 kilometres of border" (not "a 40-kilometre border")
# an optional approximator before a length or distance ("about 1,200 km")
LENGTH_APPROX = r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|just\s+over|approximately)\s+)?"
_KM = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s+(?:kilomet(?:er|re)s|km)\b"
# "a 285-kilometre", "the 1,800-km long": a length written before its noun
LENGTH_KM = r"(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)[\s-](?:kilomet(?:er|re)s?|km)(?:[\s-]long)?"
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?"
LENGTH_RE = re.compile(r"\b(?:border|frontier|boundary)s?(?:\s+|(?=,\s+which\b))"
                       # "X's border with Afghanistan runs for 1,344 km": the neighbour named between; "the border
                       # between X and Y stretches 970 km", "X borders Y along 970 km", "the X-Y border, which runs …"
                       r"(?:(?:(?:with|between)\s+)?" + _NAME + r"(?:\s+and\s+" + _NAME + r")?\s+|,\s+which\s+(?:now\s+|still\s+)?)?"
                       r"(?:of|stretching|stretches|stretched|runs|running|ran|extends|"
                       r"extending|spans|spanning|measuring|measures|along|(?:is|was)(?=\s[^.;]{0,25}\blong\b))"
                       r"\s+(?:for\s+)?" + LENGTH_APPROX + r"(?P<n>" + _KM
                       + r"|(?P<m>" + _KM + r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:common\s+|shared\s+|joint\s+|land\s+)?"
                       r"(?:border|frontier|boundary)\b"
                       # "the border with Afghanistan, 804 km long", "the roughly 970-kilometre border"
                       r"|\b(?:border|frontier|boundary)(?:\s+with\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?)?"
                       r"\s*,\s*" + LENGTH_APPROX + r"(?P<k>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(?:kilomet(?:er|re)s|km)\s+long\b"
                       # "the length of X's border with Y is 7,600 km"
                       r"|\blength\s+of\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w\-]*['’]s\s+)?(?:[a-z]+\s+)?(?:border|frontier|boundary)"
                       r"\s+(?:(?:with|between)\s+" + _NAME + r"(?:\s+and\s+" + _NAME + r")?\s+)?(?:is|was|stands\s+at|totals)\s+"
                       + LENGTH_APPROX + r"(?P<q>" + _KM +
                       # "the 970-km border", "X's 44-km border", "shares a 1,340-km border with Y"
                       r"|(?:\b(?:the|their)|(?<=[a-z])['’]s|\b(?:shares?|shared|sharing|has|have|had|having|with)\s+an?)\s+"
                       + LENGTH_APPROX + r"(?P<l>\d{1,3}(?:,\d{3})*(?:\.\d+)?)[\s-](?:kilomet(?:er|re)s?|km)(?:[\s-]long)?\s+"
                       r"(?:(?-i:[A-Z])[\w]*(?:[-–](?-i:[A-Z])[\w]*)?\s+)?"  # "the 970-km Kyrgyz-Tajik border"
                       r"(?:(?:shared|common|joint|land|disputed|mountainous|porous|mutual|state)\s+)*(?:border|frontier|boundary)\b"
                       # (not a thing at the border: "the 40-km border crossing")
                       r"(?!\s+(?:crossings?|posts?|points?|checkpoints?|guards?|troops|forces|police|regions?|areas?|zones?|towns?|villages?|districts?))",
                       re.I)
# "the 2,600-kilometre frontier, known as the X Line": a border's own name after it
KNOWN_AS_RE = re.compile(r",?\s+(?:(?:also\s+|widely\s+)?known\s+as|called|dubbed|named)\s+(?:the\s+)?", re.I)
# "spent $70 million … refurbishing the airfield": the cost of a project, not a measure
PROJECT_COST_RE = re.compile(r"\b(?:spent|spend|spends|spending)\s+(?:(?:an\s+)?estimated\s+|some\s+|about\s+)?$", re.I)
GERUND_AFTER_RE = re.compile(r"^[^,;.]{0,40}?\b\w{3,}ing\s+(?:the|a|an|its|their|\w+['’]s)\b")
COUNTRY_RE = re.compile(r"\b(?:the\s+country|the\s+nation|its|this\s+year['’]s|the\s+(?:government|ministry\s+of\s+"
                        r"(?:defen[cs]e|finance)|(?:defen[cs]e|finance)\s+ministry)\s+(?:says|said|reports?|reported)"
                        # "which the government raised by 20 percent": the government as the clause's subject
                        r"|(?-i:[Tt]he\s+government)\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?(?-i:[a-z]+ed|put|puts|set|sets|cut|cuts|"
                        r"spent|spends|sought|seeks|plans|expects|estimates|says|said))\b", re.I)
FATAL_RE = re.compile(r"\b(?:killed|killing|kills|dead|died|deaths|fatalities|casualties|lives)\b", re.I)
# a weapon's range: "the X, a missile with a range of about 120 kilometres", "X has a range of 300 km"
RANGE_RE = re.compile(r"\b(?:range\s+of\s+" + LENGTH_APPROX + r"(?:up\s+to\s+)?(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)[\s-]"
                      r"(?:kilomet(?:er|re)s?|km)\b|(?:reach|strike|hit|fly)\s+(?:targets\s+)?(?:up\s+to\s+|as\s+far\s+as\s+)?"
                      + LENGTH_APPROX + r"(?P<a>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(?:kilomet(?:er|re)s|km)\s+away\b)", re.I)
# "48 percent of X's GDP": the state whose economy the share is of (when no actor is named)
ECONOMY_SHARE_RE = re.compile(r"^\s+of\s+(?:the\s+)?$")
ECONOMY_NOUNS = (r"(?:[\w\-]+\s+)?(?:GDP|gross\s+domestic\s+product|economy|national\s+income|"
                 r"budget|revenues?|exports|imports|output|production|trade|consumption|reserves|"
                 # a national resource or its use: "90 percent of X's water withdrawals", "of X's water",
                 # "of its cultivated land", "of X's wheat harvest"
                 r"withdrawals|electricity|energy\s+supply|power\s+generation|land|farmland|cropland|"
                 r"water|water\s+resources|water\s+supply|irrigation\s+water|freshwater|gas|oil|grain|wheat|"
                 r"harvest|crops?|food|energy|power)\b")
ECONOMY_NOUN_RE = re.compile(r"^['’]s?\s+" + ECONOMY_NOUNS)
# where a count of people hurt or held may start: one of the verbs of ``Cues.harm``
HARM_GATE_RE = re.compile(DATA["harm_verbs"], re.I)
# a toll reported as it stood: "X said that 105 of its servicemen had been killed since …" (a
# reporting verb before the number, the dead in the perfect)
REPORTED_RE = re.compile(r"\b(?:said|says|told|reported|reports|announced|confirmed|stated|acknowledged|admitted)\b", re.I)
PERFECT_DEAD_RE = re.compile(r"[^,;:]{0,60}?\b(?:had|have|has)\s+(?:(?:now|so\s+far|reportedly)\s+)?(?:been\s+killed|died|"
                             r"lost\s+their\s+lives)\b", re.I)
# after a side's told dead: "… when X attacked its posts", "… in an attack on": one incident's dead
# (an event's fatalities), not the side's toll as it stood
INCIDENT_AFTER_RE = re.compile(r"\s+(?:when|as|after)\s|\s+in\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:attack|ambush|"
                               r"bombing|blast|explosion|strike|raid|offensive)\b", re.I)
# "… for about $50 million": a price paid (for the things named before it)
FOR_PRICE_RE = re.compile(r"\bfor\s+(?:(?:about|some|nearly|almost|around|roughly|over|just\s+over|just\s+under|under|"
                          r"more\s+than|less\s+than|an\s+estimated|a\s+reported|a\s+total\s+of|a\s+combined)\s+)?$", re.I)
# a coordinated conjunct after a figure: "$3 billion and projects in all provinces"
COORD_AFTER_RE = re.compile(r"\s+and\s+(?!(?:a|an|the)?\s*(?:half|quarter|third)\b)")
# the approximation before a number a side tells ("reported about 80 dead", "said some 50 of its …")
APPROX_TOLD = r"(?:(?:about|some|nearly|almost|around|roughly|over|at\s+least|more\s+than)\s+)?"
# a name's possessive right before a count, with its approximation ("Russia's (roughly) 7,000 troops"):
# the possessor holds what is counted (poss_counts reads it as the subject)
NAMED_POSS_BEFORE_RE = re.compile(r"(?-i:[A-Z][\w\-]*)['’]s\s+" + APPROX_TOLD + r"$", re.I)
# "Baku reported 80 dead": a side's toll told by the side (the actor right before the verb)
# between a side and the number it tells: adverbs before the verb ("eventually counted") and when it
# told it after ("said on Sunday that", "reported at the weekend")
TELL_ADV = r"(?:" + DATA["teller_adverbs"] + r"\s+){0,2}"
TOLD_WHEN = r"(?:,?\s+" + DATA["told_when"] + r",?)?"
COUNTING_RE = re.compile(r"\b(?:counted|recorded|registered|documented|tallied|totall?ed|toll|total|according\s+to|"
                         r"put\s+(?:[\w’']+\s+){1,3}at)\b", re.I)
MEASURE_STOP_RE = re.compile(r"\s+(?:rose|fell|declined|decreased|increased|grew|surged|jumped|dropped|"
                             r"totall?ed|reached|stood|amounted|accounted|was|were|is|are|has|had|in|during|"
                             r"between|on|of\s+\d|by)\b|[,;(—–]", re.I)

# a possessor after a preposition that owns the counted people: "for Pakistan's security forces"
POSS_FORCE_RE = re.compile(r"^['’]s\s+(?:[\w\-]+\s+)?(?:forces|troops|personnel|army|military|soldiers|police|"
                           r"servicemen|guards|officers)\b", re.I)
# a count told without its noun: "put their number at 1.7 million" (the group just named)
_SCALED_N = (r"(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?|a|" + count_alt(1, 10) + r"|half\s+a)"
             r"(?:\s+(?P<s>thousand|million))?")
_APPROX_N = r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|at\s+least|fewer\s+than|less\s+than|" \
            r"approximately|an\s+estimated)\s+)?"
# (and "put the number of volunteers (in X) at 4,000": the people named after "of", but never the dead or
# hurt, whose side a bare number names not: ``put_tolls``)
# the state that tells a number of its people: "Kyrgyzstan('s emergency ministry) put the number of evacuees at"
TELLER_GAP_RE = re.compile(r"(?:['’]s\s+(?:[a-z][\w\-]*\s+){1,3})?\s*")
NUMBER_AT_RE = re.compile(r"\bput\s+(?:(?:their|its|his|her)\s+(?:number|total|count|toll|figure)|the\s+(?:(?:official|total|"
                          r"overall|estimated)\s+)?(?:number|total|count|figure|tally)(?P<of>\s+of\s+(?!(?:the\s+)?(?:dead|killed|"
                          r"deaths|casualties|fatalities|losses|victims|wounded|injured|people\s+killed)\b)[\w\-]+(?:\s+[\w\-]+){0,3}?)?)\s+at\s+"
                          + _APPROX_N + _SCALED_N + r"\b", re.I)
# people moved out of a state: "more than a million returns from Iran" (the state is the subject)
FLOW_FROM_RE = re.compile(r"\b" + _APPROX_N + _SCALED_N + r"\s+(?:[\w\-]+\s+)?(?:returns|returnees|deportations|"
                          r"deportees|expulsions|refugees|evacuees)\s+from\s+(?:the\s+)?", re.I)
SCALE_WORDS = {"thousand": 1e3, "million": 1e6}
# a definite determiner before a number names a known group ("the five states", "their two countries")
DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|these|those|all)\s+$", re.I)
GROUP_NOUN_RE = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:countries|states|nations|republics|members|groups)\b", re.I)
# "… 170 nuclear warheads in January 2024 and India 172": a gapped count for another actor
GAPPED_COUNT_RE = re.compile(r"[^;,.]{0,40}?,?\s+and\s+(?:the\s+)?(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+(?:(?:about|some|"
                             r"roughly|nearly|around|over|just|only)\s+)?(?P<n>\d{1,3}(?:,\d{3})*)\b(?!\s*(?:percent|per\s+cent|%)"
                             r"|[.,]\d|\s+[a-z])")
# a count's scale word: "1.5 million migrants"
COUNT_SCALE_RE = re.compile(r"\s+(thousand|million)\b", re.I)
# "the deposit it leased for $3 billion": a lower-case "it" as the subject of the figure's verb
# (a regular past, or an irregular past or present of a verb that takes a figure: "it took 28 percent")
IT_VERB_RE = re.compile(r"\bit\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?(?:\w+(?:ed|ought|aid|ent)|" + DATA["figure_verbs"]
                        + r")\b(?:[^,;]|,(?=\d)){0,40}$")

RANKED_RE = re.compile(r"\brank(?:s|ed|ing)?\s+(?P<who>(?:[\w’'\-]+\s+){0,3}?)(?P<o>first|second|third|"
                       r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?:\s+"
                       r"(?:in|among|on|out\s+of|behind|after|globally|worldwide)\b|,\s+(?:with|behind|after)\b)")
IN_PLACE_RE = re.compile(r"\bin\s+(?P<o>first|second|third|fourth|fifth)\s+place\b")


@dataclass
class Stat:
    start: int  # sentence offsets of the number
    end: int
    value: float
    unit: str
    subject_hint: str | None = None  # "ranked Pakistan second": the ranked actor
    noun: str | None = None  # what a holdings count counts ("helicopters")
    owner: str | None = None  # "175 Armenian soldiers": the state whose people are counted
    harm: bool = False  # people hurt or held ("detained 224 people"): the state where, if no actor
    why: str | None = None  # how a subject hint not named in the sentence was found ("the line" = X)
    peers: tuple[str, ...] = ()  # the other actors of a parallel list ("X and Y took 6 and 4 percent"): no scope

    @property
    def amount(self) -> bool:
        """Money or another amount in a unit of its own: no share, count, rank, ratio or length."""
        return self.unit not in ("percent", "count", "rank", "ratio", "km")


# "a deal that SIPRI values at $1.4 billion": the value a source puts on a deal, not a measure
DEAL_VALUED_RE = re.compile(r"\b(?:deal|contract|order|agreement|purchase|sale|package|cost|price|bill|value)\s+"
                            r"(?:that|which)\s+"
                            r"(?:[\w\-’']+\s+){1,3}(?:values?|valued|puts?|estimates?|estimated)\s+(?:it\s+)?at\s+"
                            r"(?:(?:about|some|nearly|around|roughly|over|more\s+than|up\s+to|as\s+much\s+as)\s+)?$", re.I)
# "opened the X Centre, a $70 million free-trade zone": an appositive costing a thing named
# before the comma (unless that thing is an actor: "Kazakhstan, a $200 billion economy")
APPOS_COST_RE = re.compile(r",\s+an?\s+$")
# "The commission gave Y 53.9 percent of the vote": the actor that receives the figure
GIVE_VERB_RE = re.compile(r"\b(?:gave|gives|give|awarded|awards|credited|credits|handed|hands|granted|grants)\s+"
                          r"(?:the\s+)?$", re.I)
GIVE_GAP_RE = re.compile(r"\s+(?:(?:about|some|nearly|almost|around|roughly|over|just|only|more\s+than|"
                         r"less\s+than)\s+)?")
# "20 percent of the country's territory": what a state owns is measured as the state's
OWNED_SHARE_RE = re.compile(r"^\s+of\s+(?P<c>the\s+country|the\s+nation)['’]s\s+(?:[\w\-]+\s+)?(?:territory|land|"
                            r"population|area|landmass|soil|electorate|voters|surface|GDP|gross\s+domestic\s+product|"
                            r"economy|budget|revenues?|exports|imports|income|debt|workforce)\b", re.I)
# "80 percent of Georgians": a share of a people (a plural demonym) is its state's
PEOPLE_SHARE_RE = re.compile(r"\s+of\s+(?:all\s+|the\s+)?$")
PEOPLE_NOUN_RE = re.compile(r"s\b|\s+(?:population|people|public|citizens|nationals|electorate|voters|households|"
                            r"adults|respondents)\b")
# "71 percent of those who voted", "on a turnout of 64 percent": a share of a national vote,
# about the article's state when no actor is named
VOTE_SHARE_RE = re.compile(r"\bturnout\b|\bof\s+(?:those|people|citizens|voters)\s+who\s+(?:took\s+part|voted|"
                           r"participated|cast)|\bof\s+(?:the\s+)?(?:voters|electorate|ballots|votes?\s+cast|(?:popular\s+)?vote)\b", re.I)
# the verb of a vote's winner: "X won a fifth term with 92 percent", "the party received 54 percent"
WON_RE = re.compile(r"\b(?:won|wins|received|receives|secured|secures|garnered|took|polled|captured|"
                    r"(?:(?:was|has\s+been|had\s+been)\s+)?(?:re-?)?elected)\b", re.I)
# "X figures put bilateral trade at $1.1 billion": the trade of two parties, one of them the
# state whose figures are cited
TRADE_RE = re.compile(r"\b(?:bilateral|two-way|mutual)\s+trade\b", re.I)
# "put bilateral trade at about $1.1 billion": what the figure measures
PUT_AT_RE = re.compile(r"\bput\s+(?:the\s+)?(?P<np>[^,;]{3,60}?)\s+at\s+(?:(?:about|some|nearly|almost|around|roughly|"
                       r"over|more\s+than|less\s+than)\s+)?$")
# a share told in words after a share verb, of a measured whole: "supplied all of X's arms imports",
# "accounted for about half of the region's exports", "provides two-thirds of its gas supplies"; "almost all"
# or "nearly all" is no figure (not 100 percent, and no other number), so an approximator never heads "all"
# (thirds in whole percent, as analysts write them: "a third" = 33 percent)
WORD_SHARES = {"all": 100.0, "half": 50.0, "third": 33.0, "thirds": 67.0, "quarter": 25.0,
               "quarters": 75.0, "fifth": 20.0}
# the share told in words and the measured whole it is of ("two-thirds of its gas supplies")
_WORD_SHARE = (
    r"(?P<w>all|half|(?:a|one)[\s-](?:third|quarter|fifth)|two[\s-]thirds|three[\s-]quarters)\s+of\s+"
    r"(?=(?:the\s+|its\s+|their\s+|[A-Z][\w\-]*[’']s\s+|the\s+[\w\-]+[’']s\s+|(?-i:[A-Z])[\w\-]*\s+)(?:[\w\-]+\s+){0,4}?"
    r"(?:imports|exports|supplies|deliveries|purchases|trade|debt|output|production|market|budget|spending|"
    r"arms|weapons|reserves|investments?|consumption|needs|sales|GDP|gross\s+domestic\s+product|economy|revenues?|"
    r"income|population|territory|land|workforce|electorate|"
    # a resource: "supplies about a third of X's uranium", "takes half of the river's water"
    r"gas|oil|crude|fuel|water|electricity|power|energy|grain|wheat|cotton|uranium|food)\b"
    r"|(?:GDP|gross\s+domestic\s+product|national\s+income)\b)")  # (bare: "almost a third of GDP")
WORD_SHARE_RE = re.compile(
    r"\b(?:accounted\s+for|accounts?\s+for|accounting\s+for|supplied|supplies|supply|supplying|provided|provides|"
    r"provide|delivered|delivers|made\s+up|makes?\s+up|represented|represents?|held|holds?|controlled|controls?|"
    r"took|takes|bought|buys)\s+(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|"
    r"less\s+than|just\s+over|just\s+under|fully|virtually|practically)\s+(?!all\b))?"
    + _WORD_SHARE, re.I)
# "136,000 residents on the Kyrgyz side": the side the counted people belong to
SIDE_AFTER_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}?on\s+the\s+(?P<who>[A-Z][\w\-]+)\s+side\b")
# "20 percent of Georgia's territory": a share of what a state owns (land, people) is the state's,
# whoever holds it
OWNER_SHARE_RE = re.compile(r"\s*(?:percent|per\s+cent|%)?\s+of\s+(?:the\s+)?")
OWNED_NOUN_RE = re.compile(r"['’]s?\s+(?:(?:internationally\s+recognised|internationally\s+recognized|sovereign|national|"
                           r"total|entire|whole|adult|working-age|cultivated|arable|irrigated|agricultural|farm)\s+)?(?:territory|land|landmass|"
                           r"land\s+area|area|"
                           r"surface|soil|population|people|citizens|electorate|voters|workforce)\b")
# "trade between X and Y reached $2 billion": the first party is the figure's subject
PAIR_GAP_RE = re.compile(r"\s*(?:and|&|,)\s*(?:the\s+)?")
TRADE_PAIR_RE = re.compile(r"\btrade\s+(?:turnover\s+)?between\s+the\s+two\s+(?:countries|states|nations|sides|neighbours|"
                           r"neighbors|governments)\b", re.I)
TRADE_BETWEEN_RE = re.compile(r"\btrade\s+(?:turnover\s+)?(?:between|with)\s+(?:the\s+)?$", re.I)
# "make up less than 1 percent of GDP": a share of the economy the article is about (no owner named)
OF_ECONOMY_RE = re.compile(r"\s+of\s+(?:the\s+)?(?:GDP|gross\s+domestic\s+product|national\s+income|economy|"
                           r"(?:federal|state|budget|government|public|tax)\s+revenues?|(?:state|federal|national)\s+budget|"
                           r"all\s+(?:federal|government|public|state)\s+(?:spending|expenditures?))\b")
# "its $1.59 billion": "its" owning the figure itself (its owner: the actor of the figure before it)
ITS_RE = re.compile(r"\bits\s+(?:(?:about|some|nearly|roughly|around|estimated)\s+)?$")
# "$1.59 billion amounted to about 30 percent": the same figure restated (written between the two)
RESTATED_RE = re.compile(r"\s+(?:amounted\s+to|amounting\s+to|equal(?:led|ed|s)?\s+to|represent(?:ed|s|ing)|or)\s+"
                         r"(?:(?:about|some|nearly|almost|around|roughly|over|just\s+over|under)\s+)?")
