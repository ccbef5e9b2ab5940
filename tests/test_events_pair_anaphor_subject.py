""""Both countries" in a clause about the sentence's subject state: the pair includes that subject
(the pair the article names together), not the last two-state event told about others.  Own
sentences."""

from __future__ import annotations

from event_facts import source_facts

TEXT = ("Test headline about the region\n\n"
        "India and Pakistan fought a short war in May 2023. India and Pakistan both blamed the other. "
        "Washington later courted Islamabad. On 18 June 2023 Donald Trump met Nepal's prime minister in Washington. "
        "In late June 2023 New Delhi refused to endorse a statement of the Shanghai Cooperation Organisation, to "
        "which both countries have belonged since 2017.\n"
        "Published: 12 March 2024\n")


def test_both_countries_include_the_subject_state() -> None:
    got = [f for f in source_facts(TEXT, "membership") if f.args.get("organization") == "org:sco"]
    members = {f.args["member"] for f in got}
    assert "state:IND" in members
    assert not members & {"state:USA", "state:NPL"}
