"""`entraide --self-test`: prove that this installation works, without touching the user's data.

Everything happens in a temporary folder: a store is made at the schema of the previous release
and opened the way the application opens it (migration to the newest schema, backup first), a
loan receipt is drawn, and the window's checks (app/ui/selftest.py, the only part that needs Qt)
draw the main window offscreen. One French line per check; the exit status says whether all
passed. The installers' tests run this on the built bundle, outside any virtual environment.

No Qt here: the window's checks are handed in by the entry point (app/__main__.py).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app import __version__
from app.db import Database
from app.i18n import QT_TRANSLATE_NOOP, plural, translate
from app.paths import DataPaths

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

OK, FAILED, SKIPPED = "✓", "✗", "·"
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")  # a page object, not the /Pages tree


class CheckFailed(Exception):
    """A check found something wrong; its text, in the command line's language, follows the
    check's name."""


@dataclass
class SelfTestContext:
    """What the checks share: the temporary data folder and, once made, the open store."""

    root: Path
    paths: DataPaths
    database: Database | None = None

    def store(self) -> Database:
        if self.database is None:
            raise CheckFailed(translate("cli", "la base n'a pas été ouverte"))
        return self.database

    def close(self) -> None:
        if self.database is not None:
            self.database.close()
            self.database = None


@dataclass(frozen=True)
class Check:
    """One line of the report: `run` returns a short detail for the line, or raises CheckFailed.
    `label` is marked QT_TRANSLATE_NOOP("cli", …) and translated when printed."""

    label: str
    run: Callable[[SelfTestContext], str | None]


# --- the store ---------------------------------------------------------------------------------


def _previous_revision() -> tuple[str, str | None]:
    """The newest schema and the one before it (the previous release's, if there is one)."""
    from alembic.script import ScriptDirectory

    from app.db import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    head = scripts.get_current_head()
    if head is None:
        raise CheckFailed(translate("cli", "aucune migration dans l'installation"))
    down = scripts.get_revision(head).down_revision
    return head, down if isinstance(down, str) else None


def check_store(ctx: SelfTestContext) -> str:
    """A store at the previous schema, then opened like the application opens it: migrated to
    the newest schema, with the backup taken first. This exercises the migration scripts and
    SQLite's backup as shipped."""
    from alembic import command

    from app.db import alembic_config, current_revision, make_engine, open_database

    head, previous = _previous_revision()
    ctx.paths.ensure()
    if previous is not None:
        engine = make_engine(ctx.paths.database)
        try:
            command.upgrade(alembic_config(engine), previous)
        finally:
            engine.dispose()
    ctx.database = open_database(ctx.paths)
    if current_revision(ctx.database.engine) != head:
        raise CheckFailed(
            translate("cli", "la base n'est pas à la dernière version du schéma ({0})").format(head)
        )
    if previous is None:
        return translate("cli", "schéma {0}").format(head)
    backup = ctx.database.backup_made
    if backup is None or not backup.is_file():
        raise CheckFailed(translate("cli", "aucune sauvegarde faite avant la mise à jour du schéma"))
    with contextlib.closing(sqlite3.connect(backup)) as old:  # closed: Windows then removes the folder
        saved = old.execute("SELECT version_num FROM alembic_version").fetchone()
    if saved != (previous,):
        raise CheckFailed(
            translate("cli", "la sauvegarde n'est pas celle de la base avant la mise à jour ({0})").format(
                saved
            )
        )
    return translate("cli", "schéma {0} → {1}, sauvegarde faite avant").format(previous, head)


# --- a printed document ------------------------------------------------------------------------


def _lend(session: Session) -> str:
    """A piece of equipment, a reservation and a loan, through the same services as the window."""
    from app.services.equipment import loans
    from app.services.equipment.records import EquipmentFields, create_equipment

    start = date.today()
    equipment_id = create_equipment(
        session,
        EquipmentFields(
            name="Vidéoprojecteur (autotest)",
            category="Audiovisuel",
            purchase_value="649,00",
            deposit="150",
            accessories="Câble HDMI\nTélécommande",
        ),
    )
    reservation_id = loans.reserve(
        session,
        equipment_id,
        start,
        start + timedelta(days=2),
        contact_name="Amélie Nguyễn",
        purpose="Autotest de l'installation",
    )
    loan_id = loans.answer(session, reservation_id, True)
    loans.check_out(
        session,
        loan_id,
        loans.CheckOut(
            start,
            "bon",
            ["Câble HDMI", "Télécommande"],
            15000,
            "especes",
            handed_by="Paul",
            received_by="Amélie",
        ),
    )
    return loan_id


def check_pdf(data: bytes, what: str) -> int:
    """A PDF with at least one page; returns the number of pages."""
    if not data.startswith(b"%PDF"):
        raise CheckFailed(translate("cli", "{0} n'est pas un PDF").format(what))
    pages = len(_PAGE.findall(data))
    if pages < 1:
        raise CheckFailed(translate("cli", "{0} n'a aucune page").format(what))
    return pages


