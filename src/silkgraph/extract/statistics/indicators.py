"""Breadth cues of the statistics extractor: shares told in words at the head of a clause ("Half of
X's imports come from Y"), measures of an economy told with the state after "in" ("inflation in X
stood at 9 percent"), money an economic measure is worth ("X's economy is worth $30 billion"), and
amounts in currencies the shared number finder does not read ("3 trillion tenge", "107 billion
Turkmen manat")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.nlp.numbers import Number
from silkgraph.nlp.ordering import longest_first
from silkgraph.resources import load_yaml

_APPROX = (r"(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|less\s+than|just\s+over|just\s+under|"
           r"well\s+over|fully|an\s+estimated)\s+(?!all\b))?")  # ("almost all" is no figure)
_HEAD = r"(?:^|[,;:—–]\s*|\b(?:and|but|while|whereas|when|as|that)\s+|\b(?:in|by|since|until)\s+\d{4},?\s+)"
# "Half of X's imports come from Y", "…, and roughly a quarter of its gas output is exported":
# a share in words heading its clause, of a measured whole
WORD_SHARE_LEAD_RE = re.compile(_HEAD + _APPROX + P._WORD_SHARE, re.I)
_N = r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s?(?P<s>thousand|million|billion|trillion|mn|bn|tn))?"
# a period right after the measure's noun ("imports in 2020–2024 were …")
_PERIOD_AFTER = r"(?:\s+(?:in|during|over|between|from)\s+(?:the\s+)?(?:(?:18|19|20)\d\d(?:\s*(?:[-–]|and|to)\s*\d{2,4})?|same\s+period))?"
SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}


@dataclass(frozen=True)
class Lex:
    indicator_in: re.Pattern[str]  # "… inflation in ", "remittances to " (searched up to the state's start)
    indicator_head: re.Pattern[str]  # "Inflation eased to " (searched up to the figure)
    worth: re.Pattern[str]  # "X's economy is worth " (searched up to the figure)
    local: re.Pattern[str]  # "3 trillion tenge", "107 billion Turkmen manat"
    words: tuple[str, ...]  # lower-case currency words: one of them is in every match of ``local``
    codes: dict[str, str]  # currency word or "adjective word" → ISO code
    by_state: dict[str, tuple[re.Pattern[str], dict[str, str]]]  # shared code → (home words, state → code)
    signed: re.Pattern[str] | None = None  # "₹4,800 crore": a currency sign the shared finder does not read
    signs: tuple[tuple[str, str], ...] = ()  # (sign, ISO code)
    sign_scales: tuple[tuple[str, float], ...] = ()  # (scale word, factor): "crore", "lakh crore"


@lru_cache(maxsize=1)
def lex() -> Lex:
    d = load_yaml("ontology/statistics.yaml")
    codes = {k.lower(): v for k, v in (d.get("local_currencies") or {}).items()}
    qual = {k.lower(): v for k, v in (d.get("qualified_currencies") or {}).items()}
    # longest first, ties alphabetical: the same pattern in every process (set order varies)
    names = longest_first(set(codes) | set(qual))
    cur = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    local = re.compile(_N + _SCALE + r"\s+(?P<c>" + cur + r")(?![\w’'])", re.I)
    words = tuple(sorted({n.split()[-1] for n in names}))
    by_state = {code: (re.compile(v["home"]), dict(v["states"])) for code, v in (d.get("currency_by_state") or {}).items()}
    signs = tuple((k, v) for k, v in (d.get("currency_signs") or {}).items())
    scales = tuple((k, float(v)) for k, v in (d.get("sign_scales") or {}).items())
    signed = None
    if signs:
        sc = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in longest_first({k for k, _ in scales}))
        signed = re.compile(r"(?P<c>" + "|".join(re.escape(k) for k, _ in signs) + r")\s?" + _N
                            + r"(?:\s?(?P<s>" + sc + r")\b)?")
    return Lex(
        re.compile(_HEAD + r"(?:the\s+)?(?:(?:annual|average|official|overall|total|real|nominal|year-on-year|"
                   r"consumer[\s-]price|headline)\s+)*(?:" + d["indicator_nouns"] + r"\s+in|" + d["inflow_nouns"]
                   + r"\s+(?:to|into))\s+(?:the\s+)?$", re.I),
        # ("The defence budget reached …": a definite article before the measure; "… has grown in step,
        # reaching …": its level told by a participle after a comma)
        re.compile(_HEAD + r"(?:the\s+)?(?:(?:annual|average|official|overall|real|year-on-year|consumer[\s-]price|headline)\s+)*"
                   + d["indicator_nouns"] + _PERIOD_AFTER + r"(?:\s+(?:sent|received|paid|transferred|collected|earned|generated)\s+"
                   r"[^,;:]{0,60}?)?\s+(?:(?:has|had|have)\s+)?(?:(?:\w+ed|stood|stands|rose|fell|grew|was|"
                   r"is|were|are|hit|reached)|(?:grown|risen|fallen|climbed)(?:\s+[a-z]+){0,3},\s+(?:reaching|hitting|"
                   r"rising\s+to|climbing\s+to|falling\s+to))\s+(?:(?:to|at|by|worth|valued\s+at)\s+)?" + _APPROX + r"$", re.I),
        re.compile(r"\b" + d["worth_measures"] + r"\s+(?:(?:is|was|are|were|had\s+been|has\s+been)\s+)?(?:(?:now|then|"
                   r"currently|still|already|estimated\s+to\s+be|said\s+to\s+be)\s+)?(?:worth|valued\s+at)\s+"
                   + _APPROX + r"$", re.I),
        local, words, {**codes, **{re.sub(r"\s+", " ", k): v for k, v in qual.items()}}, by_state, signed, signs,
        scales)


def word_share_leads(text: str) -> list[Stat]:
    """"Half of X's imports come from Y": a share in words heading its clause."""
    return [Stat(m.start("w"), m.end("w"), P.WORD_SHARES[re.split(r"[\s-]", m.group("w").lower())[-1]], "percent")
            for m in WORD_SHARE_LEAD_RE.finditer(text)]


def indicator_place(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> tuple[str, str] | None:
    """"Inflation in Uzbekistan stood at 9.8 percent", "remittances to X reached $2.9 billion": the
    state named after "in" behind an economic measure (after "to" behind a flow it receives) that
    heads the figure's clause."""
    head = sv.text[lo:st.start]
    if st.unit in ("count", "rank", "ratio", "km") or (" in " not in head and " to " not in head and " into " not in head):
        return None
    pat = lex().indicator_in
    for m in sv.mentions:
        a = sv.rel(m.start)
        if a >= st.start:
            break
        if a < lo or ctx.etype(m.entity_id) != "state" or m.kind == "demonym":
            continue
        im = pat.search(sv.text, max(lo, a - 80), a)
        if im is not None and im.end() == a and not re.search(r"[;:]", sv.text[a:st.start]):
            return m.entity_id, f"the state whose measure it is ('… in {m.text}')"
    return None


