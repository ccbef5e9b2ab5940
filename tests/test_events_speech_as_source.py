"""A speech verb that only sources a reported fact is no statement event (own sentences): a
complement whose subject is a count ("said 14 soldiers were killed") reports a figure, and a
trailing attribution after a clause told as fact ("X have signed a protocol, the ministry said
on Monday") is that fact's source; a plan or view told with a count or before the attribution,
and an attribution coordinated with "and", stay statements."""

from __future__ import annotations

from event_facts import assert_no_event, event_facts, of_type, wire_event_facts


def test_a_counted_complement_is_no_statement() -> None:
    for body in ("On 3 July the Kyrgyz defence ministry said 14 soldiers were killed.",
                 "On 3 July the Kyrgyz border service said that more than 40 people had died in the fighting.",
                 "Kazakhstan's interior ministry said on 3 July that 220 protesters had been injured."):
        assert not of_type(event_facts(body), "statement"), body


def test_a_count_told_as_a_plan_stays_a_statement() -> None:
    got = of_type(event_facts("On 3 July Kazakhstan announced that a further 30,000 tonnes of grain would "
                              "travel through the port of Aktau."), "statement")
    assert [(f.args["actors"], f.args["date"]) for f in got] == [(["state:KAZ"], "2024-07-03")]


def test_a_trailing_attribution_of_a_fact_is_no_statement() -> None:
    for body in ("More than 5,000 people have left the valley since Sunday, the Tajik government said on Monday.",
                 "Trade across the Caspian has doubled since January, the Kazakh government said on Monday, as "
                 "new ferries entered service.",
                 "Grain exports through Aktau have risen to two million tonnes, Kazakhstan's transport ministry "
                 "said on Monday."):
        assert_no_event(body, "statement")


def test_a_view_before_the_attribution_stays_a_statement() -> None:
    got = of_type(wire_event_facts("Uzbekistan will reopen its border with Tajikistan next month, Uzbek Foreign "
                                   "Minister Bakhtiyor Saidov told reporters on Monday."), "statement")
    assert [(f.args["actors"], f.args["date"]) for f in got] == [(["state:UZB"], "2024-03-11")]


def test_a_coordinated_speech_verb_is_no_attribution() -> None:
    got = of_type(wire_event_facts("The talks ended without a deal, and Uzbekistan said on Monday it would "
                                   "recall its envoy."), "statement")
    assert [(f.args["actors"], f.args["date"]) for f in got] == [(["state:UZB"], "2024-03-11")]
