"""Services and the sync say structured things (a marked template and its values); the window and
the command line make the sentence. No service formats a date for the user, none builds a French
sentence in an f-string, and the hub client's, the pull's and the conflicts' messages are Messages."""

from __future__ import annotations

import ast
import json
import re
from datetime import date
from pathlib import Path

import pytest
import requests

from app.cli import language
from app.cli.output import text_of
from app.errors import InvalidInput, Message, Said, from_stored, stored
from app.services import validation as v
from app.sync.client import HubClient, HubError, HubUnreachable, Unauthorized
from app.sync.pages import MassDeletion

ROOT = Path(__file__).resolve().parents[2]
SPOKEN = ("app/services", "app/sync", "app/export/loan_sheet.py")
# A date written for a reader: strftime("%d/%m/%Y") or f"{day:%d/%m/%Y}" (parsing is fine).
DAY_FIRST = re.compile(r"strftime\([^)]*%d[/.]%m|\{[^{}]*:%d[/.]%m")
FRENCH = re.compile(r"[éèêàùçôî«»]|\b(le|la|les|du|des|une|est|pas|au|aux|pour|sur)\b", re.IGNORECASE)

# Text written into the store, not said to anyone: it is data, in the language it was typed in.
# Each is listed with why; anything else fails.
DATES_AS_DATA = {
    "app/services/contacts/transfer/row_check.py": "an imported date kept as text in the notes",
    "app/services/contacts/transfer/spreadsheet_reader.py": "a spreadsheet cell read as the text it shows",
    "app/services/practices/mentoring.py": "a follow-up line written into the organisation's notes",
}
SENTENCES_AS_DATA = {
    ("app/services/practices/mentoring.py", " — Mentorat demandé"): "a line of the organisation's notes",
    (
        "app/services/practices/mentoring.py",
        " — Demande de mentorat reçue",
    ): "a line of the organisation's notes",
    ("app/services/practices/records.py", "Restauration de la version "): "the note stored with the version",
}


