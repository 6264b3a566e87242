"""Translations outside the window, without Qt: the command line and what the services say.

French is the source language. Texts are marked where they are written, with a literal
context, so that `pyside6-lupdate` (make ts) collects them into the same catalogue the window
uses (resources/translations/entraide_<lang>.ts):

- `QT_TRANSLATE_NOOP("entraide", "…")` marks a sentence a service hands up (app/errors.py
  Message); the window translates it with Qt, the command line with `translate` below;
- `translate("cli", "…")` translates now, for the command line's own sentences; for a count,
  `plural(n, translate("cli", "%n contact"), translate("cli", "%n contacts"))` picks the form
  the language's rule wants (French "0 contact", English "0 contacts"). Two plain sentences
  rather than Qt's numerus forms: pyside6-lupdate reads a plural call only when its count is a
  literal number, and drops it when the count is an attribute.

The command line chooses its language once (`use_language`); nothing here imports Qt.
"""

from __future__ import annotations

from pathlib import Path

CONTEXT = "entraide"
LANGUAGES = ("fr", "en")

_catalogue: dict[tuple[str, str], list[str]] = {}
_language = "fr"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def use_language(language: str, catalogue: Path | None) -> None:
    """Translate from now on into `language`, with the .ts file `catalogue` (None: the French
    source texts as they are)."""
    global _language
    _language = language if language in LANGUAGES else "fr"
    _catalogue.clear()
    if catalogue is not None and catalogue.is_file():
        _catalogue.update(read_catalogue(catalogue))


def language() -> str:
    return _language


def read_catalogue(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translation, or its plural forms, from a Qt .ts file."""
    import xml.etree.ElementTree as ET  # only for English: French, the default, needs no catalogue

    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            texts = forms if forms else [translation.text or ""]
            if any(texts):
                found[(name, message.findtext("source") or "")] = texts
    return found


def plural_index(count: int, language: str) -> int:
    """French: 0 and 1 are singular; English: only 1."""
    if language == "fr":
        return 0 if abs(count) <= 1 else 1
    return 0 if count == 1 else 1


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the chosen language; with `n` >= 0, the plural form for n, "%n" replaced by it."""
    forms = _catalogue.get((context, text))
    if n < 0:
        return forms[0] if forms else text
    chosen = forms[min(plural_index(n, _language), len(forms) - 1)] if forms else _plain_plural(text, n)
    return chosen.replace("%n", format_count(n))


def plural(count: int, one: str, many: str) -> str:
    """`one` or `many` (translated already), as the chosen language's rule wants for `count`,
    with "%n" replaced by the count."""
    chosen = one if plural_index(count, _language) == 0 else many
    return chosen.replace("%n", format_count(count))


def format_count(value: int) -> str:
    """12345 -> "12 345" in French (narrow no-break space), "12,345" in English."""
    grouped = f"{value:,}"
    return grouped.replace(",", "\u202f") if _language == "fr" else grouped


def _plain_plural(text: str, n: int) -> str:
    """No catalogue entry: "(s)" and "(x)" become the plural or go away."""
    plural = plural_index(n, "fr") == 1
    return text.replace("(s)", "s" if plural else "").replace("(x)", "x" if plural else "")
