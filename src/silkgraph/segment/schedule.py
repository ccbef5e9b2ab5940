"""Whether a written date lies ahead of the time of writing (rule 2 of
:mod:`silkgraph.segment.published`): future and plan markers in its clause ("will", "is
scheduled to", "next", …), present-tense schedule verbs ("the treaty expires at the end of
2026"), phrases that look ahead ("ahead of elections in 2026", "by the time the pipeline
opens in 2027", "until its expiry in 2029") and deadline nouns ("the 2028 deadline"); and
whether a year is the period of a plan ("a roadmap for 2022–2027"), which is no time reached.
The words are data: resources/ontology/schedule.yaml (the future markers and plan nouns
excepted)."""

from __future__ import annotations

import re

from silkgraph.nlp.dates import TimeExpr
from silkgraph.resources import load_yaml

__all__ = ["committed_year", "future_marked", "looks_ahead", "plan_period", "past_told", "past_schedule", "reported_future",
           "deadline_role", "pluperfect"]

# future and plan markers (matched against lower-cased text); "{aux}" stands before a schedule word
# and "{past}" adds the past copulas: the strict reading (``_FUTURE``) leaves out a schedule word
# after "was", "were" or "had been" (a schedule told in the past: ``past_schedule``); the earlier,
# broader one (``_FUTURE_ANY``) is still applied to a marker after the date ("On 9 October 2022, a
# day before it was due to begin"), and only a marker governing the date is read strictly
_FUTURE_SRC = (
    r"\b(?:will|would|shall|won’t|won't|(?:is|are{past})\s+(?:expected|scheduled|set|due|slated|"
    r"planned|going|poised|likely)\s+to|(?:was|were)\s+(?:going|poised|likely)\s+to|{aux}expected\s+(?:to|in|by|from)|"
    r"{aux}due\s+(?:to|in|by|on|for|from)|{aux}(?:set|slated|timed)\s+for|{aux}slated\s+to|"
    r"(?:promised|pledged|earmarked)\s+for(?!\s+the\s+first)|(?:is|are)\s+to\s+be|{aux}scheduled|"
    # an infinitival relative: "elections to be held in October", "talks to take place in May"
    r"(?<!\bwas )(?<!\bwere )(?<!\bhad )to\s+(?:be\s+(?:held|signed|completed|delivered|launched|opened|convened|"
    r"inaugurated|finali[sz]ed)|take\s+place)|plans?\s+to|planning\s+to|intends?\s+to|"
    r"aims?\s+to|{aux}planned|plans|proposed|envisaged|projected|upcoming|forthcoming|in the coming|over the coming|target(?:s|ed)?|"
    # a modal of a time not reached ("in 2030 the corridor should carry …"; not "should have
    # carried", a past told counterfactually; "could" and "may" are left out: a past ability, a month)
    r"(?:should|must|might|ought\s+to)(?!\s+(?:not\s+|also\s+|still\s+|never\s+)?(?:have|’ve|'ve)\b)|"
    # "next" looks ahead, but "the next day/year" is anaphoric ("the next year, a line opened")
    r"(?<!the )next|next(?!\s+(?:day|morning|afternoon|evening|night|week|month|year|spring|summer|autumn|winter)\b))\b"
)
_FUTURE = re.compile(_FUTURE_SRC.replace("{aux}", r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )").replace("{past}", ""))
_FUTURE_ANY = re.compile(_FUTURE_SRC.replace("{aux}", "").replace("{past}", "|was|were"))


def _words(items: list[str]) -> str:
    """An alternation of ``items`` (longest first; a space matches any white space)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


_DATA = load_yaml("ontology/schedule.yaml")
_BASE_FORMS = frozenset(w for w in _DATA["present_schedule"] if not w.split()[0].endswith("s"))
# a schedule verb, then at most three words before the date
_SCHEDULE = re.compile(r"\b(" + _words(_DATA["present_schedule"]) + r")\s+(?:[\w’'-]+\s+){0,3}$")
# a stem of every schedule verb, to skip the pattern cheaply
_SCHEDULE_KEYS = tuple(sorted({w.split()[0][:3] for w in _DATA["present_schedule"]}))
# words governing a year as an open end ("support beyond 2014"): no time reached
_OPEN_KEYS = tuple(str(w) for w in _DATA.get("open_ended_preps", []))
_OPEN_ENDED = re.compile(r"\b(?:" + _words(_DATA.get("open_ended_preps", [])) + r")\s+(?:the\s+(?:end\s+of\s+)?)?$")
_NOT_BASE_BEFORE = re.compile(r"\b(?:to|let|not|did|didn’t|didn't|n’t|n't)\s+(?:[\w’'-]+\s+){0,3}$")
_FORWARD = re.compile(r"\b(?:" + _words(_DATA["forward_phrases"]) + r")\s+(?:[\w’'-]+\s+){0,6}$")
# a word of every forward phrase, to skip the pattern cheaply
_FORWARD_KEYS = tuple(sorted({max(p.split(), key=len) for p in _DATA["forward_phrases"]}))
_DEADLINE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:" + _words(_DATA["deadline_nouns"]) + r")\b")
# a past form; a participle after "have", "be" or "to" is not the past tense ("hopes to have
# signed", "is completed")
_PAST = re.compile(r"\b(?:" + _words(_DATA["past_forms"]) + r"|(?<!have )(?<!has )(?<!been )(?<!be )(?<!is )"
                   r"(?<!are )[a-z]{2,}ed)\b")
_NOT_PAST = frozenset(_DATA["not_past"])
_REPORT = re.compile(r"\b(?:" + _words(_DATA["reporting_verbs"]) + r")\b")
# the report's own date right after its verb ("said in 2024 that", "announced publicly on 3
# May"; not "the elections promised for February 2026", whose date is what was promised)
_REPORT_BEFORE = re.compile(r"\b(?:" + _words(_DATA["reporting_verbs"]) + r")\s+(?:[a-z]+ly\s+)?$")
_REPORT_PREPS = ("in ", "on ", "at ", "during ")
_DETERMINER_END = ("the ", "its ", "their ", "a ", "this ", "’s ", "'s ")


# a coordinator or a clause opener between a past-told date and a later future marker: the
# marker heads a conjunct or clause of its own ("met on 12 June 2024 and will meet again")
_JOINED = re.compile(r"\b(?:and|but|yet|while|whereas|although|though|which|who|where)\b")
_FINITE_PAST = re.compile(r"\b(?:was|were|had|did)\b")  # a finite verb told in the past
# "that" opening a complement clause (not "that year", "that month" …)
_THAT = re.compile(r"\bthat\b(?!\s+(?:year|month|week|day|time|summer|winter|spring|autumn)\b)")
_OPENS = re.compile(r"\b(?:and|but|yet|while|whereas|although|though|which|who|where|that|when)\b")


def _past_after_opener(clause: str, a: int, rel: int) -> bool:
    """Whether the last clause opener in ``clause[a:rel]`` ("that", "who", "and" …) opens a
    stretch told in the past up to the date at ``rel`` ("… that opened on")."""
    last = None
    for last in _OPENS.finditer(clause, a, rel):  # noqa: B007 (the last match is wanted)
        pass
    return last is not None and past_told(clause[last.end() : rel])


def future_marked(clause: str, rel: int, rel_end: int) -> bool:
    """Whether the (lower-cased) ``clause`` holding a date at ``clause[rel:rel_end]`` has a
    future or plan marker that applies to it.  A marker after a past reporting verb does not
    apply to a date told with the report ("In May 2024, he said he would …", "announced on 3
    May 2025 that it would …"): the date is the report's; nor does one after "and", "but",
    "which" … when the date's own part is told in the past ("met on 12 June 2024 and will
    meet again in October")."""
    reported: bool | None = None
    for m in _FUTURE_ANY.finditer(clause):
        if m.start() < rel_end:
            if _FUTURE.match(clause, m.start()) is None:
                continue  # "were scheduled for 20 June": a schedule told in the past
            # a marker before the date: "will visit in 2027"; not one before a clause of the
            # date's own told in the past ("elections to be held in October follow a campaign
            # that opened on 2 August 2024")
            if _past_after_opener(clause, m.end(), rel):
                continue
            if _FINITE_PAST.search(clause, m.end(), rel):
                continue  # "a summit that will be held in May 2025 was announced on 2 March 2024"
            return True
        if reported is None:
            reported = clause.startswith(_REPORT_PREPS, rel) and _REPORT_BEFORE.search(clause, 0, rel) is not None
        if reported or _REPORT.search(clause, rel_end, m.start()):
            continue
        if _past_complement(clause, rel_end, m.start()):
            continue  # "the raid in March 2013 was meant to show that the army would …"
        if _JOINED.search(clause, rel_end, m.start()) and past_told(clause[:rel]):
            continue  # "met on 12 June 2024 and will meet again in October": a new conjunct
        if _past_after_opener(clause, 0, rel):
            continue  # "ministers who met on 3 May 2024 will meet again": a relative clause's date
        return True
    return False


def _past_complement(clause: str, a: int, b: int) -> bool:
    """Whether a marker at ``b`` stands in a "that" clause governed by a finite past verb told
    after the date (between ``a`` and ``b``): "the storming in July 2007 was meant to show that
    he would …", "the vote of May 2020 was proof that they would …".  The marker is the
    complement's; the date's own clause is told in the past (a past plan, not a future date)."""
    for t in _THAT.finditer(clause, a, b):
        if _FINITE_PAST.search(clause, a, t.start()):
            return True
    return False


def past_told(sentence: str) -> bool:
    """Whether a (lower-cased) sentence has a verb in the past tense."""
    return any(m.group(0) not in _NOT_PAST for m in _PAST.finditer(sentence))


# "had" then a past participle ("had collapsed", "had been abandoned", "had begun"; not "had to",
# nor "had two cranes"), at most one adverb between
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:not|never|already|also|long|just|first|once|earlier|previously|[a-z]+ly)\s+)?"
                         r"(?:been|[a-z]{2,}(?:ed|en|wn)|" + _words(_DATA["irregular_participles"]) + r")\b")


