"""Regular expressions and word lists of the statistics extractor."""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.extract.statistics.count_patterns import COUNT_SCALE_RE as COUNT_SCALE_RE
from silkgraph.extract.statistics.count_patterns import DEFINITE_BEFORE_RE as DEFINITE_BEFORE_RE
from silkgraph.extract.statistics.count_patterns import FLOW_FROM_RE as FLOW_FROM_RE
from silkgraph.extract.statistics.count_patterns import GAPPED_COUNT_RE as GAPPED_COUNT_RE
from silkgraph.extract.statistics.count_patterns import GROUP_NOUN_RE as GROUP_NOUN_RE
from silkgraph.extract.statistics.count_patterns import NUMBER_AT_RE as NUMBER_AT_RE
from silkgraph.extract.statistics.count_patterns import POSS_FORCE_RE as POSS_FORCE_RE
from silkgraph.extract.statistics.count_patterns import SCALE_WORDS as SCALE_WORDS
from silkgraph.extract.statistics.count_patterns import TELLER_GAP_RE as TELLER_GAP_RE
from silkgraph.extract.statistics.gate_patterns import _COUNT_GATE_LOW as _COUNT_GATE_LOW
from silkgraph.extract.statistics.gate_patterns import _MONEY_GATE_LOW as _MONEY_GATE_LOW
from silkgraph.extract.statistics.gate_patterns import _PERCENT_GATE_LOW as _PERCENT_GATE_LOW
from silkgraph.extract.statistics.gate_patterns import _PREFILTER_LOW as _PREFILTER_LOW
from silkgraph.extract.statistics.gate_patterns import COUNT_GATE_RE as COUNT_GATE_RE
from silkgraph.extract.statistics.gate_patterns import COUNT_GATE_WORDS as COUNT_GATE_WORDS
from silkgraph.extract.statistics.gate_patterns import MONEY_GATE_RE as MONEY_GATE_RE
from silkgraph.extract.statistics.gate_patterns import PERCENT_GATE_RE as PERCENT_GATE_RE
from silkgraph.extract.statistics.gate_patterns import PERCENT_GATE_WORDS as PERCENT_GATE_WORDS
from silkgraph.extract.statistics.gate_patterns import PREFILTER as PREFILTER
from silkgraph.extract.statistics.gate_patterns import PREFILTER_WORDS as PREFILTER_WORDS
from silkgraph.extract.statistics.length_patterns import KNOWN_AS_RE as KNOWN_AS_RE
from silkgraph.extract.statistics.length_patterns import LENGTH_APPROX as LENGTH_APPROX
from silkgraph.extract.statistics.length_patterns import LENGTH_KM as LENGTH_KM
from silkgraph.extract.statistics.length_patterns import LENGTH_RE as LENGTH_RE
from silkgraph.extract.statistics.length_patterns import RANGE_RE as RANGE_RE
from silkgraph.extract.statistics.share_patterns import _WORD_SHARE as _WORD_SHARE
from silkgraph.extract.statistics.share_patterns import APPOS_COST_RE as APPOS_COST_RE
from silkgraph.extract.statistics.share_patterns import DEAL_VALUED_RE as DEAL_VALUED_RE
from silkgraph.extract.statistics.share_patterns import GIVE_GAP_RE as GIVE_GAP_RE
from silkgraph.extract.statistics.share_patterns import GIVE_VERB_RE as GIVE_VERB_RE
from silkgraph.extract.statistics.share_patterns import ITS_RE as ITS_RE
from silkgraph.extract.statistics.share_patterns import OF_ECONOMY_RE as OF_ECONOMY_RE
from silkgraph.extract.statistics.share_patterns import OWNED_NOUN_RE as OWNED_NOUN_RE
from silkgraph.extract.statistics.share_patterns import OWNED_SHARE_RE as OWNED_SHARE_RE
from silkgraph.extract.statistics.share_patterns import OWNER_SHARE_RE as OWNER_SHARE_RE
from silkgraph.extract.statistics.share_patterns import PAIR_GAP_RE as PAIR_GAP_RE
from silkgraph.extract.statistics.share_patterns import PEOPLE_NOUN_RE as PEOPLE_NOUN_RE
from silkgraph.extract.statistics.share_patterns import PEOPLE_SHARE_RE as PEOPLE_SHARE_RE
from silkgraph.extract.statistics.share_patterns import PUT_AT_RE as PUT_AT_RE
from silkgraph.extract.statistics.share_patterns import RESTATED_RE as RESTATED_RE
from silkgraph.extract.statistics.share_patterns import SIDE_AFTER_RE as SIDE_AFTER_RE
from silkgraph.extract.statistics.share_patterns import TRADE_BETWEEN_RE as TRADE_BETWEEN_RE
from silkgraph.extract.statistics.share_patterns import TRADE_PAIR_RE as TRADE_PAIR_RE
from silkgraph.extract.statistics.share_patterns import TRADE_RE as TRADE_RE
from silkgraph.extract.statistics.share_patterns import VOTE_SHARE_RE as VOTE_SHARE_RE
from silkgraph.extract.statistics.share_patterns import WON_RE as WON_RE
from silkgraph.extract.statistics.share_patterns import WORD_SHARE_RE as WORD_SHARE_RE
from silkgraph.extract.statistics.share_patterns import WORD_SHARES as WORD_SHARES
from silkgraph.resources import load_yaml

# the statistics cues (resources/ontology/statistics.yaml), for the patterns built at import
DATA = load_yaml("ontology/statistics.yaml")

SUBJECT_TYPES = ("state", "organization", "company", "armed_group")
SCOPE_TYPES = ("state", "place", "organization")
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
# "spent $70 million … refurbishing the airfield": the cost of a project, not a measure
PROJECT_COST_RE = re.compile(r"\b(?:spent|spend|spends|spending)\s+(?:(?:an\s+)?estimated\s+|some\s+|about\s+)?$", re.I)
GERUND_AFTER_RE = re.compile(r"^[^,;.]{0,40}?\b\w{3,}ing\s+(?:the|a|an|its|their|\w+['’]s)\b")
COUNTRY_RE = re.compile(r"\b(?:the\s+country|the\s+nation|its|this\s+year['’]s|the\s+(?:government|ministry\s+of\s+"
                        r"(?:defen[cs]e|finance)|(?:defen[cs]e|finance)\s+ministry)\s+(?:says|said|reports?|reported)"
                        # "which the government raised by 20 percent": the government as the clause's subject
                        r"|(?-i:[Tt]he\s+government)\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?(?-i:[a-z]+ed|put|puts|set|sets|cut|cuts|"
                        r"spent|spends|sought|seeks|plans|expects|estimates|says|said))\b", re.I)
FATAL_RE = re.compile(r"\b(?:killed|killing|kills|dead|died|deaths|fatalities|casualties|lives)\b", re.I)
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
# (and a count told as someone's: "by the army's own count", "by one rights group's tally", "by official figures")
COUNTING_RE = re.compile(r"\b(?:counted|recorded|registered|documented|tallied|totall?ed|toll|total|according\s+to|"
                         r"put\s+(?:[\w’']+\s+){1,3}at|by\s+(?:[\w’'\-]+\s+){0,4}?" + DATA["count_attribution_nouns"] + r")\b", re.I)
MEASURE_STOP_RE = re.compile(r"\s+(?:rose|fell|declined|decreased|increased|grew|surged|jumped|dropped|"
                             r"totall?ed|reached|stood|amounted|accounted|was|were|is|are|has|had|in|during|"
                             r"between|on|of\s+\d|by)\b|[,;(—–]", re.I)

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
