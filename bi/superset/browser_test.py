"""`make test-bi`: open the Superset dashboard in a real headless Chromium and check every chart shows data.

    .venv-superset/bin/python bi/superset/browser_test.py [--url http://127.0.0.1:8088]

Uses Debian's chromium and chromedriver (/usr/bin); nothing is downloaded. Logs in through the login
form, opens the dashboard "Chuyển đổi số cấp tỉnh", waits for every chart to finish loading, then
checks each chart: no error alert, no "No results"/empty state, and visible content (table rows,
pivot cells, an ECharts canvas, a big number, the Country Map's 63 provinces with some coloured by
data). Then the "Nguồn số liệu" table of one known value (--known, default bac-giang:dti_rank:2022,
read from the warehouse as bi_reader): searched for its province, it must show that value's
evidence sentence and document URL. Saves a screenshot to .vndx/screenshots/ and, with
--readme-copy, to docs/img/dashboard.png. Exit status 0 only when every check passed; the last line
reads "N passed, N failed".
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
DASHBOARD_SLUG = "chuyen-doi-so-cap-tinh"
DASHBOARD_TITLE = "Chuyển đổi số cấp tỉnh"
NATIVE_FILTER_ID = "NATIVE_FILTER-province"
NATIVE_FILTER_DEFAULT = "Đắk Lắk"
# viz types of the bundle's charts (bi/superset/dashboard/charts/*.yaml); every one must render
EXPECTED_VIZ = {
    "echarts_timeseries_bar": 1,
    "pivot_table_v2": 1,
    "table": 3,
    "echarts_timeseries_line": 1,
    "big_number_total": 1,
    "country_map": 2,  # DTI score and DTI rank
}
PROVENANCE_TITLE = "Nguồn số liệu"
MAP_AREAS = 63  # Superset's Country Map "vietnam": the 63 provinces before 2025-07-01
CHROME_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1680,2600", "--lang=vi-VN",
]
ERROR_SELECTORS = [
    "[data-test='error-alert']", "[role='alert'].ant-alert-error", ".alert-danger", ".error-alert",
]
EMPTY_TEXTS = ["No results", "No data", "Không có kết quả"]
# the content a rendered chart of each viz type has in its DOM
CONTENT_SELECTORS = {
    "echarts_timeseries_bar": "canvas",
    "echarts_timeseries_line": "canvas",
    "pivot_table_v2": "table tbody tr td",
    "table": "table tbody tr td",
    "big_number_total": ".header-line",
    "country_map": "svg path.region",
}
# Country Map paths are filled from the data, "none" where a province has no value
COLOURED_REGIONS_JS = """return Array.from(arguments[0].querySelectorAll('path.region'))
    .filter(p => window.getComputedStyle(p).fill !== 'none').length"""


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""


def make_driver(chromium: str, chromedriver: str) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="vndx-chromium-")  # a new, empty profile each run
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    driver.set_page_load_timeout(120)
    driver._vndx_profile = profile  # type: ignore[attr-defined]
    return driver


def login(driver: webdriver.Chrome, base: str, user: str, password: str) -> None:
    driver.get(f"{base}/login/")
    wait = WebDriverWait(driver, 120)
    wait.until(ec.presence_of_element_located((By.ID, "username"))).send_keys(user)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
    wait.until(lambda d: "/login" not in d.current_url)


def wait_for_charts(driver: webdriver.Chrome, expected: int, timeout: float) -> list:
    """Chart holders, once `expected` are in the DOM and none shows a loading indicator."""
    deadline = time.monotonic() + timeout
    holders: list = []
    while time.monotonic() < deadline:
        holders = driver.find_elements(By.CSS_SELECTOR, "[data-test-viz-type]")
        # scroll through the page so lazily rendered charts load
        driver.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        try:
            loading = [el for el in driver.find_elements(By.CSS_SELECTOR, "[data-test='loading-indicator'], .loading")
                       if el.is_displayed()]
        except StaleElementReferenceException:  # a chart re-rendered under us: look again
            time.sleep(1)
            continue
        if len(holders) >= expected and not loading:
            time.sleep(2)  # let ECharts finish drawing
            return driver.find_elements(By.CSS_SELECTOR, "[data-test-viz-type]")
        time.sleep(1)
    return holders


def check_chart(holder) -> Check:
    viz = holder.get_attribute("data-test-viz-type")
    name = f"{viz} #{holder.get_attribute('data-test-chart-id')}"
    for selector in ERROR_SELECTORS:
        errors = [el for el in holder.find_elements(By.CSS_SELECTOR, selector) if el.is_displayed()]
        if errors:
            return Check(name, False, f"error shown: {errors[0].text[:200]!r}")
    text = holder.text
    for empty in EMPTY_TEXTS:
        if empty.lower() in text.lower():
            return Check(name, False, f"empty chart ({empty!r})")
    selector = CONTENT_SELECTORS.get(viz)
    if selector is None:
        return Check(name, False, f"unexpected viz type {viz!r}")
    content = holder.find_elements(By.CSS_SELECTOR, selector)
    if not content:
        return Check(name, False, f"no rendered content ({selector})")
    if viz.startswith("echarts"):
        size = holder.find_element(By.CSS_SELECTOR, "canvas").size
        if size["width"] < 50 or size["height"] < 50:
            return Check(name, False, f"canvas too small: {size}")
    if viz == "big_number_total" and not any(ch.isdigit() for ch in content[0].text):
        return Check(name, False, f"big number shows no number: {content[0].text!r}")
    if viz == "country_map":
        coloured = holder.parent.execute_script(COLOURED_REGIONS_JS, holder)
        if len(content) != MAP_AREAS or not coloured:
            return Check(name, False, f"{len(content)} map areas, {coloured} coloured by data")
        return Check(name, True, f"{len(content)} map areas, {coloured} coloured by data")
    if viz in ("table", "pivot_table_v2"):
        cells = [c.text for c in content[:50]]
        if not any(c.strip() for c in cells):
            return Check(name, False, "table cells are blank")
        return Check(name, True, f"{len(content)} cells")
    return Check(name, True, "")


def known_provenance(known: str) -> dict:
    """The selected observation of PROVINCE:INDICATOR:YEAR, read from the warehouse as bi_reader
    (the role the dashboard uses; URI from .vndx/superset/bi_url.txt, password VNDX_BI_PASSWORD)."""
    import psycopg2  # noqa: PLC0415 - Superset's own driver, in .venv-superset

    province, indicator, year = known.split(":")
    uri = os.environ.get("VNDX_BI_URL") or (REPO / ".vndx" / "superset" / "bi_url.txt").read_text().strip()
    dsn = uri.replace("postgresql+psycopg2://", "postgresql://")
    with psycopg2.connect(dsn, password=os.environ.get("VNDX_BI_PASSWORD", "bi_reader")) as conn, \
            conn.cursor() as cur:
        cur.execute(
            "select province_name_vi, evidence, document_url, capture_id, has_conflict"
            " from marts.rpt_value_provenance where province_slug = %s and indicator_code = %s"
            " and period_year = %s and is_selected", (province, indicator, int(year)))
        row = cur.fetchone()
    if row is None:
        raise SystemExit(f"no consolidated value {known} in marts.rpt_value_provenance")
    return dict(zip(("province", "evidence", "document_url", "capture_id", "has_conflict"), row, strict=True))


def check_provenance(driver: webdriver.Chrome, expected: dict) -> Check:
    """Search the "Nguồn số liệu" table for the known value's province: its evidence and URL show."""
    name = f"{PROVENANCE_TITLE}: evidence and URL of {expected['province']}'s known value"
    holders = [h for h in driver.find_elements(By.CSS_SELECTOR, "[data-test-viz-type='table']")
               if "document_url" in (h.get_attribute("textContent") or "")
               or "Địa chỉ bài viết" in (h.get_attribute("textContent") or "")]
    if not holders:
        return Check(name, False, "table not found")
    holder = holders[0]
    driver.execute_script("arguments[0].scrollIntoView()", holder)
    boxes = holder.find_elements(By.CSS_SELECTOR, "input[type='text'], input.form-control, input")
    if boxes:  # the table's own search box: the drill a user does without touching the filters
        boxes[0].send_keys(expected["province"])
        time.sleep(2)
    text = holder.get_attribute("textContent") or ""
    missing = [k for k in ("evidence", "document_url") if expected[k] not in text]
    if missing:
        return Check(name, False, f"not shown: {missing} (searched: {bool(boxes)})")
    if expected["has_conflict"] and "CÓ XUNG ĐỘT" not in text:
        return Check(name, False, "conflict flag not shown")
    return Check(name, True, f"{expected['document_url']} ({expected['capture_id']})")


