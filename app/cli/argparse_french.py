"""argparse's own words (usage, errors, help headers) in French for a French command line.

argparse looks its texts up through the module-level `_` and `ngettext` of the standard
library's gettext at the moment it prints them: replacing those two names in the argparse
module is the documented hook for translating it without a compiled catalogue.
"""

from __future__ import annotations

import argparse

FRENCH = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "the following arguments are required: %s": "il manque : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix impossible : « %(value)s » (au choix : %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "valeur impossible : « %(value)s »",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "not allowed with argument %s": "impossible avec l'argument %s",
    "one of the arguments %s is required": "il faut l'un des arguments %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut être %(matches)s"
    ),
    "unexpected option string: %s": "option inattendue : %s",
    "ignored explicit argument %r": "valeur ignorée : « %s »",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
}
FRENCH_PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("%s valeur attendue", "%s valeurs attendues"),
}


def _french(text: str) -> str:
    return FRENCH.get(text, text)


def _french_plural(singular: str, plural: str, count: int) -> str:
    french = FRENCH_PLURALS.get((singular, plural))
    if french is None:
        return singular if count == 1 else plural
    return french[0] if count <= 1 else french[1]


def speak_french(french: bool) -> None:
    """argparse in French (True) or in its own English (False)."""
    import gettext

    argparse._ = _french if french else gettext.gettext  # type: ignore[attr-defined]  # argparse's hook, untyped
    argparse.ngettext = _french_plural if french else gettext.ngettext  # type: ignore[attr-defined]  # idem
