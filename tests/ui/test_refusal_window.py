"""The Conflits section words a refusal by the hub's rules from its code and values: in English
with the English translation and an English locale, in French otherwise; a refusal stored as
text before the codes shows its text."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

from app.models import SyncConflict
from tests.ui.test_translations import TS_FILE, lrelease

HOLDER = {"start": "2031-06-10", "end": "2031-06-12", "holder": "Club de Foot"}


def _refused(record_id: str, **reason) -> SyncConflict:
    return SyncConflict(
        entity_type="reservation",
        record_id=record_id,
        kind="refused",
        local_value={"start_date": "2031-06-09"},
        remote_value=None,
        **reason,
    )


def test_a_coded_refusal_reads_in_the_users_language(qapp, qtbot, seeded, window, tmp_path: Path):
    stored_before = "Ce matériel est déjà réservé du 10/06/2031 au 12/06/2031 par Club de Foot."
    seeded.run(
        lambda s: s.add_all(
            [
                _refused("0190a000-0000-7000-8000-00000000e002", reason=stored_before),
                _refused(
                    "0190a000-0000-7000-8000-00000000e003",
                    reason=stored_before,
                    reason_code="already_reserved",
                    reason_values=HOLDER,
                ),
            ]
        )
    )
    before = QLocale()
    qm = tmp_path / "entraide_en.qm"
    subprocess.run([lrelease(), "-silent", str(TS_FILE), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm)) and qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        window.resize(1366, 768)
        window.open_section("conflicts")
        view = window.section("conflicts").ensure_view()
        view.refresh()
        qtbot.waitUntil(lambda: view.table.rowCount() == 2)
        assert view.table.item(0, 3).text() == stored_before  # as it was stored
        assert view.table.item(1, 3).text() == (
            "This equipment is already reserved from 10/06/2031 to 12/06/2031 by Club de Foot."
        )
        view.table.selectRow(1)
        assert "already reserved" in view.detail.text()
        window.grab().save("/tmp/entraide-refus-en.png")
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        view.refresh()
        qtbot.waitUntil(lambda: view.table.item(1, 3).text().startswith("Ce matériel"))
        assert view.table.item(1, 3).text() == stored_before
        window.grab().save("/tmp/entraide-refus-fr.png")
    finally:
        QLocale.setDefault(before)


def test_a_refusal_with_markup_in_its_values_is_shown_as_text(qapp, qtbot, seeded, window):
    """A hub (or an association's name) with HTML in it: shown as typed, never rendered."""
    from PySide6.QtCore import Qt

    hostile = {"start": "2031-06-10", "end": "2031-06-12", "holder": "<b>Club</b><img src='x.png'>"}
    seeded.run(
        lambda s: s.add(
            _refused(
                "0190a000-0000-7000-8000-00000000e004",
                reason="<h1>Refusé</h1>",
                reason_code="already_reserved",
                reason_values=hostile,
            )
        )
    )
    window.open_section("conflicts")
    view = window.section("conflicts").ensure_view()
    view.refresh()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    view.table.selectRow(0)
    assert "<b>Club</b>" in view.detail.text()
    window.resize(1366, 768)
    window.grab().save("/tmp/entraide-refus-balises.png")
    assert view.detail.textFormat() == Qt.TextFormat.PlainText
    for column in range(4):
        tip = view.table.item(0, column).toolTip()
        assert "<b>" not in tip and "<img" not in tip, tip  # escaped: shown as typed
    window.open_section("sync")
    sync_view = window.section("sync").ensure_view()
    assert sync_view.error.textFormat() == Qt.TextFormat.PlainText  # the hub's detail, as sent
