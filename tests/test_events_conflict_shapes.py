"""Conflict and coercion events told in shapes the trigger lexicon reads (our own sentences): fire told by
its maker's modifier ("came under Azerbaijani fire"), a victim killed by or in a clash with a party, force
used in reply ("retaliated with missiles"), heavy fire on positions, missiles slamming into a place, blasts
rocking a city, troops crossing into a country or territory, a fought battle, a pronoun's forces killing
militants, armed men abducting workers, the rest of a region seized; troops deployed in added numbers,
reservists called to the border, warships sent around an island, troops arriving in another country (its
aid) or fighting alongside another's forces; relief goods and military money given; an ambassador
recalled, a sanctions waiver revoked; refugees deported from a state, a border shut; crowds told by their
number, protesters clashing with police; a threat or vow with its day told before "to", a price to pay
or a war foretold in a statement; a volley of missiles; an agent after a participle's object ("sanctions
imposed on X by Y"); a second party's own act after ", and" (not merged into the first).

Near misses: a conditional "if attacked", a reply in words or tariffs, criticism "under fire from", an
avalanche, a crowd gathered to celebrate, tents that are only needed, a crossing into a place of no
named state, a purely political "battle", a barrage of criticism, a war only foretold."""

from __future__ import annotations

import pytest
from event_facts import event_facts, event_tuples, of_type

from silkgraph.model import Fact


def _parties(f: Fact) -> list[str]:
    return (f.args.get("actors") or []) + (f.args.get("targets") or [])


def _has(body: str, etype: str, date: str, party: str, role: str = "") -> None:
    facts = event_facts(body)
    got = [f for f in of_type(facts, etype) if (f.args.get("date") or "").startswith(date)
           and f.modality not in ("hypothetical", "recommended")]
    if role:
        ok = any(party in (f.args.get(role) or []) for f in got)
    else:
        ok = any(party in _parties(f) for f in got)
    assert ok, (body, [(f.args["event_type"], f.args.get("date"), f.args.get("actors"), f.args.get("targets"))
                       for f in facts])


def _none(body: str, etype: str) -> None:
    got = [f for f in of_type(event_facts(body), etype) if f.modality not in ("hypothetical", "recommended")]
    assert not got, (body, [(f.args.get("date"), f.args.get("actors"), f.args.get("targets")) for f in got])


