"""The agreement's payments table, with totals a treasurer can book without a calculator.

One-off payments ("à la signature") fall in the first year of the agreement; a yearly payment
(`Payment.yearly`) falls in every year the agreement runs, a started year counting (30 months
make three years). With any yearly payment the table ends with the total of each year, then the
total over the whole duration; otherwise with one total. When the duration is not known yet,
the yearly and the one-off amounts are totalled apart.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, Table

from app.export.agreement_flow import WIDTH, Styles, heads, money, para, party_name, table
from app.services.agreements.content import AgreementContent, Payment, months_of


def year_words(number: int) -> str:
    """1 -> "1re année", 2 -> "2e année"."""
    return f"{number}{'re' if number == 1 else 'e'} année"


def totals(content: AgreementContent, payments: list[Payment]) -> list[tuple[str, int]]:
    """(label, cents) of the table's total lines."""
    yearly = sum(p.amount_cents for p in payments if p.yearly)
    once = sum(p.amount_cents for p in payments if not p.yearly)
    if not yearly:
        return [("Total", once)]
    months = months_of(content)
    if months is None:
        return [("Total par an des versements annuels", yearly), ("Total des versements uniques", once)]
    years = -(-months // 12)
    lines = [
        (f"Total de la {year_words(year)}", yearly + (once if year == 1 else 0))
        for year in range(1, years + 1)
    ]
    lines.append((f"Total sur toute la durée ({months} mois)", yearly * years + once))
    return lines


def payments_table(s: Styles, content: AgreementContent, payments: list[Payment]) -> Table:
    widths = [WIDTH * 0.31, WIDTH * 0.29, WIDTH * 0.19, WIDTH * 0.21]
    rows: list[list[Any]] = [heads(s, ("Objet", "Versé par → à", "Montant", "Échéance"), right={2})]
    for payment in payments:
        flow = f"{para(party_name(content, payment.payer))} → {para(party_name(content, payment.payee))}"
        amount = money(payment.amount_cents) + (" par an" if payment.yearly else "")
        rows.append(
            [
                Paragraph(para(payment.label) or para("…" * 12), s["cell"]),
                Paragraph(flow, s["cell"]),
                Paragraph(para(amount), s["number"]),
                Paragraph(para(payment.due) or "—", s["cell"]),
            ]
        )
    lines = totals(content, payments)
    for label, cents in lines:
        rows.append(
            [Paragraph(f"<b>{para(label)}</b>", s["cell"]), "", Paragraph(para(money(cents)), s["total"]), ""]
        )
    return table(rows, widths, total=True, total_rows=len(lines), label_span=2)
