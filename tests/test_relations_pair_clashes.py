"""Hostility told between a pair without a relation word: "the deadliest clash between the two
armies", a paragraph-opening "the worst clash between the two countries" (the pair the title
names), "X and Y soldiers scuffled", "exchanged small-arms fire"; and near misses: fighting on
the same side ("fought side by side", "fought rebels"), ethnic communities ("clashes between
ethnic Kazakhs and Kyrgyz"), a clash of fans."""

from __future__ import annotations

from dateline_facts import relation_triples

BYLINE = "By Maria Ortega\n12 May 2021\n"


def _rels(body: str, title: str = "Test headline") -> set[tuple[str, str, str]]:
    return relation_triples(body, f"{title}\n{BYLINE}")


def _hostile(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    x, y = sorted((a, b))
    return (x, y, "adversary") in got or (x, y, "rival") in got


def test_clash_between_the_two_armies() -> None:
    got = _rels("Ghanaian and Peruvian commanders met on Monday, a week after the deadliest clash "
                "between the two armies in decades.")
    assert _hostile(got, "state:GHA", "state:PER")


def test_paragraph_opening_clash_between_the_title_pair() -> None:
    body = ("Ghana has rearmed since the war. Peru has turned to new suppliers. Brazil and Mexico sell to both.\n\n"
            "The fighting was the worst clash between the two countries since 1971.")
    got = _rels(body, "Ghana and Peru After the War")
    assert _hostile(got, "state:GHA", "state:PER")
    assert not _hostile(got, "state:BRA", "state:MEX")


def test_soldiers_scuffled_and_small_arms_fire() -> None:
    assert _hostile(_rels("Ghanaian and Peruvian soldiers scuffled and threw stones near the lake."),
                    "state:GHA", "state:PER")
    assert _hostile(_rels("Ghanaian and Peruvian soldiers exchanged small-arms fire along the border."),
                    "state:GHA", "state:PER")


def test_near_miss_fighting_on_the_same_side() -> None:
    assert not _hostile(_rels("Ghanaian and Peruvian troops fought side by side in the exercise."),
                        "state:GHA", "state:PER")
    assert not _hostile(_rels("Ghanaian and Peruvian forces fought rebels near the river."),
                        "state:GHA", "state:PER")


def test_near_miss_ethnic_communities_and_fans() -> None:
    assert not _hostile(_rels("Clashes between ethnic Kazakh and Kyrgyz residents broke out in the town."),
                        "state:KAZ", "state:KGZ")
    assert not _hostile(_rels("In 2010 fighting between ethnic Tajiks and Kyrgyz left dozens dead."),
                        "state:TJK", "state:KGZ")
    assert not _hostile(_rels("Fans of Ghanaian and Peruvian clubs clashed over tickets after a match."),
                        "state:GHA", "state:PER")


def test_near_miss_civilians_brawling_and_a_third_party() -> None:
    assert not _rels("Ghanaian and Peruvian villagers scuffled near the border on Saturday.")
    assert not _rels("Ghanaian and Peruvian traders brawled at the crossing on Saturday.")
    got = _rels("Ghanaian and Peruvian forces exchanged mortar fire with rebel fighters on Monday.")
    assert not _hostile(got, "state:GHA", "state:PER")
    got = _rels("Ghanaian and Peruvian troops scuffled with protesters near the embassy.")
    assert not _hostile(got, "state:GHA", "state:PER")
    got = _rels("Ghanaian and Peruvian troops clashed with militants in the hills on Monday.")
    assert not _hostile(got, "state:GHA", "state:PER")
    got = _rels("Ghanaian and Peruvian patrols exchanged fire with each other near the river on Monday.")
    assert _hostile(got, "state:GHA", "state:PER")
