"""What `entraide import-contacts` prints: the problems grouped by reason (a screenful at most),
the counts, the report's path, and the progress while it works, in the command line's language."""

from __future__ import annotations

import sys
from typing import TextIO

from app.cli.output import marked
from app.i18n import plural_index, translate
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
    return translate("cli", "%n ligne(s) : {0} — lignes {1}", None, group.count).format(reason, lines + more)


def summary_lines(result: FileImport) -> list[str]:
    groups = sorted(
        result.outcome.summary.groups.values(),
        key=lambda g: (_ORDER.get(REASONS[g.code][0], 2), -g.count),
    )
    out = [group_line(g) for g in groups[:MAX_GROUPS]]
    if len(groups) > MAX_GROUPS:
        rest = sum(g.count for g in groups[MAX_GROUPS:])
        out.append(translate("cli", "… et %n autre(s) remarque(s) : voir le rapport.", None, rest))
    return out


def counts_line(result: FileImport, dry_run: bool) -> str:
    c = result.outcome.counts
    if not dry_run:
        created = translate("cli", "%n contact(s) créé(s)", None, c.created)
    elif plural_index(c.created, "fr") == 0:  # French agrees the verb: one template per form
        created = translate("cli", "%n contact serait créé", None, c.created)
    else:
        created = translate("cli", "%n contacts seraient créés", None, c.created)
    people = translate("cli", "%n personne(s)", None, c.created_people)
    organisations = translate("cli", "%n organisation(s)", None, c.created_organisations)
    parts = [f"{created} ({people}, {organisations})"]
    if c.matched:
        if result.outcome.policy == "update":
            done = translate("cli", "%n complété(s)", None, c.completed)
            parts.append(translate("cli", "%n déjà présent(s) dont {0}", None, c.matched).format(done))
        else:
            left = translate("cli", "%n déjà présent(s) laissé(s) de côté", None, c.matched)
            if c.completable:
                left += " " + translate(
                    "cli", "(dont %n que « --on-match update » compléterait)", None, c.completable
                )
            parts.append(left)
    if c.duplicates_in_file:
        parts.append(translate("cli", "%n ligne(s) en double", None, c.duplicates_in_file))
    parts.append(translate("cli", "%n ligne(s) refusée(s)", None, c.refused))
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