def check_loan_receipt(ctx: SelfTestContext) -> str:
    from app.export.loan_receipt import render_loan_receipt
    from app.export.loan_sheet import loan_sheet
    from app.export.pdf_base import register_fonts

    database = ctx.store()
    loan_id = database.run(_lend)
    with database.session_factory() as session:
        sheet = loan_sheet(session, loan_id)
    pages = check_pdf(render_loan_receipt(sheet), translate("cli", "le bon de prêt"))
    said = plural(pages, translate("cli", "%n page, police {0}"), translate("cli", "%n pages, police {0}"))
    return said.format(register_fonts().family)


def _agree(session: Session) -> str:
    """An agreement between two parties, through the same services as the window, signed."""
    from app.services.agreements import records as agreements
    from app.services.agreements.content import AgreementContent, Party, Payment

    start = date.today()
    content = AgreementContent(
        title="Autotest « Cœur d'été »",
        purpose="Vérifier l'installation d'Entraide.",
        parties=[
            Party(
                "p1",
                "Les Œillets d'Entraide",
                rna="W751234567",
                signatory_name="Amélie Nguyễn",
                signatory_role="présidente",
            ),
            Party(
                "p2",
                "Vélo Solidaire",
                siret="73282932000074",
                signatory_name="Paul Roux",
                signatory_role="trésorier",
            ),
        ],
        start_date=start,
        duration_months=12,
        signature_place="Lyon",
        payments=[Payment("Participation aux frais", "p2", "p1", 125_050, "à la signature")],
    )
    agreement_id = agreements.create_agreement(session, content, start)
    agreements.mark_signed(session, agreement_id, start)
    return agreement_id


def check_agreement(ctx: SelfTestContext) -> str:
    from app.export.agreement_pdf import agreement_pdf

    database = ctx.store()
    agreement_id = database.run(_agree)
    data = database.run(agreement_pdf, agreement_id)
    pages = check_pdf(data, translate("cli", "la convention"))
    if b"DejaVuSans" not in data:
        raise CheckFailed(translate("cli", "la police DejaVu Sans n'est pas incluse dans la convention"))
    return plural(pages, translate("cli", "%n page"), translate("cli", "%n pages"))


HEADLESS_CHECKS: list[Check] = [
    Check(QT_TRANSLATE_NOOP("cli", "base créée et migrée"), check_store),
    Check(QT_TRANSLATE_NOOP("cli", "bon de prêt rendu en PDF"), check_loan_receipt),
    Check(QT_TRANSLATE_NOOP("cli", "convention rendue en PDF"), check_agreement),
]


# --- running them ------------------------------------------------------------------------------


def _line(out: TextIO, text: str) -> None:
    out.write(text + "\n")
    out.flush()


def run_checks(checks: Sequence[Check], ctx: SelfTestContext, out: TextIO) -> int:
    """Run the checks in order; after a failure the others are listed as not run (they build on
    each other). Returns the exit status: 0 when all passed."""
    failed = False
    for check in checks:
        label = translate("cli", check.label)
        if failed:
            _line(out, translate("cli", "{0} {1} : non vérifié").format(SKIPPED, label))
            continue
        try:
            detail = check.run(ctx)
        except CheckFailed as error:
            failed = True
            _line(out, translate("cli", "{0} {1} : {2}").format(FAILED, label, error))
        except Exception as error:  # the point is to report it, in one line
            failed = True
            unexpected = translate("cli", "{0} {1} : erreur inattendue ({2}) : {3}")
            _line(out, unexpected.format(FAILED, label, type(error).__name__, error))
        else:
            _line(out, f"{OK} {label}" + (f" ({detail})" if detail else ""))
    verdict = (
        translate("cli", "Entraide {0} : une vérification a échoué.")
        if failed
        else translate("cli", "Entraide {0} : tout fonctionne.")
    )
    _line(out, verdict.format(__version__))
    return 1 if failed else 0


def prepare_display() -> None:
    """Draw offscreen unless told otherwise: the self-test runs on machines without a screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_self_test(checks: Sequence[Check], out: TextIO | None = None) -> int:
    """All checks in a temporary folder, removed afterwards; the user's data is never opened."""
    # A windowed Windows program has no standard output: only the exit status then tells.
    out = out or sys.stdout or io.StringIO()
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")  # a Windows console without UTF-8 still gets its lines
    with tempfile.TemporaryDirectory(prefix="entraide-autotest-", ignore_cleanup_errors=True) as folder:
        ctx = SelfTestContext(Path(folder), DataPaths(Path(folder) / "donnees"))
        try:
            return run_checks(checks, ctx, out)
        finally:
            ctx.close()