def run(args: argparse.Namespace) -> list[Check]:
    checks: list[Check] = []
    driver = make_driver(args.chromium, args.chromedriver)
    try:
        dashboard = f"{args.url}/superset/dashboard/{DASHBOARD_SLUG}/"
        opened = False
        # The login page fires a logging beacon that can land after the login and send the browser
        # back to /login/, dropping the fresh session (seen on a cold Superset): log in again then.
        for attempt in range(1, 4):
            login(driver, args.url, args.user, args.password)
            time.sleep(3)  # let the welcome page's requests settle before leaving it
            driver.get(dashboard)
            try:
                WebDriverWait(driver, 90).until(
                    ec.presence_of_element_located((By.CSS_SELECTOR, "[data-test-viz-type]")))
                opened = True
                break
            except TimeoutException:
                print(f"dashboard not shown after login attempt {attempt} (at {driver.current_url})")
        checks.append(Check("login", True))
        if not opened:
            checks.append(Check("dashboard opens", False, f"no chart on {driver.current_url}"))
            return checks
        checks.append(Check("dashboard title", DASHBOARD_TITLE in driver.page_source,
                            "title not on the page" if DASHBOARD_TITLE not in driver.page_source else ""))
        wait_for_charts(driver, sum(EXPECTED_VIZ.values()), args.timeout)
        found: dict[str, int] = {}
        for attempt in range(3):  # charts that re-render make elements stale: re-read them all
            try:
                holders = driver.find_elements(By.CSS_SELECTOR, "[data-test-viz-type]")
                chart_checks = [check_chart(holder) for holder in holders]
                found = {}
                for holder in holders:
                    viz = holder.get_attribute("data-test-viz-type")
                    found[viz] = found.get(viz, 0) + 1
                break
            except StaleElementReferenceException:
                if attempt == 2:
                    raise
                time.sleep(3)
        checks.extend(chart_checks)
        checks.append(Check("every chart of the bundle is on the dashboard", found == EXPECTED_VIZ,
                            f"found {found}, expected {EXPECTED_VIZ}"))
        # the native filter (province) is there and applied
        names = driver.find_elements(By.ID, f"filter-name-{NATIVE_FILTER_ID}")
        values = [el.get_attribute("title") or el.text
                  for el in driver.find_elements(By.CSS_SELECTOR, ".ant-select-selection-item")]
        checks.append(Check("native filter (province) shown with its default", bool(names) and
                            NATIVE_FILTER_DEFAULT in values, f"filter: {bool(names)}, selected: {values}"))
        checks.append(check_provenance(driver, known_provenance(args.known)))
        driver.execute_script("window.scrollTo(0, 0)")
        time.sleep(1)
        height = driver.execute_script(
            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
        driver.set_window_size(1680, min(max(int(height), 1200), 4000))
        time.sleep(3)
        shot = Path(args.screenshot_dir) / f"dashboard-{time.strftime('%Y%m%d-%H%M%S')}.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(shot))
        checks.append(Check("screenshot saved", shot.stat().st_size > 20_000, str(shot)))
        if args.readme_copy:
            target = REPO / "docs" / "img" / "dashboard.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, target)
    finally:
        driver.quit()
        shutil.rmtree(driver._vndx_profile, ignore_errors=True)  # type: ignore[attr-defined]
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("VNDX_SUPERSET_URL", "http://127.0.0.1:8088"))
    parser.add_argument("--user", default=os.environ.get("VNDX_SUPERSET_ADMIN_USER", "admin"))
    parser.add_argument("--password", default=os.environ.get("VNDX_SUPERSET_ADMIN_PASSWORD", "admin"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    parser.add_argument("--screenshot-dir", default=str(REPO / ".vndx" / "screenshots"))
    parser.add_argument("--readme-copy", action="store_true", help="also write docs/img/dashboard.png")
    parser.add_argument("--timeout", type=float, default=180)
    parser.add_argument("--known", default="bac-giang:dti_rank:2022",
                        help="PROVINCE:INDICATOR:YEAR whose provenance the table must show")
    args = parser.parse_args(argv)
    try:
        checks = run(args)
    except WebDriverException as exc:  # the browser itself crashed (a busy 2-core CI box): one more try
        print(f"browser error, retrying once: {exc.msg}", file=sys.stderr)
        checks = run(args)
    for check in checks:
        print(f"{'PASS' if check.ok else 'FAIL'}  {check.name}  {check.detail}".rstrip())
    failed = sum(not c.ok for c in checks)
    print(f"browser: {len(checks) - failed} passed, {failed} failed")
    return 0 if checks and failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
