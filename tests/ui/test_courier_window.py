"""Sync by USB stick from the window: Synchronisation ▸ Préparer un fichier pour le hub…, another
association's laptop carries it (its own command), Importer la réponse du hub…; the section lists
the files with their dates. The real hub on 127.0.0.1, real stores."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.sync import runs
from app.sync.courier import relay
from app.sync.credentials import TokenStore
from tests.sync.conftest import start_hub
from tests.sync.courier_support import enrolled, names


@pytest.fixture
def hub(tmp_path):
    live = start_hub(tmp_path / "hub")
    yield live
    live.server.should_exit = True


def _menu_action(window, text: str):
    for menu in window.menuBar().actions():
        for action in menu.menu().actions():
            if action.text() == text:
                return action
    raise AssertionError(f"no menu entry {text!r}")


def test_prepare_then_import_from_the_synchronisation_menu(
    qtbot, tmp_path, hub, window, data_paths, monkeypatch
):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    database = window.runner.database
    answer = runs.enroll(hub.url, hub.enrollment_code("La Salle"), "salle", TokenStore(data_paths.root))
    database.run(lambda s: runs.remember_enrolment(s, hub.url, answer))
    database.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa", last_name="Martin"))
    bureau = enrolled(hub, tmp_path, "La Salle", "bureau")
    bureau.run(contacts.create_contact, ContactFields(kind="person", first_name="Zoé", last_name="Bureau"))
    bureau.sync()
    club = enrolled(hub, tmp_path, "Le Club", "club")
    stick = tmp_path / "cle"
    stick.mkdir()
    section = window.section("sync")
    window.open_section("sync")
    view = section.ensure_view()
    section.controller.refresh()
    # The status waits behind the window's start-up jobs on the one database thread: on a loaded
    # 2-core machine they can take more than 5 s.
    qtbot.waitUntil(lambda: view.prepare_button.isEnabled(), timeout=30_000)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    _menu_action(window, "Préparer un fichier pour le hub…").trigger()
    qtbot.waitUntil(lambda: getattr(section.courier, "last_box", None) is not None, timeout=10_000)
    assert "contact : 1" in section.courier.last_box.text()
    [prepared] = list(stick.glob("*.entraide"))
    assert prepared.name in section.courier.last_box.text()
    section.courier.last_box.close()

    [carried] = relay.relay(club.database, club.paths, [prepared])
    assert carried.refused is None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(carried.answer[0]), ""))
    section.courier.last_box = None
    _menu_action(window, "Importer la réponse du hub…").trigger()
    qtbot.waitUntil(lambda: section.courier.last_box is not None, timeout=10_000)
    assert "Reçues : 2" in section.courier.last_box.text()  # ours back, and the other laptop's
    qtbot.waitUntil(lambda: view.courier_list.topLevelItemCount() == 2)
    kinds = {view.courier_list.topLevelItem(i).text(1) for i in range(2)}
    assert kinds == {"préparé pour le hub", "réponse importée"}
    bureau.sync()
    assert names(bureau) == ["Léa Martin", "Zoé Bureau"]
    # What the answer brought is announced like a sync's changes: the sections refresh.
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Contacts (2)", timeout=5_000)
    window.resize(1366, 768)
    window.grab().save(str(tmp_path.parent / "courier-section.png"))
    section.courier.last_box.close()
    bureau.database.close()
    club.database.close()


def test_an_answer_whose_changes_the_hub_held_says_so_and_that_nothing_is_lost(qtbot, window, tmp_path):
    from app.sync.courier.answer import Imported

    section = window.section("sync")
    window.open_section("sync")
    section.ensure_view()
    for held, said in ((1, "non appliquées par le hub : 1 ("), (3, "non appliquées par le hub : 3 (")):
        section.courier._imported(Imported(held=held))
        text = section.courier.last_box.text()
        assert said in text and "Rien n'est perdu" in text and "prochain fichier de liaison" in text
        assert "Envoyées : 0. Reçues : 0. Conflits : 0." in text
        section.courier.last_box.grab().save(str(tmp_path / f"courier-held-{held}.png"))
        section.courier.last_box.close()
