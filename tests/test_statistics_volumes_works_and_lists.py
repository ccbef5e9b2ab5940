"""Statistics: volumes of gas and cargo (bcm, tonnes) with the work or state that carries them; a
work's length and cost told of its common noun; shares in parallel lists ("X, Y and Z … 6, 4 and 4
percent"); counts of a state's people told with its demonym; and near misses that stay no statistic."""

from __future__ import annotations

from event_facts import statistic_triples as _stats

PIPE = "The TAPI pipeline was launched by Turkmenistan in 2015. "


def test_gas_volume_of_a_state_and_of_a_named_work() -> None:
    assert ("state:TKM", 33.0, "bcm") in _stats("Turkmenistan exported 33 billion cubic metres of gas to China in 2023.")
    assert ("state:AZE", 12.9, "bcm") in _stats("Azerbaijan exported 12.9 bcm of gas to Europe in 2024.")
    got = _stats("The Turkmenistan–Afghanistan–Pakistan–India (TAPI) pipeline is meant to carry 33 billion cubic "
                 "metres a year over 1,814 km from Galkynysh.")
    assert ("program:tapi", 33.0, "bcm") in got


def test_gas_volume_of_goods_named_by_demonym() -> None:
    got = _stats("Under the swap deal up to 2 billion cubic metres a year of Turkmen gas would reach Azerbaijan.")
    assert ("state:TKM", 2.0, "bcm") in got


def test_tonnes_only_when_a_work_carries_them() -> None:
    assert ("place:chabahar", 2.7e6, "t") in _stats("The Chabahar port handled 2.7 million tonnes of cargo in 2023.")
    # (a state's own measure told with its possessive is its statistic: tests/test_stat_possessive_volumes.py)
    assert not any(u == "t" for _s, _v, u in _stats("Oil exports through the region reached 70 million tonnes in 2023."))
    assert not any(u == "t" for _s, _v, u in _stats("A plane carrying 15 tonnes of aid landed in Kabul."))
    assert not any(u == "t" for _s, _v, u in _stats("The 1,200-tonne patrol vessel was launched in 2023."))
    assert not any(u == "bcm" for _s, _v, u in _stats("Iran may take 820 million cubic metres of water a year."))


def test_work_length_and_cost_told_of_its_common_noun() -> None:
    body = ("The Trans-Afghan Railway is meant to link Termez with Peshawar. Officials met in Kabul in July. "
            "The planned line would run some 573 kilometres through the mountains, and its cost is commonly "
            "put at around US$ 4.8 billion.")
    got = _stats(body)
    assert ("program:trans-afghan-railway", 573.0, "km") in got
    assert ("program:trans-afghan-railway", 4.8e9, "USD") in got
    got = _stats("The Trans-Afghan Railway is planned by three states. The foreign ministers signed a study for "
                 "the line, which would run for about 573 kilometres across the Hindu Kush.")
    assert ("program:trans-afghan-railway", 573.0, "km") in got


def test_place_extent_in_apposition_and_shared_border() -> None:
    got = _stats("The Wakhan Corridor, a narrow strip of roughly 350 kilometres, separates Tajikistan from Pakistan.")
    assert ("place:wakhan-corridor", 350.0, "km") in got
    assert ("state:TJK", 1340.0, "km") in _stats("Tajikistan shares a 1,340-km border with Afghanistan.")
    assert not any(u == "km" for _s, _v, u in _stats("Tajikistan built a 40-km border road with Chinese money."))


def test_parallel_lists_of_actors_and_shares() -> None:
    got = _stats("In 2020-2024 Russia supplied most arms. The Netherlands, Turkey and Sweden followed far "
                 "behind, with roughly 6, 4 and 4 percent.")
    assert {("state:NLD", 6.0, "percent"), ("state:TUR", 4.0, "percent"), ("state:SWE", 4.0, "percent")} <= got
    got = _stats("In 2020-2024 Russia and France supplied 36 and 33 percent of India's arms imports respectively.")
    assert {("state:RUS", 36.0, "percent"), ("state:FRA", 33.0, "percent")} <= got
    # lists of different lengths, and a range, are no parallel lists
    assert ("state:RUS", 30.0, "percent") not in _stats("Russia, China and Turkey supplied 30 and 20 percent.")
    assert ("state:RUS", 20.0, "percent") not in _stats("Russia and China expect growth of between 20 and 30 percent.")


