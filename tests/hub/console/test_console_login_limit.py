"""The login limit under attack: a burst of parallel tries gets no more checks than the limit, on
a real hub with several workers; password checks (64 MiB of memory each) run a few at a time;
and someone who knows the coordinator's address cannot lock the coordinator's own browser out."""

from __future__ import annotations

import threading
import uuid
from collections import Counter

import argon2
import requests

from hub.console import passwords, ratelimit
from hub.console.accounts import set_admin
from hub.db import migrate, open_hub_database
from tests.hub.console.conftest import EMAIL, PASSWORD, csrf_of, log_in, text_of
from tests.hub.server import NO_RATE_LIMIT, HubProcess

BURST = 16


def _try_at_once(url: str, emails: list[str]) -> Counter:
    """As many browsers as addresses, each with its login page open, submit a wrong password
    together."""
    count = len(emails)
    browsers = [requests.Session() for _ in range(count)]
    tokens = [csrf_of(b.get(f"{url}/admin/connexion", timeout=30).text) for b in browsers]
    start, answers = threading.Barrier(count), []

    def attempt(browser: requests.Session, token: str, email: str) -> None:
        start.wait()
        form = {"email": email, "password": f"essai {uuid.uuid4()}", "csrf": token}
        answers.append(browser.post(f"{url}/admin/connexion", data=form, timeout=120).status_code)

    threads = [
        threading.Thread(target=attempt, args=each) for each in zip(browsers, tokens, emails, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Counter(answers)


def test_a_burst_of_parallel_tries_is_checked_no_more_than_the_limit(hub_url, tmp_path):
    migrate(hub_url)
    database = open_hub_database(hub_url)
    with database.writer.begin() as session:
        set_admin(session, EMAIL, PASSWORD, "cli:test")
    database.dispose()
    workers = 1 if hub_url.startswith("sqlite") else 2
    with HubProcess(hub_url, tmp_path / "hub", workers=workers, env=NO_RATE_LIMIT) as hub:
        answers = _try_at_once(hub.url, [EMAIL] * BURST)
        # Every try was either checked (and refused) or stopped by the limit, never more checked.
        assert answers[401] == ratelimit.PER_ADDRESS and answers[429] == BURST - ratelimit.PER_ADDRESS, (
            answers
        )
        # From this one machine, 20 failed tries in all, whatever the addresses.
        others = _try_at_once(hub.url, [f"personne{n}@reseau.fr" for n in range(BURST)])
        assert others[401] == ratelimit.PER_CLIENT - ratelimit.PER_ADDRESS, others


class _Watched(argon2.PasswordHasher):
    """The library's hasher, counting how many of its checks run at the same time."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = self.most = 0
        self.lock = threading.Lock()

    def verify(self, hash, password):
        with self.lock:
            self.inside += 1
            self.most = max(self.most, self.inside)
        try:
            return super().verify(hash, password)
        finally:
            with self.lock:
                self.inside -= 1


def test_password_checks_run_a_few_at_a_time(monkeypatch):
    stored = passwords.hash_password(PASSWORD)
    watched = _Watched()
    monkeypatch.setattr(passwords, "_hasher", watched)
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(passwords.check(stored, "mauvais mot de passe")))
        for _ in range(8)
    ]
    threads += [threading.Thread(target=lambda: results.append(passwords.check(None, PASSWORD)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [False] * 9
    assert 1 <= watched.most <= passwords.AT_ONCE


def test_an_attacker_cannot_lock_the_coordinator_out_of_a_known_browser(console):
    usual = console.app_client()  # the coordinator's own browser, which logged in before
    log_in(usual)
    attacker = console.app_client()
    for _ in range(ratelimit.PER_ADDRESS):
        page = attacker.get("/admin/connexion")
        attacker.post(
            "/admin/connexion", data={"email": EMAIL, "password": "devine", "csrf": csrf_of(page.text)}
        )
    # A browser never seen is held back, even with the right password…
    page = attacker.get("/admin/connexion")
    answer = attacker.post(
        "/admin/connexion", data={"email": EMAIL, "password": PASSWORD, "csrf": csrf_of(page.text)}
    )
    assert answer.status_code == 429
    # …but the coordinator's own browser still logs in.
    usual.post("/admin/deconnexion", data={"csrf": csrf_of(usual.get("/admin").text)})
    log_in(usual)
    # That browser has its own limit: five wrong passwords, and it waits too.
    usual.post("/admin/deconnexion", data={"csrf": csrf_of(usual.get("/admin").text)})
    for _ in range(ratelimit.PER_ADDRESS):
        page = usual.get("/admin/connexion")
        answer = usual.post(
            "/admin/connexion",
            data={"email": EMAIL, "password": "faute de frappe", "csrf": csrf_of(page.text)},
        )
        assert answer.status_code == 401
    page = usual.get("/admin/connexion")
    answer = usual.post(
        "/admin/connexion", data={"email": EMAIL, "password": PASSWORD, "csrf": csrf_of(page.text)}
    )
    assert answer.status_code == 429 and "Trop d'essais de connexion" in text_of(answer.text)
    # The browser's mark names no one: it is signed, and worth nothing for another address.
    mark = next(c for c in usual.cookies.jar if c.name == "entraide_console_navigateur")
    assert EMAIL not in mark.value and mark.path == "/admin/connexion"
