"""What `entraide import-contacts` prints: the problems grouped by reason (a screenful at most),
the counts, the report's path, and the progress while it works. In French for now."""

from __future__ import annotations

import sys
from typing import TextIO

from app.services.contacts.transfer import FileImport, describe
from app.services.contacts.transfer.issues import REASONS, REFUSED, SKIPPED, ReasonGroup

MAX_GROUPS = 15  # with the counts and the report's path, one screen of a terminal
_ORDER = {REFUSED: 0, SKIPPED: 1}


def number(count: int) -> str:
    return f"{count:,}".replace(",", "\u202f")  # 12 345, as French writes it


def plural(count: int, singular: str, plural_form: str) -> str:
    return f"{number(count)} {singular if count in (0, 1) else plural_form}"


def group_line(group: ReasonGroup) -> str:
    if group.count == 1:
        return f"ligne {group.lines[0]} : {describe(group.example)}"
    lines = ", ".join(str(n) for n in group.lines)
    more = " …" if group.count > len(group.lines) else ""
    reason = describe(group.example, group=True)
    return f"{plural(group.count, 'ligne', 'lignes')} : {reason} — lignes {lines}{more}"


def summary_lines(result: FileImport) -> list[str]:
    groups = sorted(
        result.outcome.summary.groups.values(),
        key=lambda g: (_ORDER.get(REASONS[g.code][0], 2), -g.count),
    )
    out = [group_line(g) for g in groups[:MAX_GROUPS]]
    if len(groups) > MAX_GROUPS:
        rest = sum(g.count for g in groups[MAX_GROUPS:])
        out.append(f"… et {plural(rest, 'autre remarque', 'autres remarques')} : voir le rapport.")
    return out


def counts_line(result: FileImport, dry_run: bool) -> str:
    c = result.outcome.counts
    verb = ("serait créé", "seraient créés") if dry_run else ("créé", "créés")
    parts = [
        plural(c.created, f"contact {verb[0]}", f"contacts {verb[1]}")
        + f" ({plural(c.created_people, 'personne', 'personnes')}, "
        + f"{plural(c.created_organisations, 'organisation', 'organisations')})"
    ]
    if c.matched:
        if result.outcome.policy == "update":
            done = plural(c.completed, "complété", "complétés")
            parts.append(f"{plural(c.matched, 'déjà présent', 'déjà présents')} dont {done}")
        else:
            left = f"{plural(c.matched, 'déjà présent laissé', 'déjà présents laissés')} de côté"
            if c.completable:
                left += f" (dont {number(c.completable)} que « --on-match update » compléterait)"
            parts.append(left)
    if c.duplicates_in_file:
        parts.append(plural(c.duplicates_in_file, "ligne en double", "lignes en double"))
    parts.append(plural(c.refused, "ligne refusée", "lignes refusées"))
    line = ", ".join(parts) + "."
    return line + (" Essai : rien n'a été enregistré." if dry_run else "")


LARGE_FILE = 5 * 1024 * 1024  # below this, an import takes a few seconds: no progress in a log


class ProgressPrinter:
    """Progress on stderr: one updated line on a terminal; in a log, a line each 10 % for a large
    file (small files stay quiet, whatever the machine's speed)."""

    def __init__(self, size: int, stream: TextIO | None = None) -> None:
        self.stream, self.shown = stream or sys.stderr, -1
        self.tty = self.stream.isatty()
        self.enabled = self.tty or size >= LARGE_FILE

    def __call__(self, fraction: float) -> bool:
        percent = int(fraction * 100)
        if not self.enabled or percent // (1 if self.tty else 10) == self.shown // (1 if self.tty else 10):
            return True
        if self.tty:
            self.stream.write(f"\rimport : {percent} %")
            self.stream.flush()
        else:
            print(f"import : {percent} %", file=self.stream)
        self.shown = percent
        return True

    def done(self) -> None:
        if self.tty and self.shown >= 0:
            self.stream.write("\r" + " " * 20 + "\r")
            self.stream.flush()
