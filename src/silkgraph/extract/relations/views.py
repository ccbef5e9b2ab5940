"""The "views" cues: one party regarding another as an ally, partner, rival or adversary ("X views
Y as a rival", "X calls Y its closest partner", "X describes Y, Z and W as brotherly partners").
The subject is the party before the cue (the main clause's subject for a participle clause, the
head of an apposition before the cue), the object the party right after it, and the kind the noun
that follows the object."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.extract.relations.cues import BY_SHAPE, PAIR_NOUN_KIND
from silkgraph.extract.relations.lists import PAIR_AND_RE, closed_list
from silkgraph.extract.relations.modifiers import CANCEL_RE, voided_after
from silkgraph.extract.relations.parties import NOUN_ASIDE_RE, main_subject, next_list
from silkgraph.extract.relations.view_relative import relative_view
from silkgraph.nlp.prefilter import lower_for_gates

# the kind a singular noun of regard names, where it is not the kind itself ("a threat": adversary)
VIEW_KIND = {"competitor": "rival", "enemy": "adversary", "foe": "adversary", "menace": "adversary", "threat": "adversary", "brother": "ally",
             "friend": "partner", "aggressor": "adversary", "nemesis": "adversary",
             "patron": "partner", "backer": "partner", "protector": "partner", "benefactor": "partner", "occupier": "adversary", "power": "adversary",
             "neighbour": "rival", "neighbor": "rival", "nation": "ally", "country": "ally", "state": "ally", "people": "ally"}
GAP_AND_RE = re.compile(r"\s*,?\s*(?:and|but|while|whereas)\s+(?:the\s+)?", re.I)  # a gapped second object
# an open-class modifier of the view's noun, after the known ones ("a significant regional and
# economic partner", "its most trusted Western partner"): a word, not a function word that would run into another clause
# ("calls Y to become a partner", "sees Y as a threat to the treaty"); each joined by a space, a
# comma or "and"
VIEW_MOD = (r"(?:(?!(?:to|be|become|becoming|a|an|the|its|their|not|no|never|that|which|who|than|of|for|with|in|on|"
            r"at|by|from|into|against|over|and|or|but|as|is|was|are|were)\b)[\w\-]+(?:\s*,\s*|\s+and\s+|\s+))")
VIEW_AS_RE = re.compile(
    r"(?:\s+(?:next\s+door|increasingly|still|now|too|also|chiefly|mainly|largely|primarily|more))?"  # "treats Y next door as", "more as"
    r"\s+(?:as\s+|among\s+)?(?:a|an|its|their|the)?\s*[\"“]?(?:(?:key|vital|strategic|major|important|natural|close|closest|chief|main|"
    r"reliable|potential|primary|principal|commercial|trade|trading|economic|business|investment|energy|development|security|iron|brotherly|fraternal|"
    r"permanent|comprehensive|enhanced|all-weather|time-tested|trusted|privileged|special|good|long-?standing|long-?time|regional|"
    r"sworn|greatest|biggest|old|oldest|traditional|true|mortal|existential|serious|grave|direct|dangerous|growing|"
    r"most|largest|leading|top|foremost|best|staunchest|staunch|loyal|dependable|steadfast|valued|indispensable|"
    r"military|defen[cs]e)\s+)*"  # each adjective once: two ways to match a repeated one would be exponential
    + VIEW_MOD + r"{0,4}?"  # then a few others (bounded: a run of them fails in linear time)
    r"(?P<noun>ally|partner|rival|competitor|adversary|enemy|foe|nemesis|patron|backer|protector|benefactor|"
    r"menace|threat|brother|aggressor|occupier|"
    r"(?<=hostile\s)(?:state|power|country|nation|neighbou?r)|(?<=occupying\s)power|(?<=friendly\s)neighbou?r|"
    r"friend|(?<=brotherly\s)(?:nation|country|state|people)|(?<=fraternal\s)(?:nation|country|state|people))\b",
    re.I)
# the same after a list of parties, with a plural noun: "X views Y and Z as partners"
VIEW_AS_PL_RE = re.compile(VIEW_AS_RE.pattern.split("(?P<noun>")[0] + r"(?P<noun>allies|partners|rivals|competitors|adversaries|enemies|foes|friends)\b",
                           re.I)
# a participle clause after the main clause: "…, while treating Y as a partner"
PARTICIPLE_LEAD_RE = re.compile(r"(?:,\s*|\s)(?:while|whilst|by|all\s+the\s+while)\s+$", re.I)
# between a coordinated subject and its verb: "X and Y (have long) made"
VIEW_SUBJ_GAP_RE = re.compile(r"\s+(?:(?:have|has|had|now|long|both|also|already|\w+ly)\s+)*")
# a clause boundary after a group subject: another clause's subject, not the cue's
CLAUSE_JOIN_RE = re.compile(r"[;,]\s+(?:and|but|while)\s")
# the view verbs that name a view only with "as" ("courted Y as a partner", not "courted Y")
AS_ONLY_RE = re.compile(r"(?:looks?|looked|looking)\s+to|recogni[sz](?:es|ed|ing)|cultivat(?:es|ed|ing)|courts|courted|courting|embrac(?:es|ed|ing)", re.I)
# a view told as past or ended: "once considered", "formerly regarded", "no longer sees", "used to call"
PAST_VIEW_RE = re.compile(r"\b(?:once|formerly|previously|no\s+longer|used\s+to|had\s+(?:once|long)|until\s+(?:recently|then))\s+$", re.I)
# a possessed noun phrase as the view verb's own subject: "its chief ally now treats", "their main rival has called"
OWN_NP_SUBJ_RE = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?(?-i:[a-z])[\w\-]+\s+"
                            r"(?:(?:now|still|also|increasingly|openly|has|have|had|long)\s+)*$", re.I)
# (not a phrase after a preposition: "X, in its new doctrine, calls Y a partner")
PREP_END_RE = re.compile(r"\b(?:in|under|through|with|by|at|from|of|on|for)\s+$", re.I)
# nothing but an article between the cue and its object
OBJ_GAP_RE = re.compile(r"\s*(?:both\s+)?(?:the\s+)?", re.I)  # ("treats both Y and Z as partners")


def views(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    """The pairs the "views" cues of the sentence give ("X views Y as a rival", "X calls Y its
    partner"): the subject before the cue and the object after it, with the kind the noun after the
    object names; also a gapped second object ("Y as an ally and Z as a partner"), a listed object
    with a plural noun ("Y, Z and W as partners") and a coordinated subject ("X and Y have made Z a
    partner")."""
    out: list[tuple[Part, Part, str, int]] = []
    low = lower_for_gates(text)
    for cue in BY_SHAPE.get("views", []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(text, low):  # the pattern's matches, tried where they may start
            subj = [p for p in ps if p.end <= m.start()]
            if m.group(0).endswith("ing") and PARTICIPLE_LEAD_RE.search(text, max(0, m.start() - 14), m.start()):
                main = main_subject(ps, text, m.start())  # "X has bought …, while treating Y as a partner": X
                subj = [main] if main is not None else []
            if subj and subj[-1].kind == "group" and CLAUSE_JOIN_RE.search(text[subj[-1].end:m.start()]):
                continue  # "X and the five states signed …, and Beijing calls Y its partner": no subject here
            obj = [p for p in ps if m.end() <= p.start
                   and OBJ_GAP_RE.fullmatch(text[m.end():p.start])]
            if not obj and (rv := relative_view(ps, text, m.start())) is not None:
                if (vr := VIEW_AS_RE.match(text, m.end())) is not None and (
                        vr.group(0).lstrip().lower().startswith("as ") or not AS_ONLY_RE.fullmatch(m.group(0))) \
                        and not CANCEL_RE.search(vr.group(0)) and not voided_after(text, vr.end()):
                    noun = vr.group("noun").lower()  # "Y, which it regards as a partner": the head is viewed
                    if noun not in ("state", "power", "country", "nation", "people", "neighbour", "neighbor"):
                        out.append((rv[0], rv[1], VIEW_KIND.get(noun, noun), m.start()))
                continue
            if not subj or not obj:
                continue
            own = OWN_NP_SUBJ_RE.search(text, max(subj[-1].end, m.start() - 60), m.start())
            if own is not None and own.start() > subj[-1].end and not PREP_END_RE.search(text, max(0, own.start() - 12), own.start()):
                continue  # "For X, …, its chief ally now treats Y as a partner": the viewer is X's ally, not X
            aside = NOUN_ASIDE_RE.search(text, max(0, m.start() - 100), m.start()) if text.count(",", 0, m.start()) >= 2 else None
            head = next((p for p in subj if p.end == aside.start()), None) if aside is not None else None
            if head is not None:  # "Iran, a member of the SCO and of BRICS, views Y as …": Iran
                subj = [p for p in subj if p.end <= head.end]
            vm = VIEW_AS_RE.match(text, obj[0].end)
            if AS_ONLY_RE.fullmatch(m.group(0)) and (vm is None or not vm.group(0).lstrip().lower().startswith("as ")):
                vm = None  # "courted Y as a partner", "looks to Y as its partner": only with "as"
                if not VIEW_AS_PL_RE.match(text, obj[0].end):
                    continue
            if PAST_VIEW_RE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "X once considered Y a partner", "no longer sees Y as an ally": no view now
            if not vm:  # "X describes Y, Z and W as brotherly partners": each of the list
                lst = closed_list(next_list(ps, text, obj[0].start, 0), text)
                pm = VIEW_AS_PL_RE.match(text, lst[-1].end) if lst else None
                lead = pm.group(0).lstrip().lower() if pm is not None else ""
                # "Y, Z and W as partners"; "counts Y (and Z) among its partners"
                if pm is not None and ((len(lst) >= 2 and lead.startswith("as ")) or lead.startswith("among ")) \
                        and not CANCEL_RE.search(pm.group(0)):
                    kind = PAIR_NOUN_KIND.get(pm.group("noun").lower())
                    out.extend((subj[-1], o, kind, m.start()) for o in lst if kind and o.eid != subj[-1].eid)
                continue
            if CANCEL_RE.search(vm.group(0)) or voided_after(text, vm.end()):
                continue  # "sees Y as a former ally", "as a partner of NATO", "as an enemy during the war": no view now
            noun = vm.group("noun").lower()
            kind = VIEW_KIND.get(noun, noun)
            if noun in ("state", "power", "country", "nation") and text[max(0, vm.start("noun") - 8):vm.start("noun")].lower() == "hostile ":
                kind = "rival"  # "a hostile state" (not "a brotherly state")
            elif noun in ("neighbour", "neighbor") and text[max(0, vm.start("noun") - 9):vm.start("noun")].lower() == "friendly ":
                kind = "partner"  # "a friendly neighbour" (not "a hostile neighbour")
            out.append((subj[-1], obj[0], kind, m.start()))
            nxt = next((p for p in ps if p.start >= vm.end()), None)  # "… Y as an ally and Z as a partner"
            gm = nxt is not None and GAP_AND_RE.fullmatch(text, vm.end(), nxt.start)
            if gm and (vm2 := VIEW_AS_RE.match(text, nxt.end)) and vm2.group(0).lstrip().lower().startswith("as") \
                    and not CANCEL_RE.search(vm2.group(0)):
                k2 = vm2.group("noun").lower()
                out.append((subj[-1], nxt, VIEW_KIND.get(k2, k2), m.start()))
            if len(subj) >= 2 and PAIR_AND_RE.fullmatch(text[subj[-2].end:subj[-1].start]) \
                    and VIEW_SUBJ_GAP_RE.fullmatch(text[subj[-1].end:m.start()]):
                out.append((subj[-2], obj[0], kind, m.start()))  # "X and Y have made Z a partner"
    return out
