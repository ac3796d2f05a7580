"""The centre's web page: admin log-in, sessions, CSRF, and each page's figures.

A real centre on loopback (uvicorn in a thread, on a clock the test moves),
real site stores pushing real events to it, and requests as the browser.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from app.domain.model import Level
from app.domain.policy import Policy, Tier
from app.domain.recall import Recall, RecallScope, ScopeKind
from app.services.commands import SetPolicy
from app.services.context import ActionResult
from sync.protocol import PROTOCOL_VERSION, VERSION_HEADER
from sync.server import admins
from sync.server import schema as s
from sync.server.recalls import issue_recall
from tests.integration.sync.conftest import (
    ITEM_A,
    ITEM_B,
    START,
    Site,
    _fresh_pg_database,
    enrolled_site,
    seed_master_data,
)
from tests.integration.sync.test_refused_events import _poison
from tests.integration.sync.test_tls import make_pki
from tests.integration.sync.web_centre import (
    ADMIN,
    PASSWORD,
    WebCentre,
    by_site,
    csrf_of,
    log_in,
    read_page,
)
from tests.kit import command

PAGES = ("stock", "recalls", "sites", "kpis")


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[WebCentre]:
    centre = WebCentre(tmp_path, START)
    centre.start()
    centre.add_admin()
    try:
        yield centre
    finally:
        centre.stop()


def _outcomes(centre: WebCentre, username: str = ADMIN) -> list[str]:
    return [row["outcome"] for row in reversed(admins.attempts(centre.engine, username))]


# --- log-in, log-out, sessions ------------------------------------------------------------


def test_every_page_sends_a_visitor_without_a_session_to_the_log_in_page(
    centre: WebCentre,
) -> None:
    for name in PAGES:
        answer = requests.get(f"{centre.base}/web/{name}", allow_redirects=False, timeout=10)
        assert answer.status_code == 303
        assert answer.headers["location"] == f"/web/login?next=/web/{name}"
    forged = {"lk_session": "not-a-session"}
    answer = requests.get(
        centre.base + "/web/stock", cookies=forged, allow_redirects=False, timeout=10
    )
    assert answer.status_code == 303


def test_an_admin_logs_in_with_a_strict_http_only_cookie_and_reaches_every_page(
    centre: WebCentre,
) -> None:
    browser, answer = log_in(centre)

    assert answer.status_code == 303 and answer.headers["location"] == "/web/stock"
    cookie = next(c for c in answer.headers["set-cookie"].split(", lk_") if "lk_session" in c)
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/web" in cookie
    assert "Secure" not in cookie  # plain HTTP here: a Secure cookie would never come back
    for name in PAGES:
        page = browser.get(f"{centre.base}/web/{name}", allow_redirects=False, timeout=10)
        assert page.status_code == 200, name
        assert f'<b id="me">{ADMIN}</b>' in page.text
        assert "default-src 'self'" in page.headers["content-security-policy"]
    assert _outcomes(centre) == ["ok"]


def test_log_in_returns_to_the_page_asked_for_but_never_to_another_site(
    centre: WebCentre,
) -> None:
    browser = requests.Session()
    for wanted, landing in (
        ("/web/kpis?days=7", "/web/kpis?days=7"),
        ("//evil.example/web/", "/web/stock"),
        ("https://evil.example/web/x", "/web/stock"),
    ):
        form = browser.get(centre.base + "/web/login", params={"next": wanted}, timeout=10)
        answer = browser.post(
            centre.base + "/web/login",
            data={
                "csrf": csrf_of(form.text),
                "username": ADMIN,
                "password": PASSWORD,
                "next": wanted,
            },
            allow_redirects=False,
            timeout=30,
        )
        assert answer.headers["location"] == landing


def test_a_wrong_password_is_refused_and_counted(centre: WebCentre) -> None:
    browser, answer = log_in(centre, password="not the password")

    assert answer.status_code == 401
    assert "用户名或密码错误" in answer.text
    assert "lk_session" not in browser.cookies
    _, unknown = log_in(centre, username="nobody")
    assert unknown.status_code == 401
    assert _outcomes(centre) == ["wrong_password"]
    assert _outcomes(centre, "nobody") == ["unknown_user"]
    (row,) = admins.attempts(centre.engine, ADMIN)
    assert row["client"] == "127.0.0.1" and row["at"] == centre.clock.now()


def test_log_ins_stop_after_five_failures_until_the_window_passes(centre: WebCentre) -> None:
    for _ in range(admins.MAX_FAILURES):
        assert log_in(centre, password="guess")[1].status_code == 401

    _, refused = log_in(centre)  # the right password, but too late

    assert refused.status_code == 429
    assert "登录失败次数过多" in refused.text
    centre.clock.advance(admins.WINDOW + timedelta(seconds=1))
    _, allowed = log_in(centre)
    assert allowed.status_code == 303
    assert _outcomes(centre) == ["wrong_password"] * 5 + ["limited", "ok"]


def test_a_disabled_admin_cannot_log_in_and_loses_open_sessions(centre: WebCentre) -> None:
    browser, _ = log_in(centre)
    admins.disable(centre.engine, ADMIN, centre.clock.now())

    page = browser.get(centre.base + "/web/stock", allow_redirects=False, timeout=10)
    _, again = log_in(centre)

    assert page.status_code == 303
    assert again.status_code == 401
    assert _outcomes(centre) == ["ok", "disabled"]


def test_a_session_ends_after_thirty_idle_minutes(centre: WebCentre) -> None:
    browser, _ = log_in(centre)
    centre.clock.advance(admins.IDLE - timedelta(minutes=1))
    assert browser.get(centre.base + "/web/stock", allow_redirects=False).status_code == 200

    centre.clock.advance(admins.IDLE + timedelta(seconds=1))

    answer = browser.get(centre.base + "/web/stock", allow_redirects=False, timeout=10)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/web/login")


def test_a_session_ends_eight_hours_after_log_in_however_busy(centre: WebCentre) -> None:
    browser, _ = log_in(centre)
    for _ in range(int(admins.LIFETIME / timedelta(minutes=20))):
        centre.clock.advance(timedelta(minutes=20))
        page = browser.get(centre.base + "/web/sites", allow_redirects=False, timeout=10)
        assert page.status_code == 200
    centre.clock.advance(timedelta(minutes=1))

    answer = browser.get(centre.base + "/web/sites", allow_redirects=False, timeout=10)
    assert answer.status_code == 303


def test_log_out_ends_the_session_for_good(centre: WebCentre) -> None:
    browser, _ = log_in(centre)
    page = browser.get(centre.base + "/web/stock", timeout=10)
    cookie = browser.cookies["lk_session"]

    answer = browser.post(
        centre.base + "/web/logout",
        data={"csrf": csrf_of(page.text)},
        allow_redirects=False,
        timeout=10,
    )

    assert answer.status_code == 303 and answer.headers["location"] == "/web/login"
    replay = requests.get(
        centre.base + "/web/stock",
        cookies={"lk_session": cookie},
        allow_redirects=False,
        timeout=10,
    )
    assert replay.status_code == 303


# --- CSRF ----------------------------------------------------------------------------------


def test_a_log_in_without_its_csrf_token_or_with_another_is_refused(centre: WebCentre) -> None:
    browser = requests.Session()
    form = browser.get(centre.base + "/web/login", timeout=10)
    good = {"username": ADMIN, "password": PASSWORD}

    missing = browser.post(centre.base + "/web/login", data=good, timeout=10)
    wrong = browser.post(
        centre.base + "/web/login", data={**good, "csrf": "x" * 43}, allow_redirects=False
    )
    cookieless = requests.post(
        centre.base + "/web/login", data={**good, "csrf": csrf_of(form.text)}, timeout=10
    )

    for answer in (missing, wrong, cookieless):
        assert answer.status_code == 403
        assert "表单已过期或来源不明" in answer.text
    assert "lk_session" not in browser.cookies
    assert admins.attempts(centre.engine) == []  # refused before the password was looked at


def test_a_form_posted_from_another_origin_is_refused(centre: WebCentre) -> None:
    browser = requests.Session()
    form = browser.get(centre.base + "/web/login", timeout=10)

    answer = browser.post(
        centre.base + "/web/login",
        data={"csrf": csrf_of(form.text), "username": ADMIN, "password": PASSWORD},
        headers={"Origin": "https://evil.example"},
        allow_redirects=False,
        timeout=10,
    )

    assert answer.status_code == 403


def test_a_log_out_without_the_sessions_csrf_token_is_refused(centre: WebCentre) -> None:
    browser, _ = log_in(centre)

    missing = browser.post(centre.base + "/web/logout", data={}, allow_redirects=False)
    wrong = browser.post(
        centre.base + "/web/logout", data={"csrf": "forged"}, allow_redirects=False
    )

    assert missing.status_code == wrong.status_code == 403
    assert browser.get(centre.base + "/web/stock", allow_redirects=False).status_code == 200


# --- bad input and the API -----------------------------------------------------------------


def test_bad_input_on_the_web_page_is_a_4xx_page_never_a_500(centre: WebCentre) -> None:
    browser, _ = log_in(centre)
    base = centre.base
    answers = [
        browser.get(base + "/web/kpis", params={"days": days}, allow_redirects=False)
        for days in ("abc", "0", "367", "-1", "1e9", "9" * 400)
    ]
    answers += [
        browser.get(base + "/web/lang/xx", allow_redirects=False),
        browser.post(base + "/web/login", data=b"\xff\xfe\x00", allow_redirects=False),
        browser.post(base + "/web/login", data="a=" + "x" * 100_000, allow_redirects=False),
        browser.post(base + "/web/logout", data="%%%", allow_redirects=False),
        browser.post(base + "/web/login", data="&".join(f"f{i}=1" for i in range(50))),
        browser.post(
            base + "/web/login",
            data={"csrf": "x", "next": "/web/x\r\nSet-Cookie: a=b"},
            allow_redirects=False,
        ),
        browser.get(base + "/web/static/../app.py", allow_redirects=False),
        browser.get(base + "/web/nothing-here", allow_redirects=False),
    ]
    assert [a.status_code for a in answers[:6]] == [400] * 6
    assert "统计周期须为 1 到 366 之间的整数" in answers[0].text
    assert all(400 <= a.status_code < 500 for a in answers), [a.status_code for a in answers]
    assert browser.get(base + "/web/kpis", params={"days": "366"}).status_code == 200


def test_the_json_api_is_unchanged_beside_the_web_page(centre: WebCentre) -> None:
    version = {VERSION_HEADER: str(PROTOCOL_VERSION)}
    health = requests.get(centre.base + "/v1/health", timeout=10)
    admin_api = requests.get(centre.base + "/v1/admin/recalls/R1", headers=version, timeout=10)
    browser, _ = log_in(centre)
    with_cookie = browser.get(centre.base + "/v1/admin/recalls/R1", headers=version, timeout=10)

    assert health.status_code == 200 and health.json()["ok"] is True
    assert admin_api.status_code == with_cookie.status_code == 403  # a session is no API token
    assert with_cookie.json()["error"] == "forbidden"


def test_chart_js_is_served_from_the_package_with_its_licence(centre: WebCentre) -> None:
    script = requests.get(centre.base + "/web/static/chart.umd.min.js", timeout=10)
    licence = requests.get(centre.base + "/web/static/chart.js.LICENSE.md", timeout=10)

    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert script.text.startswith("/*!\n * Chart.js v4")
    assert licence.status_code == 200 and "MIT License" in licence.text


def test_the_page_is_chinese_first_with_an_english_switch(centre: WebCentre) -> None:
    browser, _ = log_in(centre)
    chinese = browser.get(centre.base + "/web/stock", timeout=10)

    switched = browser.get(
        centre.base + "/web/lang/en", params={"next": "/web/kpis?days=7"}, allow_redirects=False
    )
    english = browser.get(centre.base + "/web/kpis?days=7", timeout=10)

    assert '<html lang="zh-CN">' in chinese.text and "全网风险批次" in chinese.text
    assert switched.headers["location"] == "/web/kpis?days=7"
    assert '<html lang="en">' in english.text and "Stock turnover" in english.text
    assert "库存周转率" not in english.text


# --- each page's figures against a known centre state ------------------------------------

DAY = timedelta(days=1)
LOOK = 50  # the page is read this many days after the sites' stock arrived


def _receive(site: Site, di: str, lot: str, expires_in: int, qty: int) -> ActionResult:
    expiry: date = (START + expires_in * DAY).date()
    scan = f"(01){di}(17){expiry:%y%m%d}(10){lot}"
    return site.run(site.people["admin"], command("receive", scan, qty=qty, location="RCV"))


def _pick(site: Site, di: str, lot: str, expires_in: int, qty: int) -> ActionResult:
    expiry: date = (START + expires_in * DAY).date()
    scan = f"(01){di}(17){expiry:%y%m%d}(10){lot}"
    return site.run(site.people["admin"], command("pick", scan, qty=qty, location="RCV", to="ICU"))


def _advance(centre: WebCentre, sites: list[Site], by: timedelta) -> None:
    """Everyone's clock together: no skew between the sites and the centre."""
    centre.clock.advance(by)
    for site in sites:
        site.clock.advance(by)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def network_centre(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    postgres: str | None,
) -> Iterator[WebCentre]:
    """One centre for the page tests, which only read it; on both databases."""
    url = None
    if request.param == "postgresql":
        if postgres is None:
            pytest.skip("no PostgreSQL: set LOTKEEPER_TEST_PG_URL or install postgresql")
        url = _fresh_pg_database(postgres)
    centre = WebCentre(tmp_path_factory.mktemp("network"), START, url=url)
    centre.start()
    centre.add_admin()
    try:
        yield centre
    finally:
        centre.stop()


