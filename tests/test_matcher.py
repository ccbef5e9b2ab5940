"""Matcher behaviour: boundaries, case rules, variants, longest match, offsets."""

from __future__ import annotations

import pytest

from silkgraph.knowledge import Knowledge, Match, load_knowledge


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return load_knowledge(None)


def ids(kb: Knowledge, text: str) -> list[str]:
    return [m.candidates[0][0] for m in kb.find(text)]


def texts(kb: Knowledge, text: str) -> list[str]:
    return [m.text for m in kb.find(text)]


def test_offsets_point_into_text(kb: Knowledge) -> None:
    text = "İstanbul hosted Gökdoğan tests; “JF-17” jets flew over Türkiye’s coast."
    ms = kb.find(text)
    assert ms
    for m in ms:
        assert isinstance(m, Match)
        assert text[m.start : m.end] == m.text
    assert [m.text for m in ms] == ["İstanbul", "Gökdoğan", "JF-17", "Türkiye"]


def test_sorted_and_non_overlapping(kb: Knowledge) -> None:
    ms = kb.find("Pakistan Air Force and Islamic State Khorasan Province in Kabul, Pakistan.")
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:], strict=False))
    assert [m.candidates[0][0] for m in ms] == ["org:paf", "armed:iskp", "place:kabul", "state:PAK"]


def test_acronyms_are_case_sensitive(kb: Knowledge) -> None:
    assert ids(kb, "The US and the SCO.") == ["state:USA", "org:sco"]
    assert ids(kb, "let us focus on the sco") == []
    assert ids(kb, "PAF, CAC, TAI and PAC") == ["org:paf", "company:cac", "company:tai", "company:pac"]


def test_us_with_dots(kb: Knowledge) -> None:
    assert texts(kb, "the U.S.-led coalition") == ["U.S."]
    assert ids(kb, "the U.S.-led coalition") == ["state:USA"]


def test_names_need_capitals(kb: Knowledge) -> None:
    assert ids(kb, "a turkey dinner on china plates in chad") == []
    assert ids(kb, "Turkey, China and Chad") == ["state:TUR", "state:CHN", "state:TCD"]
    assert ids(kb, "PAKISTAN AND CHINA") == ["state:PAK", "state:CHN"]
    assert ids(kb, "a URI scheme") == []


def test_demonym_in_compound(kb: Knowledge) -> None:
    ms = kb.find("Pakistani-backed militants and Afghan-Pakistani ties")
    assert [(m.text, m.candidates[0]) for m in ms] == [
        ("Pakistani", ("state:PAK", "demonym")),
        ("Afghan", ("state:AFG", "demonym")),
        ("Pakistani", ("state:PAK", "demonym")),
    ]


def test_plural(kb: Knowledge) -> None:
    assert texts(kb, "Pakistanis bought F-16s and Rafales") == ["Pakistani", "F-16", "Rafale"]


def test_combining_form(kb: Knowledge) -> None:
    assert [(m.text, m.candidates[0]) for m in kb.find("Sino-Indian border")] == [
        ("Sino-", ("state:CHN", "adjective")),
        ("Indian", ("state:IND", "demonym")),
    ]
    assert ids(kb, "Sino and Russo are words") == []
    assert ids(kb, "the Indo-Pacific") == ["place:indo-pacific"]


def test_dash_and_quote_variants(kb: Knowledge) -> None:
    assert ids(kb, "Pakistan–India and Pakistan—India") == ["state:PAK", "state:IND"] * 2
    assert ids(kb, "Pakistan’s and Pakistan's") == ["state:PAK", "state:PAK"]
    assert ids(kb, "JF 17, JF17 and JF-17") == ["wpn:jf-17"] * 3
    assert ids(kb, "Nagorno Karabakh") == ["place:nagorno-karabakh"]


def test_word_boundaries(kb: Knowledge) -> None:
    assert ids(kb, "Tajikistan") == ["state:TJK"]
    assert ids(kb, "Tajikistani") == ["state:TJK"]
    assert ids(kb, "Scotland") == []
    assert ids(kb, "unUSual USA") == ["state:USA"]


def test_longest_match_wins(kb: Knowledge) -> None:
    assert ids(kb, "JF-17 Thunder Block III") == ["wpn:jf-17-block-iii"]
    assert ids(kb, "JF-17 Block III") == ["wpn:jf-17-block-iii"]
    assert ids(kb, "JF-17 Thunder") == ["wpn:jf-17"]
    assert ids(kb, "the Pakistani Taliban") == ["armed:ttp"]
    assert ids(kb, "Xi'an and Xi") == ["place:xian", "person:xi-jinping"]


def test_capital_dual_role(kb: Knowledge) -> None:
    (m,) = kb.find("Kabul")
    assert set(m.candidates) == {("place:kabul", "name"), ("state:AFG", "capital")}
    (m,) = kb.find("Tel Aviv")
    assert ("state:ISR", "capital") in m.candidates


def test_common_words_do_not_fire(kb: Knowledge) -> None:
    for word in ("Hawk", "Tiger", "Storm", "Leopard", "Bison", "Defender", "Commando"):
        assert kb.find(f"The {word} was seen.") == [], word
    assert kb.lookup("Hawk")  # still looked up


def test_diacritics_and_case(kb: Knowledge) -> None:
    assert ids(kb, "GÖKDOĞAN and Gokdogan and Bozdoğan") == ["wpn:gokdogan", "wpn:gokdogan", "wpn:bozdogan"]
    assert ids(kb, "Erdoğan met Erdogan") == ["person:recep-tayyip-erdogan"] * 2


def test_ambiguous_alias_returns_all(kb: Knowledge) -> None:
    (m,) = kb.find("Sharif")
    assert {c[0] for c in m.candidates} == {"person:shehbaz-sharif", "person:nawaz-sharif"}


def test_empty_and_plain_text(kb: Knowledge) -> None:
    assert kb.find("") == []
    assert kb.find("the quick brown fox jumps over the lazy dog") == []
