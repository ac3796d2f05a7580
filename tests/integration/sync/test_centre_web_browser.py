"""The centre's web page in a real headless Chromium (Debian's chromium and chromium-driver).

Selenium is handed the driver's path, so it fetches nothing. The charts are
checked drawn: each canvas is there, Chart.js drew it (`data-drawn`), and
its pixels are not all one colour. A screenshot of the stock page is kept
under the test's folder (and in $LOTKEEPER_SCREENSHOTS when set).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.integration.sync.conftest import ITEM_A, START, enrolled_site, seed_master_data
from tests.integration.sync.test_centre_web import _receive
from tests.integration.sync.web_centre import ADMIN, PASSWORD, WebCentre

CHROMIUM = "/usr/bin/chromium"
DRIVER = "/usr/bin/chromedriver"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (Path(CHROMIUM).exists() and Path(DRIVER).exists()),
        reason="Debian's chromium and chromium-driver are not installed (sh .ci/setup --test)",
    ),
]

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebCentre]:
    folder = tmp_path_factory.mktemp("browser")
    centre = WebCentre(folder, START)
    centre.start()
    centre.add_admin()
    seed_master_data(centre)
    site = enrolled_site(centre, folder, "WARD3")
    assert not site.sync().errors
    for lot, days, qty in (("L-SOON", 35, 4), ("L-LATER", 50, 6), ("L-FAR", 300, 9)):
        assert _receive(site, ITEM_A, lot, days, qty).ok
    assert not site.sync().errors
    centre.clock.advance(timedelta(days=30))
    try:
        yield centre
    finally:
        centre.stop()


@pytest.fixture
def browser() -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1400"):
        options.add_argument(argument)
    if os.geteuid() != 0:
        options.arguments.remove("--no-sandbox")  # only root needs it
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _log_in(browser: Any, centre: WebCentre, password: str) -> None:
    browser.get(centre.base + "/web/stock")
    WebDriverWait(browser, 10).until(expected_conditions.url_contains("/web/login"))
    browser.find_element(By.ID, "username").send_keys(ADMIN)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.ID, "submit").click()


def _not_blank(png: Path) -> bool:
    colours = Image.open(png).convert("RGB").getcolors(maxcolors=1_000_000)
    return colours is None or len(colours) > 10


def test_an_admin_logs_in_and_sees_the_charts_drawn(
    browser: Any, centre: WebCentre, tmp_path: Path
) -> None:
    _log_in(browser, centre, PASSWORD)
    WebDriverWait(browser, 15).until(expected_conditions.url_contains("/web/stock"))
    WebDriverWait(browser, 15).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "canvas[data-drawn='true']")
    )

    canvases = browser.find_elements(By.CSS_SELECTOR, "canvas[data-chart]")
    assert [c.get_attribute("id") for c in canvases] == ["chart-lots", "chart-units"]
    for canvas in canvases:
        assert canvas.get_attribute("data-drawn") == "true"
        shot = tmp_path / f"{canvas.get_attribute('id')}.png"
        canvas.screenshot(str(shot))
        assert _not_blank(shot), f"{shot} is blank"
    # Read 30 days on: L-SOON has 5 days left (critical), L-LATER 20 (warning).
    cells = [
        [td.text for td in row.find_elements(By.TAG_NAME, "td")]
        for row in browser.find_elements(By.CSS_SELECTOR, "#risk-lots tbody tr")
    ]
    assert [(c[3], c[5], c[6], c[7]) for c in cells] == [
        ("L-SOON", "5", "4", "紧急"),
        ("L-LATER", "20", "6", "警告"),
    ]
    page = tmp_path / "centre_web_stock.png"
    assert browser.save_screenshot(str(page))
    assert Image.open(page).size[0] >= 1000 and _not_blank(page)
    kept = os.environ.get("LOTKEEPER_SCREENSHOTS")
    if kept:
        shutil.copy(page, Path(kept) / page.name)

    browser.find_element(By.ID, "language").click()
    WebDriverWait(browser, 10).until(
        expected_conditions.text_to_be_present_in_element((By.TAG_NAME, "h2"), "Risk lots")
    )
    browser.find_element(By.ID, "logout").click()
    WebDriverWait(browser, 10).until(expected_conditions.url_contains("/web/login"))


def test_a_wrong_password_is_refused_in_the_browser(browser: Any, centre: WebCentre) -> None:
    _log_in(browser, centre, "not-the-password")

    problem = WebDriverWait(browser, 10).until(
        expected_conditions.visibility_of_element_located((By.ID, "problem"))
    )
    assert problem.text == "用户名或密码错误。"
    assert "/web/login" in browser.current_url
    assert browser.get_cookie("lk_session") is None
    browser.get(centre.base + "/web/kpis")
    assert "/web/login" in browser.current_url