def pluperfect(sentence: str) -> bool:
    """Whether a (lower-cased) sentence is told in the pluperfect: a look-back from the time of
    the narrative ("In 2009 a similar plan had collapsed")."""
    return "had " in sentence and _PLUPERFECT.search(sentence) is not None


def looks_ahead(text: str, te: TimeExpr, clause_start: int, sent: tuple[int, int]) -> bool:
    """Whether ``te`` (offsets into ``text``) is told as a scheduled or awaited date: after a
    present-tense verb of a term ("expires at the end of 2026", "falls due in 2028", "the
    leases expire in 2026"; not "expired in 2019"), in a noun phrase governed by a phrase
    that looks ahead when its sentence tells nothing in the past ("ahead of elections in
    2026", "by the time the pipeline opens in 2027", "until its expiry in 2029"), or as the
    attributive year of a deadline ("the 2028 deadline")."""
    before = text[max(clause_start, te.start - 80) : te.start].lower()
    m = _SCHEDULE.search(before) if any(w in before for w in _SCHEDULE_KEYS) else None
    if m is not None and (m.group(1) not in _BASE_FORMS or not _NOT_BASE_BEFORE.search(before, 0, m.start())):
        return True
    if te.kind == "absolute" and te.month is None and te.prep is None and before.endswith(_DETERMINER_END):
        if _DEADLINE_AFTER.match(text, te.end, te.end + 40):
            return True
    sb = text[max(sent[0], te.start - 90) : te.start].lower()
    if any(w in sb for w in _FORWARD_KEYS) and _FORWARD.search(sb) is not None:
        return not past_told(text[sent[0] : sent[1]].lower())
    return False


