"""A sentence that opens as another matter ("In a separate operation, …", "Separately, …") tells a new
act even when its type, day and parties are those of an act told before; without the opening, the
same act told again is one event with two pieces of evidence."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.extract.events.additive import told_apart


def test_told_apart_openings() -> None:
    for s in ["In a separate operation, police detained two Russian citizens.",
              "Separately, police detained two Russian citizens.",
              "In another raid, police detained two Russian citizens.",
              "During a second sweep, police detained two Russian citizens."]:
        assert told_apart(s, s.index("detained")), s
    for s in ["In a separate statement, the ministry said police detained two Russian citizens.",  # a report
              "Separately, the spokesman said police had detained two Russian citizens.",
              "Police detained two Russian citizens in a separate operation.",  # not an opening
              "In Baku, police detained two Russian citizens.",
              "Police, in a separate operation, detained two Russian citizens."]:
        assert not told_apart(s, s.index("detained")), s


_TOLD = ("Azerbaijani police on Monday raided the Baku office of the Russian state news agency. "
         "{second} police detained several Russian citizens in Baku.")


def test_a_separate_operation_is_a_second_event() -> None:
    two = of_type(event_facts(_TOLD.format(second="In a separate operation,")), "coercion")
    one = of_type(event_facts(_TOLD.format(second="On Monday,")), "coercion")
    assert len(two) == len(one) + 1, (two, one)
