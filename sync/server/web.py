"""The centre's web page for the regional QA office, under /web/.

Server-rendered (Jinja2, autoescaped) in Chinese first, English on a
switch; charts drawn by Chart.js from the package's own static folder (the
centre may have no internet), each chart's figures also listed in a table.
Only the centre's admin accounts log in (admins.py); a request without a
live session is sent to the log-in page. Every form carries a CSRF token:
the log-in form the one in its own cookie (double submit), the others the
session's. A request's Origin, when sent, must be this centre. Bad input is
a 400 or 403 page, never a 500; the JSON API is untouched.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine

from app.domain.clock import Clock
from sync.server import admins, network
from sync.server.bodies import read_body
from sync.server.errors import CentreError
from sync.server.web_words import DEFAULT, LANGUAGES, WORDS

HERE = Path(__file__).parent
SESSION_COOKIE = "lk_session"
LOGIN_COOKIE = "lk_login_csrf"
LANG_COOKIE = "lk_lang"
MAX_FORM_BYTES = 16 * 1024
PAGES = ("stock", "recalls", "sites", "kpis")
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value is not None else ""


_templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
_templates.filters["when"] = _when


def _chart(
    words: Mapping[str, str],
    rows: Sequence[Mapping[str, Any]],
    series: Sequence[tuple[str, str]],
    stacked: bool = False,
) -> dict[str, Any]:
    """A bar chart of `rows`, one bar per site (per recall and site for a recall's rows),
    one dataset per (word, key) of `series`."""
    return {
        "type": "bar",
        "stacked": stacked,
        "labels": [" · ".join(str(r[k]) for k in ("recall", "site") if k in r) for r in rows],
        "datasets": [
            {"label": words[word], "data": [r[key] for r in rows]} for word, key in series
        ],
    }


def _language(request: Request) -> str:
    chosen = request.cookies.get(LANG_COOKIE, DEFAULT)
    return chosen if chosen in LANGUAGES else DEFAULT


def _safe_next(raw: str | None) -> str:
    """Only a page of this site: never an address elsewhere (an open redirect)."""
    if not raw or not raw.startswith("/web/") or "//" in raw or "\\" in raw:
        return "/web/stock"
    parts = urlsplit(raw)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return urlsplit(origin).netloc == host


def _cookie(request: Request, response: Response, name: str, value: str, path: str) -> None:
    response.set_cookie(
        name,
        value,
        path=path,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )


def _forget(request: Request, response: Response, name: str, path: str) -> None:
    response.delete_cookie(
        name, path=path, httponly=True, samesite="strict", secure=request.url.scheme == "https"
    )


async def _form(request: Request) -> dict[str, str]:
    """The posted form's fields; none at all when it is too big, too many or not UTF-8
    (which leaves its CSRF token missing, so it is refused)."""
    try:
        raw = (await read_body(request, MAX_FORM_BYTES)).decode("utf-8")
        fields = parse_qs(raw, max_num_fields=20)
    except (UnicodeDecodeError, ValueError, CentreError):
        return {}
    return {k: v[0] for k, v in fields.items()}


def add_web(api: FastAPI, engine: Engine, clock: Clock) -> None:
    api.mount("/web/static", StaticFiles(directory=HERE / "static"), name="web-static")
    api.include_router(router(engine, clock))


def router(engine: Engine, clock: Clock) -> APIRouter:
    web = APIRouter(prefix="/web", include_in_schema=False)

    def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        language = _language(request)
        body = _templates.get_template(template).render(
            w=WORDS[language],
            lang=language,
            other="en" if language == DEFAULT else DEFAULT,
            here=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
            **context,
        )
        return HTMLResponse(body, status_code=status, headers=HEADERS)

    def login_page(
        request: Request, status: int = 200, problem: str | None = None, next_: str = ""
    ) -> HTMLResponse:
        token = secrets.token_urlsafe(32)
        response = page(
            request, "login.html", status, csrf=token, problem=problem, next=_safe_next(next_)
        )
        _cookie(request, response, LOGIN_COOKIE, token, "/web/login")
        return response

    def to_login(request: Request) -> RedirectResponse:
        wanted = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/web/login?next={quote(_safe_next(wanted))}", status_code=303)

    def signed_in(
        render: Callable[[Request, admins.Session], Response],
    ) -> Callable[[Request], Response]:
        def handler(request: Request) -> Response:
            session = admins.session_of(engine, request.cookies.get(SESSION_COOKIE), clock.now())
            if session is None:
                return to_login(request)
            return render(request, session)

        return handler

    @web.get("")
    @web.get("/")
    def home() -> RedirectResponse:
        return RedirectResponse("/web/stock", status_code=303)

    @web.get("/login")
    def login_form(request: Request) -> HTMLResponse:
        return login_page(request, next_=request.query_params.get("next", ""))

    @web.post("/login")
    async def login(request: Request) -> Response:
        form = await _form(request)
        expected = request.cookies.get(LOGIN_COOKIE, "")
        given = form.get("csrf", "")
        if (
            not _same_origin(request)
            or not expected
            or not hmac.compare_digest(expected.encode(), given.encode())
        ):
            return login_page(request, 403, "csrf_refused", form.get("next", ""))
        client = request.client.host if request.client else "unknown"
        outcome, token = admins.log_in(
            engine, form.get("username", ""), form.get("password", ""), client, clock.now()
        )
        if token is None:
            problem = "login_limited" if outcome is admins.Outcome.LIMITED else "login_refused"
            status = 429 if outcome is admins.Outcome.LIMITED else 401
            return login_page(request, status, problem, form.get("next", ""))
        response = RedirectResponse(_safe_next(form.get("next")), status_code=303)
        _cookie(request, response, SESSION_COOKIE, token, "/web")
        _forget(request, response, LOGIN_COOKIE, "/web/login")
        return response

    @web.post("/logout")
    async def logout(request: Request) -> Response:
        form = await _form(request)
        session = admins.session_of(engine, request.cookies.get(SESSION_COOKIE), clock.now())
        if session is None:
            return to_login(request)
        if not _same_origin(request) or not hmac.compare_digest(
            session.csrf.encode(), form.get("csrf", "").encode()
        ):
            return page(request, "error.html", 403, problem="csrf_refused", user=session)
        admins.log_out(engine, session, clock.now())
        response = RedirectResponse("/web/login", status_code=303)
        _forget(request, response, SESSION_COOKIE, "/web")
        return response

    @web.get("/lang/{language}")
    def switch_language(request: Request, language: str) -> Response:
        if language not in LANGUAGES:
            return page(request, "error.html", 400, problem="bad_request", user=None)
        response = RedirectResponse(_safe_next(request.query_params.get("next")), 303)
        _cookie(request, response, LANG_COOKIE, language, "/web")
        return response

    def stock(request: Request, session: admins.Session) -> Response:
        now = clock.now()
        with engine.connect() as conn:
            lots = network.risk_lots(conn, now.date())
            own, default, source = network.policies(conn)
            sites = [row["site"] for row in network.site_rows(conn)]
            conn.rollback()
        words = WORDS[_language(request)]
        per_site = network.risk_by_site(lots)
        tiers = [
            {
                "site": site,
                "tiers": network.tiers_text(own.get(site, default)),
                "source_word": words["tiers_" + ("site" if site in own else source)],
            }
            for site in sites
        ]
        names = [(f"tier_{t.value}", t.value) for t in network.TIERS]
        lots_series = [(word, f"{tier}_lots") for word, tier in names]
        units_series = [(word, f"{tier}_units") for word, tier in names]
        return page(
            request,
            "stock.html",
            user=session,
            lots=lots,
            per_site=per_site,
            tiers=tiers,
            tier_columns=[(f"tier_{key}", key, "n") for _, key in lots_series + units_series],
            charts={
                "lots": _chart(words, per_site, lots_series, stacked=True),
                "units": _chart(words, per_site, units_series, stacked=True),
            },
        )

    def recalls(request: Request, session: admins.Session) -> Response:
        with engine.connect() as conn:
            rows = network.recall_rows(conn)
            conn.rollback()
        words = WORDS[_language(request)]
        charts = {
            "progress": _chart(words, rows, [("progress", "progress")]),
            "lock": _chart(words, rows, [("lock_hours", "lock_hours")]),
        }
        return page(request, "recalls.html", user=session, rows=rows, charts=charts)

    def sites(request: Request, session: admins.Session) -> Response:
        with engine.connect() as conn:
            rows = network.site_rows(conn)
            refused = network.refused_rows(conn)
            conn.rollback()
        words = WORDS[_language(request)]
        series = [(key, key) for key in ("refused_open", "refused_stored_later")]
        charts = {"refused": _chart(words, rows, series, stacked=True)}
        return page(request, "sites.html", user=session, rows=rows, refused=refused, charts=charts)

    def kpis(request: Request, session: admins.Session) -> Response:
        raw = request.query_params.get("days", "30")
        if not raw.isdigit() or not 1 <= int(raw) <= 366:
            return page(request, "error.html", 400, problem="period_invalid", user=session)
        days = int(raw)
        with engine.connect() as conn:
            rows = network.kpis(conn, clock.now(), days)
            conn.rollback()
        words = WORDS[_language(request)]
        series = [
            ("units_on_hand", "units_on_hand"),
            ("units_received", "units_received"),
            ("units_issued", "units_issued"),
        ]
        charts = {"flow": _chart(words, rows, series)}
        return page(request, "kpis.html", user=session, rows=rows, days=days, charts=charts)

    renders: Mapping[str, Callable[[Request, admins.Session], Response]] = {
        "stock": stock,
        "recalls": recalls,
        "sites": sites,
        "kpis": kpis,
    }
    for name in PAGES:
        web.add_api_route(f"/{name}", signed_in(renders[name]), methods=["GET"], name=name)
    return web
