"""The web UI in real headless Chromium (Playwright); saves a screenshot of each page.

Screenshots go to $SILKGRAPH_SCREENSHOTS when set (``SILKGRAPH_SCREENSHOTS=docs/screenshots
pytest tests/test_web_browser.py`` refreshes the README's), else to a temporary folder.

Skipped cleanly when Playwright for Python or /usr/bin/chromium is absent.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kbfixture import XSS, build_kb

CHROMIUM = os.environ.get("SILKGRAPH_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(os.environ.get("SILKGRAPH_SCREENSHOTS") or tempfile.mkdtemp(prefix="silkgraph-shots-"))

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python not installed")
if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from silkgraph.serve.api import create_app

    db = build_kb(tmp_path_factory.mktemp("kb") / "kb.db")
    app = create_app(db)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.time() + 15
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(timeout=10)
    app.state.kb.close()


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=True)


def _article_id(page: Any, server: str, title: str) -> str:
    items = page.request.get(f"{server}/api/articles?limit=50").json()["items"]
    return next(a["id"] for a in items if (a["title"] or "").startswith(title))


def test_overview(page: Any, server: str) -> None:
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Knowledge base"
    assert page.get_by_role("link", name="Pakistan").first.is_visible()
    _shot(page, "overview.png")
    assert not page.errors


def test_article_click_fact_marks_evidence(page: Any, server: str) -> None:
    aid = _article_id(page, server, "Who arms Azerbaijan")
    page.goto(f"{server}/article/{aid}")
    facts = page.locator("ol.factlist button.fact")
    assert facts.count() == 4
    assert page.locator(".seg.hit").count() == 0
    target = facts.filter(has_text="JF-17 Thunder")
    fid = target.get_attribute("data-fact")
    target.click()
    marked = page.locator(".seg.hit")
    marked.first.wait_for()
    text = "".join(marked.all_inner_texts())
    assert "Pakistan agreed to sell JF-17 Thunder fighters worth $1.6 billion" in text
    assert page.locator(f'.seg.hit[data-facts~="{fid}"]').count() == marked.count()
    assert page.evaluate("location.hash") == f"#{fid}"
    _shot(page, "article.png")
    # a deep link (as the dossier's evidence links use) marks the evidence on load
    page.goto(f"{server}/article/{aid}#{fid}")
    page.locator(".seg.hit").first.wait_for()
    assert not page.errors


def test_dossier_timeline(page: Any, server: str) -> None:
    page.goto(server + "/entity/turkiye")
    assert page.url.endswith("/entity/state:TUR")
    page.goto(server + "/entity/state:AZE")
    page.locator("#timeline[data-drawn='1']").wait_for(timeout=15000)
    assert page.locator("#timeline .scatterlayer .point").count() >= 3
    assert "Türkiye" in page.locator("text=Suppliers, since").locator("..").inner_text()
    _shot(page, "dossier.png")
    assert not page.errors


def test_transfers_sankey(page: Any, server: str) -> None:
    page.goto(server + "/transfers")
    page.locator("#sankey[data-drawn='1']").wait_for(timeout=15000)
    assert page.locator("#sankey .sankey-node").count() >= 6
    page.fill("input[name=recipient]", "Azerbaijan")
    page.click("form.filters button[type=submit]")
    page.locator("#sankey[data-drawn='1']").wait_for(timeout=15000)
    assert page.locator("table.data tbody tr").count() == 3
    _shot(page, "transfers.png")
    assert not page.errors


def test_events_timeline(page: Any, server: str) -> None:
    page.goto(server + "/events?since=2025-05&until=2025-05")
    page.locator("#events-timeline[data-drawn='1']").wait_for(timeout=15000)
    assert page.locator("table.data tbody tr").count() == 4
    _shot(page, "events.png")
    assert not page.errors


def test_network_click_navigates(page: Any, server: str) -> None:
    page.goto(server + "/network")
    page.locator("#network[data-drawn='1']").wait_for(timeout=15000)
    assert page.locator("ol.blocs li").count() >= 2
    _shot(page, "network.png")
    # click the first node → its dossier
    pts = page.locator("#network .scatterlayer .trace:last-child .point")
    assert pts.count() >= 6
    box = pts.first.bounding_box()
    with page.expect_navigation(timeout=10000):
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert "/entity/" in page.url
    assert not page.errors


def test_xss_shown_as_text_never_run(page: Any, server: str) -> None:
    aid = _article_id(page, server, "Markup test")
    for url in (f"/article/{aid}", "/entity/state:PAK", "/search?q=alert", "/articles"):
        page.goto(server + url)
        page.wait_for_load_state("load")
    page.goto(f"{server}/article/{aid}")
    assert XSS in page.locator("#article-text").inner_text()
    assert XSS in page.locator("h1").inner_text()
    page.locator("button.fact").first.click()
    assert page.locator("img[src=x]").count() == 0
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_phone_width(browser: Any, server: str) -> None:
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = ctx.new_page()
    try:
        pg.goto(server + "/entity/state:PAK")
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, width  # no sideways scrolling of the page itself
    finally:
        ctx.close()
