"""The treasurer's yearly statement: equipment lent and borrowed free of charge during a year,
valued for the "contributions volontaires en nature" of the annual accounts.

A CSV as French spreadsheets expect it: UTF-8 with a BOM (Excel then reads the accents right),
`;` between cells, a decimal comma, dates as 31/12/2025. Header lines name the association (name,
RNA, SIRET) and the year; then the contributions received (equipment borrowed: accounts 871 and
861) and the contributions given (equipment lent), each section with its loans and its own
total, never added together; then the valuation rule in words.

Valuation (docs/decisions.md, "Yearly statement"): 1 % of the purchase value per day lent,
the day out and the day back both counted (so at least 1 day), capped at the purchase value
over the whole loan. A loan across two years is valued in each year for its days in that
year, the cap applying to the loan as a whole. A loan still out counts up to today.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.pdf_base import format_siret
from app.export.typography import typeset
from app.files import replace_atomically
from app.models import Equipment, Loan, LoanDecision
from app.services import identity, network

PERCENT_PER_DAY = 1
LENT, BORROWED = "prêté", "emprunté"
TITLE = "Relevé des contributions volontaires en nature : matériel prêté et emprunté gratuitement"
HEADERS = (
    "Matériel",
    "Association",
    "Sortie",
    "Retour",
    "Jours dans l'année",
    "Valeur d'achat (€)",
    "Valeur estimée du prêt (€)",
)
# The two sections, received first: only what the association received enters its own accounts
# (a resource in 87x, its use in 86x); what it lent is booked by the association that borrowed.
SECTIONS = (
    (
        BORROWED,
        "Contributions reçues : matériel emprunté gratuitement à d'autres associations, à inscrire "
        "au compte 871 « Prestations en nature » et, en contrepartie, au compte 861 « Mise à "
        "disposition gratuite de biens »",
        "Total des contributions reçues",
    ),
    (
        LENT,
        "Contributions données : notre matériel prêté gratuitement, pour l'annexe des comptes "
        "(l'association qui l'emprunte l'inscrit dans ses propres comptes 86x et 87x)",
        "Total des contributions données",
    ),
)
RULE = (
    f"Règle de valorisation : {PERCENT_PER_DAY} % de la valeur d'achat par jour de prêt, jour de "
    "sortie et jour de retour compris (1 jour au moins), plafonné à la valeur d'achat pour "
    "l'ensemble du prêt ; un prêt à cheval sur deux années compte dans chacune pour ses jours "
    "dans l'année."
)
UNKNOWN_ASSOCIATION = "Association non identifiée"
_NOT_IN_A_FILE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass
class StatementLine:
    direction: str  # LENT or BORROWED
    equipment: str
    other: str  # the other association
    out_date: date
    return_date: date | None  # None: still out
    days: int  # days out within the year
    purchase_value_cents: int | None
    value_cents: int | None  # None: no purchase value known, so not valued


@dataclass
class Statement:
    year: int
    today: date
    lines: list[StatementLine]
    name: str = ""  # our association, as it presented itself
    rna: str = ""
    siret: str = ""

    def total(self, direction: str | None = None) -> tuple[int, int]:
        """(days, value in cents) of one direction, or of both."""
        chosen = [line for line in self.lines if direction in (None, line.direction)]
        return sum(line.days for line in chosen), sum(line.value_cents or 0 for line in chosen)


def value_cents(purchase_cents: int, days: int) -> int:
    """The estimated value of lending an item `days` days: a share of its price, capped at it."""
    return min(purchase_cents, (purchase_cents * PERCENT_PER_DAY * max(days, 1) + 50) // 100)


def year_value(purchase_cents: int | None, days_before: int, days_in: int) -> int | None:
    """The part of a loan's value that falls in the year: the value up to the year's last day
    out minus the value before the year began, so the cap holds across years."""
    if purchase_cents is None:
        return None
    before = value_cents(purchase_cents, days_before) if days_before else 0
    return value_cents(purchase_cents, days_before + days_in) - before


def build_statement(session: Session, year: int, today: date | None = None) -> Statement:
    """Every loan between us and another association that was out on some day of `year`."""
    today = today or date.today()
    first, last = date(year, 1, 1), date(year, 12, 31)
    me = network.my_association_id(session)
    names = network.association_names(session)
    query = (
        select(Loan, Equipment)
        .outerjoin(Equipment, Equipment.id == Loan.equipment_id)
        .where(
            Loan.deleted_at.is_(None),
            Loan.decision == LoanDecision.ACCEPTED.value,
            Loan.out_date.is_not(None),
            Loan.out_date <= last,
            (Loan.return_date.is_(None)) | (Loan.return_date >= first),
        )
    )
    lines = []
    for loan, item in session.execute(query):
        out_date = loan.out_date
        if out_date is None:
            continue
        owner = network.owner_of(session, loan.equipment_id)
        borrower = loan.borrower_id or network.owner_of(session, loan.reservation_id)
        if owner is None or owner == me:  # our equipment: lent, unless we used it ourselves
            if borrower is None or borrower == me:
                continue
            direction, other = LENT, borrower
        else:  # another association's equipment: we borrowed it, unless a third party did
            if borrower is not None and borrower != me:
                continue
            direction, other = BORROWED, owner
        end = loan.return_date or today
        in_from, in_to = max(out_date, first), min(max(end, out_date), last)
        if in_to < in_from:
            continue  # still out, but the year asked for has not begun
        days_in = (in_to - in_from).days + 1
        days_before = (in_from - out_date).days
        purchase = item.purchase_value_cents if item is not None else None
        lines.append(
            StatementLine(
                direction,
                item.name if item is not None else "Matériel inconnu",
                names.get(other, UNKNOWN_ASSOCIATION),
                out_date,
                loan.return_date,
                days_in,
                purchase,
                year_value(purchase, days_before, days_in),
            )
        )
    lines.sort(key=lambda line: (line.out_date, line.equipment, line.other))
    us = identity.our_identity(session)
    return Statement(year, today, lines, us.name, us.rna or "", us.siret or "")


def file_name(statement: Statement) -> str:
    """ "Contributions en nature 2025 - Comité des fêtes de Lyon (W691234567).csv": the year and
    who, readable in a folder of attachments sent to the accountant."""
    who = statement.name + (f" ({statement.rna})" if statement.rna else "")
    name = f"Contributions en nature {statement.year} - {who}".strip(" -")
    return _NOT_IN_A_FILE_NAME.sub("-", name)[:150].rstrip(". ") + ".csv"


def _french_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _decimal(cents: int | None) -> str:
    """125050 -> "1250,50": no thousands separator, so every spreadsheet reads a number."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros},{rest:02d}"


