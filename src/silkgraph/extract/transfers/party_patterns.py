"""Patterns of the words around a party in a transfer sentence: governing prepositions,
appositions, supplier shares, sources, clause heads and pronoun subjects (used by ``parties``,
``context_parts`` and ``sharing``)."""

from __future__ import annotations

import re

# a preposition governing a coordination of names: "from X and", "by X, Z and"
GOVERNED_CONJUNCT_RE = re.compile(r"\b(?:from|by|with|in|of|against|than|at|into|on|over|between|among)\s+(?:the\s+)?"
                                  r"[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*)*(?:\s*,\s*[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*)*)*"
                                  r"\s*,?\s+(?:and|or)\s+(?:the\s+)?$")
# a group of parties named after the preposition, then its members: "to at least four Central Asian
# states, including Y and Z", "to neighbours such as Y" (the members are governed by the preposition)
GROUP_MEMBERS_RE = re.compile(r"\b(?P<prep>to|for|from|by|with)\s+(?:(?:at\s+least|more\s+than|some|several|many|a\s+number\s+of|"
                              r"a\s+dozen|\w+)\s+)?(?:[\w\-]+\s+){0,3}?(?:states|countries|nations|neighbou?rs|republics|"
                              r"customers|buyers|clients|allies|partners|governments|militaries|armies|air\s+forces)"
                              r"\s*,?\s+(?:including|such\s+as|among\s+them|notably|namely|like)\s+(?:the\s+)?$")
# "from Manila to Yerevan": a range of places, no party
RANGE_ENDS_RE = re.compile(r"\bfrom\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+to\s+[A-Z]")
# (not the idiom "for its part", which refers to the subject itself)
PRONOUN_RE = re.compile(r"\b(?:it|they|its|their)\b(?!\s+(?:part|turn)\b)", re.I)
# adverbs between a possessed subject and its verb ("Y's air force now operates S")
ADVERB_RE = re.compile(r"(?i)now|already|also|still|recently|reportedly|currently|later|\w+ly")
# "X, the only state that has never recognised Z, had sold …": an apposition's actors are no subject
APPOSITION_RE = re.compile(r"(?<=\w),\s+(?:(?:the|a|an|once|formerly|long|now|still|then|its|their)\s+"
                           r"|[A-Z][\w\-.]*['’]s\s+)[^,;]{3,80}?,")
# the office after a state in an apposition: "India's defence minister,", "the Indian envoy,"
TITLE_AFTER_RE = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){0,2}?(?:minister|president|premier|prime\s+minister|"
                            r"ambassador|envoy|chancellor|secretary|chief\s+of\s+staff|army\s+chief|navy\s+chief)\s*,$")
# a share as written: "about 21 percent", "33%"
_PERCENT = r"(?:about\s+|some\s+|nearly\s+)?\d[\d.]*\s*(?:percent|per\s+cent|%)"
# "Israel for 21 percent", "ahead of France with 33 percent": a supplier's share, no recipient
SHARE_AFTER_RE = re.compile(r"\s+(?:(?:accounted|was\s+responsible)\s+)?(?:for|with)\s+" + _PERCENT)
# "Russia's fell to 45 percent", "China's share", "France's arms exports": a supplier's share, no recipient
# (not an importer's: "Y's arms imports fell by 20 percent")
SHARE_POSS_RE = re.compile(r"['’]s?\s+(?:(?:arms\s+|weapons\s+)?(?:share|exports)\b|(?!(?:\w+\s+){0,2}?(?:imports|purchases|"
                           r"acquisitions|procurement)\b)(?:\w+\s+){0,2}?(?:fell|rose|dropped|"
                           r"declined|grew|increased|slipped|climbed|shrank|jumped)\s+(?:\w+\s+)?(?:to|from|by)\s+"
                           + _PERCENT + ")")
# a state heading its clause: "Kyrgyzstan, by contrast, bought …", "Meanwhile Y's army …"
# (case-insensitive, so one way to match each word; the repetition is possessive: it never gives back
# a word, which no other reading could use, so a failed match is linear, not exponential, in the words)
CLAUSE_SUBJECT_RE = re.compile(r"(?:\s*(?:[a-z]+ly|by\s+contrast|meanwhile|however|in\s+\d{4}|for\s+its\s+part|"
                               r"also|then)\s*,?)*+\s*(?:the\s+)?", re.I)
# the head of a sentence's last coordinated clause: ", and in 2021 Y ordered …", "; Y then bought …"
LAST_CLAUSE_RE = re.compile(r"(?:,|;)\s+(?:and|but|while|whereas)?\s*(?:(?:in|by|since)\s+\d{4}\s*,?\s*|then\s+|later\s+)?$")
# a verb of buying after its subject, past auxiliaries and adverbs ("has also ordered")
_BUYS = (r"(?:(?:has|have|had|also|then|later|\w+ly)\s+)*(?:ordered|bought|signed|purchased|acquired|received|took|"
         r"placed|added|agreed|contracted)\b")
FINITE_AFTER_RE = re.compile(r"\s+" + _BUYS)
# a pronoun's own verb of buying, which continues the last buyer ("It also ordered …")
BUYS_AFTER_RE = re.compile(r"\s*" + _BUYS)
# a state as the subject of a verb of giving goods away
GIVER_AFTER_RE = re.compile(r"\s+(?:(?:also|later|then|\w+ly|has|have|had)\s+){0,2}(?:donated|supplied|sold|delivered|"
                            r"gifted|handed|shipped|exported|transferred|provided|sent|gave|lent|leased|built)\b")
# a pronoun heading the main clause, after at most a fronted phrase: "As a member of Z, it bought …"
TOPIC_PRONOUN_RE = re.compile(r"^(?:[^,;:]*?[^,;:\s],\s+)?(?P<p>it|they)\s+(?!is\b|was\b|seems\b|appears\b)"
                              r"(?:(?:has|have|had|also|then|long|still|\w+ly)\s+)*[a-z]+", re.I)
PRODUCES_RE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:produc|build|assembl|manufactur|make)", re.I)
# "Y turned to X": X is a source, not a recipient
TURNED_TO_RE = re.compile(r"\b(?:re)?turn(?:ed|s|ing)?\s+(?:instead\s+|again\s+|also\s+)?to\s+(?:the\s+)?$")