def test_people_counted_with_their_demonym() -> None:
    assert ("state:TJK", 1e6, "count") in _stats("Some one million Tajik migrants work in Russia.")
    assert ("state:RUS", 7000.0, "count") in _stats("Some 7,000 Russian troops are stationed in Tajikistan.")
    assert ("state:TJK", 1.3e6, "count") in _stats("About 1.3 million Tajik citizens entered Russia for work in 2023.")
    # carried people are no state's measure when no actor heads the clause; small groups are no measure
    assert not _stats("Dozens of planes had landed in Uzbekistan carrying 585 Afghan servicemen.")
    assert not any(v == 12.0 for _s, v, _u in _stats("About 12 Tajik citizens were questioned in Moscow."))


def test_losses_deployments_and_ranks() -> None:
    assert ("state:ARM", 207.0, "count") in _stats("Armenia lost 207 servicemen in the fighting of September 2022.")
    assert ("org:csto", 2000.0, "count") in _stats("The CSTO flew more than 2,000 troops into Kazakhstan in January 2022.")
    assert ("state:PAK", 4.0, "rank") in _stats("Pakistan ranked fourth in the Global Terrorism Index in 2024.")
    assert ("state:SAU", 2.0, "rank") in _stats("Saudi Arabia ranked second, with 8.4 percent of global arms imports in 2019-2023.")


def test_owners_of_trade_remittances_and_asides() -> None:
    assert ("state:IND", 2.3e9, "USD") in _stats("India's trade with Iran amounted to $2.3 billion in 2023.")
    assert ("state:KGZ", 2.9e9, "USD") in _stats("Remittances to Kyrgyzstan reached $2.9 billion, or about a quarter of GDP, in 2023.")
    assert ("state:TJK", 50.0, "percent") in _stats("Remittances from Russia are equal to almost half of Tajikistan's GDP.")
    assert ("state:IND", 8.3, "percent") in _stats("About 8.3 percent of global arms imports went to India in 2020-2024.")
    got = _stats("Indian systems need years of training, and Armenia's defence budget, although raised to about "
                 "US$1.4 billion for 2024, cannot fund a full rearmament.")
    assert ("state:ARM", 1.4e9, "USD") in got and ("state:IND", 1.4e9, "USD") not in got


def test_populations_told_with_home_to_and_with() -> None:
    assert ("state:GEO", 3.7e6, "count") in _stats("Georgia is home to around 3.7 million people.")
    assert ("state:UZB", 36e6, "count") in _stats("Uzbekistan, with 36 million people, is the most populous state of the region.")
    assert not _stats("Moscow, with 13 million residents, is Russia's largest city.")


def test_lakh_crore_scale() -> None:
    assert ("state:IND", 6.8e12, "INR") in _stats("India's defence budget rose to Rs 6.8 lakh crore in 2025.")


def test_near_misses_stay_no_statistic() -> None:
    for text in ("The Su-30 fighters arrived in 2023.", "Tokayev, 70, met Putin on 12 March.",
                 "Call +7 727 250 1234 for comment.", "Resolution 2231 was adopted in 2015.",
                 "The 45-year-old minister took office on 3 May.", "The S-400 regiment has four batteries."):
        assert not _stats(text), text
    assert ("program:tapi", 1e10, "USD") in _stats(PIPE + "Its cost was put at $10 billion.")
    # a deal's cost is no work's, even after a work is named
    assert not any(s == "program:tapi" and u == "USD" for s, _v, u in _stats(PIPE + "The deal's cost was put at $2 billion."))
