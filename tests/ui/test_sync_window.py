"""Syncing from the window against the real hub: enrol, sync in the background, settle a conflict."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.db import open_database
from app.paths import DataPaths
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.sync.client import HubClient
from app.sync.engine import SyncEngine
from tests.sync.conftest import start_hub
from tests.ui.conftest import wait_idle


@pytest.fixture
def hub(tmp_path):
    live = start_hub(tmp_path / "hub")
    yield live
    live.server.should_exit = True


def test_enrol_sync_and_resolve_a_conflict_from_the_window(qtbot, tmp_path, hub, window, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    window.open_section("sync")
    view = window.section("sync").ensure_view()
    assert "pas encore relié" in view.intro.text()
    assert not view.sync_button.isEnabled()

    # Enrol through the dialog.
    from app.ui.sync.enroll_dialog import EnrollDialog

    dialog = EnrollDialog(window.runner, window.section("sync").controller, window)
    dialog.hub.setText(hub.url)
    dialog.code.setText("mauvais code")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and "Code d'enrôlement" in dialog.message.text())
    dialog.code.setText(hub.enrollment_code("Les Amis"))
    dialog.submit()
    qtbot.waitUntil(lambda: window.section("sync").controller.enrolled, timeout=10_000)
    assert "Les Amis" in view.link.text()
    # No keyring here: the warning shows once the keyring probe (started with the window, on the
    # network pool) has answered too; the two results may come back in either order.
    qtbot.waitUntil(view.warning.isVisible, timeout=5_000)

    # A change made in the window goes out with F5; the progress shows, then the status.
    window.runner.database.run(
        contacts.create_contact,
        ContactFields(kind="person", first_name="Léa", last_name="Martin", notes="ici"),
    )
    window.section("sync").controller.refresh()
    qtbot.waitUntil(lambda: view.pending.text() == "1")
    with qtbot.waitSignal(window.section("sync").controller.finished, timeout=15_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
        assert view.cancel_button.isVisible()
    # The state line follows the run's end on the next turn of the event loop, not with it.
    qtbot.waitUntil(
        lambda: (
            view.pending.text() == "0" and view.last.text() != "jamais" and view.state.text() == "en ligne"
        )
    )
    assert "En ligne" in window.section("sync").status_line.label.text()

    # Another laptop of the association edits the same field: a conflict, shown with a badge.
    other_paths = DataPaths(tmp_path / "autre").ensure()
    other = open_database(other_paths)
    client = HubClient(hub.url)
    client.token = client.enroll(hub.enrollment_code("Les Amis"), "autre").token
    SyncEngine(other, client, other_paths.backups).run()
    [lea] = other.run(contacts.list_contacts)
    other.run(
        contacts.update_contact,
        lea.id,
        ContactFields(kind="person", first_name="Léa", last_name="Martin", notes="là-bas"),
    )
    SyncEngine(other, client, other_paths.backups).run()
    window.runner.database.run(
        contacts.update_contact,
        lea.id,
        ContactFields(kind="person", first_name="Léa", last_name="Martin", notes="ici, corrigé"),
    )
    with qtbot.waitSignal(window.section("sync").controller.finished, timeout=15_000):
        window.section("sync").controller.sync_now()
    qtbot.waitUntil(lambda: window.section_item("conflicts").text() == "Conflits (1)")
    window.open_section("conflicts")
    conflicts = window.section("conflicts").ensure_view()
    qtbot.waitUntil(lambda: conflicts.table.rowCount() == 1)
    assert conflicts.table.item(0, 2).text() == "ici, corrigé"
    assert conflicts.table.item(0, 3).text() == "là-bas"
    conflicts.mine.click()
    qtbot.waitUntil(lambda: window.section_item("conflicts").text() == "Conflits")
    with qtbot.waitSignal(window.section("sync").controller.finished, timeout=15_000):
        window.section("sync").controller.sync_now()
    wait_idle(qtbot, window)
    SyncEngine(other, client, other_paths.backups).run()
    assert other.run(contacts.get_detail, lea.id).fields.notes == "ici, corrigé"
    other.close()


def test_records_set_aside_and_refusals_with_both_values_are_shown(qtbot, seeded, window):
    """Seeded as a sync would leave them: a record received that could not be applied, and an
    edit the hub refused (its dates came back from the hub, both values kept)."""
    from datetime import date

    from app.models import SyncConflict, SyncQuarantine
    from app.ui.shared.locale_format import show_date

    seeded.run(
        lambda s: s.add_all(
            [
                SyncQuarantine(
                    record_id="0190a000-0000-7000-8000-00000000e001",
                    entity_type="equipment",
                    version=7,
                    change={},
                    code="invalid_values",
                    problems=[{"field": "maintenance_from", "code": "bad_date", "values": {}}],
                ),
                SyncConflict(
                    entity_type="reservation",
                    record_id="0190a000-0000-7000-8000-00000000e002",
                    kind="refused",
                    local_value={"start_date": "2031-06-09", "end_date": "2031-06-11"},
                    remote_value={"start_date": "2031-06-01", "end_date": "2031-06-03"},
                    reason="Ce matériel est déjà réservé du 10/06/2031 au 12/06/2031 par Club de Foot.",
                ),
            ]
        )
    )
    window.resize(1366, 768)
    window.open_section("sync")
    window.section("sync").controller.refresh()
    view = window.section("sync").ensure_view()
    qtbot.waitUntil(lambda: view.quarantine_list.topLevelItemCount() == 1)
    assert view.quarantined.text() == "1" and view.quarantine_list.isVisible()
    row = view.quarantine_list.topLevelItem(0)
    assert row.text(0).startswith("matériel 0190a000")
    assert row.text(2) == "Début de maintenance : date attendue sous la forme AAAA-MM-JJ"
    window.grab().save("/tmp/entraide-sync-quarantaine.png")

    window.open_section("conflicts")
    conflicts = window.section("conflicts").ensure_view()
    qtbot.waitUntil(lambda: conflicts.table.rowCount() == 1)
    assert conflicts.table.item(0, 1).text() == "Début, Fin"
    day = [show_date(date(2031, 6, n)) for n in (9, 11, 1, 3)]
    assert conflicts.table.item(0, 2).text() == f"Début : {day[0]} ; Fin : {day[1]}"
    assert conflicts.table.item(0, 3).text() == f"Début : {day[2]} ; Fin : {day[3]} (gardé par le hub)"
    assert "Club de Foot" in conflicts.detail.text() and conflicts.dismiss.isVisible()
    window.grab().save("/tmp/entraide-conflits-refus.png")
    conflicts.dismiss.click()
    qtbot.waitUntil(lambda: conflicts.table.rowCount() == 0)
