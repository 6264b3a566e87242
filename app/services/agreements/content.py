"""What an agreement says, as plain objects: the parties, the payments, the equipment annex and
the wording of each article, read from and written to the record's JSON columns, and checked.

Two levels of checks: `check_content` refuses what is malformed (an invalid SIRET, a payment
from someone who is not a party, an end before the start) and keeps everything else, so a
half-written draft is always saved; `missing_for_signature` lists what must be filled in
before the agreement goes out for signature.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Agreement, Renewal
from app.services import validation as v

LEGAL_FORM_ASSOCIATION = "association loi 1901"
# A party's kind: the values of app.models.OrganisationKind (its paragraph in the PDF follows it).
KINDS = ("association", "collectivite", "entreprise", "fondation", "autre")
_KIND_WORDS = (("collectivit", "collectivite"), ("commune", "collectivite"), ("fondation", "fondation"))
_COMPANY_WORDS = ("société", "sarl", "sas", "eurl", "scop", "entreprise", "sa ", "scic")
MAX_PARTIES = 20


@dataclass
class Party:
    key: str  # stable inside the agreement ("p1", "p2"…): payments and equipment name it
    name: str = ""
    legal_form: str = LEGAL_FORM_ASSOCIATION
    address: str = ""  # the registered office ("siège social")
    rna: str = ""
    siret: str = ""
    signatory_name: str = ""
    signatory_role: str = ""  # the capacity, printed as typed ("présidente", "maire")
    kind: str = ""  # a KINDS value; "" (parties written before kinds existed): see kind_of
    rcs: str = ""  # a company's trade register town ("Lyon" for "RCS Lyon")
    insurer: str = ""
    policy_number: str = ""
    commitments: list[str] = field(default_factory=list)
    contact_id: str | None = None  # the organisation in the author's contacts
    association_id: str | None = None  # the network member, who then sees the agreement


@dataclass
class Payment:
    label: str = ""  # "Participation aux frais de location"
    payer: str = ""  # party keys
    payee: str = ""
    amount_cents: int = 0
    due: str = ""  # "à la signature", "avant le 31 mars 2027"
    yearly: bool = False  # paid every year of the agreement, not once


@dataclass
class LentItem:
    name: str = ""
    owner: str = ""  # the party key that puts it at disposal
    quantity: int = 1
    value_cents: int | None = None  # the value for insurance and loss
    notes: str = ""
    equipment_id: str | None = None  # picked from the equipment records


@dataclass
class AgreementContent:
    title: str = ""
    parties: list[Party] = field(default_factory=list)
    context: str = ""
    purpose: str = ""
    start_date: date | None = None
    end_date: date | None = None
    duration_months: int | None = None
    renewal: str = Renewal.NONE.value
    payments: list[Payment] = field(default_factory=list)
    equipment: list[LentItem] = field(default_factory=list)
    # section -> wording (app/services/agreements/clauses.py)
    clauses: dict[str, str] = field(default_factory=dict)
    notice_days: int = 60
    court: str = ""
    signature_place: str = ""
    signature_date: date | None = None
    originals: int | None = None  # None: one per party
    amendment_text: str = ""

    def party(self, key: str) -> Party | None:
        return next((p for p in self.parties if p.key == key), None)

    def next_party_key(self) -> str:
        taken = {p.key for p in self.parties}
        return next(f"p{n}" for n in range(1, len(taken) + 2) if f"p{n}" not in taken)

    @property
    def originals_count(self) -> int:
        return self.originals or max(len(self.parties), 2)

    @property
    def total_cents(self) -> int:
        return sum(p.amount_cents for p in self.payments)


def kind_of(party: Party) -> str:
    """The party's kind, or for a party saved without one, the kind its legal form says."""
    if party.kind in KINDS:
        return party.kind
    form = f"{party.legal_form.lower()} "
    for word, kind in _KIND_WORDS:
        if word in form:
            return kind
    if any(word in form for word in _COMPANY_WORDS):
        return "entreprise"
    return "association" if "association" in form or not form.strip() else "autre"


def _load_list(text: str | None, kind: type) -> list[Any]:
    try:
        raw = json.loads(text or "[]")
    except ValueError:
        return []
    known = {f.name for f in fields(kind)}
    items = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict):
            if kind is Party and not item.get("key"):
                continue
            items.append(kind(**{k: val for k, val in item.items() if k in known}))
    return items


