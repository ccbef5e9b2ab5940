"""A sentence holding more gas or cargo volumes than statistics.volumes.MAX_VOLUMES is a table, not
figures told of their carriers: it gives no volume statistics (and costs linear work, since every
figure's carrier search would rescan the sentence)."""

from __future__ import annotations

from event_facts import statistic_triples as _stats

from silkgraph.extract.statistics import volumes as V


def test_a_few_volumes_in_one_sentence_stay() -> None:
    got = _stats("Turkmenistan exported 33 billion cubic metres of gas to China and 6 bcm to Russia in 2023.")
    assert ("state:TKM", 33.0, "bcm") in got


def test_a_run_of_volumes_is_no_statistic_and_costs_no_carrier_search(monkeypatch) -> None:
    calls = 0
    real = V._carrier

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(V, "_carrier", counting)
    run = ", ".join(f"{i} bcm" for i in range(1, 301))
    got = _stats(f"Turkmenistan's pipelines would carry {run} a year.")
    assert not any(u == "bcm" for _s, _v, u in got)
    assert calls == 0
