"""Load and validate gold-standard YAML files (``/work/shared/spec/gold.md``).

:func:`load_gold` turns a gold file into plain, typed records and rejects anything
malformed with a :class:`GoldError` whose message reads ``"<file>: <item>: <problem>"``,
e.g. ``"x.dev.yaml: articles[1] (a2).events[3]: unknown event type 'atack'"``.

Validation is strict on purpose: an unknown key in a gold item (``optinal: true``)
is an error, not a silently ignored field, because a typo in gold silently changes
what is scored.  ``note`` is accepted everywhere and ignored.

Normalisations done here (so the scorer never sees YAML quirks):

* dates: YAML reads ``2025-06-25`` as a date and ``2025`` as an int; every gold date is
  turned into a partial ISO string ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``;
* an event ``type``, a relation ``kind`` and a transfer ``status`` may be a string or a
  list; all become tuples;
* a name may be a string or ``{name: .., also: [..]}``; all become :class:`GoldName`;
* a name inside a fact (``organization: Shanghai Cooperation Organisation``) inherits the
  ``also`` variants of the gold entity it names: first an entity of the same article
  (``entities`` or ``optional_entities``), else one of any article in the file.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .gold_expand import _expand_article, _lexicon
from .gold_fields import _Ctx, _keys, _list
from .gold_items import _article
from .gold_model import (
    EVENT_TYPES,
    FACT_KINDS,
    MEMBERSHIP_ROLES,
    RELATION_KINDS,
    Gold,
    GoldArticle,
    GoldError,
    GoldEvent,
    GoldMembership,
    GoldName,
    GoldRelation,
    GoldStatistic,
    GoldTransfer,
    normalize_name,
)

__all__ = [
    "EVENT_TYPES",
    "FACT_KINDS",
    "MEMBERSHIP_ROLES",
    "RELATION_KINDS",
    "Gold",
    "GoldArticle",
    "GoldError",
    "GoldEvent",
    "GoldMembership",
    "GoldName",
    "GoldRelation",
    "GoldStatistic",
    "GoldTransfer",
    "load_gold",
    "normalize_name",
]


def load_gold(path: str | Path) -> Gold:
    """Read and validate a gold YAML file; raise :class:`GoldError` ("file: item: problem")."""
    path = Path(path)
    ctx = _Ctx(str(path))
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ctx.fail("file", f"cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise ctx.fail("file", f"not UTF-8: {e}") from None
    try:
        doc = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "yaml"
        raise ctx.fail(where, f"invalid YAML: {getattr(e, 'problem', None) or e}") from None
    doc = _keys(
        ctx,
        "top level",
        doc,
        {"corpus", "text", "articles_in_text", "articles"},
        {"text", "articles"},
    )
    text = doc["text"]
    if not isinstance(text, str) or not text.strip():
        raise ctx.fail("text", f"expected a path, got {text!r}")
    articles = _list(ctx, "articles", doc["articles"])
    n = doc.get("articles_in_text", len(articles))
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ctx.fail("articles_in_text", f"expected a non-negative integer, got {n!r}")
    if n < len(articles):
        raise ctx.fail("articles_in_text", f"{n} is fewer than the {len(articles)} gold articles")
    parsed = [_article(ctx, i, a) for i, a in enumerate(articles)]
    file_lex = _lexicon(parsed)
    for art in parsed:
        _expand_article(art, _lexicon([art]), file_lex)
    seen: set[str] = set()
    for i, a in enumerate(parsed):
        if a.id in seen:
            raise ctx.fail(f"articles[{i}] ({a.id})", "duplicate article id")
        seen.add(a.id)
    corpus = doc.get("corpus")
    return Gold(
        path=path,
        corpus=str(corpus) if corpus is not None else path.stem,
        text=(path.parent / text).resolve(),
        articles_in_text=n,
        articles=parsed,
    )
