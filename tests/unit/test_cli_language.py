"""The command line in the user's language: its own sentences, argparse's words and what the
services say (with their dates and amounts) all come out in English with --language en and in
French with --language fr, never mixed; the French spellings of options still work for a release."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app import i18n
from app.__main__ import main
from app.cli import language
from app.cli.output import text_of
from app.errors import Message, Money

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "entraide_en.ts"
PLACEHOLDER = re.compile(r"\{\w*\}|%n|\n")


@pytest.fixture(autouse=True)
def french_afterwards():
    yield
    language.choose(["--language", "fr"])  # the other tests read French


def _pieces(text: str) -> set[str]:
    """The parts of a sentence between its placeholders that are words of a language (two words
    at least: a lone "options" or "Hub" is the same in both)."""
    parts = (part.strip(" .,;:()…«»“”") for part in PLACEHOLDER.split(text))
    return {part for part in parts if len(re.findall(r"\w{2,}", part)) >= 2}


def _catalogue() -> list[tuple[str, str]]:
    """(French source, English translation) of the command line's and the services' sentences."""
    pairs = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        if context.findtext("name") not in ("cli", "entraide"):
            continue
        for message in context.iter("message"):
            source, english = message.findtext("source") or "", message.findtext("translation") or ""
            if source != english:
                pairs.append((source, english))
    return pairs


ARGPARSE_ENGLISH = ("usage:", "error:", "positional arguments", "show this help message", "invalid int value")
ARGPARSE_FRENCH = ("utilisation :", "erreur :", "afficher cette aide", "valeur impossible")


def _words() -> tuple[set[str], set[str]]:
    """The pieces only French says, and those only English says ("70 × 37 mm" is both)."""
    french = {piece for source, _ in _catalogue() for piece in _pieces(source)}
    english = {piece for _, translation in _catalogue() for piece in _pieces(translation)}
    return french - english, english - french


def _no_french(said: str) -> None:
    found = sorted(piece for piece in _words()[0] if piece in said)
    assert not found, f"French in the English command line: {found[:5]}\n{said}"
    assert not any(word in said for word in ARGPARSE_FRENCH), said


def _no_english(said: str) -> None:
    found = sorted(piece for piece in _words()[1] if piece in said)
    assert not found, f"English in the French command line: {found[:5]}\n{said}"
    assert not any(word in said for word in ARGPARSE_ENGLISH), said


def _run(capsys, *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:  # argparse's --help and its errors
        code = int(stop.code or 0)
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> str:
    folder = str(tmp_path_factory.mktemp("langue") / "donnees")
    assert main(["--language", "fr", "--data-dir", folder, "demo", "--size", "30", "--equipment", "8",
                 "--practices", "6"]) == 0  # fmt: skip
    return folder


COMMANDS = [
    ("status",),
    ("status", "--days", "400"),
    ("needs", "list", "--all"),
    ("offers", "list"),
    ("restore-backup",),
    ("--help",),
    ("needs", "add", "--help"),
    ("status", "--days", "beaucoup"),  # argparse's own error
    ("needs", "add", "--title", "X", "--place", "Trifouillis-les-Oies"),  # a service's refusal
    ("labels", "etiquettes.txt"),  # the command line's own refusal
    ("loan-receipt", "0000", "bon.pdf"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_english_says_nothing_in_french_and_french_nothing_in_english(capsys, demo_folder, command):
    code_en, english = _run(capsys, "--language", "en", "--data-dir", demo_folder, *command)
    code_fr, french = _run(capsys, "--language", "fr", "--data-dir", demo_folder, *command)
    assert code_en == code_fr and english.strip() and french.strip()
    _no_english(french)
    # The demo's data is French (names, titles): the English check reads the output without it.
    _no_french(re.sub(r"«[^»]*»|“[^”]*”|\([^()]*\)|· .*|←.*|- .* (pour|for) .*", "", english))


def test_status_speaks_english_with_english_dates(capsys, demo_folder):
    code, said = _run(capsys, "--language", "en", "--data-dir", demo_folder, "status", "--days", "400")
    assert code == 0
    assert "Hub: none (not enrolled yet)" in said and "Last successful sync: never" in said
    assert "Agreements to renew or ending soon:" in said
    assert re.search(r"Agreement CONV-\d{4}-\d{3} “[^”]+” (ends|renews tacitly) on \d{4}-\d{2}-\d{2}", said)
    code, said = _run(capsys, "--language", "fr", "--data-dir", demo_folder, "status", "--days", "400")
    assert re.search(
        r"La convention CONV-\d{4}-\d{3} « [^»]+ » se (termine|renouvelle) .*\d{2}/\d{2}/\d{4}", said
    )


def test_argparse_speaks_the_chosen_language(capsys):
    code, said = _run(capsys, "--language", "en", "status", "--days", "x")
    assert (
        code == 2 and "usage: entraide status" in said and "error: argument --days: invalid int value" in said
    )
    code, said = _run(capsys, "--language", "fr", "status", "--days", "x")
    assert code == 2 and "utilisation : entraide status" in said and "erreur : argument --days" in said
    assert "valeur impossible : « x »" in said  # French quotes, not Python's 'x'
    code, said = _run(capsys, "--language", "fr", "trash", "vider")
    assert code == 2 and "choix impossible : « vider »" in said


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ("fr", "06/12/2026 · 06/12/2026 14:30 · 1\u202f250,50 € · 12\u202f345"),
        ("en", "2026-12-06 · 2026-12-06 14:30 · €1,250.50 · 12,345"),
    ],
)
def test_a_services_values_get_the_languages_dates_amounts_and_counts(chosen, expected, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")  # a moment is shown in this computer's time zone
    time.tzset()
    language.choose(["--language", chosen])
    values = (date(2026, 12, 6), datetime(2026, 12, 6, 14, 30, tzinfo=UTC), Money(125050), 12345)
    try:
        assert text_of(Message("{0} · {1} · {2} · {3}", values)) == expected
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_message_and_its_words_are_translated(capsys):
    language.choose(["--language", "en"])
    refused = Message(
        i18n.QT_TRANSLATE_NOOP("entraide", "Le hub a refusé la demande ({0}) : {1}"), (409, "déjà pris")
    )
    assert (
        text_of(refused) == "The hub refused the request (409): déjà pris"
    )  # the hub's own reason as it says it
    kind = Message(i18n.QT_TRANSLATE_NOOP("entraide", "réservation"))
    mass = Message(
        i18n.QT_TRANSLATE_NOOP(
            "entraide",
            "La synchronisation supprimerait {0} fiches « {1} » sur {2} : confirmez avant de continuer.",
        ),
        (1200, kind, 3000),
    )
    assert (
        text_of(mass)
        == "The sync would delete 1,200 “reservation” records out of 3,000: confirm before going on."
    )
    language.choose(["--language", "fr"])
    assert text_of(mass) == (
        "La synchronisation supprimerait 1\u202f200 fiches « réservation » sur 3\u202f000 : "
        "confirmez avant de continuer."
    )


def test_money_in_english_keeps_the_sign_and_the_cents():
    from app.cli.output import show_money

    language.choose(["--language", "en"])
    assert (show_money(5), show_money(-125050), show_money(100_000_000)) == (
        "€0.05",
        "-€1,250.50",
        "€1,000,000.00",
    )


def test_plurals_follow_each_languages_rule():
    for chosen, expected in (
        ("fr", ["0 contact", "1 contact", "2 contacts"]),
        ("en", ["0 contacts", "1 contact", "2 contacts"]),
    ):
        language.choose(["--language", chosen])
        one, many = i18n.translate("cli", "%n contact"), i18n.translate("cli", "%n contacts")
        assert [i18n.plural(n, one, many) for n in (0, 1, 2)] == expected


# --- the old spellings of options --------------------------------------------------------------


def test_old_french_options_still_work_for_a_release_and_say_so(capsys, demo_folder):
    code, said = _run(capsys, "--data-dir", demo_folder, "status", "--jours", "400")
    assert code == 0 and "entraide : --jours s'écrit désormais --days" in said
    assert "Conventions à renouveler" in said
    code, said = _run(
        capsys, "--data-dir", demo_folder, "needs", "list", "--tous", "--nos", "--type", "materiel"
    )
    assert code == 0 and "--tous s'écrit désormais --all" in said and "--nos s'écrit désormais --ours" in said
    adding = ("needs", "add", "--titre=Un barnum", "--lieu", "Lyon 7e", "--a-distance")
    code, said = _run(capsys, "--language", "en", "--data-dir", demo_folder, *adding)
    assert code == 2 and "--titre is now spelt --title" in said  # --place and --remote exclude each other
    assert "not allowed with argument" in said


def test_help_lists_only_the_english_options(capsys):
    for command in (("status",), ("labels",), ("needs", "add"), ("needs", "list"), ("needs", "close")):
        code, said = _run(capsys, *command, "--help")
        assert code == 0
        for old in (
            "--jours",
            "--contours",
            "--tous",
            "--nos",
            "--reseau",
            "--titre",
            "--lieu",
            "--au ",
            "--retire",
        ):
            assert old not in said, (command, old)
    code, said = _run(capsys, "labels", "--help")
    assert "--outlines" in said


def test_the_self_tests_report_speaks_the_chosen_language(tmp_path):
    import io

    from app.cli.selftest import HEADLESS_CHECKS, SelfTestContext, run_checks
    from app.paths import DataPaths

    language.choose(["--language", "en"])
    out = io.StringIO()
    ctx = SelfTestContext(tmp_path, DataPaths(tmp_path / "data"))
    try:
        assert run_checks(HEADLESS_CHECKS[:1], ctx, out) == 0
    finally:
        ctx.close()
    first, verdict = out.getvalue().splitlines()
    assert first.startswith("✓ store created and migrated (schema ") and "backup made before" in first
    assert verdict.endswith(": everything works.")


def test_every_marked_text_of_the_code_is_in_the_catalogue():
    """pyside6-lupdate silently drops a translate() call it cannot read (a plural whose count is an
    attribute, for one): every literal call of the code must still be in the .ts file, or it
    would stay French in English."""
    import ast

    catalogue = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(TS_FILE).getroot().iter("context")
        for message in context.iter("message")
    }
    missing = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            context, text = node.args[0], node.args[1]
            literal = all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in (context, text)
            )
            if (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and literal
                and (context.value, text.value) not in catalogue
            ):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {text.value[:50]!r}")
    assert not missing, f"not in entraide_en.ts (make ts cannot read the call?): {missing[:10]}"


def test_the_language_may_follow_the_command(capsys, demo_folder):
    code, said = _run(capsys, "--data-dir", demo_folder, "status", "--language", "en")
    assert code == 0 and "Last successful sync: never" in said
    code, said = _run(capsys, "--data-dir", demo_folder, "trash", "--language=en")
    assert code == 0 and "The bin is empty." in said


def test_the_version_and_the_device_name_are_explained_in_french(capsys):
    _code, said = _run(capsys, "--language", "fr", "--help")
    assert "afficher la version et quitter" in said and "show program's version" not in said
    _code, said = _run(capsys, "--language", "fr", "enroll", "--help")
    assert "--device-name NOM" in said


def test_a_reader_that_stops_early_gets_no_error(demo_folder):
    """`entraide needs list | head -1`: the pipe closes, the command says nothing about it."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "app", "--data-dir", demo_folder, "needs", "list", "--all"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read().decode()
    assert process.wait() == 1 and errors == ""
