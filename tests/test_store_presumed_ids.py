"""Article and fact ids made ahead by the rows (in an analysis worker) are the ids the
writer would make itself; when the store gives an article another id (its text is stored
already), the writer makes its facts' ids again from that id."""

from __future__ import annotations

import json

from silkgraph.model import (
    AnalysedArticle,
    Article,
    Entity,
    Extraction,
    Fact,
    Mention,
    Section,
    Sentence,
    Source,
    Span,
    stable_id,
)
from silkgraph.store import open_store
from silkgraph.store.rows import source_rows

TEXT = "Uzbekistan received four helicopters from France. The contract dates from last year."


def _analysed(text: str, end: int) -> list[AnalysedArticle]:
    """One article over ``text[:end]`` with one transfer fact in its first sentence."""
    art = Article(0, end, title=None, authors=[], sections=[Section("body", "", 0, end)])
    first_end = text.index(".") + 1
    sents = [Sentence(0, first_end, "body", 0), Sentence(first_end + 1, end, "body", 1)]
    ex = Extraction(
        mentions=[Mention(0, 10, "Uzbekistan", "state:UZB"), Mention(43, 49, "France", "state:FRA")],
        entities={"state:UZB": Entity("state:UZB", "state", "Uzbekistan", iso3="UZB"),
                  "state:FRA": Entity("state:FRA", "state", "France", iso3="FRA")},
        facts=[Fact("arms_transfer", {"supplier": "state:FRA", "recipient": "state:UZB",
                                      "system": "helicopters", "quantity": 4, "status": "delivered"},
                    [Span(0, first_end)], "body")],
    )
    return [AnalysedArticle(art, sents, ex)]


def _plain_fact_id(article_id: str, fact_type: str, start: int, args: str, modality: str) -> str:
    return stable_id("fact-", article_id, fact_type, start, args, modality, length=16)


def _stored(store, source_name: str) -> list[tuple[str, str, str, str]]:
    return [(r[0], r[1], r[2], r[3]) for r in store.conn.execute(
        "SELECT a.id, f.id, f.args, f.modality FROM facts f JOIN articles a ON a.id = f.article_id"
        " JOIN sources s ON s.id = a.source_id WHERE s.name = ?", (source_name,))]


def test_rows_carry_the_ids_the_writer_makes(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    src = Source("a.txt", TEXT)
    rows = source_rows(src, _analysed(TEXT, len(TEXT)))
    store.write_rows(src, rows)
    [(aid, fid, args, modality)] = _stored(store, "a.txt")
    assert aid == rows[0].presumed_id == stable_id("art-", rows[0].text_sha, length=12)
    assert fid == rows[0].fact_ids[0] == _plain_fact_id(aid, "arms_transfer", 0, args, modality)


def test_an_article_stored_already_gets_its_own_ids_and_fact_ids(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    store.write_rows(Source("a.txt", TEXT), source_rows(Source("a.txt", TEXT), _analysed(TEXT, len(TEXT))))
    # the same article text in another source (which says more after it): another article id
    longer = TEXT + "\n\nA later paragraph adds nothing."
    src = Source("b.txt", longer)
    rows = source_rows(src, _analysed(longer, len(TEXT)))
    result = store.write_rows(src, rows)
    assert result.status == "new" and result.facts == 1
    [(aid, fid, args, modality)] = _stored(store, "b.txt")
    assert aid != rows[0].presumed_id
    assert aid == stable_id("art-", rows[0].text_sha, "b.txt", length=12)
    # not the presumed fact id: the one made from the article's actual id
    assert fid != rows[0].fact_ids[0]
    assert fid == _plain_fact_id(aid, "arms_transfer", 0, args, modality)
    assert json.loads(args)["quantity"] == 4


def test_write_source_fills_in_the_same_ids(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    analysed = _analysed(TEXT, len(TEXT))
    store.write_source(Source("a.txt", TEXT), analysed)
    [(aid, fid, _args, _m)] = _stored(store, "a.txt")
    assert analysed[0].article.id == aid and analysed[0].extraction.facts[0].id == fid
