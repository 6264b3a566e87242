"""The command line's language, chosen before anything is printed: `--language`, else
ENTRAIDE_LANGUAGE, else the system's (LC_ALL, LC_MESSAGES, LANGUAGE, LANG: English when it
says so), else French. The
window keeps its own choice (Préférences); a scheduled `entraide sync` follows the system."""

from __future__ import annotations

import os

from app import i18n
from app.cli.argparse_french import speak_french
from app.paths import translations_dir

ENVIRONMENT = ("ENTRAIDE_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")


def requested(argv: list[str]) -> str | None:
    for index, word in enumerate(argv):
        if word == "--language" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--language="):
            return word.split("=", 1)[1]
    return None


def from_system() -> str:
    for name in ENVIRONMENT:
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX"):
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def choose(argv: list[str]) -> str:
    """Use the language asked or the system's for everything the command line says."""
    language = requested(argv) or from_system()
    language = language if language in i18n.LANGUAGES else "fr"
    catalogue = translations_dir() / f"entraide_{language}.ts"
    i18n.use_language(language, catalogue if catalogue.is_file() else None)
    speak_french(language == "fr")
    return language
