"""An admission the text only weighs is no asserted membership (own sentences): "may admit X",
"is considering admitting X", "is weighing X's accession" (planned or hypothetical).  Near misses
stay asserted: the month "May", a modal of another verb, a deliberation verb with no act after it,
a membership discussed that already stands."""

from __future__ import annotations

from event_facts import source_facts

OPENING = "Test headline about the region\n\nALMATY, 5 July 2024 (Test Wire) – "


def moods(body: str) -> dict[tuple[str, str], str]:
    return {(str(f.args["member"]), str(f.args["organization"])): f.modality
            for f in source_facts(OPENING + body, "membership")}


def test_deliberated_admission_is_planned() -> None:
    assert moods("The SCO is weighing admitting Belarus as a full member.").get(("state:BLR", "org:sco")) == "planned"
    assert moods("The EAEU is considering admitting Mongolia as an observer.").get(("state:MNG", "org:eaeu")) \
        == "planned"
    assert moods("The EAEU is weighing Uzbekistan's accession to the union.").get(("state:UZB", "org:eaeu")) \
        == "planned"


def test_may_admit_is_hypothetical() -> None:
    assert moods("The CSTO may accept Serbia as an observer.").get(("state:SRB", "org:csto")) == "hypothetical"
    assert moods("The SCO may soon admit Belarus as a full member.").get(("state:BLR", "org:sco")) == "hypothetical"


def test_near_misses_stay_asserted() -> None:
    assert moods("In May the SCO admitted Iran as a full member.").get(("state:IRN", "org:sco")) == "asserted"
    assert moods("The SCO, which may meet again in May, admitted Belarus as a full member.").get(
        ("state:BLR", "org:sco")) == "asserted"
    assert moods("Leaders discussed Armenia's membership in the EAEU, which dates to 2015.").get(
        ("state:ARM", "org:eaeu")) == "asserted"
    assert moods("The EAEU has admitted Armenia as a member.").get(("state:ARM", "org:eaeu")) == "asserted"
