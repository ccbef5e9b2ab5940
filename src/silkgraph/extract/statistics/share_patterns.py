"""The regular expressions that tell whose a figure is from the words around it in the
statistics extractor: a deal's value, a receiver ("gave Y 53 percent"), a vote, trade between
two parties, a share told in words, an owned whole ("20 percent of X's territory"), a restated
figure."""

from __future__ import annotations

import re

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
