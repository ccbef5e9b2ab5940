"""One membership fact per (member, organisation) per article: a new one, or evidence (and a
firmer modality, role or "since" date) added to the one told before."""

from __future__ import annotations

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import ArticleState, Part, add_evidence
from silkgraph.extract.memberships.cues import PROGRAMME_ROLES, WEAK, Cue
from silkgraph.extract.memberships.mood import weighed_mood
from silkgraph.extract.memberships.since import since_of
from silkgraph.model import Fact


def emit(sv: SentenceView, ctx: ArticleContext, st: ArticleState, cue: Cue, mem: Part, org: str,
          why: str | None, pos: int, member_why: str | None = None, end: int | None = None,
          role: str | None = None, since_given: tuple[str | None, str | None] | None = None) -> Fact | None:
    """The membership fact of ``mem`` in ``org`` told by a cue match at ``pos``, with its "since"
    date; None when the article told it before (the earlier fact takes the evidence, a stronger
    modality, a full membership over an observer's, and a date it lacked).  ``since_given``: the
    date the clause gives this member already (a "respectively" pairing), used instead.
    An admission the text only weighs takes its mood (``mood.py``).
    A state's own body (a navy, a ministry: an organisation with a country) has no member states:
    "the patrol vessels, which joined the Sri Lankan navy in 2017" tells no state's membership."""
    if mem.eid.startswith("state:") and getattr(ctx.entity(org), "country", None) and org not in PROGRAMME_ROLES:
        return None  # (a programme of one state's making, "China's Belt and Road Initiative", has parties)
    since, stext = since_of(sv, ctx, pos, end if cue.member == "after_clause" else None, cue.since_only) \
        if cue.dated and since_given is None else (since_given or (None, None))
    key = (mem.eid, org)
    old = st.memberships.get(key)
    if old is not None:
        add_evidence(old, sv)
        if old.modality in WEAK and cue.modality:
            old.modality = cue.modality
        new_role = role or cue.role
        if old.args.get("role") in ("observer", "partner") and new_role == "member" and \
                ctx.fact("membership", sv, {}, sv.abs(pos), modality=cue.modality).modality == "asserted":
            # "X, an observer since 2015, became a full member in 2024": the full membership holds
            old.args["role"] = "member"
            old.args.pop("since", None)
            old.args.pop("since_text", None)
        if since and not old.args.get("since"):
            old.args["since"] = since
            old.args["since_text"] = stext
        return None
    args = {"member": mem.eid, "organization": org, "role": role or cue.role, "since": since,
            "since_text": stext}
    inf = {"organization": why} if why else {}
    if member_why:
        inf["member"] = member_why
    f = ctx.fact("membership", sv, args, sv.abs(pos), modality=cue.modality, inferences=inf)
    if cue.modality is None and f.modality == "asserted":  # "The SCO may admit X", "is considering admitting X"
        f.modality = weighed_mood(sv.text, pos, end if end is not None else pos) or f.modality
    st.memberships[key] = f
    return f