def _load_clauses(text: str | None) -> dict[str, str]:
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(val) for k, val in raw.items()} if isinstance(raw, dict) else {}


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day (31 January + 1 month = 28/29 February)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_of(content: AgreementContent) -> int | None:
    """How many months the first period lasts (started months count), or None when unknown."""
    if content.duration_months:
        return content.duration_months
    end = content.end_date
    if content.start_date is None or end is None:
        return None
    months = (end.year - content.start_date.year) * 12 + end.month - content.start_date.month
    return max(1, months + (1 if end.day >= content.start_date.day else 0))


def end_of(content: AgreementContent) -> date | None:
    """The last day of the first period: the end date, or the start plus the duration, less a day."""
    if content.end_date is not None:
        return content.end_date
    if content.start_date is not None and content.duration_months:
        return add_months(content.start_date, content.duration_months) - timedelta(days=1)
    return None


def content_of(record: Agreement) -> AgreementContent:
    return AgreementContent(
        title=record.title or "",
        parties=_load_list(record.parties_json, Party),
        context=record.context or "",
        purpose=record.purpose or "",
        start_date=record.start_date,
        end_date=record.end_date,
        duration_months=record.duration_months,
        renewal=record.renewal or Renewal.NONE.value,
        payments=_load_list(record.finance_json, Payment),
        equipment=_load_list(record.equipment_json, LentItem),
        clauses=_load_clauses(record.clauses_json),
        notice_days=record.notice_days or 0,
        court=record.court or "",
        signature_place=record.signature_place or "",
        signature_date=record.signature_date,
        originals=record.originals,
        amendment_text=record.amendment_text or "",
    )


def _dump(items: list[Any]) -> str:
    return json.dumps([asdict(item) for item in items], ensure_ascii=False, separators=(",", ":"))


def columns_of(content: AgreementContent) -> dict[str, Any]:
    """The record's column values for this content (what `check_content` normalised)."""
    return {
        "title": content.title,
        "parties_json": _dump(content.parties),
        "context": content.context,
        "purpose": content.purpose,
        "start_date": content.start_date,
        "end_date": content.end_date,
        "duration_months": content.duration_months,
        "renewal": content.renewal,
        "finance_json": _dump(content.payments),
        "equipment_json": _dump(content.equipment),
        "clauses_json": json.dumps(content.clauses, ensure_ascii=False, sort_keys=True),
        "notice_days": content.notice_days,
        "court": content.court or None,
        "signature_place": content.signature_place or None,
        "signature_date": content.signature_date,
        "originals": content.originals,
        "amendment_text": content.amendment_text or None,
    }


def _check_party(out: v.Checked, index: int, party: Party) -> None:
    where = f"party.{index}"
    for name in (
        "name",
        "legal_form",
        "address",
        "signatory_name",
        "signatory_role",
        "rcs",
        "insurer",
        "policy_number",
    ):
        setattr(party, name, v.clean(getattr(party, name)))
    v.check_length(out, f"{where}.name", party.name, 300)
    if party.kind not in ("", *KINDS):
        party.kind = ""
    party.commitments = [line.strip() for line in party.commitments if line.strip()]
    if party.rna:
        rna, error = v.normalise_rna(party.rna)
        party.rna = rna or ""
        if error:
            out.errors[f"{where}.rna"] = error
    if party.siret:
        siret, error = v.normalise_siret(party.siret)
        party.siret = siret or party.siret
        if error:
            out.errors[f"{where}.siret"] = error


