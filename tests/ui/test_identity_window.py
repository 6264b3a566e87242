"""Our association's identity from the window: the first-start assistant (saved, or put off for
good), Préférences ▸ Notre association (problems under their fields, input kept), and at
enrolment against a real hub the differences shown and the user's choice applied."""

from __future__ import annotations

import pytest

from app.db import open_database
from app.services import identity
from app.services.validation import make_siret
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from app.ui.task_runner import TaskRunner
from tests.sync.conftest import start_hub
from tests.ui.conftest import type_text, wait_idle

SIRET = make_siret("43211234", "0012")


def _window(qtbot, data_paths, welcome: bool) -> MainWindow:
    runner = TaskRunner(lambda: open_database(data_paths))
    window = MainWindow(runner, data_paths, welcome=welcome)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: runner.database is not None and window.built)
    return window


def test_the_first_start_asks_who_we_are_once(qtbot, data_paths):
    window = _window(qtbot, data_paths, welcome=True)
    try:
        qtbot.waitUntil(lambda: window.assistant is not None and window.assistant.isVisible())
        assistant = window.assistant
        assert assistant.windowTitle() == "Bienvenue dans Entraide"
        form = assistant.form
        type_text(form.siret, "1234")
        assistant.save_button.click()  # no name, a wrong SIRET: said under each, nothing lost
        assert "nom de l'association" in form.form.rows["name"].message.text()
        assert "14 chiffres" in form.form.rows["siret"].message.text()
        assert assistant.isVisible() and form.siret.text() == "1234"
        type_text(form.name, "Les Jardins Partagés du Confluent")
        form.siret.setText(SIRET)
        form.rna.setText("W691009876")
        form.address.setPlainText("12 rue des Tilleuls\n69002 Lyon")
        form.representative_name.setText("Claire Martin")
        form.representative_role.setText("présidente")
        assistant.save_button.click()
        qtbot.waitUntil(lambda: not assistant.isVisible())
        us = window.runner.database.run(identity.our_identity)
        assert (us.name, us.siret, us.rna, us.representative_role) == (
            "Les Jardins Partagés du Confluent",
            SIRET,
            "W691009876",
            "présidente",
        )
    finally:
        window.runner.shutdown()
    again = _window(qtbot, data_paths, welcome=True)
    try:
        wait_idle(qtbot, again)
        assert again.assistant is None  # answered: never asked again
    finally:
        again.runner.shutdown()


def test_put_off_the_assistant_and_fill_in_preferences_later(qtbot, data_paths):
    window = _window(qtbot, data_paths, welcome=True)
    try:
        qtbot.waitUntil(lambda: window.assistant is not None and window.assistant.isVisible())
        window.assistant.later_button.click()
        qtbot.waitUntil(lambda: not window.assistant.isVisible())
        assert not window.runner.database.run(identity.assistant_wanted)

        dialog = SettingsDialog(window, window.runner)
        dialog.open()
        dialog.show_identity()
        assert dialog.tabs.currentWidget() is dialog.identity
        wait_idle(qtbot, window)
        form = dialog.identity
        form.name.setText("Comité des Fêtes de Vierzon")
        form.email.setText("pas une adresse")
        dialog.accept()
        qtbot.waitUntil(lambda: form.form.rows["email"].message.isVisible())
        assert "@" in form.form.rows["email"].message.text()
        assert form.email.text() == "pas une adresse"
        form.email.setText("comite@exemple.fr")
        with qtbot.waitSignal(dialog.finished):
            dialog.accept()
        assert window.runner.database.run(identity.our_name) == "Comité des Fêtes de Vierzon"
    finally:
        window.runner.shutdown()


@pytest.fixture
def hub(tmp_path):
    live = start_hub(tmp_path / "hub")
    yield live
    live.server.should_exit = True


@pytest.mark.parametrize("take_hub", [False, True])
def test_enrolment_shows_what_the_hub_says_otherwise(qtbot, data_paths, hub, monkeypatch, take_hub):
    from hub import admin
    from hub.db import open_hub_database

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    database = open_hub_database(hub.settings.resolved_database_url())
    with database.writer.begin() as session:
        admin.create_association(session, "Jardins du Confluent", rna="W691009876", siret="12345678900012")
    database.dispose()
    seeded = open_database(data_paths)
    seeded.run(identity.save_identity, identity.IdentityFields(name="Les Jardins Partagés", siret=SIRET))
    seeded.close()
    window = _window(qtbot, data_paths, welcome=False)
    try:
        from app.ui.sync.enroll_dialog import EnrollDialog

        dialog = EnrollDialog(window.runner, window.section("sync").controller, window)
        dialog.hub.setText(hub.url)
        dialog.code.setText(hub.enrollment_code("Jardins du Confluent"))
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.choice is not None and dialog.choice.isVisible(), timeout=10_000)
        table = dialog.choice.table
        shown = [[table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())]
        assert shown == [
            ["Nom", "Les Jardins Partagés", "Jardins du Confluent"],
            ["SIRET", SIRET, "12345678900012"],
        ]
        (dialog.choice.hub_button if take_hub else dialog.choice.keep_button).click()
        qtbot.waitUntil(lambda: window.section("sync").controller.enrolled, timeout=10_000)
        wait_idle(qtbot, window)
        us = window.runner.database.run(identity.our_identity)
        if take_hub:
            assert (us.name, us.siret) == ("Jardins du Confluent", "12345678900012")
        else:
            assert (us.name, us.siret) == ("Les Jardins Partagés", SIRET)
        # Left empty here: the hub's RNA fills it in on paper once the first sync brought it.
        qtbot.waitUntil(
            lambda: window.runner.database.run(identity.our_identity).rna == "W691009876", timeout=10_000
        )
    finally:
        window.runner.shutdown()
