"""The REST API (``/api/...``, read-only but for a token-guarded ingest) and the web UI.

``create_app(db_path, write_token=None)`` builds the FastAPI app; ``silkgraph serve``
runs it. Every list endpoint takes ``limit``/``offset`` and returns
``{"items": [...], "limit": n, "offset": n, "count": n, "next_offset": n | null}``.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from silkgraph.analyse.kb import ORIGINS, KnowledgeBase
from silkgraph.analyse.resolve import NameError_

Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]
Opt = Annotated[str | None, Query()]
Origin = Annotated[str, Query(pattern="^(article|sipri|all)$", description="article, sipri or all.")]


# every asset is local; inline JSON data blocks are not scripts, so no inline script runs
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class ArticleIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=300, description="A file name, e.g. note.txt")
    text: str = Field(..., min_length=1, max_length=5_000_000)


def get_kb(request: Request) -> KnowledgeBase:
    return request.app.state.kb


KB = Annotated[KnowledgeBase, Depends(get_kb)]


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"items": [asdict(i) if hasattr(i, "__dataclass_fields__") else i for i in items],
            "limit": limit, "offset": offset, "count": len(items),
            "next_offset": offset + limit if len(items) == limit else None}


router = APIRouter(prefix="/api", tags=["knowledge base"])


@router.get("/stats", summary="Counts of what the knowledge base holds")
async def stats(kb: KB) -> dict[str, int]:
    return kb.counts()


@router.get("/resolve", summary="Resolve a name, alias or id to an entity")
async def resolve(kb: KB, name: str) -> dict[str, Any]:
    return asdict(kb.entity(name))


@router.get("/entities", summary="Entities, most mentioned first")
async def entities(kb: KB, type: Opt = None, q: Opt = None, limit: Limit = 50,
                   offset: Offset = 0) -> dict[str, Any]:
    return page(kb.entities(type=type, q=q, limit=limit, offset=offset), limit, offset)


@router.get("/entities/{ref:path}/dossier", summary="Everything known about an entity")
async def dossier(kb: KB, ref: str, origin: Origin = "all") -> dict[str, Any]:
    return asdict(kb.dossier(ref, origin=origin))


@router.get("/entities/{ref:path}", summary="One entity (by id, name or alias)")
async def entity(kb: KB, ref: str) -> dict[str, Any]:
    return asdict(kb.entity(ref))


@router.get("/transfers", summary="Arms transfers (article facts and/or SIPRI reference)")
async def transfers(kb: KB, supplier: Opt = None, recipient: Opt = None, system: Opt = None,
                    actor: Opt = None, status: Opt = None, modality: Opt = None,
                    since: Opt = None, until: Opt = None, origin: Origin = "article",
                    limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(kb.transfers(supplier=supplier, recipient=recipient, system=system, status=status,
                             modality=modality, since=since, until=until, origin=origin,
                             party=actor, limit=limit, offset=offset), limit, offset)


@router.get("/events", summary="Events, newest first")
async def events(kb: KB, actor: Opt = None, type: Opt = None, modality: Opt = None,
                 since: Opt = None, until: Opt = None, limit: Limit = 100,
                 offset: Offset = 0) -> dict[str, Any]:
    return page(kb.events(actor=actor, type=type, modality=modality, since=since, until=until,
                          limit=limit, offset=offset), limit, offset)


@router.get("/relations", summary="Relations between actors")
async def relations(kb: KB, entity: Opt = None, kind: Opt = None, limit: Limit = 100,
                    offset: Offset = 0) -> dict[str, Any]:
    return page(kb.relations(entity=entity, kind=kind, limit=limit, offset=offset), limit, offset)


@router.get("/memberships", summary="Memberships of organisations")
async def memberships(kb: KB, member: Opt = None, organization: Opt = None, limit: Limit = 100,
                      offset: Offset = 0) -> dict[str, Any]:
    return page(kb.memberships(member=member, organization=organization, limit=limit,
                               offset=offset), limit, offset)


@router.get("/statistics", summary="Statistics")
async def statistics(kb: KB, subject: Opt = None, limit: Limit = 100,
                     offset: Offset = 0) -> dict[str, Any]:
    return page(kb.statistics(subject=subject, limit=limit, offset=offset), limit, offset)


@router.get("/facts", summary="Facts of any type")
async def facts(kb: KB, type: Opt = None, entity: Opt = None, modality: Opt = None,
                since: Opt = None, until: Opt = None, article: Opt = None, limit: Limit = 100,
                offset: Offset = 0) -> dict[str, Any]:
    return page(kb.facts(type=type, entity=entity, modality=modality, since=since, until=until,
                         article=article, limit=limit, offset=offset), limit, offset)


@router.get("/facts/{fact_id}", summary="One fact with its evidence")
async def fact(kb: KB, fact_id: str) -> dict[str, Any]:
    f = kb.fact(fact_id)
    if f is None:
        raise HTTPException(404, f"no fact {fact_id!r}")
    return asdict(f)


@router.get("/search", summary="Full-text search over sentences (FTS5 syntax)")
async def search(kb: KB, q: Annotated[str, Query(min_length=1)], limit: Limit = 20,
                 offset: Offset = 0) -> dict[str, Any]:
    return page(kb.search(q, limit=limit, offset=offset), limit, offset)


@router.get("/timeline", summary="Dated items, oldest first (of one entity, or all events)")
async def timeline(kb: KB, entity: Opt = None, since: Opt = None, until: Opt = None,
                   origin: Origin = "article") -> dict[str, Any]:
    items = kb.timeline(entity=entity, since=since, until=until, origin=origin)
    return {"items": [asdict(i) for i in items], "count": len(items)}


@router.get("/network", summary="Actors linked by relations, transfers and memberships")
async def network(kb: KB, since: Opt = None, until: Opt = None, entity: Opt = None,
                  kind: Annotated[list[str] | None, Query()] = None) -> dict[str, Any]:
    return asdict(kb.network(since=since, until=until, kinds=kind or None, entity=entity))


@router.get("/articles", summary="Articles, newest first")
async def articles(kb: KB, entity: Opt = None, limit: Limit = 50,
                   offset: Offset = 0) -> dict[str, Any]:
    return page(kb.articles(entity=entity, limit=limit, offset=offset), limit, offset)


@router.get("/articles/{article_id}", summary="One article: text, mentions, facts")
async def article(kb: KB, article_id: str) -> dict[str, Any]:
    view = kb.article(article_id)
    if view is None:
        raise HTTPException(404, f"no article {article_id!r}")
    out = asdict(view)
    out["checks"] = kb.check_article(article_id)
    return out


@router.post("/articles", status_code=201, summary="Submit an article to ingest (needs the write token)")
async def submit(request: Request, body: ArticleIn, kb: KB,
                 authorization: Annotated[str | None, Header()] = None,
                 x_silkgraph_token: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    expected: str | None = request.app.state.write_token
    if not expected:
        raise HTTPException(403, "writing is disabled: the operator set no write token")
    given = x_silkgraph_token or ""
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(403, "missing or wrong write token")
    name = Path(body.name).name
    report = kb.ingest_text(body.text.encode("utf-8"), name)
    if report.skipped:
        raise HTTPException(422, {"skipped": [list(s) for s in report.skipped]})
    return {"new": report.new, "replaced": report.replaced, "unchanged": report.unchanged,
            "duplicates": [list(d) for d in report.duplicates], "articles": report.articles,
            "facts": report.facts}


def create_app(db_path: str | Path | None = None, write_token: str | None = None) -> FastAPI:
    """The REST API and the web UI over the knowledge base at ``db_path``."""
    app = FastAPI(title="silkgraph workbench", version="0.1.0",
                  description="Query a silkgraph knowledge base: dossiers, transfers, events, "
                              "relations, network, full-text search; every fact with evidence.")
    app.state.kb = KnowledgeBase.open(db_path)
    app.state.write_token = write_token or os.environ.get("SILKGRAPH_WRITE_TOKEN") or None
    app.include_router(router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.exception_handler(NameError_)
    async def unknown_name(request: Request, exc: NameError_) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.message, "ambiguous": exc.ambiguous,
                                 "candidates": [{"id": i, "name": n} for i, n in exc.candidates]},
                                status_code=404)
        from silkgraph.serve.web.pages import name_error_page

        return name_error_page(request, exc)

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    from silkgraph.serve.web.pages import mount_web

    mount_web(app)
    return app


__all__ = ["ORIGINS", "create_app"]
