"""A membership the text tells as over gives none (own sentences): a past or verbless cue whose
organisation is followed by "until" and an event or a year, a past-time adverb closing the cue's
phrase ("both observers at the ORG once"), "former" inside the cue.  Near misses keep the
membership: "until now", a present cue with "until", "until" in another clause, "once" told of
another act, "former" describing a past polity ("six former Soviet states")."""

from __future__ import annotations

from dateline_facts import members


def test_apposition_until_an_event_ends_the_membership() -> None:
    found = members("Belarus and Armenia, allies in the CSTO until Yerevan's walkout, still share a rail link.")
    assert ("state:ARM", "org:csto") not in found
    assert ("state:BLR", "org:csto") not in found


def test_past_cue_until_a_clause_ends_the_membership() -> None:
    found = members("Tajikistan and Armenia were allies in the CSTO until Yerevan suspended its role.")
    assert not {("state:ARM", "org:csto"), ("state:TJK", "org:csto")} & found
    assert ("state:GEO", "org:cis") not in members("Georgia was a member of the CIS until the war with Russia.")
    assert ("state:MDA", "org:eaeu") not in members(
        "Moldova was an observer at the EAEU until the new government took office.")


def test_until_a_year_after_an_apposition_or_a_past_verb() -> None:
    found = members("Uzbekistan and Russia, allies in the CSTO until 2012, still cooperate.")
    assert not {("state:UZB", "org:csto"), ("state:RUS", "org:csto")} & found
    assert ("state:GEO", "org:cis") not in members("Georgia belonged to the CIS until 2009.")


def test_until_near_misses_keep_the_membership() -> None:
    assert {("state:ARM", "org:csto"), ("state:RUS", "org:csto")} <= members(
        "Armenia and Russia are allies in the CSTO until now, officials insist.")
    assert {("state:KAZ", "org:csto"), ("state:RUS", "org:csto")} <= members(
        "Kazakhstan and Russia, allies in the CSTO, kept talking until late at night.")
    assert ("state:ARM", "org:csto") in members("Armenia remains a member of the CSTO until its exit takes effect.")
    assert ("state:KGZ", "org:eaeu") in members(
        "Kyrgyzstan is a member of the EAEU, and its parliament waited until May to ratify the deal.")
    assert {("state:TJK", "org:csto"), ("state:KGZ", "org:csto")} <= members(
        "Tajikistan and Kyrgyzstan, both members of the CSTO since 1992, clashed again until a truce.")


def test_a_past_adverb_closing_the_apposition_ends_it() -> None:
    found = members("Iran and Mongolia, both observers at the SCO once, now differ.")
    assert not {("state:IRN", "org:sco"), ("state:MNG", "org:sco")} & found
    found = members("Belarus and Iran, both observers at the SCO in the past, became full members.")
    assert not {("state:IRN", "org:sco"), ("state:BLR", "org:sco")} & found


def test_once_told_of_another_act_keeps_the_membership() -> None:
    assert {("state:KAZ", "org:eaeu"), ("state:KGZ", "org:eaeu")} <= members(
        "Kazakhstan and Kyrgyzstan, both members of the EAEU, once fought over tariffs.")
    assert ("state:UZB", "org:sco") in members("Uzbekistan, an SCO member, once fought Tajikistan over water.")
    assert ("state:IRN", "org:sco") in members("Iran joined the SCO once its talks with India ended.")


def test_former_polity_is_no_past_membership() -> None:
    found = members("The Collective Security Treaty Organization, which groups six former Soviet states "
                    "including Russia and Belarus, met.")
    assert {("state:RUS", "org:csto"), ("state:BLR", "org:csto")} <= found
    # a former member is none
    assert ("state:MDA", "org:cis") not in members("Moldova, a former member of the CIS, left.")
    assert ("state:GEO", "org:cis") not in members("Georgia, a former CIS member, protested.")
