"""Statistics: a figure in a clause reported by a speech verb whose subject is a pronoun ("X said on
Friday it would spend N") belongs to the speaker the pronoun stands for, not to the sentence's first
actor; a named reported subject keeps the figure ("X said Y would provide N"), and "it" after a
plural speaker ("engineers warn it could …") stands for no speaker."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_it_after_speech_verb_is_the_speaker() -> None:
    got = _stats("Japan opened a new clinic in Bishkek, and the World Bank said on Friday it would lend "
                 "about $40 million to Kyrgyzstan.")
    assert ("org:world-bank", 4e7, "USD") in got
    assert not any(s == "state:JPN" and v == 4e7 for s, v, _u in got)


def test_named_reported_subject_keeps_the_figure() -> None:
    got = _stats("Turkey hosted the talks, and Germany said Kazakhstan would provide about $30 million for the fund.")
    assert not any(s == "state:DEU" and v == 3e7 for s, v, _u in got)
    assert not any(s == "state:TUR" and v == 3e7 for s, v, _u in got)


def test_it_after_plural_speaker_is_not_the_first_actor() -> None:
    got = _stats("Kazakh engineers warn it could take up to 30 percent of the river's water.")
    assert not any(s == "state:KAZ" and v == 30 for s, v, _u in got)
    got = _stats("Japan built a dam near Bishkek, and engineers warn it could take up to 30 percent of the river's water.")
    assert not any(s == "state:JPN" and v == 30 for s, v, _u in got)
