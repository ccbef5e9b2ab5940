"""Dating every good of a very long transfer list stays linear: the sentence's trigger table is
built once per sentence, not once per good (a 20,000-character list sentence took seconds)."""

from __future__ import annotations

import time

from test_extract_transfers import transfers


def test_long_list_sentence_is_dated_quickly() -> None:
    part = ("Belarus delivered 14 Su-30 fighters in 2018 and 25 T-90 tanks in 2020 and the transfer of MiG-29 jets "
            "from Russia to Mali and ")
    text = part * 120 + "Mali received two Harop drones in 2022."  # about 15,000 characters in one sentence
    t0 = time.process_time()
    got = transfers(text)
    spent = time.process_time() - t0
    assert any(t["recipient"] == "state:MLI" and t["system"] == "wpn:harop" for t in got)
    assert spent < 3.5, spent  # about 1.3 s here; about 6 s when each good rebuilt the table