def _modules() -> list[Path]:
    found: list[Path] = []
    for part in SPOKEN:
        path = ROOT / part
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def _where(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_no_service_formats_a_date_for_the_user():
    formatted = [
        f"{_where(path)}:{number}"
        for path in _modules()
        if _where(path) not in DATES_AS_DATA
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if DAY_FIRST.search(line) and not line.lstrip().startswith("#")
    ]
    assert not formatted, f"a date formatted for the user (hand the date to a Message): {formatted}"


def test_no_service_builds_a_french_sentence_in_an_f_string():
    built = []
    for path in _modules():
        data = tuple(start for where, start in SENTENCES_AS_DATA if where == _where(path))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            words = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
            sql = words.lstrip().upper().startswith(("SELECT", "WITH", "CREATE"))
            if FRENCH.search(words) and not sql and not (data and words.startswith(data)):
                built.append(f"{_where(path)}:{node.lineno} {words[:60]!r}")
    assert not built, f"a sentence built in an f-string (use a Message): {built}"


def test_the_exemptions_are_still_needed():
    for where in [*DATES_AS_DATA, *(where for where, _ in SENTENCES_AS_DATA)]:
        assert (ROOT / where).is_file(), f"{where} is gone: remove its exemption"
    for where, start in SENTENCES_AS_DATA:
        assert start in (ROOT / where).read_text(encoding="utf-8"), f"{where}: {start!r} is gone"


# --- the hub client ----------------------------------------------------------------------------


def _answer(status: int, body: object) -> requests.Response:
    answer = requests.Response()
    answer.status_code, answer.reason = status, "Reason"
    answer._content = json.dumps(body).encode()
    return answer


@pytest.mark.parametrize(
    ("status", "kind", "template", "values"),
    [
        (503, HubUnreachable, "Le hub a un problème ({0}) : réessayez plus tard.", (503,)),
        (409, HubError, "Le hub a refusé la demande ({0}) : {1}", (409, "jeton révoqué")),
    ],
)
def test_the_hub_clients_failures_are_messages_with_their_values(status, kind, template, values):
    with pytest.raises(kind) as caught:
        HubClient._result(_answer(status, {"detail": "jeton révoqué"}))
    assert caught.value.text == Message(template, values)


@pytest.mark.parametrize(
    ("status", "auth", "said"),
    [
        (401, True, "This computer is not known to the hub (unknown or revoked token): enrol it again."),
        (401, False, "Unknown, used or expired enrolment code: ask the hub's administrator for a new one."),
        (426, True, "This version of Entraide is too old for this hub: update Entraide."),
    ],
)
def test_what_a_status_means_is_said_by_the_client_in_its_language(status, auth, said):
    """The hub's French detail is not shown for these: the status says it all."""
    with pytest.raises(HubError) as caught:
        HubClient._result(_answer(status, {"detail": "texte du hub"}), auth)
    try:
        language.choose(["--language", "en"])
        assert text_of(caught.value.text) == said
    finally:
        language.choose(["--language", "fr"])
    assert "texte du hub" not in text_of(caught.value.text)
    assert isinstance(caught.value, Unauthorized) == (status == 401)


def test_a_hub_failure_reads_in_each_language():
    refused = HubError(Message("Le hub a refusé la demande ({0}) : {1}", (409, "jeton révoqué")))
    try:
        language.choose(["--language", "en"])
        assert text_of(refused.text) == "The hub refused the request (409): jeton révoqué"
    finally:
        language.choose(["--language", "fr"])
    assert text_of(refused.text) == "Le hub a refusé la demande (409) : jeton révoqué"
    assert str(refused) == "Le hub a refusé la demande (409) : jeton révoqué"  # the log's fallback


def test_a_stored_error_comes_back_as_the_message_it_was():
    said = Message("Le hub a un problème ({0}) : réessayez plus tard.", (502,))
    assert from_stored(stored(said)) == said
    assert from_stored("Le hub ne répond pas.") == "Le hub ne répond pas."  # stored by an earlier version
    assert from_stored("[1, 2]") == "[1, 2]"


def test_a_mass_deletion_names_the_kind_of_record_in_the_users_words():
    error = MassDeletion("reservation", 40, 60)
    assert isinstance(error, Said) and error.text.values[0] == 40 and error.text.values[2] == 60
    try:
        language.choose(["--language", "en"])
        assert text_of(error.text) == (
            "The sync would delete 40 “reservation” records out of 60: confirm before going on."
        )
    finally:
        language.choose(["--language", "fr"])
    assert text_of(error.text) == (
        "La synchronisation supprimerait 40 fiches « réservation » sur 60 : confirmez avant de continuer."
    )


def test_a_too_long_text_is_a_message_with_the_counts():
    checked = v.Checked()
    v.check_length(checked, "title", "x" * 250, 200)
    assert checked.errors["title"] == Message("Trop long : {0} caractères pour {1} au plus.", (250, 200))
    with pytest.raises(InvalidInput) as caught:
        checked.raise_if_invalid()
    assert "Trop long : 250 caractères pour 200 au plus." in str(caught.value)


def test_a_reservations_conflict_label_keeps_its_dates_as_dates():
    from app.sync.conflicts import _label

    class Booking:
        equipment_id, purpose = "e1", "Fête"
        start_date, end_date = date(2026, 12, 6), date(2026, 12, 8)

    label = _label(Booking())
    assert label == Message("Réservation du {0} au {1} ({2})", (date(2026, 12, 6), date(2026, 12, 8), "Fête"))
    try:
        language.choose(["--language", "en"])
        assert text_of(label) == "Reservation from 2026-12-06 to 2026-12-08 (Fête)"
    finally:
        language.choose(["--language", "fr"])
    assert text_of(label) == "Réservation du 06/12/2026 au 08/12/2026 (Fête)"
