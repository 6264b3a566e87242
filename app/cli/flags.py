"""Old French spellings of options (--jours, --contours, --titre…), still read for one release:
each is rewritten to its English option before parsing, with a notice on stderr, and none is
listed by --help (README: « Anciennes options »)."""

from __future__ import annotations

import sys

from app.i18n import translate

OLD_SPELLINGS = {
    "--jours": "--days",  # status
    "--contours": "--outlines",  # labels
    # needs and offers
    "--tous": "--all",
    "--nos": "--ours",
    "--reseau": "--network",
    "--titre": "--title",
    "--lieu": "--place",
    "--a-distance": "--remote",
    "--au": "--until",
    "--regulier": "--recurring",
    "--quantite": "--quantity",
    "--telephone": "--phone",
    "--expire": "--expires",
    "--pourvu": "--met",
    "--retire": "--withdrawn",
}


def modernise(argv: list[str]) -> list[str]:
    """`argv` with each old spelling replaced by its English option (and said once)."""
    out: list[str] = []
    for index, word in enumerate(argv):
        if word == "--":  # what follows is not an option
            return out + argv[index:]
        name, equals, value = word.partition("=")
        new = OLD_SPELLINGS.get(name)
        if new is None:
            out.append(word)
            continue
        notice = translate(
            "cli", "entraide : {0} s'écrit désormais {1} ; l'ancienne orthographe disparaîtra."
        )
        print(notice.format(name, new), file=sys.stderr)
        out.append(new + equals + value)
    return out
