"""An amount whose only actor is a demonym premodifying another body's noun (a company, a
committee, diplomats, the press) is not the state's: "the Indian company is to invest $120
million", "Iranian diplomats put trade at $2 billion"; near misses: shares told for "Israeli
firms", amounts of "the Pakistani government", a state named as a noun."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def _subjects(body: str) -> set[str]:
    return {s for s, _v, _u in _stats(body)}


def test_company_committee_diplomats_press() -> None:
    assert "state:IND" not in _subjects("Under the contract, the Indian company is to invest about $120 million in the Chabahar terminal.")
    assert "state:PAK" not in _subjects(
        "A Pakistani cabinet committee approved an 80-kilometre segment of the pipeline, estimated at about $158 million.")
    assert "state:IRN" not in _subjects("Annual trade, which Iranian diplomats put at a little over $2 billion, has stagnated.")
    assert "state:EGY" not in _subjects("Estimates in the Egyptian press range from $2 billion to $3 billion.")
    assert "state:CHN" not in _subjects("A Chinese state-owned firm will build the line for $1.2 billion.")


def test_near_misses() -> None:
    assert ("state:ISR", 60.0, "percent") in _stats("Israeli firms supplied about 60 percent of Azerbaijan's arms imports in 2015-2019.")
    assert ("state:PAK", 5e8, "USD") in _stats("The Pakistani government allocated $500 million to the pipeline in 2024.")
    assert ("state:KAZ", 3e8, "USD") in _stats("Kazakhstan's budget set aside $300 million for the port in 2024.")
