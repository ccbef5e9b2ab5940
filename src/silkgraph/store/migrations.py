"""Named, recorded schema migrations.

Each migration has a name and a list of SQL statements. A migration is applied once,
in order, inside a transaction, and recorded in the ``migrations`` table; opening a
database applies whatever it has not seen yet. Never edit a migration that has
shipped: add a new one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    name: str
    statements: tuple[str, ...]


CORE = Migration(
    "0001_core",
    (
        """CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            encoding TEXT NOT NULL,
            fmt TEXT NOT NULL,
            size INTEGER NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        )""",
        "CREATE INDEX sources_sha ON sources(sha256)",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            title TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            published TEXT,
            published_estimate TEXT,
            ref_date TEXT
        )""",
        "CREATE INDEX articles_source ON articles(source_id)",
        """CREATE TABLE sections (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (article_id, ord)
        )""",
        """CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            section TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        )""",
        "CREATE INDEX sentences_article ON sentences(article_id, ord)",
        """CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END""",
        """CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END""",
        """CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            iso3 TEXT,
            country TEXT,
            attrs TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX entities_type ON entities(type)",
        """CREATE TABLE aliases (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            kind TEXT NOT NULL,
            article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
            UNIQUE (entity_id, alias, article_id)
        )""",
        "CREATE INDEX aliases_alias ON aliases(alias)",
        """CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            role TEXT
        )""",
        "CREATE INDEX mentions_entity ON mentions(entity_id)",
        "CREATE INDEX mentions_article ON mentions(article_id)",
        """CREATE TABLE facts (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            section TEXT NOT NULL,
            modality TEXT NOT NULL,
            date TEXT,
            args TEXT NOT NULL,
            inferences TEXT NOT NULL DEFAULT '{}',
            attribution TEXT,
            confidence REAL NOT NULL DEFAULT 1.0,
            origin TEXT NOT NULL DEFAULT 'article'
        )""",
        "CREATE INDEX facts_type ON facts(type, date)",
        "CREATE INDEX facts_article ON facts(article_id)",
        """CREATE TABLE evidence (
            fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (fact_id, ord)
        )""",
        """CREATE TABLE fact_entities (
            fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            entity_id TEXT NOT NULL
        )""",
        "CREATE INDEX fact_entities_entity ON fact_entities(entity_id, role)",
        "CREATE INDEX fact_entities_fact ON fact_entities(fact_id)",
        """CREATE TABLE fact_links (
            a TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            b TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            PRIMARY KEY (a, b, kind)
        )""",
    ),
)

REFERENCE = Migration(
    "0002_reference",
    (
        """CREATE TABLE ref_imports (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            shape TEXT NOT NULL,
            vintage TEXT NOT NULL,
            vintage_text TEXT,
            rows INTEGER NOT NULL,
            deals INTEGER NOT NULL,
            errors INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            UNIQUE (vintage, sha256)
        )""",
        """CREATE TABLE ref_deals (
            import_id INTEGER NOT NULL REFERENCES ref_imports(id) ON DELETE CASCADE,
            sipri_id TEXT NOT NULL,
            line INTEGER NOT NULL,
            supplier_name TEXT NOT NULL,
            supplier_id TEXT,
            recipient_name TEXT NOT NULL,
            recipient_id TEXT,
            designation TEXT NOT NULL,
            designation_key TEXT NOT NULL,
            system_id TEXT,
            description TEXT,
            category TEXT,
            number_ordered INTEGER,
            number_ordered_est INTEGER NOT NULL DEFAULT 0,
            order_year INTEGER,
            order_year_est INTEGER NOT NULL DEFAULT 0,
            number_delivered INTEGER,
            number_delivered_est INTEGER NOT NULL DEFAULT 0,
            delivery_years TEXT NOT NULL DEFAULT '[]',
            status TEXT,
            comments TEXT,
            value_amount REAL,
            value_currency TEXT,
            value_text TEXT,
            value_part INTEGER NOT NULL DEFAULT 0,
            tiv_unit REAL,
            tiv_total REAL,
            tiv_delivered REAL,
            local_production INTEGER,
            PRIMARY KEY (import_id, sipri_id)
        )""",
        "CREATE INDEX ref_deals_pair ON ref_deals(supplier_id, recipient_id)",
        "CREATE INDEX ref_deals_recipient ON ref_deals(recipient_id)",
        "CREATE INDEX ref_deals_system ON ref_deals(designation_key)",
        """CREATE TABLE ref_deliveries (
            import_id INTEGER NOT NULL REFERENCES ref_imports(id) ON DELETE CASCADE,
            sipri_id TEXT NOT NULL,
            year INTEGER NOT NULL,
            year_est INTEGER NOT NULL DEFAULT 0,
            number INTEGER,
            number_est INTEGER NOT NULL DEFAULT 0,
            tiv REAL,
            line INTEGER NOT NULL,
            PRIMARY KEY (import_id, sipri_id, year)
        )""",
        "CREATE INDEX ref_deliveries_year ON ref_deliveries(import_id, year)",
    ),
)

# The store fills the sentence search index itself, a source's sentences at once
# (``SQLiteStore.write_source``), instead of a trigger firing once per sentence; the
# delete trigger stays, so a replaced source's sentences still leave the index.
FTS_BULK = Migration(
    "0003_fts_bulk_insert",
    ("DROP TRIGGER IF EXISTS sentences_ai",),
)

# facts_type(type, date) cost every fact insert an index entry (and a page written to
# the WAL per commit) for little: there are a handful of fact types, each a large share
# of the facts, so "type = ?" reads about as much through the index as by scanning, and
# no query orders by (type, date). The facts and their order in every query are unchanged.
DROP_FACTS_TYPE = Migration(
    "0004_drop_facts_type_index",
    ("DROP INDEX IF EXISTS facts_type",),
)

# mentions.sentence_id references sentences ON DELETE CASCADE: without an index, deleting
# a replaced source's sentences scanned every mention once per sentence (on a 155k-word
# store, 90 ms per replaced source, growing with the store); with it, a lookup each. It
# also serves the co-mention join (``queries.comentioned``). Inserts cost about the same.
MENTIONS_SENTENCE = Migration(
    "0005_mentions_sentence_index",
    ("CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions(sentence_id)",),
)

# fact_links is keyed by (a, b, kind): the export's "links of this fact" (a = ? UNION
# b = ?) scanned every link for the b side, once per fact, which grows with facts x links
# (155k-word store: 0.9 s of the export's 1.5 s; one million words: minutes).
FACT_LINKS_B = Migration(
    "0006_fact_links_b_index",
    ("CREATE INDEX IF NOT EXISTS fact_links_b ON fact_links(b)",),
)

# The indexes that only reads (and the deletes of a replaced source) use, none of an
# ingest's writes, with their definitions in the migrations above: an ingest into an empty
# store builds them after its batch instead of keeping them up to date source by source
# (``SQLiteStore.lookup_indexes_deferred``). Keeping them costs every source's transaction
# a page of each for about every entity and fact it names (on a one-million-word store,
# 1.4 s of the writing process's CPU; building them at the end, 0.25 s).
LOOKUP_INDEXES: dict[str, str] = {
    "sentences_article": "sentences(article_id, ord)",
    "mentions_entity": "mentions(entity_id)",
    "mentions_article": "mentions(article_id)",
    "mentions_sentence": "mentions(sentence_id)",
    "facts_article": "facts(article_id)",
    "fact_entities_entity": "fact_entities(entity_id, role)",
    "fact_entities_fact": "fact_entities(fact_id)",
}

# Every migration, in order. Later ones are appended here (never edit a shipped one).
MIGRATIONS: list[Migration] = [CORE, REFERENCE, FTS_BULK, DROP_FACTS_TYPE, MENTIONS_SENTENCE,
                               FACT_LINKS_B]