# the plan or term a year or range is the period of: "a roadmap for 2022–2027", "the
# programme for 2024-2028", "a strategy for the period 2025–2030"
_PLAN_FOR = re.compile(
    r"\b(?:programmes?|programs?|plans?|strateg(?:y|ies)|concepts?|roadmaps?|road\s+maps?|"
    r"agendas?|frameworks?|doctrines?|budgets?|mandates?)\s+for\s+(?:the\s+(?:period|years)\s+)?$"
)


def plan_period(text: str, te: TimeExpr) -> bool:
    """A year or range (no month) that is the period of a plan named before it."""
    if te.month is not None or te.kind not in ("absolute", "range") or te.prep not in (None, "for"):
        return False
    return _PLAN_FOR.search(text[max(0, te.start - 50) : te.start].lower()) is not None


# "were scheduled for", "had been set to open on", "was originally due to": a schedule told in the
# past, then at most six words (no coordinator, no figure) before the date
_PAST_SCHEDULE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|once|also|then)\s+)?(?:"
                            + _words(_DATA["past_schedule_verbs"]) + r")\b(?:\s+(?!(?:and|but|yet|while|though|although|"
                            r"which|who|when)\b)[a-z’'-]+){0,6}\s+$")
# the future in the past after a past reporting verb of the clause: "said talks would resume on"
_REPORTED_FUTURE = re.compile(r"\b(?:" + _words(_DATA["reporting_verbs"]) + r")\b(?:\s+(?:that\s+)?[\w’'-]+){0,6}?\s+(?:"
                              + _words(_DATA["future_in_past"]) + r")\b(?:\s+(?!(?:and|but|yet|while|which|who)\b)"
                              r"[a-z’'-]+){0,6}\s+$")


