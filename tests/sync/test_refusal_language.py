"""A refusal by the hub's rules reaches the user in their language: the hub sends a code and its
values, the command line words them (dates in its format); a code it does not know keeps the
hub's own sentence, and so does a refusal stored before the hub sent codes."""

from __future__ import annotations

from datetime import date

import pytest

from app import i18n
from app.__main__ import main
from app.cli.output import text_of
from app.db import open_database
from app.models.sync import SyncConflict
from app.paths import DataPaths, translations_dir
from app.services.equipment import loans
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from app.sync import conflicts

JUNE_1, JUNE_3 = date(2031, 6, 1), date(2031, 6, 3)


@pytest.fixture
def english_afterwards():
    yield
    i18n.use_language("fr", None)  # the tests' language for what comes next


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "This equipment is already reserved from 2031-06-01 to 2031-06-03 by Comité des Fêtes."),
        ("fr", "Ce matériel est déjà réservé du 01/06/2031 au 03/06/2031 par Comité des Fêtes."),
    ],
)
def test_a_double_reservation_is_refused_in_the_users_language(
    tmp_path, laptops, live_hub, capsys, monkeypatch, english_afterwards, language, said
):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("ENTRAIDE_LANGUAGE", language)
    lender, first = laptops("Les Amis du Quartier"), laptops("Comité des Fêtes")
    projector = lender.run(eq.create_equipment, EquipmentFields(name="Vidéoprojecteur", shared=True))
    lender.sync()
    first.sync()
    first.run(lambda s: loans.reserve(s, projector, JUNE_1, JUNE_3))
    first.sync()

    data = tmp_path / "club"
    open_database(DataPaths(data)).close()
    code = live_hub.enrollment_code("Club de Foot")
    assert main(["enroll", "--hub", live_hub.url, "--code", code, "--data-dir", str(data)]) == 0
    assert main(["sync", "--data-dir", str(data)]) == 0
    store = open_database(DataPaths(data))
    try:
        asked = store.run(lambda s: loans.reserve(s, projector, date(2031, 6, 2), date(2031, 6, 5)))
    finally:
        store.close()
    capsys.readouterr()
    assert main(["sync", "--data-dir", str(data)]) == 0
    # Named by the end of its id, as the Corbeille and every command name records (the start of
    # a UUIDv7 is its time: the same for records made together); the language's punctuation.
    line = f"({asked[-8:]}){': ' if language == 'en' else ' : '}{said}"
    assert line in capsys.readouterr().err  # what this sync was refused
    assert main(["status", "--data-dir", str(data)]) == 0
    assert line in capsys.readouterr().out  # until the user dismisses it


def test_a_refusal_stored_as_text_or_with_an_unknown_code_keeps_the_hubs_sentence(tmp_path):
    store = open_database(DataPaths(tmp_path / "poste"))
    old = "Ce matériel est déjà réservé du 01/06/2031 au 03/06/2031 par Les Amis."
    newer = "Une règle qu'un hub plus récent connaît."
    try:

        def add(session) -> None:
            for reason, code, values in (
                (old, None, None),  # stored before codes
                (newer, "rule_of_tomorrow", {"x": 1}),  # a code from a newer hub
                (old, "already_reserved", {"start": "2031-06-01"}),  # values missing: the hub's text
                (old, "already_reserved", {"start": "2031-06-01", "end": "2031-06-03", "holder": "Les Amis"}),
            ):
                session.add(
                    SyncConflict(
                        entity_type="reservation",
                        record_id="0190a000-0000-7000-8000-00000000abcd",
                        kind="refused",
                        reason=reason,
                        reason_code=code,
                        reason_values=values,
                    )
                )

        store.run(add)
        shown = [text_of(item.reason) for item in store.run(conflicts.list_conflicts)]
    finally:
        store.close()
    assert shown == [old, newer, old, old]
    i18n.use_language("en", translations_dir() / "entraide_en.ts")
    try:
        with_english = open_database(DataPaths(tmp_path / "poste"))
        try:
            english = [text_of(item.reason) for item in with_english.run(conflicts.list_conflicts)]
        finally:
            with_english.close()
    finally:
        i18n.use_language("fr", None)
    assert english[:3] == [old, newer, old]
    assert english[3] == "This equipment is already reserved from 2031-06-01 to 2031-06-03 by Les Amis."
