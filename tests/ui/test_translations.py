"""The English translation: complete, faithful to placeholders, and actually shown by the window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from app.db import open_database
from app.ui.application import choose_language
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import LANGUAGE_KEY
from app.ui.task_runner import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "entraide_en.ts"
PLACEHOLDER = re.compile(r"\{\d+\}")
ACCELERATOR = re.compile(r"&(?!&)\w")


def ts_messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of the English .ts file."""
    root = ET.parse(TS_FILE).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def lrelease() -> str:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return found


def test_every_message_is_translated_and_keeps_placeholders_and_accelerators():
    messages = ts_messages()
    assert len(messages) > 150
    problems = []
    for context, source, translation in messages:
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is not finished")
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        for text in forms:  # a count's plural forms ("%n résultat", "%n résultats") each
            if not text.strip():
                problems.append(f"{where} has an empty translation")
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{where} -> {text!r} changes the placeholders")
            if ("%n" in source or "%Ln" in source) and "%" not in text:
                problems.append(f"{where} -> {text!r} loses the count")
            if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
                problems.append(f"{where} -> {text!r} loses or adds an & accelerator")
    assert not problems, "\n".join(problems)


def test_no_french_menu_name_or_quotes_in_english():
    """What a first try found: "Synchronisation ▸ …" and « » in the English window."""
    french = re.compile(r"Synchronisation|Fichier ▸|Édition ▸|«|»")
    found = [
        (context, source)
        for context, source, translation in ts_messages()
        for text in [translation.text or "", *(form.text or "" for form in translation.iter("numerusform"))]
        if french.search(text)
    ]
    assert not found


def test_every_visible_string_of_the_code_is_in_the_translation_file(tmp_path):
    """lupdate run on the code finds nothing the committed .ts lacks: a string whose context
    lupdate cannot read (a variable, an alias of translate) would stay French."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in (ROOT / "app").rglob("*.py") if "migrations" not in p.parts]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-silent"], check=True, timeout=120)
    found = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    committed = {(context, source) for context, source, _ in ts_messages()}
    assert all(context for context, _ in found), "a translate() call without a literal context"
    assert not found - committed, f"run make ts and translate: {sorted(found - committed)[:10]}"


def test_the_window_speaks_english_with_the_compiled_translation(qtbot, qapp, tmp_path, data_paths):
    qm = tmp_path / "entraide_en.qm"
    subprocess.run([lrelease(), "-silent", str(TS_FILE), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert qapp.installTranslator(translator)
    runner = TaskRunner(lambda: open_database(data_paths))
    try:
        win = MainWindow(runner, data_paths)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: runner.database is not None)
        qtbot.waitUntil(lambda: not win.section("contacts").view.model.loading)
        menus = [action.text() for action in win.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&Sync", "&Help"]
        titles = [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
        assert titles[0].startswith("Contacts")
        assert "Equipment and loans" in titles
        assert titles[-1].startswith("Bin")
        assert win.section("contacts").view.search.placeholderText().startswith("Search for a name")
        assert win.section("contacts").view.detail.form.save_button.text() == "Save"
        # Messages marked outside the GUI with QT_TRANSLATE_NOOP("entraide", …).
        assert QCoreApplication.translate("entraide", "Trésorier·ère") == "Treasurer"
    finally:
        runner.shutdown()
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&Fichier") == "&Fichier"


def test_choose_language_answers_french_or_english():
    assert choose_language("fr") == "fr"
    assert choose_language("en") == "en"
    QSettings().setValue(LANGUAGE_KEY, "en")
    assert choose_language(None) == "en"
    assert choose_language("") == "en"
    QSettings().setValue(LANGUAGE_KEY, "fr")
    assert choose_language(None) == "fr"
    QSettings().setValue(LANGUAGE_KEY, "")
    assert choose_language(None) in ("fr", "en")
    assert choose_language("de") in ("fr", "en")