_ROWS = [
    # attacks
    ("Armenian border posts came under Azerbaijani mortar fire on 3 June 2024.", "attack", "2024-06-03",
     "state:AZE", "actors"),
    ("A Georgian policeman was killed by Russian sniper fire near the boundary line on 14 May 2024.", "attack",
     "2024-05-14", "state:RUS", "actors"),
    ("In March 2023 two Uzbek border guards were killed in a clash with Afghan smugglers.", "attack", "2023-03",
     "state:UZB", "targets"),
    ("Tehran retaliated on 2 April 2024 with a salvo of drones against Israeli bases.", "attack", "2024-04-02",
     "state:IRN", "actors"),
    ("Armenia hit back a day later, on 10 May 2024, by shelling Azerbaijani positions.", "attack", "2024", "state:ARM",
     "actors"),
    ("Russian guns pounded Ukrainian trenches near Kupiansk on 21 June 2024.", "attack", "2024-06-21", "state:RUS",
     "actors"),
    ("Russian drones slammed into a power station in Kharkiv on 22 June 2024.", "attack", "2024-06-22", "state:RUS",
     "actors"),
    ("On 30 June 2024, blasts rocked Kabul, witnesses said.", "attack", "2024-06-30", "state:AFG", ""),
    ("On 1 June 2024 Israeli troops crossed into Lebanon.", "attack", "2024-06-01", "state:LBN", "targets"),
    ("Azerbaijani forces pushed into Armenian territory in September 2022.", "attack", "2022-09", "state:AZE",
     "actors"),
    ("In May 2022 Kyrgyz and Tajik border units fought a three-day battle near Batken.", "attack", "2022-05",
     "state:KGZ", ""),
    ("Iran's army said on 2 July 2024 that it had killed four infiltrators near Saravan.", "attack", "2024-07",
     "state:IRN", "actors"),
    ("Armed men abducted three Chinese engineers in Gilgit on 11 June 2024.", "attack", "2024-06-11", "state:CHN",
     "targets"),
    ("On 19 September 2023 Azerbaijan seized the rest of Karabakh.", "attack", "2023-09-19", "state:AZE", "actors"),
    # mobilization and military aid
    ("Belarus deployed additional troops to its border with Ukraine on 20 June 2024.", "mobilization", "2024-06-20",
     "state:BLR", "actors"),
    ("Tajikistan deployed 10,000 reservists to the Afghan border on 8 July 2021.", "mobilization", "2021-07-08",
     "state:TJK", "actors"),
    ("China sent warships and bombers around Taiwan on 23 May 2024.", "mobilization", "2024-05-23", "state:CHN",
     "actors"),
    ("In April 2020 the Chinese army moved two divisions into areas near the Indian border.", "mobilization",
     "2020-04", "state:CHN", "actors"),
    ("Russian paratroopers began arriving in Armenia on 14 March 2021.", "military_aid", "2021-03-14", "state:RUS",
     "actors"),
    ("Belarusian troops fought alongside Russian forces near Kyiv in March 2022.", "military_aid", "2022-03",
     "state:RUS", "targets"),
    ("In May 2024 Britain provided 500 million pounds in military aid to Ukraine.", "military_aid", "2024-05",
     "state:GBR", "actors"),
    # aid
    ("Kazakhstan sent 300 tonnes of flour to Kyrgyzstan on 4 July 2024.", "aid", "2024-07-04", "state:KGZ",
     "targets"),
    ("Uzbekistan dispatched relief supplies to Afghanistan on 3 July 2024.", "aid", "2024-07-03", "state:UZB",
     "actors"),
    # sanctions and coercion
    ("Azerbaijan recalled its ambassador from Paris on 2 July 2024.", "sanction", "2024-07-02", "state:AZE",
     "actors"),
    ("In June 2024 Washington revoked Georgia's sanctions waiver.", "sanction", "2024-06", "state:USA", "actors"),
    ("Some 900 Tajik migrants were deported from Russia on 1 July 2024.", "coercion", "2024-07-01", "state:RUS",
     "actors"),
    ("Uzbekistan shut its border with Kyrgyzstan on 2 July 2024.", "coercion", "2024-07-02", "state:UZB", "actors"),
    ("Kyrgyzstan began deporting undocumented Uzbeks in May 2024.", "coercion", "2024-05", "state:KGZ", "actors"),
    # protests and threats
    ("Tens of thousands of Armenians rallied in Yerevan on 9 May 2024.", "protest", "2024-05-09", "state:ARM", ""),
    ("Protesters clashed with police in Bishkek on 2 July 2024.", "protest", "2024-07-02", "state:KGZ", ""),
    ("Iran threatened on 1 July 2024 to close its airspace to Azerbaijani flights.", "threat", "2024-07-01",
     "state:IRN", "actors"),
    ("Armenia vowed on 2 July 2024 to retaliate against Azerbaijan.", "threat", "2024-07-02", "state:ARM", "actors"),
    ("On 2 July 2024 the Kazakh defence minister said Kyrgyzstan would pay a heavy price for the raid.", "threat",
     "2024-07-02", "state:KAZ", "actors"),
    ("On 2 July 2024 the Tajik minister warned that a collapse of the talks would mean open war.", "threat",
     "2024-07-02", "state:TJK", "actors"),
    # a volley; an agent after a participle's object; a second party's own act
    ("Iran's missile and drone barrage against Israel on 13 April 2024 was largely intercepted.", "attack",
     "2024-04-13", "state:IRN", "actors"),
    ("Sanctions imposed on Belarus by Latvia on 1 July 2024 target potash transit.", "sanction", "2024-07-01",
     "state:LVA", "actors"),
    ("Estonia imposed entry bans on Georgian officials on 1 July 2024, and Britain followed with its own sanctions.",
     "sanction", "2024-07-01", "state:GBR", "actors"),
]


