"""The regular expressions of lengths in the statistics extractor: a border's length in
kilometres, its own name written after it, and a weapon's range (read by the length and
range figures, and by the cue regexes that find a length before its noun)."""

from __future__ import annotations

import re

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
# a weapon's range: "the X, a missile with a range of about 120 kilometres", "X has a range of 300 km"
RANGE_RE = re.compile(r"\b(?:range\s+of\s+" + LENGTH_APPROX + r"(?:up\s+to\s+)?(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)[\s-]"
                      r"(?:kilomet(?:er|re)s?|km)\b|(?:reach|strike|hit|fly)\s+(?:targets\s+)?(?:up\s+to\s+|as\s+far\s+as\s+)?"
                      + LENGTH_APPROX + r"(?P<a>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(?:kilomet(?:er|re)s|km)\s+away\b)", re.I)
