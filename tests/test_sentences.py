from __future__ import annotations

from silkgraph.model import Section
from silkgraph.nlp.sentences import split_sentences, split_text


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_text(text, 0, len(text))]


def test_abbreviations_survive() -> None:
    text = (
        "The U.S.-led group paid US$ 1.6 billion. Lt. Gen. Karimov met Dr. Lee and Mr. Ross "
        "near St. Anne, e.g. at No. 3 gate, i.e. the east one, with tents etc. and food. "
        "S. Jaishankar and J. R. R. Tolkien never met. Growth was 1.5 percent. "
        "The institute in Washington DC., and Oslo agreed. She is a Ph.D. candidate. "
        'He said "It is done." Then he left... And that was all. It hurt the U.S. The end!'
    )
    assert _split(text) == [
        "The U.S.-led group paid US$ 1.6 billion.",
        "Lt. Gen. Karimov met Dr. Lee and Mr. Ross near St. Anne, e.g. at No. 3 gate, i.e. "
        "the east one, with tents etc. and food.",
        "S. Jaishankar and J. R. R. Tolkien never met.",
        "Growth was 1.5 percent.",
        "The institute in Washington DC., and Oslo agreed.",
        "She is a Ph.D. candidate.",
        'He said "It is done."',
        "Then he left...",
        "And that was all.",
        "It hurt the U.S.",
        "The end!",
    ]


def test_sections_bound_sentences_and_index_runs() -> None:
    text = "Lead one. Lead two.\nBACKGROUND: Back one. Back two."
    secs = [Section("lead", "", 0, 19), Section("background", "BACKGROUND", 32, len(text))]
    sents = split_sentences(text, secs)
    assert [(text[s.start : s.end], s.section, s.index) for s in sents] == [
        ("Lead one.", "lead", 0),
        ("Lead two.", "lead", 1),
        ("Back one.", "background", 2),
        ("Back two.", "background", 3),
    ]


def test_blank_line_breaks_and_strip() -> None:
    assert _split("  A title without period\n\nThen text.  ") == [
        "A title without period",
        "Then text.",
    ]


def test_large_text() -> None:
    # throughput is measured with a script, not asserted here (shared machines are noisy)
    text = "Gen. Ali met the U.S. envoy on May 7. Trade rose 1.5 percent in 2024! " * 20000
    spans = split_text(text, 0, len(text))
    assert len(spans) == 40000
    assert text[spans[1][0] : spans[1][1]] == "Trade rose 1.5 percent in 2024!"


def test_section_bounds() -> None:
    # nothing outside [start, end) decides a boundary: the token before a period and the
    # word after it are cut at the section's edges
    text = "Xe. Gen. Then more. U.S. the end"
    assert split_text(text, 4, 19) == [(4, 19)]
    assert split_text(text, 0, 8) == [(0, 3), (4, 8)]
