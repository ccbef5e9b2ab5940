"""A modal in reported speech without "that" is a reported intention or estimate, not a
scenario; a reported conditional and a conditional or counterfactual in the writer's voice
stay hypothetical."""

from __future__ import annotations

import pytest

from silkgraph.extract.modality import classify

NOT_HYPOTHETICAL = [
    ("Tbilisi said on Monday the ministry would close the consulate in Sukhumi.", "close"),
    ("Mirziyoyev said Uzbekistan would lend $40 million to the project.", "lend"),
    ("Engineers warn the dam could cut the lake's inflow by a third.", "cut"),
    ("The two governments said they would pursue joint production of the rifle.", "pursue"),
    ("The ministry told reporters officials would buy six more patrol boats.", "buy"),
    ("The fine, ministers have said, could reach $2 billion.", "reach"),
]

HYPOTHETICAL = [
    # a reported conditional
    ("Dushanbe said the police would expel the envoys if the raids continued.", "expel"),
    ("The envoy said that Moscow would send troops if the border were attacked.", "send"),
    ("Yerevan said on Friday that unless Baku withdrew, it would suspend the talks.", "suspend"),
    ("Baku said if Yerevan signed, it would open the border.", "open"),
    # conditionals and consequences in the writer's voice
    ("If Moscow cut supplies, Astana would turn to Ankara.", "turn"),
    ("A new war would close the corridor to Europe.", "close"),
    ("Were Ankara to withdraw, Baku would buy drones from Israel.", "buy"),
    # a fear is no report: the feared outcome stays a scenario
    ("Officials fear a blockade could starve the enclave.", "starve"),
]


@pytest.mark.parametrize(("sentence", "trigger"), NOT_HYPOTHETICAL, ids=[s[:40] for s, _ in NOT_HYPOTHETICAL])
def test_reported_modal_is_not_a_scenario(sentence: str, trigger: str) -> None:
    assert classify(sentence, sentence.index(trigger)) in ("asserted", "reported")


@pytest.mark.parametrize(("sentence", "trigger"), HYPOTHETICAL, ids=[s[:40] for s, _ in HYPOTHETICAL])
def test_conditional_stays_hypothetical(sentence: str, trigger: str) -> None:
    assert classify(sentence, sentence.index(trigger)) == "hypothetical"


def test_recommendation_in_the_writers_voice_unchanged() -> None:
    s = "Brussels should fund the border demarcation."
    assert classify(s, s.index("fund")) == "recommended"


def test_reported_frame_does_not_reach_a_later_main_clause() -> None:
    s = "Kabul said it would reopen the crossing, but Tashkent could close its own if attacked."
    assert classify(s, s.index("close")) == "hypothetical"
