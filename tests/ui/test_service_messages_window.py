"""The window makes a service's sentence in the user's language: a failure that carries a Message
(the hub client's, a declined loan's, an import file's) reads in English with the English
translation and with English dates and amounts, and in French without it."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

from app.errors import Message, Money
from app.services.contacts.transfer import ImportFileError
from app.sync.client import HubError, HubUnreachable
from app.sync.pages import MassDeletion
from app.ui.shared.locale_format import said, service_text
from app.ui.shared.messages import error_text
from tests.ui.test_translations import TS_FILE, lrelease


def test_the_window_words_a_services_failure_in_the_users_language(qapp, tmp_path: Path):
    refused = HubError(Message("Le hub a refusé la demande ({0}) : {1}", (409, "jeton révoqué")))
    gone = MassDeletion("equipment", 1200, 3000)
    unread = ImportFileError("no_sheet", sheet="Adhérents", sheets="Feuil1, Feuil2")
    booking = Message("Réservation du {0} au {1} ({2})", (date(2026, 12, 6), date(2026, 12, 8), Money(4550)))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    assert said(refused) == error_text(refused, "") == "Le hub a refusé la demande (409) : jeton révoqué"
    assert service_text(gone.text) == (
        "La synchronisation supprimerait 1\u202f200 fiches « matériel » sur 3\u202f000 : "
        "confirmez avant de continuer."
    )
    assert (
        unread.worded(service_text)
        == "Le classeur n'a pas de feuille « Adhérents » (feuilles : Feuil1, Feuil2)."
    )
    assert service_text(booking) == "Réservation du 06/12/2026 au 08/12/2026 (45,50\u00a0€)"
    qm = tmp_path / "entraide_en.qm"
    subprocess.run([lrelease(), "-silent", str(TS_FILE), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm)) and qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert said(refused) == error_text(refused, "") == "The hub refused the request (409): jeton révoqué"
        assert said(HubUnreachable(Message("Le hub a un problème ({0}) : réessayez plus tard.", (503,)))) == (
            "The hub has a problem (503): try again later."
        )
        assert service_text(gone.text) == (
            "The sync would delete 1,200 “equipment” records out of 3,000: confirm before going on."
        )
        assert (
            unread.worded(service_text) == "The workbook has no sheet “Adhérents” (sheets: Feuil1, Feuil2)."
        )
        assert service_text(booking) == "Reservation from 06/12/2026 to 08/12/2026 (€45.50)"
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(before)