def indicator_head(sv: SentenceView, lo: int, st: Stat) -> bool:
    """"Inflation eased to 8.5 percent", "Turnout was 59 percent": an economic measure heading the
    figure's clause, its verb right before the figure (no state or actor named)."""
    return lex().indicator_head.search(sv.text, lo, st.start) is not None and st.start == \
        lex().indicator_head.search(sv.text, lo, st.start).end()  # type: ignore[union-attr]


def worth_measure(text: str, n: Number) -> bool:
    """"X's economy is worth about $30 billion": money an economic measure is worth."""
    return ("worth" in text or "valued" in text) and bool(lex().worth.search(text, max(0, n.start - 70), n.start))


def local_money(sv: SentenceView) -> list[Number]:
    """Amounts in currencies the shared finder does not read: "3 trillion tenge", "5 billion
    Turkmen manat" (a number, its scale and the currency's name)."""
    low = sv.low if sv.low is not None else sv.text.lower()
    L = lex()
    out: list[Number] = signed_money(sv.text, L) if any(k in sv.text for k, _ in L.signs) else []
    if not any(w in low for w in L.words) or P.DIGIT_RE.search(sv.text) is None:
        return out
    for m in L.local.finditer(sv.text):
        code = L.codes.get(re.sub(r"\s+", " ", m.group("c").lower()))
        if code is None:
            continue
        value = float(m.group("n").replace(",", "")) * SCALES.get((m.group("s") or "").lower(), 1.0)
        out.append(Number(m.start(), m.end(), m.group(0), value, code))
    return out


def signed_money(text: str, L: Lex) -> list[Number]:
    """"₹4,800 crore", "₹6.81 lakh crore": an amount behind a currency sign the shared finder does
    not read (``currency_signs``), scaled by the word after it (``sign_scales``)."""
    if L.signed is None:
        return []
    codes, scales = dict(L.signs), dict(L.sign_scales)
    out: list[Number] = []
    for m in L.signed.finditer(text):
        scale = scales.get(re.sub(r"\s+", " ", (m.group("s") or "").lower()), 1.0)
        out.append(Number(m.start(), m.end(), m.group(0), float(m.group("n").replace(",", "")) * scale, codes[m.group("c")]))
    return out


def state_currency(unit: str, subject: str, text: str) -> str:
    """A currency name several states share ("manat", "rupees", "som"), read for the state the
    figure is about, unless the words next to it name the default's state."""
    got = lex().by_state.get(unit)
    if got is None or subject not in got[1] or got[0].search(text):
        return unit
    return got[1][subject]


# "The Rs 17.6 trillion budget for …": money told as the size of an economic measure it qualifies
ATTRIB_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Tt]his\s+year['’]s|[Nn]ext\s+year['’]s)\s+$")
ATTRIB_AFTER_RE = re.compile(r"\s+(?:(?:annual|federal|national|state|defen[cs]e|military|draft|proposed|new|revised|"
                             r"record)\s+)*(?:budget|economy|deficit|debt|spending\s+plan)\b(?!\s+of\b)", re.I)


def attributive_measure(sv: SentenceView, lo: int, hi: int, st: Stat) -> bool:
    """"The Rs 17.6 trillion budget for FY2025/26 sets aside …": the figure qualifies an economic
    measure (a budget, an economy, a deficit) with no owner named in its clause."""
    return ATTRIB_BEFORE_RE.search(sv.text, max(0, st.start - 20), st.start) is not None \
        and ATTRIB_AFTER_RE.match(sv.text, st.end) is not None \
        and not any(lo <= sv.rel(m.start) < hi and m.role != "place" for m in sv.mentions)
