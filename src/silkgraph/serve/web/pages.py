"""The HTML pages: overview, article reader, dossier, transfers, events, network, search."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from silkgraph.analyse.kb import KnowledgeBase
from silkgraph.analyse.resolve import NameError_
from silkgraph.serve.web import charts
from silkgraph.serve.web.render import HERE, article_segments, entity_url, highlight_parts, make_env

ENV = make_env()
router = APIRouter(include_in_schema=False)
Opt = str | None
NAV = [("/", "Overview"), ("/articles", "Articles"), ("/transfers", "Transfers"),
       ("/events", "Events"), ("/network", "Network"), ("/search", "Search")]


def plotly_js_path() -> Path | None:
    try:
        import plotly
    except ImportError:  # pragma: no cover - plotly is a dependency
        return None
    p = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return p if p.exists() else None


def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    t0 = time.perf_counter()
    html = ENV.get_template(template).render(nav=NAV, path=request.url.path, **ctx)
    resp = HTMLResponse(html, status_code=status)
    resp.headers["Server-Timing"] = f"render;dur={(time.perf_counter() - t0) * 1000:.1f}"
    return resp


def _kb(request: Request) -> KnowledgeBase:
    return request.app.state.kb


def name_error_page(request: Request, exc: NameError_) -> HTMLResponse:
    return render(request, "notfound.html", status=404, message=exc.message,
                  candidates=exc.candidates)


def _clean(v: str | None) -> str | None:
    return v.strip() or None if v else None


@router.get("/", response_class=HTMLResponse)
async def overview(request: Request) -> HTMLResponse:
    kb = _kb(request)
    return render(request, "overview.html", counts=kb.counts(), articles=kb.articles(limit=8),
                  actors=kb.top_actors(15), facts=kb.facts(limit=12))


@router.get("/articles", response_class=HTMLResponse)
async def articles(request: Request, entity: Opt = None, offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    kb = _kb(request)
    items = kb.articles(entity=_clean(entity), limit=50, offset=offset)
    return render(request, "articles.html", articles=items, offset=offset, entity=entity or "")


@router.get("/article/{article_id}", response_class=HTMLResponse)
async def article(request: Request, article_id: str) -> HTMLResponse:
    kb = _kb(request)
    view = kb.article(article_id)
    if view is None:
        return render(request, "notfound.html", status=404,
                      message=f"no article {article_id!r}", candidates=[])
    return render(request, "article.html", view=view, segments=article_segments(view),
                  checks=kb.check_article(article_id))


@router.get("/entity/{ref:path}", response_class=HTMLResponse)
async def entity(request: Request, ref: str, origin: str = "all") -> Response:
    kb = _kb(request)
    if origin not in ("article", "sipri", "all"):
        raise HTTPException(422, "origin must be article, sipri or all")
    eid = kb.resolve(ref)
    if eid != ref:
        return RedirectResponse(entity_url(eid), status_code=303)
    d = kb.dossier(eid, origin=origin)
    names = kb.names(list(d.suppliers_since))
    return render(request, "entity.html", d=d, origin=origin, supplier_names=names,
                  timeline=charts.timeline_fig(d.timeline))


@router.get("/transfers", response_class=HTMLResponse)
async def transfers(request: Request, supplier: Opt = None, recipient: Opt = None,
                    system: Opt = None, actor: Opt = None, status: Opt = None,
                    modality: Opt = None, since: Opt = None, until: Opt = None,
                    origin: str = "all") -> HTMLResponse:
    kb = _kb(request)
    f = {"supplier": _clean(supplier), "recipient": _clean(recipient), "system": _clean(system),
         "actor": _clean(actor), "status": _clean(status), "modality": _clean(modality),
         "since": _clean(since), "until": _clean(until),
         "origin": origin if origin in ("article", "sipri", "all") else "all"}
    ts = kb.transfers(supplier=f["supplier"], recipient=f["recipient"], system=f["system"],
                      party=f["actor"], status=f["status"], modality=f["modality"],
                      since=f["since"], until=f["until"], origin=f["origin"], limit=500)
    return render(request, "transfers.html", transfers=ts, f=f, sankey=charts.sankey_fig(ts),
                  reference=_has_reference())


def _has_reference() -> bool:
    from silkgraph.analyse.kb import _optional

    return _optional("silkgraph.store.reference", "reference_transfers") is not None


@router.get("/events", response_class=HTMLResponse)
async def events(request: Request, actor: Opt = None, type: Opt = None, modality: Opt = None,
                 since: Opt = None, until: Opt = None) -> HTMLResponse:
    kb = _kb(request)
    f = {"actor": _clean(actor), "type": _clean(type), "modality": _clean(modality),
         "since": _clean(since), "until": _clean(until)}
    es = kb.events(actor=f["actor"], type=f["type"], modality=f["modality"], since=f["since"],
                   until=f["until"], limit=500)
    types = [r[0] for r in kb.conn.execute(
        "SELECT DISTINCT json_extract(args, '$.event_type') FROM facts WHERE type = 'event'"
        " ORDER BY 1") if r[0]]
    return render(request, "events.html", events=es, f=f, types=types, fig=charts.events_fig(es))


@router.get("/network", response_class=HTMLResponse)
async def network(request: Request, since: Opt = None, until: Opt = None, entity: Opt = None,
                  kind: Annotated[list[str] | None, Query()] = None) -> HTMLResponse:
    kb = _kb(request)
    kinds = [k for k in (kind or []) if k]
    net = kb.network(since=_clean(since), until=_clean(until), kinds=kinds or None,
                     entity=_clean(entity))
    names = {n.id: n.name for n in net.nodes}
    return render(request, "network.html", net=net, names=names, fig=charts.network_fig(net),
                  f={"since": since or "", "until": until or "", "entity": entity or ""},
                  kinds=kinds, all_kinds=list(charts.EDGE_COLOURS))


@router.get("/search", response_class=HTMLResponse)
async def search(request: Request, q: str = "", offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    kb = _kb(request)
    hits = kb.search(q, limit=30, offset=offset) if q.strip() else []
    return render(request, "search.html", q=q, offset=offset,
                  hits=[(h, highlight_parts(h.highlighted)) for h in hits])


@router.get("/vendor/plotly.min.js")
async def plotly_js() -> Response:
    p = plotly_js_path()
    if p is None:
        raise HTTPException(404, "plotly is not installed")
    return FileResponse(p, media_type="application/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})


def mount_web(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(router)