def check_content(content: AgreementContent) -> v.Checked:
    """Normalise in place; `errors` (field -> French message) block saving."""
    out = v.Checked()
    content.title = v.clean(content.title)
    v.check_length(out, "title", content.title, 200)
    if len(content.parties) > MAX_PARTIES:
        out.errors["parties"] = QT_TRANSLATE_NOOP("entraide", "Une convention réunit au plus 20 parties.")
    keys = [p.key for p in content.parties]
    if len(set(keys)) != len(keys):
        out.errors["parties"] = QT_TRANSLATE_NOOP("entraide", "Deux parties portent la même clé.")
    for index, party in enumerate(content.parties):
        _check_party(out, index, party)
    if content.renewal not in {r.value for r in Renewal}:
        out.errors["renewal"] = QT_TRANSLATE_NOOP("entraide", "Mode de renouvellement inconnu.")
    if content.end_date and content.duration_months:
        out.errors["end_date"] = QT_TRANSLATE_NOOP(
            "entraide", "Indiquez une date de fin ou une durée, pas les deux."
        )
    if content.duration_months is not None and not 1 <= content.duration_months <= 120:
        out.errors["duration_months"] = QT_TRANSLATE_NOOP("entraide", "La durée va de 1 à 120 mois.")
    if content.start_date and content.end_date and content.end_date < content.start_date:
        out.errors["end_date"] = QT_TRANSLATE_NOOP("entraide", "La date de fin précède la date de début.")
    if not 0 <= content.notice_days <= 365:
        out.errors["notice_days"] = QT_TRANSLATE_NOOP("entraide", "Le préavis va de 0 à 365 jours.")
    if content.originals is not None and not 1 <= content.originals <= 20:
        out.errors["originals"] = QT_TRANSLATE_NOOP("entraide", "De 1 à 20 exemplaires originaux.")
    for index, payment in enumerate(content.payments):
        _check_payment(out, index, payment, set(keys))
    for index, item in enumerate(content.equipment):
        item.name = v.clean(item.name)
        if not item.name:
            out.errors[f"equipment.{index}.name"] = QT_TRANSLATE_NOOP("entraide", "Nommez le matériel.")
        if item.owner and item.owner not in keys:
            out.errors[f"equipment.{index}.owner"] = QT_TRANSLATE_NOOP(
                "entraide", "Le matériel est prêté par une partie de la convention."
            )
        if item.quantity < 1 or (item.value_cents is not None and item.value_cents < 0):
            out.errors[f"equipment.{index}.quantity"] = QT_TRANSLATE_NOOP(
                "entraide", "Quantité d'au moins 1 et valeur positive."
            )
    content.clauses = {k: text.strip() for k, text in content.clauses.items() if text and text.strip()}
    for name in ("context", "purpose", "court", "signature_place", "amendment_text"):
        setattr(content, name, v.clean(getattr(content, name)))
    return out


def _check_payment(out: v.Checked, index: int, payment: Payment, keys: set[str]) -> None:
    payment.label, payment.due = v.clean(payment.label), v.clean(payment.due)
    if payment.amount_cents <= 0:
        out.errors[f"payment.{index}.amount"] = QT_TRANSLATE_NOOP("entraide", "Montant positif attendu.")
    if payment.payer not in keys or payment.payee not in keys:
        out.errors[f"payment.{index}.payer"] = QT_TRANSLATE_NOOP(
            "entraide", "Le payeur et le bénéficiaire sont des parties de la convention."
        )
    elif payment.payer == payment.payee:
        out.errors[f"payment.{index}.payer"] = QT_TRANSLATE_NOOP(
            "entraide", "Le payeur et le bénéficiaire sont deux parties différentes."
        )


def missing_for_signature(content: AgreementContent, amendment: bool = False) -> list[str]:
    """What must be filled in before signing, in French, one item each; empty: ready."""
    missing = []
    if not content.title:
        missing.append(QT_TRANSLATE_NOOP("entraide", "le titre"))
    if len(content.parties) < 2:
        missing.append(QT_TRANSLATE_NOOP("entraide", "au moins deux parties"))
    for party in content.parties:
        if not party.name:
            missing.append(QT_TRANSLATE_NOOP("entraide", "le nom de chaque partie"))
        elif not party.signatory_name or not party.signatory_role:
            # No party name inside: each item is a translatable sentence as it stands.
            missing.append(QT_TRANSLATE_NOOP("entraide", "le signataire de chaque partie et sa qualité"))
    if amendment and not content.amendment_text:
        missing.append(QT_TRANSLATE_NOOP("entraide", "ce que l'avenant modifie"))
    if not amendment and not content.purpose:
        missing.append(QT_TRANSLATE_NOOP("entraide", "l'objet de la convention"))
    if content.start_date is None:
        missing.append(QT_TRANSLATE_NOOP("entraide", "la date de début"))
    if not amendment and end_of(content) is None:
        missing.append(QT_TRANSLATE_NOOP("entraide", "la date de fin ou la durée"))
    if not content.signature_place:
        missing.append(QT_TRANSLATE_NOOP("entraide", "le lieu de signature"))
    return list(dict.fromkeys(missing))  # once each, whatever the number of parties