@pytest.mark.parametrize("body,etype,date,party,role", _ROWS)
def test_conflict_shapes_make_events(body: str, etype: str, date: str, party: str, role: str) -> None:
    _has(body, etype, date, party, role)


@pytest.mark.parametrize("body,etype", [
    ("Kazakhstan would retaliate if attacked, the minister said on 2 July 2024.", "attack"),
    ("China retaliated on 2 July 2024 with tariffs on American soybeans.", "attack"),
    ("The minister hit back at his critics on 2 July 2024, calling their claims baseless.", "attack"),
    ("The opposition leader came under fire from rights groups on 2 July 2024.", "attack"),
    ("Two climbers were killed by an avalanche in the Pamirs on 2 July 2024.", "attack"),
    ("Hundreds of people gathered in Tashkent on 2 July 2024 to celebrate the holiday.", "protest"),
    ("Aid agencies said on 2 July 2024 that tents and blankets were urgently needed in Herat.", "aid"),
    ("In June 2017 Indian troops crossed into Doklam to stop a road crew.", "attack"),
    ("Kazakh parties fought a bitter political battle over the budget on 2 July 2024.", "attack"),
    ("Kazakhstan shipped 200,000 tonnes of wheat to Afghanistan on 2 July 2024.", "aid"),
    ("The minister faced a barrage of criticism from Moscow on 2 July 2024.", "attack"),
    ("On 2 July 2024 the Tajik minister warned that a collapse of the talks would mean open war.", "attack"),
])


def test_near_misses_make_no_event(body: str, etype: str) -> None:
    _none(body, etype)


def test_the_own_sanctions_of_a_second_party_are_not_merged_into_the_first() -> None:
    facts = of_type(event_facts("Estonia imposed entry bans on Georgian officials on 1 July 2024, and Britain "
                                "followed with its own sanctions."), "sanction")
    by_actor = {a for f in facts for a in f.args.get("actors") or []}
    assert {"state:EST", "state:GBR"} <= by_actor, [f.args for f in facts]
    assert not any({"state:EST", "state:GBR"} <= set(f.args.get("actors") or []) for f in facts)
    assert len(facts) == 2 and ("sanction", ("state:EST",), ("state:GEO",), "2024-07-01") in event_tuples(facts)


