"""A telephone call told as the medium of another act is a meeting of its two parties (our own
sentences): "apologised to Y in a telephone call", "offered condolences to Y in a call on
Wednesday", "spoke by telephone on Wednesday with Y"; a "call for calm" or "a call on all sides" is
no meeting."""

from __future__ import annotations

from event_facts import HEADLINE, assert_no_event, event_facts, of_type


def _meeting_parties(body: str) -> list[set[str]]:
    return [set(f.args.get("actors") or []) for f in of_type(event_facts(body, HEADLINE), "meeting")]


def test_an_act_told_in_a_telephone_call_is_also_a_meeting() -> None:
    body = "On 6 July 2024, Putin apologised to Tokayev in a telephone call, the Kremlin said."
    assert {"state:RUS", "state:KAZ"} in _meeting_parties(body)
    assert of_type(event_facts(body, HEADLINE), "concession")  # the apology stays


def test_a_bare_call_with_its_day_after_a_relative_clause() -> None:
    body = ("On 5 July 2024 the bloc met. Chinese President Xi Jinping, who paid a state visit to Kazakhstan in June, "
            "also offered condolences to Tokayev in a call on Wednesday, the ministry said.")
    assert any({"state:CHN", "state:KAZ"} <= p for p in _meeting_parties(body))


def test_spoke_by_telephone_with_a_day_between() -> None:
    body = "On 5 July 2024 Aliyev spoke by telephone on Wednesday with Kazakh President Kassym-Jomart Tokayev."
    assert any({"state:AZE", "state:KAZ"} <= p for p in _meeting_parties(body))


def test_a_call_for_calm_is_no_meeting() -> None:
    assert_no_event("On 5 July 2024 the Uzbek minister repeated the appeal in a call for calm.", "meeting")
    assert_no_event("On 5 July 2024 Tokayev urged restraint in a call on all sides to stop the fighting.", "meeting")
