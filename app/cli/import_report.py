"""What `entraide import-contacts` prints: the problems grouped by reason (a screenful at most),
the counts, the report's path, and the progress while it works, in the command line's language."""

from __future__ import annotations

import sys
from typing import TextIO

from app.cli.output import marked
from app.i18n import format_count, plural, translate
from app.services.contacts.transfer import FileImport, describe
from app.services.contacts.transfer.issues import REASONS, REFUSED, SKIPPED, ReasonGroup

MAX_GROUPS = 15  # with the counts and the report's path, one screen of a terminal
_ORDER = {REFUSED: 0, SKIPPED: 1}


def group_line(group: ReasonGroup) -> str:
    if group.count == 1:
        return translate("cli", "ligne {0} : {1}").format(group.lines[0], describe(group.example, marked))
    lines = ", ".join(str(n) for n in group.lines)
    more = " …" if group.count > len(group.lines) else ""
    reason = describe(group.example, marked, group=True)
    return plural(
        group.count,
        translate("cli", "%n ligne : {0} — lignes {1}"),
        translate("cli", "%n lignes : {0} — lignes {1}"),
    ).format(reason, lines + more)


def summary_lines(result: FileImport) -> list[str]:
    groups = sorted(
        result.outcome.summary.groups.values(),
        key=lambda g: (_ORDER.get(REASONS[g.code][0], 2), -g.count),
    )
    out = [group_line(g) for g in groups[:MAX_GROUPS]]
    if len(groups) > MAX_GROUPS:
        rest = sum(g.count for g in groups[MAX_GROUPS:])
        out.append(
            plural(
                rest,
                translate("cli", "… et %n autre remarque : voir le rapport."),
                translate("cli", "… et %n autres remarques : voir le rapport."),
            )
        )
    return out


def counts_line(result: FileImport, dry_run: bool) -> str:
    c = result.outcome.counts
    if not dry_run:
        created = plural(
            c.created, translate("cli", "%n contact créé"), translate("cli", "%n contacts créés")
        )
    else:
        created = plural(
            c.created,
            translate("cli", "%n contact serait créé"),
            translate("cli", "%n contacts seraient créés"),
        )
    people = plural(c.created_people, translate("cli", "%n personne"), translate("cli", "%n personnes"))
    organisations = plural(
        c.created_organisations, translate("cli", "%n organisation"), translate("cli", "%n organisations")
    )
    parts = [f"{created} ({people}, {organisations})"]
    if c.matched:
        if result.outcome.policy == "update":
            done = plural(c.completed, translate("cli", "%n complété"), translate("cli", "%n complétés"))
            parts.append(
                plural(
                    c.matched,
                    translate("cli", "%n déjà présent dont {0}"),
                    translate("cli", "%n déjà présents dont {0}"),
                ).format(done)
            )
        else:
            left = plural(
                c.matched,
                translate("cli", "%n déjà présent laissé de côté"),
                translate("cli", "%n déjà présents laissés de côté"),
            )
            if c.completable:
                left += " " + translate("cli", "(dont {0} que « --on-match update » compléterait)").format(
                    format_count(c.completable)
                )
            parts.append(left)
    if c.duplicates_in_file:
        parts.append(
            plural(
                c.duplicates_in_file,
                translate("cli", "%n ligne en double"),
                translate("cli", "%n lignes en double"),
            )
        )
    parts.append(
        plural(c.refused, translate("cli", "%n ligne refusée"), translate("cli", "%n lignes refusées"))
    )
    line = ", ".join(parts) + "."
    return line + (" " + translate("cli", "Essai : rien n'a été enregistré.") if dry_run else "")


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
            self.stream.write("\r" + translate("cli", "import : {0} %").format(percent))
            self.stream.flush()
        else:
            print(translate("cli", "import : {0} %").format(percent), file=self.stream)
        self.shown = percent
        return True

    def done(self) -> None:
        if self.tty and self.shown >= 0:
            self.stream.write("\r" + " " * 20 + "\r")
            self.stream.flush()
