"""Relations on unseen wording (session 3f): "his/her country" as the named leader's state;
leaders as the coordinated subject of "reaffirmed their alliance"; a possessed relation noun
before a name ("its CSTO ally Russia", "fellow CSTO allies X and Y"); "the group" as an armed
group named before; business/investment partners in "views X as …"."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _rels(body: str) -> set[tuple[str, str, str]]:
    text = "Test headline\n\nBAKU, 3 March 2024 — " + body + "\n"
    return {(f.args["a"], f.args["b"], f.args["kind"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "relation"}


def test_his_country_is_leaders_state() -> None:
    assert ("state:IRN", "state:ISR", "adversary") in _rels(
        "Iranian President Masoud Pezeshkian said the war between his country and Israel was over.")
    assert ("state:ARM", "state:AZE", "rival") in _rels(
        "Putin met Aliyev, who said the rivalry between his country and Armenia had ended.")


def test_his_country_near_misses() -> None:
    assert not _rels("Analyst Emil Avdaliani said the war between his country and Russia ended.")
    assert not _rels("Aliyev said his country would never accept the rivalry.")


def test_leaders_reaffirm_alliance() -> None:
    assert ("state:KAZ", "state:RUS", "ally") in _rels(
        "Vladimir Putin and Kassym-Jomart Tokayev reaffirmed their alliance in Moscow.")
    assert ("state:AZE", "state:TUR", "ally") in _rels("Ilham Aliyev and Recep Tayyip Erdogan hailed their alliance.")
    assert ("state:ARM", "state:RUS", "ally") in _rels("Armenia and Russia renewed their military alliance in 2010.")


def test_possessed_noun_before_name() -> None:
    assert ("state:KAZ", "state:RUS", "ally") in _rels("Kazakhstan asked its CSTO ally Russia for help.")
    got = _rels("Armenia accused fellow CSTO allies Russia and Belarus of inaction.")
    assert {("state:ARM", "state:BLR", "ally"), ("state:ARM", "state:RUS", "ally")} <= got
    assert ("state:KAZ", "state:RUS", "ally") in _rels("Russia sent troops to Kazakhstan, its CSTO ally.")
    assert ("state:CHN", "state:RUS", "partner") in _rels("Russia welcomed its partner China to the talks.")


def test_possessed_noun_near_misses() -> None:
    got = _rels("Kazakhstan asked its CSTO allies for help.")
    assert not any(k == "ally" and "org:csto" not in (a, b) for a, b, k in got)
    assert not _rels("Kazakhstan asked its neighbours Russia and China for help.")


def test_the_group_as_armed_group() -> None:
    assert ("armed:ttp", "state:PAK", "adversary") in _rels(
        "The TTP killed ten soldiers. Pakistan launched strikes against the group.")
    assert not _rels("Gazprom signed a deal with the TTP. Russia said the group of states was its partner.")


def test_views_business_partner() -> None:
    assert ("armed:taliban", "state:TKM", "partner") in _rels(
        "Turkmenistan treats the Taliban as a business partner rather than a threat.")
    assert ("state:CHN", "state:KAZ", "partner") in _rels("Kazakhstan sees China as an investment partner.")
    assert not _rels("Kazakhstan sees China as a business.")
