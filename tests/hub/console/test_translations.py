"""Every sentence of the console has its English, with the same placeholders; plurals follow
each language's rule; French spacing never leaves a colon at the start of a line."""

from __future__ import annotations

from datetime import datetime, timedelta

from hub.console.catalogue_en import ENGLISH
from hub.console.i18n import Translator, choose_language
from tests.hub.console.catalogue import marked, placeholders


def test_every_marked_sentence_has_its_english():
    singles, plurals = marked()
    assert len(singles) > 150 and len(plurals) > 20  # the scan did find the console's sentences
    missing = sorted(s for s in singles if not isinstance(ENGLISH.get(s), str))
    missing += sorted(s for s in plurals if not isinstance(ENGLISH.get(s), tuple))
    assert missing == []
    for french in singles:
        assert placeholders(ENGLISH[french]) == placeholders(french), french
    for singular, plural in plurals.items():
        english = ENGLISH[singular]
        assert (placeholders(english[0]), placeholders(english[1])) == (
            placeholders(singular),
            placeholders(plural),
        ), singular
    unused = set(ENGLISH) - singles - set(plurals)
    assert unused == set(), "English entries no page uses any more"


def test_plurals_dates_numbers_and_spacing():
    fr, en = Translator("fr"), Translator("en")
    assert [fr.ngettext("{count} appareil", "{count} appareils", n) for n in (0, 1, 2)] == [
        "0 appareil",
        "1 appareil",
        "2 appareils",
    ]
    assert [en.ngettext("{count} appareil", "{count} appareils", n) for n in (0, 1, 2)] == [
        "0 devices",
        "1 device",
        "2 devices",
    ]
    assert fr.number(12345) == "12\u202f345" and en.number(12345) == "12,345"
    assert fr.size(1536) == "1,5\u00a0Ko" and en.size(1536) == "1.5\u00a0KB"
    moment = datetime(2026, 3, 5, 13, 7)  # naive UTC, as the hub stores it
    assert fr.datetime(moment) == "05/03/2026 à 13:07" and en.date(moment) == "5 Mar 2026"
    assert fr.month("2026-08") == "août 2026" and en.month("2026-08") == "August 2026"
    assert en.ago(moment, moment + timedelta(days=3)) == "3 days ago"
    assert fr.gettext("Dossier : {folder}", folder="/a : b") == "Dossier\u00a0: /a : b"  # values untouched
    assert choose_language(None, "de-DE,en;q=0.8,fr;q=0.5") == "en"
    assert choose_language(None, "de-DE") == "fr" and choose_language("en", "fr") == "en"