def _line_cells(line: StatementLine) -> list[str]:
    return [
        line.equipment,
        line.other,
        _french_date(line.out_date),
        _french_date(line.return_date),
        str(line.days),
        _decimal(line.purchase_value_cents),
        _decimal(line.value_cents),
    ]


def header(statement: Statement) -> list[list[str]]:
    """The lines above the tables: what, who (name, RNA, SIRET) and which year."""
    lines = [[typeset(TITLE)], ["Association", statement.name], ["N° RNA", statement.rna or "non renseigné"]]
    if statement.siret:
        lines.append(["SIRET", format_siret(statement.siret)])  # grouped: a spreadsheet keeps it as text
    lines.append(["Année", str(statement.year)])
    return lines


def rows(statement: Statement) -> list[list[str]]:
    """The cells of the CSV: the header lines, then received and given, each with its table and
    its total, then the valuation rule and the notes."""
    table = [*header(statement), []]
    for direction, title, total_label in SECTIONS:
        heads = list(HEADERS)
        heads[1] = "Prêté par" if direction == BORROWED else "Prêté à"
        table.append([typeset(title)])
        table.append(heads)
        table.extend(_line_cells(line) for line in statement.lines if line.direction == direction)
        days, value = statement.total(direction)
        table.append([total_label, "", "", "", str(days), "", _decimal(value)])
        table.append([])
    table.append([typeset(RULE)])
    notes = [
        "Prêts gratuits entre associations du réseau ; la caution n'est pas un paiement.",
    ]
    if any(line.return_date is None for line in statement.lines):
        until = min(statement.today, date(statement.year, 12, 31))
        notes.append(f"Retour vide : matériel pas encore rendu, compté jusqu'au {_french_date(until)}.")
    if any(line.value_cents is None for line in statement.lines):
        notes.append("Valeur d'achat vide : matériel non valorisé (valeur d'achat inconnue).")
    table.extend([typeset(note)] for note in notes)
    return table


def write_statement(session: Session, year: int, path: Path, today: date | None = None) -> Statement:
    """Write the year's statement to `path`; a file already there is replaced only once the new
    one is complete."""
    statement = build_statement(session, year, today)
    with replace_atomically(path, encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows(statement))
    return statement