# The exact (type, actors, targets, date) of every event of the row's type, where the sentence has one
# intended reading and the output is exactly it (rows with a missing or extra party are checked above only).
EXACT = {body: {tuple(t) for t in tuples} for body, tuples in [
    ('Armenian border posts came under Azerbaijani mortar fire on 3 June 2024.',
     [('attack', ('state:AZE',), ('state:ARM',), '2024-06-03')]),
    ('A Georgian policeman was killed by Russian sniper fire near the boundary line on 14 May 2024.',
     [('attack', ('state:RUS',), ('state:GEO',), '2024-05-14')]),
    ('In March 2023 two Uzbek border guards were killed in a clash with Afghan smugglers.',
     [('attack', ('state:AFG',), ('state:UZB',), '2023-03')]),
    ('Tehran retaliated on 2 April 2024 with a salvo of drones against Israeli bases.',
     [('attack', ('state:IRN',), ('state:ISR',), '2024-04-02')]),
    ('Russian guns pounded Ukrainian trenches near Kupiansk on 21 June 2024.',
     [('attack', ('state:RUS',), ('state:UKR',), '2024-06-21')]),
    ('Russian drones slammed into a power station in Kharkiv on 22 June 2024.',
     [('attack', ('state:RUS',), ('state:UKR',), '2024-06-22')]),
    ('On 30 June 2024, blasts rocked Kabul, witnesses said.',
     [('attack', (), ('state:AFG',), '2024-06-30')]),
    ('On 1 June 2024 Israeli troops crossed into Lebanon.',
     [('attack', ('state:ISR',), ('state:LBN',), '2024-06-01')]),
    ('Azerbaijani forces pushed into Armenian territory in September 2022.',
     [('attack', ('state:AZE',), ('state:ARM',), '2022-09')]),
    ('In May 2022 Kyrgyz and Tajik border units fought a three-day battle near Batken.',
     [('attack', ('state:KGZ', 'state:TJK'), (), '2022-05')]),
    ("Iran's army said on 2 July 2024 that it had killed four infiltrators near Saravan.",
     [('attack', ('state:IRN',), (), '2024-07-02')]),
    ('Armed men abducted three Chinese engineers in Gilgit on 11 June 2024.',
     [('attack', (), ('state:CHN',), '2024-06-11')]),
    ('On 19 September 2023 Azerbaijan seized the rest of Karabakh.',
     [('attack', ('state:AZE',), (), '2023-09-19')]),
    ('Belarus deployed additional troops to its border with Ukraine on 20 June 2024.',
     [('mobilization', ('state:BLR',), ('state:UKR',), '2024-06-20')]),
    ('Tajikistan deployed 10,000 reservists to the Afghan border on 8 July 2021.',
     [('mobilization', ('state:TJK',), ('state:AFG',), '2021-07-08')]),
    ('China sent warships and bombers around Taiwan on 23 May 2024.',
     [('mobilization', ('state:CHN',), ('state:TWN',), '2024-05-23')]),
    ('In April 2020 the Chinese army moved two divisions into areas near the Indian border.',
     [('mobilization', ('state:CHN',), (), '2020-04')]),
    ('Russian paratroopers began arriving in Armenia on 14 March 2021.',
     [('military_aid', ('state:RUS',), ('state:ARM',), '2021-03-14')]),
    ('Belarusian troops fought alongside Russian forces near Kyiv in March 2022.',
     [('military_aid', ('state:BLR',), ('state:RUS',), '2022-03')]),
    ('In May 2024 Britain provided 500 million pounds in military aid to Ukraine.',
     [('military_aid', ('state:GBR',), ('state:UKR',), '2024-05')]),
    ('Kazakhstan sent 300 tonnes of flour to Kyrgyzstan on 4 July 2024.',
     [('aid', ('state:KAZ',), ('state:KGZ',), '2024-07-04')]),
    ('Uzbekistan dispatched relief supplies to Afghanistan on 3 July 2024.',
     [('aid', ('state:UZB',), ('state:AFG',), '2024-07-03')]),
    ("In June 2024 Washington revoked Georgia's sanctions waiver.",
     [('sanction', ('state:USA',), ('state:GEO',), '2024-06')]),
    ('Some 900 Tajik migrants were deported from Russia on 1 July 2024.',
     [('coercion', ('state:RUS',), ('state:TJK',), '2024-07-01')]),
    ('Kyrgyzstan began deporting undocumented Uzbeks in May 2024.',
     [('coercion', ('state:KGZ',), ('state:UZB',), '2024-05')]),
    ('Tens of thousands of Armenians rallied in Yerevan on 9 May 2024.',
     [('protest', ('state:ARM',), (), '2024-05-09')]),
    ('Protesters clashed with police in Bishkek on 2 July 2024.',
     [('protest', ('state:KGZ',), (), '2024-07-02')]),
    ('Armenia vowed on 2 July 2024 to retaliate against Azerbaijan.',
     [('threat', ('state:ARM',), ('state:AZE',), '2024-07-02')]),
    ('On 2 July 2024 the Tajik minister warned that a collapse of the talks would mean open war.',
     [('threat', ('state:TJK',), (), '2024-07-02')]),
    ("Iran's missile and drone barrage against Israel on 13 April 2024 was largely intercepted.",
     [('attack', ('state:IRN',), ('state:ISR',), '2024-04-13')]),
    ('Sanctions imposed on Belarus by Latvia on 1 July 2024 target potash transit.',
     [('sanction', ('state:LVA',), ('state:BLR',), '2024-07-01')]),
]}


@pytest.mark.parametrize("body,etype,date,party,role", [r for r in _ROWS if r[0] in EXACT])
def test_conflict_shapes_exact_facts(body: str, etype: str, date: str, party: str, role: str) -> None:
    got = event_tuples([f for f in of_type(event_facts(body), etype)
                        if f.modality not in ("hypothetical", "recommended")])
    assert got == EXACT[body], (body, got)
