"""Modality cues scope over their own clause or verb phrase: a cue in a coordinated clause
with its own verb, in a second verb phrase, in a relative clause or in a closing apposition
does not mark a fact outside it; a cue that governs the fact's own verb still does."""

from __future__ import annotations

import pytest

from silkgraph.extract.modality import classify


def mod(sentence: str, trigger: str) -> str:
    return classify(sentence, sentence.index(trigger))


# (sentence, trigger word, modality of the fact triggered there)
GOVERNED = [
    ("Tbilisi reportedly bought howitzers from Paris.", "bought", "reported"),
    ("Kabul allegedly shipped rifles to the rebels.", "shipped", "alleged"),
    ("Minsk claimed that Vilnius had expelled its consul.", "expelled", "claimed"),
    ("Ankara denied selling drones to Bishkek.", "selling", "denied"),
    ("Astana plans to buy helicopters from Rome.", "buy", "planned"),
    ("Dushanbe should deepen ties with New Delhi.", "ties", "recommended"),
    ("If Baku were attacked, Ankara would send troops.", "send", "hypothetical"),
    ("Ashgabat is expected to sign the gas deal.", "sign", "expected"),
    # a cue before a coordinated verb phrase governs both phrases
    ("Local officials said the shelling had killed five people and wounded nine.", "wounded", "reported"),
    ("Tehran reportedly bought the radars and deployed them in the north.", "deployed", "reported"),
    ("Minsk claimed that Vilnius shelled a post and killed two guards.", "killed", "claimed"),
    ("Yerevan could buy the rifles and train the crews.", "train", "hypothetical"),
    # a closing apposition that names the clause as a charge someone dismissed reports on it
    ("Moscow shipped shells to Yerevan, a claim Baku rejected.", "shipped", "denied"),
    ("Officials said Tehran armed the rebels in Herat, a charge Iran dismissed.", "armed", "denied"),
    # a deadline in a future clause
    ("By 2031 Bishkek will field forty drones.", "field", "expected"),
]

# the cue is in another clause or phrase than the fact: the fact keeps its own modality
NOT_GOVERNED = [
    # coordinated clause with its own subject and verb, both orders
    ("Tbilisi signed the accord, and the two ministers reportedly met in Batumi.", "signed", "asserted"),
    ("The two ministers reportedly met in Batumi, and Tbilisi signed the accord.", "signed", "asserted"),
    ("Kabul shipped rifles to the rebels, but its neighbours allegedly paid for them.", "shipped", "asserted"),
    ("Its neighbours allegedly paid for the rifles, but Kabul shipped them to the rebels.", "shipped", "asserted"),
    ("Georgia and Armenia are partners, and both should widen their trade.", "partners", "asserted"),
    ("Both should widen their trade, and Georgia and Armenia are partners.", "partners", "asserted"),
    ("Lawmakers are expected to ratify the pact, and the two presidents are set to meet in Osh.",
     "meet", "planned"),
    # a contrast or concession without a comma
    ("Baku bought radars from Rome while Yerevan should turn to Paris.", "bought", "asserted"),
    ("Yerevan should turn to Paris while Baku bought radars from Rome.", "bought", "asserted"),
    ("Astana plans to buy jets whereas Bishkek leased two helicopters.", "leased", "asserted"),
    # a semicolon
    ("Minsk claimed the drone was Lithuanian; Vilnius expelled its consul.", "expelled", "asserted"),
    ("Vilnius expelled the consul; Minsk claimed the drone was Lithuanian.", "expelled", "asserted"),
    # a second verb phrase of the same subject headed by the cue verb, both orders
    ("Ankara recalled its envoy and denied any role in the raid.", "recalled", "asserted"),
    ("Ankara denied any role in the raid and recalled its envoy.", "recalled", "asserted"),
    ("The group claimed the bombing and demanded a ransom.", "demanded", "asserted"),
    ("The group demanded a ransom and claimed the bombing.", "demanded", "asserted"),
    # a relative clause without a comma names a thing by a standing fact
    ("Officials said they will invest in the port where India signed a lease in 2024.", "signed", "asserted"),
    ("Baku should buy the tanks which Israel offered in 2020.", "offered", "asserted"),
    # a closing summary apposition comments on the clause, it is not governed by it
    ("The envoy said that trade should not harm anyone, a pointed remark given Beijing's quarrel with Hanoi.",
     "quarrel", "asserted"),
    ("Officials would not comment, a silence given Ankara's dispute with Athens.", "dispute", "asserted"),
    # a fronted year of a past-tense clause is no deadline
    ("By 2009 Western officials were accusing Tehran of shipping rifles to Herat.", "shipping", "asserted"),
    ("By 2015 Minsk had bought four radars from Moscow.", "bought", "asserted"),
]

# near misses: the apparent boundary is none, the cue still governs
NEAR_MISSES = [
    # "and" between two -ed words, or before an adjective in -ed: no second verb phrase
    ("Tehran allegedly armed and trained the militias.", "trained", "alleged"),
    ("Moscow reportedly sold tanks and armoured vehicles to Yerevan.", "armoured", "reported"),
    # "and" before a bare infinitive: the modal governs both
    ("Dushanbe should deepen ties with Delhi and expand trade with Tokyo.", "expand", "recommended"),
    ("Astana plans to buy jets and lease helicopters.", "lease", "planned"),
    # a denial with a clause complement covers the whole clause
    ("Minsk denied that Vilnius shelled a post and killed two guards.", "killed", "denied"),
    # an apposition that states a transfer or is long is not split off
    ("Baku would buy the jets, a deal from Rome to Baku.", "deal", "hypothetical"),
    # a sentence frame marks every clause
    ("According to diplomats, Ankara recalled its envoy and the two sides cut trade.", "cut", "reported"),
    # an apposition that is no charge, or a charge confirmed, does not deny
    ("Moscow shipped shells to Yerevan, a sign of support.", "shipped", "asserted"),
    ("Moscow shipped shells to Yerevan, a claim that Baku confirmed.", "shipped", "asserted"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), GOVERNED)
def test_cue_governs_its_own_verb(sentence: str, trigger: str, expected: str) -> None:
    assert mod(sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), NOT_GOVERNED)
def test_cue_does_not_cross_clause(sentence: str, trigger: str, expected: str) -> None:
    assert mod(sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), NEAR_MISSES)
def test_near_misses_keep_the_cue(sentence: str, trigger: str, expected: str) -> None:
    assert mod(sentence, trigger) == expected
