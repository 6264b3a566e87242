"""The console in a real browser (Debian's Chromium driven by Selenium through its matching
chromedriver, both installed by scripts/ensure-test-tools.sh) on a real hub: two worker processes
on PostgreSQL. The coordinator logs in, creates an association, makes a code; a real client
enrols with it and syncs; the device shows up with its last sync; the coordinator revokes it
and the client is refused."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.ui import Select, WebDriverWait

from app import __version__
from app.__main__ import main as entraide
from app.db import open_database
from app.paths import DataPaths
from hub.console.accounts import set_admin
from hub.db import migrate, open_hub_database
from tests.hub.console.conftest import EMAIL, PASSWORD, text_of
from tests.hub.server import NO_RATE_LIMIT, HubProcess

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and driver, "Chromium and chromedriver come with scripts/ensure-test-tools.sh"
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr-FR,fr"})
    chrome = webdriver.Chrome(service=Service(driver), options=options)
    chrome.set_window_size(390, 844)  # a phone: the coordinator is not always at a desk
    chrome.set_page_load_timeout(30)
    yield chrome
    chrome.quit()


def click_and_wait(browser: webdriver.Chrome, element) -> None:
    """Click something that loads a new page, and wait until it has (a form's answer comes later
    than the click returns)."""
    old_page = browser.find_element(By.TAG_NAME, "html")
    element.click()
    # While the page is being replaced, Chromium may answer "node does not belong to the document"
    # (a WebDriverException) instead of "stale element": both mean the old page is going.
    WebDriverWait(browser, 20, ignored_exceptions=(WebDriverException,)).until(staleness_of(old_page))


def page_text(browser: webdriver.Chrome) -> str:
    return " ".join(text_of(browser.find_element(By.TAG_NAME, "body").text).split())


def test_a_coordinator_brings_an_association_in_sees_it_sync_and_cuts_a_laptop_off(
    browser, postgres, tmp_path, monkeypatch
):
    url = postgres.create_database(f"console_{uuid.uuid4().hex[:10]}")
    migrate(url)
    database = open_hub_database(url)
    with database.writer.begin() as session:
        set_admin(session, EMAIL, PASSWORD, "cli:test")
    database.dispose()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # the token in a file
    laptop = ["--data-dir", str(tmp_path / "portable")]
    open_database(DataPaths(tmp_path / "portable")).close()  # what the window's first start makes

    with HubProcess(url, tmp_path / "hub", workers=2, env=NO_RATE_LIMIT) as hub:
        # No page without logging in: the console sends the browser to its login page.
        browser.get(f"{hub.url}/admin/associations")
        assert "/admin/connexion" in browser.current_url
        browser.find_element(By.ID, "email").send_keys(EMAIL)
        browser.find_element(By.ID, "password").send_keys(PASSWORD)
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
        assert browser.current_url == f"{hub.url}/admin/associations"  # back where it was going

        click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Nouvelle association"))
        browser.find_element(By.ID, "f-name").send_keys("Les Amis du Quartier")
        browser.find_element(By.ID, "f-rna").send_keys("W123456789")
        browser.find_element(By.ID, "f-contact_email").send_keys("bureau@amis.fr")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.form button[type=submit]"))
        assert "L'association est créée." in page_text(browser)
        association_page = browser.current_url.split("?")[0]

        Select(browser.find_element(By.ID, "hours")).select_by_value("24")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.inline-form button"))
        code = browser.find_element(By.ID, "code").text
        assert browser.find_element(By.ID, "hub-url").text == hub.url
        assert browser.find_element(By.CSS_SELECTOR, ".qr svg").is_displayed()

        # A real client enrols with that code and syncs (`entraide enroll`, `entraide demo`, `entraide sync`).
        assert (
            entraide(
                ["enroll", "--hub", hub.url, "--code", code, "--device-name", "Portable de Léa", *laptop]
            )
            == 0
        )
        assert entraide(["demo", "--size", "12", "--equipment", "0", "--practices", "0", *laptop]) == 0
        assert entraide(["sync", *laptop]) == 0

        browser.get(association_page)
        text = page_text(browser)
        assert "Portable de Léa" in text and __version__ in text and "à l'instant" in text
        assert "12 contacts" in text  # counted, never shown
        click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Appareils"))
        assert "Portable de Léa" in page_text(browser)

        # The laptop is lost: revoked, after a confirmation.
        click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Révoquer"))
        assert "Révoquer « Portable de Léa » ?" in page_text(browser)
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "button.danger"))
        assert "L'appareil est révoqué" in page_text(browser)
        assert entraide(["sync", *laptop]) == 1  # the hub refuses it now

        click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Journal"))
        journal = page_text(browser)
        for line in (
            "Association créée : Les Amis du Quartier",
            "Code d'enrôlement créé pour Les Amis du Quartier",
            "Appareil révoqué : Portable de Léa (Les Amis du Quartier)",
        ):
            assert line in journal
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "button.link"))  # log out
        browser.get(f"{hub.url}/admin")
        assert "/admin/connexion" in browser.current_url
