"""Statistics (session 3, t3b): a second possessor's share with its noun left out ("…, when Y's fell
to 51 percent"), reported tolls in the perfect ("X said 105 of its soldiers had been killed"),
populations of a named place, an organisation named again by its common noun ("the bank held …")
and the figure restated after it, and lengths of a work named again ("the line is to run 400 km")."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _stats(body: str) -> set[tuple[str, float, str]]:
    text = "Test headline\n\nBAKU, 3 March 2024 — " + body + "\n"
    return {(f.args["subject"], f.args["value"], f.args["unit"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "statistic"}


def test_elliptical_possessive_share() -> None:
    got = _stats("Observers put Japan's share at 20 percent in 2019, when India's climbed to 33 percent.")
    assert ("state:IND", 33.0, "percent") in got and ("state:JPN", 33.0, "percent") not in got


def test_reported_tolls() -> None:
    assert ("state:GEO", 37.0, "count") in _stats(
        "Tbilisi said on Friday that 37 Georgian soldiers had been killed since the offensive began.")
    assert ("state:UKR", 12.0, "count") in _stats("Ukraine's general staff said 12 of its troops had died in the shelling.")
    assert not _stats("Four soldiers were killed when their truck hit a mine near the border.")
    assert not _stats("Nine soldiers had been killed when the convoy was ambushed on Friday.")


def test_populations() -> None:
    assert ("state:KGZ", 7e6, "count") in _stats("Kyrgyzstan, a country of about 7 million people, depends on remittances.")
    assert ("state:TJK", 10e6, "count") in _stats("Most of Tajikistan's 10 million people live in rural areas.")
    assert ("state:MNG", 3.5e6, "count") in _stats("Mongolia has a population of 3.5 million.")
    assert not _stats("About 5 million people watched the broadcast of the parade.")
    assert not _stats("Police said 300 people attended the rally in Almaty.")


def test_the_bank_and_restated_figure() -> None:
    got = _stats("The Asian Development Bank has lent widely in Tajikistan. In 2019 the bank held 25 percent of the "
                 "country's external debt; by 2024 its $800 million amounted to about 12 percent.")
    assert {("org:adb", 25.0, "percent"), ("org:adb", 800e6, "USD"), ("org:adb", 12.0, "percent")} <= got
    assert not any(s == "org:adb" for s, _v, _u in _stats(
        "The Asian Development Bank opened an office in Tajikistan. In 2022 the government held 25 percent of the "
        "company's shares."))


def test_work_named_again() -> None:
    assert ("program:tapi", 900.0, "km") in _stats(
        "The TAPI pipeline has stalled for years. When built, the 900-kilometre line would carry gas to India.")
    assert not _stats("The Kyrgyz government met on Monday. The line is to run some 400 km through the mountains.")
    assert not any(s == "program:tapi" for s, _v, _u in _stats(
        "The TAPI pipeline has stalled. Troops patrol the 300-km line of contact."))
