"""Relations whose parties are told through leaders and pronouns (own sentences): "his country"
as the named leader's state, leaders as the coordinated subject of "reaffirmed their alliance",
"the two leaders", appositions of a leader's state, an "It" subject, hosted forces, and no relation
for a new clause's subject."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples, facts, pairs, relation_triples


def test_his_country_is_leaders_state() -> None:
    assert ("state:IRN", "state:ISR", "adversary") in relation_triples(
        "Iranian President Masoud Pezeshkian said the war between his country and Israel was over.")
    assert ("state:ARM", "state:AZE", "rival") in relation_triples(
        "Putin met Aliyev, who said the rivalry between his country and Armenia had ended.")


def test_his_country_near_misses() -> None:
    assert not relation_triples("Analyst Emil Avdaliani said the war between his country and Russia ended.")
    assert not relation_triples("Aliyev said his country would never accept the rivalry.")


def test_leaders_reaffirm_alliance() -> None:
    assert ("state:KAZ", "state:RUS", "ally") in relation_triples(
        "Vladimir Putin and Kassym-Jomart Tokayev reaffirmed their alliance in Moscow.")
    assert ("state:AZE", "state:TUR", "ally") in relation_triples("Ilham Aliyev and Recep Tayyip Erdogan hailed their alliance.")
    assert ("state:ARM", "state:RUS", "ally") in relation_triples("Armenia and Russia renewed their military alliance in 2010.")


def test_leaders_and_appositions() -> None:
    assert ("state:KAZ", "state:KGZ", "ally") in asserted_relation_triples("Tokayev and Japarov met on Monday. The two leaders hailed their alliance.")
    assert ("state:RUS", "state:TJK", "partner") in asserted_relation_triples("Tajikistan, a CSTO member, hosts a Russian base.")
    got = asserted_relation_triples("Iran, a member of the SCO since 2023, views the United States as its main adversary.")
    assert ("state:IRN", "state:USA", "adversary") in got and not any("org:" in a + b for a, b, _ in got)


def test_it_subject_and_hosted_forces() -> None:
    got = facts("Azerbaijan won the war. It later signed an alliance declaration with Moscow.", "relation")
    assert [(a["a"], a["b"], a["kind"]) for a in got] == [("state:AZE", "state:RUS", "ally")]
    assert ("state:KGZ", "state:RUS", "partner") in pairs("Kyrgyzstan hosts a Russian air base at Kant.")
    assert ("state:QAT", "state:USA", "partner") in pairs("Qatar, which hosts some 10,000 U.S. troops, is rich.")


def test_no_relation_for_a_new_clause_subject() -> None:
    got = pairs("Washington and Brussels imposed sanctions, and the region's capitals now weigh their security "
                "ties with Moscow.")
    assert all("state:RUS" not in (a, b) for a, b, _k in got)
