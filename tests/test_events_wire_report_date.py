"""The last resort for an undated act of a wire item (own sentences; events/wire_news_day.wire_report_date):
an act told as the day's news in the simple past or the present perfect takes the news day even when a
speech verb comes before it, or when the lead tells no dated act of its own (the dateline's day is then the
news day).  The other gates stay: the pluperfect, quotation marks, background cue words ("has for years"),
a relative clause, a definite repeat, a date of its own, an analytical text with no dateline."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\n"
LEAD = ("ALMATY, March 6, 2024 (Test Wire) - Kazakh and Kyrgyz officials met in Almaty on Wednesday to "
        "discuss water quotas for the summer.\n\n")
# a lead with no act of its own: its dateline's day is the news day
NO_ACT_LEAD = "BISHKEK, November 21, 2023 (Test Wire) - Markets in Bishkek were quiet on Tuesday.\n\n"
FILLER = "Farmers in the valley have planted less cotton than in earlier seasons.\n\n"


def _dates(body: str, etype: str, lead: str = LEAD) -> list[str]:
    return sorted(str(f.args["date"]) for f in of_type(event_facts(lead + body, opening=OPENING), etype))


def test_an_act_after_a_speech_verb_takes_the_news_day() -> None:
    body = FILLER + "According to the ministry, Kyrgyzstan and Kazakhstan signed a protocol on the reservoir."
    got = of_type(event_facts(LEAD + body, opening=OPENING), "agreement")
    assert [f.args["date"] for f in got] == ["2024-03-06"]
    assert not got[0].args.get("date_text")  # the day is not written in the sentence: an inference
    assert "news day" in got[0].inferences["date"]


def test_near_miss_a_background_cue_keeps_the_act_undated() -> None:
    body = FILLER + "Kyrgyzstan has for years accused Kazakhstan of holding back water from the reservoir."
    assert not _dates(body, "accusation")


def test_a_lead_with_no_act_of_its_own_gives_its_day() -> None:
    body = FILLER + "Kyrgyzstan and Uzbekistan signed a protocol on the joint use of a reservoir."
    assert _dates(body, "agreement", NO_ACT_LEAD) == ["2023-11-21"]


def test_near_miss_the_pluperfect_and_quotes_stay_undated() -> None:
    assert not _dates(FILLER + "Kyrgyzstan had accused Kazakhstan of holding back water.", "accusation",
                      NO_ACT_LEAD)
    quoted = '"Kazakhstan and Kyrgyzstan signed a protocol on the reservoir," a deputy minister said.'
    assert not _dates(FILLER + quoted, "agreement", NO_ACT_LEAD)


def test_near_miss_an_essay_without_a_dateline_keeps_no_news_day() -> None:
    essay = "By A. Writer\n\n" + FILLER + "Officials said Kyrgyzstan accused Kazakhstan of holding back water."
    assert not [f for f in of_type(event_facts(essay, opening=OPENING), "accusation") if f.args.get("date")]


def test_near_miss_a_guessed_party_is_not_dated_by_the_news_day() -> None:
    # the party of "protesters" is the state the article is about (a guess): the news day does not date it
    body = "Kyrgyzstan has planted less cotton this year. Kyrgyzstan is poor.\n\nProtesters marched in the city centre."
    assert not [f for f in event_facts(NO_ACT_LEAD + body, opening=OPENING) if f.args.get("date")
                and "news day" in f.inferences.get("date", "")]
