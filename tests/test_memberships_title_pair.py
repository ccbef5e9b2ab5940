"""A pair anaphor that opens a paragraph ("Both countries are members of ...") stands for the pair
the article's title coordinates (by name or capital), not for the larger states named just
before it (silkgraph.resolve.pairs_anaphora) -- unless the previous sentence opens with two
states as its subject ("India and China have long competed …"), whose pair it takes up."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source

BYLINE = "By Maria Ortega\n12 May 2021\n"
BODY = ("Ghana has courted investment from abroad. Peru has stayed cautious.\n\n"
        "The claims of Brazil and Mexico weigh on both.\n\n"
        "Both countries are members of the Shanghai Cooperation Organisation.\n")


def _mems(title: str, body: str = BODY) -> set[tuple[str, str]]:
    text = f"{title}\n{BYLINE}{body}"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_title_names_the_pair() -> None:
    got = _mems("Ghana and Peru Between Two Giants")
    assert {("state:GHA", "org:sco"), ("state:PER", "org:sco")} <= got
    assert ("state:BRA", "org:sco") not in got and ("state:MEX", "org:sco") not in got


def test_title_pair_by_capitals_and_hyphen() -> None:
    for title in ("Accra, Lima and the Cost of Neutrality", "Ghana-Peru: A Quiet Friendship"):
        got = _mems(title)
        assert {("state:GHA", "org:sco"), ("state:PER", "org:sco")} <= got, title
        assert ("state:MEX", "org:sco") not in got, title


def test_the_two_states_and_both_governments() -> None:
    for subj in ("The two states belong to", "Both governments are members of"):
        got = _mems("Ghana and Peru Between Two Giants",
                    BODY.replace("Both countries are members of", subj))
        assert {("state:GHA", "org:sco"), ("state:PER", "org:sco")} <= got, subj


def test_near_misses_title_without_a_coordinated_pair() -> None:
    # a title naming one state, or two states not coordinated, names no pair
    for title in ("Hedging Between Two Giants", "How Ghana Came to Court Peru's Investors"):
        got = _mems(title)
        assert ("state:GHA", "org:sco") not in got or ("state:PER", "org:sco") not in got, title


def test_previous_sentence_subject_pair_wins_over_the_title() -> None:
    body = ("Ghana has courted investment from abroad.\n\n"
            "Brazil and Mexico have long competed for influence in the region.\n\n"
            "Both countries are members of the Shanghai Cooperation Organisation.\n")
    got = _mems("Ghana and Peru Between Two Giants", body)
    assert {("state:BRA", "org:sco"), ("state:MEX", "org:sco")} <= got
    assert ("state:GHA", "org:sco") not in got and ("state:PER", "org:sco") not in got