def past_schedule(clause: str, rel: int) -> bool:
    """Whether the date at ``clause[rel:]`` (lower-cased clause) is the object of a schedule told
    in the past ("elections were scheduled for 20 June 2021 but …"): the plan may have changed,
    so the date is neither a past reference nor a date told ahead of the writing."""
    return any(w in clause for w in ("was ", "were ", "been ")) \
        and _PAST_SCHEDULE.search(clause, max(0, rel - 90), rel) is not None


# a past commitment and its infinitive ("undertook to leave", "agreed to hold"), then up to 25
# words without a finite past verb or a sentence break before the date
_COMMITTED = re.compile(r"\b(?:" + _words(_DATA["commitment_verbs"]) + r")"
                        # the commitment's own time may stand before "to" ("agreed in May 2020 to")
                        r"(?:\s+(?:in|on|at|during|last|this|earlier|later|again|also|formally|publicly)\b[^.;:!?,]{0,25}?)?"
                        r"\s+to\s+(?!(?:"
                        + _words(_DATA["not_infinitive"]) + r")\b)[a-z]+\b(?P<scope>(?:[^.;:!?]){0,200})$")


def committed_year(sentence: str, rel: int, end: int) -> bool:
    """Whether the bare year at ``sentence[rel:end]`` (lower-cased) lies in the infinitive of a
    commitment told in the past ("Russia undertook to leave its bases by 2001 and to negotiate
    during 2000"): ahead of the commitment, not of the writing, so no past year; but not when a
    past verb tells the date's own clause ("agreed to talk and in 2014 signed …")."""
    m = _COMMITTED.search(sentence, max(0, rel - 240), rel)
    if m is None:
        return False
    scope = m.group("scope")
    # the date's own clause may go on in the past ("agreed to withdraw and in 2016 pulled out")
    tail = re.split(r"[,;:.!?]|\b(?:and|but|which|who|while)\b", sentence[end:], maxsplit=1)[0]
    return not any(_FINITE_PAST.search(x) or past_told(x) for x in (scope, tail))


def reported_future(clause: str, rel: int) -> bool:
    """Whether the date at ``clause[rel:]`` is told ahead only from a past report ("the ministry
    said talks would resume on 1 July 2021"): ahead of the report, not of the writing."""
    return _REPORTED_FUTURE.search(clause, max(0, rel - 120), rel) is not None


def open_ended(text: str, start: int) -> bool:
    """Whether the date at ``text[start:]`` is governed by an open-ended preposition ("support
    beyond 2014", "beyond the end of 2030"; ``open_ended_preps`` of schedule.yaml): a time the
    writing has not reached by naming it."""
    before = text[max(0, start - 30) : start].lower()
    return any(w in before for w in _OPEN_KEYS) and _OPEN_ENDED.search(before) is not None


# a date made a deadline ("set the summer of 2013 as the deadline for …"), and a bare date in the
# elided frame coordinated after that role ("… as the deadline for the north and 2014 for the south")
_AS_DEADLINE = re.compile(r"\s+as\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?:" + _words(_DATA["deadline_nouns"]) + r")\b")
_AFTER_DEADLINE = re.compile(r"\bas\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?:" + _words(_DATA["deadline_nouns"])
                             + r")\b[^;:.]{0,80}?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_ELIDED_FOR = re.compile(r",?\s+for\b")
# the deadline as the subject of its own verb ("as the deadline for a deal expired"): "as" is
# "while"; up to six words of the noun's phrase (no coordinator or relative word) before the verb
_DEADLINE_SUBJECT = re.compile(r"(?:\s+(?!(?:and|or|but|that|which|who)\b)[a-z’'-]+){0,6}?\s+(?:"
                               + _words(_DATA["deadline_verbs"]) + r")\b")


def deadline_role(text: str, te: TimeExpr, sent: tuple[int, int]) -> bool:
    """Whether ``te`` is named as a deadline ("negotiators set the summer of 2013 as the deadline
    for the north and 2014 for the south"): a date fixed as a limit may lie before or after the
    writing, even when the fixing is told in the past, so it is no past reference.  Not when the
    deadline is the subject of a verb of its own ("the talks ended on 12 March 2019 as the
    deadline for a deal expired": "as" means "while"), and after the deadline phrase only a bare
    date that opens the elided frame ("… and 2014 for the south") shares the role, not a date of
    a new clause ("… as its deadline and on 3 June walked out")."""
    after = text[te.end : min(sent[1], te.end + 90)].lower()
    m = _AS_DEADLINE.match(after)
    if m is not None:
        return _DEADLINE_SUBJECT.match(after, m.end()) is None
    if te.prep is not None or _ELIDED_FOR.match(after) is None:
        return False
    before = text[max(sent[0], te.start - 140) : te.start].lower()
    return " as " in before and _AFTER_DEADLINE.search(before) is not None