@pytest.fixture(scope="module")
def network(network_centre: WebCentre, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Two sites with stock in every tier, a recall picked after, a refused event."""
    centre, tmp_path = network_centre, tmp_path_factory.mktemp("sites")
    seed_master_data(centre)
    a = enrolled_site(centre, tmp_path, "A")
    b = enrolled_site(centre, tmp_path, "B")
    for site in (a, b):
        assert not site.sync().errors
    own_tiers = Policy(
        tiers=(Tier(120, Level.NOTICE), Tier(60, Level.WARNING), Tier(10, Level.CRITICAL))
    )
    assert b.run(b.people["admin"], SetPolicy(own_tiers)).ok
    assert _receive(a, ITEM_A, "A-EXP", 45, 4).ok
    assert _receive(a, ITEM_A, "A-CRT", 55, 3).ok
    assert _receive(a, ITEM_B, "B-WRN", 70, 5).ok
    assert _receive(a, ITEM_B, "B-OK", 200, 6).ok
    assert _pick(a, ITEM_A, "A-EXP", 45, 1).ok
    assert _receive(b, ITEM_A, "B-NTC", 100, 7).ok
    for site in (a, b):
        assert not site.sync().errors

    _advance(centre, [a, b], timedelta(hours=1))
    recall = Recall(
        "RC-WEB-1",
        RecallScope(ITEM_B, ScopeKind.LOTS, lots=("B-WRN",)),
        2,
        "sterility in doubt",
        centre.clock.now(),
        "centre",
        origin="centre",
    )
    issue_recall(centre.engine, recall)
    assert _pick(a, ITEM_B, "B-WRN", 70, 2).ok  # A has not heard of the recall yet
    _advance(centre, [a, b], timedelta(hours=2))
    assert not a.sync().errors  # the pick goes up, the recall comes down and is applied
    assert not a.sync().errors  # and A's report that it applied it goes up

    assert _receive(b, ITEM_B, "B-BAD", 90, 1).ok
    poisoned = _poison(b, "B-BAD")
    assert [r["event"] for r in b.sync().refused] == [poisoned]

    _advance(centre, [a, b], LOOK * DAY - timedelta(hours=3))
    browser, answer = log_in(centre)
    assert answer.status_code == 303
    return {"browser": browser, "poisoned": poisoned, "recall": recall}


def _page(network_centre: WebCentre, network: dict[str, Any], path: str) -> Any:
    answer = network["browser"].get(network_centre.base + path, timeout=30)
    assert answer.status_code == 200, answer.text
    return read_page(answer.text)


def test_the_stock_page_shows_each_sites_risk_lots_in_its_own_tiers(
    network_centre: WebCentre, network: dict[str, Any]
) -> None:
    page = _page(network_centre, network, "/web/stock")

    lots = [
        (r["site"], r["lot"], r["days_left"], r["units"], r["tier"])
        for r in page.tables["risk-lots"]
    ]
    # Read 50 days on: A's lots by the default 60/30/7, B's by its own 120/60/10.
    assert lots == [
        ("A", "A-EXP", "-5", "3", "已过期"),
        ("A", "A-CRT", "5", "3", "紧急"),
        ("A", "B-WRN", "20", "3", "警告"),
        ("B", "B-NTC", "50", "7", "警告"),
    ]
    per_site = by_site(page.tables["per-site"])
    assert per_site["A"] == {
        "site": "A",
        **{f"{t}_lots": n for t, n in zip(TIER_KEYS, ("1", "1", "1", "0"), strict=True)},
        **{f"{t}_units": n for t, n in zip(TIER_KEYS, ("3", "3", "3", "0"), strict=True)},
    }
    assert per_site["B"]["warning_lots"] == "1" and per_site["B"]["warning_units"] == "7"
    assert per_site["B"]["notice_lots"] == "0"
    tiers = by_site(page.tables["tiers"])
    assert (tiers["A"]["tiers"], tiers["A"]["source_word"]) == ("60/30/7", "默认")
    assert (tiers["B"]["tiers"], tiers["B"]["source_word"]) == ("120/60/10", "站点设置")
    units = page.charts["chart-units"]
    assert units["labels"] == ["A", "B"]
    assert [d["data"] for d in units["datasets"]] == [[3, 0], [3, 0], [3, 7], [0, 0]]


TIER_KEYS = ("expired", "critical", "warning", "notice")


def test_the_recall_page_shows_lock_time_progress_and_picks_after_recall(
    network_centre: WebCentre, network: dict[str, Any]
) -> None:
    page = _page(network_centre, network, "/web/recalls")

    rows = by_site(page.tables["recalls"])
    issued: datetime = network["recall"].issued_at
    # Both sites applied it two hours after it was issued (their next sync); A had picked first.
    for code, picks, units in (("A", "1", "2"), ("B", "0", "0")):
        row = rows[code]
        assert row["recall"] == "RC-WEB-1" and row["drill"] == "否"
        assert row["issued_at"] == issued.strftime("%Y-%m-%d %H:%M UTC")
        assert row["locked_at"] == (issued + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M UTC")
        assert row["lock_hours"] == "2.0"
        assert (row["picks_after_recall"], row["units_after_recall"]) == (picks, units)
        # No site has worked the case yet: no progress report, so no percentage.
        assert (row["affected"], row["recovered"], row["progress"]) == ("0", "0", "—")
    assert page.charts["chart-lock"]["labels"] == ["RC-WEB-1 · A", "RC-WEB-1 · B"]
    assert page.charts["chart-lock"]["datasets"][0]["data"] == [2.0, 2.0]


def test_the_sites_page_shows_last_sync_and_the_refused_event(
    network_centre: WebCentre, network: dict[str, Any]
) -> None:
    page = _page(network_centre, network, "/web/sites")

    sites = by_site(page.tables["sites"])
    last_seen = dict(network_centre.rows(select(s.devices.c.site, s.devices.c.last_seen)))
    for code in ("A", "B"):
        assert sites[code]["devices"] == "1"
        assert sites[code]["last_sync"] == last_seen[code].strftime("%Y-%m-%d %H:%M UTC")
        assert sites[code]["events"] == str(len(network_centre.events_for(code)))
    assert (sites["A"]["refused_open"], sites["B"]["refused_open"]) == ("0", "1")
    (refused,) = page.tables["refused"]
    assert refused["site"] == "B" and refused["event_key"] == network["poisoned"]
    assert refused["code"] == "bad_payload" and "quantity" in refused["message"]
    assert refused["stored_at"] == "—"
    chart = page.charts["chart-refused"]
    assert chart["labels"] == ["A", "B"] and chart["datasets"][0]["data"] == [0, 1]


def test_the_kpi_page_computes_each_sites_figures_for_the_period(
    network_centre: WebCentre, network: dict[str, Any]
) -> None:
    sixty = by_site(_page(network_centre, network, "/web/kpis?days=60").tables["kpis"])
    thirty = by_site(_page(network_centre, network, "/web/kpis?days=30").tables["kpis"])

    a, b = sixty["A"], sixty["B"]
    # A: on hand 3 + 3 + 3 + 6; received 4 + 3 + 5 + 6; issued 1 + 2 in two picks.
    assert (a["units_on_hand"], a["units_received"], a["units_issued"]) == ("15", "18", "3")
    assert (a["turnover"], a["picks"], a["overrides_per_1000_picks"]) == ("0.2", "2", "0.0")
    assert (a["risk_units_share"], a["expired_units"]) == ("60.0", "3")  # (3 + 3 + 3) / 15
    assert (a["picks_after_recall"], a["median_lock_hours"]) == ("1", "2.0")
    assert a["refused_events"] == "0"
    assert (b["units_on_hand"], b["units_received"], b["units_issued"]) == ("7", "7", "0")
    assert (b["turnover"], b["overrides_per_1000_picks"]) == ("0.0", "—")
    assert (b["risk_units_share"], b["refused_events"]) == ("100.0", "1")
    # Thirty days back reaches none of it: it all happened fifty days ago.
    assert (thirty["A"]["units_received"], thirty["A"]["units_issued"]) == ("0", "0")
    assert (thirty["A"]["picks_after_recall"], thirty["A"]["median_lock_hours"]) == ("0", "—")
    assert thirty["A"]["units_on_hand"] == "15"  # stock is today's, whatever the period
    assert thirty["B"]["refused_events"] == "0"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="no openssl to make a test CA")
def test_over_tls_the_session_cookie_is_secure_too(tmp_path: Path) -> None:
    pki = make_pki(tmp_path / "pki")
    tls = pki.server_certificate("centre", "DNS:localhost,IP:127.0.0.1")
    centre = WebCentre(tmp_path, START, tls=tls)
    centre.start()
    try:
        centre.add_admin()
        browser, answer = log_in(centre, verify=str(pki.ca))
        page = browser.get(centre.base + "/web/stock", verify=str(pki.ca), timeout=10)
    finally:
        centre.stop()

    assert centre.base.startswith("https://") and answer.status_code == 303
    cookie = next(c for c in answer.headers["set-cookie"].split(", lk_") if "lk_session" in c)
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert page.status_code == 200 and f'<b id="me">{ADMIN}</b>' in page.text
