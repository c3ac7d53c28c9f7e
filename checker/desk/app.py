"""The desk as a Starlette application: pages, verdicts, downloads, over one store.

Routes::

    GET  /                        the findings of a view: facets with counts, one page of cards
    GET  /finding/{id}            one finding: its sides, each claim in its paragraph, the verdicts
    POST /finding/{id}/review     keep a verdict (status, note, name), then back to the view
    GET  /export.csv, /export.json   the view's findings (all pages)
    GET  /claimreview.jsonld      the view's confirmed findings as schema.org ClaimReview
    GET  /static/desk.css

Every page is rendered on the server by Jinja with autoescaping; the Content-Security-Policy allows
the desk's own stylesheet and forms and nothing else (no script, no outside resource). A verdict
is taken only from a page of the desk itself: a POST whose Origin (or Sec-Fetch-Site) says another
site sent it is refused, and the Host must be the one the desk listens on (no DNS rebinding).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote

from jinja2 import Environment
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import CheckerError
from ..facets import FindingIndex
from ..report.html_report import template_environment
from ..review import STATUS_LABELS, ReviewBook, reviews_path, with_reviews
from ..store import check_store
from ..store.layout import read_pointer
from ..types import REVIEW_STATUSES, CheckRun
from .exports import claim_reviews, view_csv, view_json
from .view import FACET_TITLES, detail, list_page, parse_query, value_words

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on the desk's own
    # forms; links to the articles still carry no referrer.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
MAX_FORM_BYTES = 64_000
# Sec-Fetch-Site values of a request the desk's own page made (or the user typed).
SAME_SITE_KEYS = ("same-origin", "none")


class Desk:
    """One store's findings, checked again only when the store has a new generation, with the
    verdicts read afresh whenever reviews.sqlite changed."""

    def __init__(self, store_dir: str | Path) -> None:
        self.root = Path(store_dir)
        self._lock = threading.Lock()
        self._base: tuple[int, CheckRun] | None = None
        self._current: tuple[tuple[int, int, int], CheckRun, FindingIndex] | None = None

    def state(self) -> tuple[CheckRun, FindingIndex]:
        with self._lock:
            generation = read_pointer(self.root)
            if self._base is None or self._base[0] != generation:
                self._base = (generation, check_store(self.root).run)
            reviews = reviews_path(self.root)
            stamp = (
                generation,
                *((reviews.stat().st_mtime_ns, reviews.stat().st_size) if reviews.exists() else (0, 0)),
            )
            if self._current is None or self._current[0] != stamp:
                run = with_reviews(self._base[1], self.root)
                self._current = (stamp, run, FindingIndex(run))
            return self._current[1], self._current[2]


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = template_environment()
    env.filters["words"] = value_words
    env.filters["status_words"] = lambda status: STATUS_LABELS.get(status, status)
    env.filters["quote_path"] = lambda value: quote(value, safe="")
    env.globals.update(facet_titles=FACET_TITLES, statuses=REVIEW_STATUSES, status_labels=STATUS_LABELS)
    return env


def _page(template: str, status_code: int = 200, **context: object) -> HTMLResponse:
    html = _environment().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status_code)


def make_app(store_dir: str | Path, *, reviewer: str = "", host: str = "127.0.0.1") -> Starlette:
    """The desk over one store (the store is read on the first request, and again after an add).

    Args:
        reviewer: the name a verdict form starts with (an editor can change it).
        host: the address the server listens on; requests must name it (or localhost) as Host.

    Example:
        >>> import uvicorn
        >>> uvicorn.run(make_app("store/"), host="127.0.0.1", port=8765)
    """
    desk = Desk(store_dir)

    async def findings(request: Request) -> Response:
        run, index = await run_in_threadpool(desk.state)
        query = parse_query(request.query_params.multi_items())
        page = list_page(run, index, query)
        return _page(
            "desk_list.html.j2", page=page, store=str(desk.root), reviewer=_reviewer(request, reviewer)
        )

    async def finding(request: Request) -> Response:
        run, _ = await run_in_threadpool(desk.state)
        fid = request.path_params["fid"]
        found = detail(run, fid)
        back = _back(request.query_params.get("back", ""))
        if found is None:
            return _page("desk_missing.html.j2", 404, fid=fid, back=back, store=str(desk.root))
        history = await run_in_threadpool(ReviewBook(desk.root).history, fid)
        return _page("desk_finding.html.j2", card=found, history=list(reversed(history)), back=back,
                     store=str(desk.root), reviewer=_reviewer(request, reviewer))  # fmt: skip

    async def review(request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_FORM_BYTES:
            return PlainTextResponse("the form is too large", status_code=413)
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        run, _ = await run_in_threadpool(desk.state)
        fid = request.path_params["fid"]
        conflict = next((c for c in run.conflicts if c.id == fid), None)
        if conflict is None:
            return PlainTextResponse(f"no finding {fid} in this store (it may have changed)", status_code=404)
        claims = {claim.id: claim for claim in run.claims}
        name = form.get("reviewer", "")
        try:
            await run_in_threadpool(
                lambda: ReviewBook(desk.root).record(
                    conflict, claims, form.get("status", ""), note=form.get("note", ""), reviewer=name
                )
            )
        except CheckerError as e:
            return PlainTextResponse(str(e), status_code=400)
        back = _back(form.get("back", ""))
        target = (
            f"/finding/{quote(fid)}?back={quote(back)}" if form.get("to") == "finding" else f"{back}#{fid}"
        )
        response = RedirectResponse(target, status_code=303)
        response.set_cookie("reviewer", quote(name), max_age=365 * 86400, samesite="strict", httponly=True)
        return response

    async def export(request: Request) -> Response:
        run, index = await run_in_threadpool(desk.state)
        query = parse_query(request.query_params.multi_items())
        chosen = set(index.matching(query.filters))
        conflicts = [c for c in run.conflicts if c.id in chosen]
        kind = request.path_params["fmt"]
        if kind == "csv":
            return Response(view_csv(run, conflicts), media_type="text/csv; charset=utf-8",
                            headers=_attachment("findings.csv"))  # fmt: skip
        return Response(view_json(run, conflicts, query), media_type="application/json",
                        headers=_attachment("findings.json"))  # fmt: skip

    async def claimreview(request: Request) -> Response:
        run, index = await run_in_threadpool(desk.state)
        query = parse_query(request.query_params.multi_items())
        chosen = set(index.matching(query.filters))
        conflicts = [c for c in run.conflicts if c.id in chosen]
        base = str(request.base_url).rstrip("/")
        return Response(claim_reviews(run, conflicts, base), media_type="application/ld+json",
                        headers=_attachment("claimreview.jsonld"))  # fmt: skip

    async def stylesheet(request: Request) -> Response:
        env = _environment()
        assert env.loader is not None
        return Response(env.loader.get_source(env, "desk.css")[0], media_type="text/css")

    routes = [
        Route("/", findings),
        Route("/finding/{fid}", finding),
        Route("/finding/{fid}/review", review, methods=["POST"]),
        Route("/export.{fmt:str}", export),
        Route("/claimreview.jsonld", claimreview),
        Route("/static/desk.css", stylesheet),
    ]
    hosts = sorted({host, "127.0.0.1", "localhost", "[::1]", "::1"})
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=hosts), Middleware(_Guard)]
    app = Starlette(routes=routes, middleware=middleware, exception_handlers={CheckerError: _store_error})
    app.state.desk = desk
    return app


class _Guard:
    """Security headers on every response; a POST from another site (Origin, Sec-Fetch-Site) refused."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if request.method == "POST" and not _same_origin(request):
            response = PlainTextResponse("a verdict is taken only from the desk's own pages", status_code=403)
            await _secured(response)(scope, receive, send)
            return

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_secured)


def _secured(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


def _same_origin(request: Request) -> bool:
    if request.headers.get("sec-fetch-site", "same-origin") not in SAME_SITE_KEYS:
        return False
    origin = request.headers.get("origin")
    return origin is None or origin == f"{request.url.scheme}://{request.headers.get('host', '')}"


def _back(value: str) -> str:
    """A view to go back to: a query of this desk's list only (never another site)."""
    if value.startswith("/?") or value == "/":
        return "/" + parse_query(parse_qsl(value[2:])).url()
    return "/"


def _reviewer(request: Request, default: str) -> str:
    return unquote(request.cookies.get("reviewer", "")) or default


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


async def _store_error(request: Request, exc: Exception) -> Response:
    return _page("desk_missing.html.j2", 500, fid=None, back="/", store="", error=str(exc))
