"""The readable summary of one agreement, as rich text for the detail page: who the parties are
and who signs, the dates, the money, the equipment and where the agreement stands."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from app.services.agreements.content import AgreementContent, Party
from app.ui.agreements.common import STATUS_COLOURS, renewal_text, status_text
from app.ui.agreements.queries import Detail
from app.ui.shared.locale_format import service_text, show_count, show_date, show_money

TABLE = "cellspacing='0' cellpadding='4' width='100%' style='border-collapse:collapse;'"
HEAD = "style='background:#eef1f5; text-align:left;'"


class AgreementSummary(QObject):
    """Writes the summary; a QObject only so that its sentences are translatable."""

    def html(self, detail: Detail) -> str:
        content = detail.content
        parts = [
            self._heading(detail),
            self._notes(detail),
            self._changes(detail),
            self._parties(content),
            self._purpose(detail),
            self._dates(detail),
            self._payments(content),
            self._equipment(content),
            self._history(detail),
            self._signature(content),
        ]
        return "".join(part for part in parts if part)

    def _section(self, title: str) -> str:
        return f"<h3 style='color:#2b4a6f; margin-top:14px; margin-bottom:4px;'>{escape(title)}</h3>"

    def _heading(self, d: Detail) -> str:
        kind = (
            self.tr("Avenant à la convention {0} « {1} »").format(d.parent_reference, d.parent_title)
            if d.is_amendment
            else self.tr("Convention de partenariat")
        )
        colour = STATUS_COLOURS.get(d.status, "#333")
        title = escape(d.content.title or self.tr("(Sans titre)"))
        return (
            f"<p style='color:#555; margin:0'>{escape(d.reference)} · {escape(kind)}</p>"
            f"<h2 style='margin-top:2px; margin-bottom:2px'>{title}</h2>"
            f"<p style='margin-top:0'><b style='color:{colour}'>{escape(status_text(d.status))}</b></p>"
        )

    def _notes(self, d: Detail) -> str:
        notes = []
        if not d.ours:
            notes.append(
                self.tr(
                    "Rédigée par une autre association ({0}) : vous la lisez, seule elle la "
                    "modifie et la fait avancer."
                ).format(d.owner_name)
            )
        if d.status == "draft" and d.missing:
            notes.append(
                self.tr("Avant la signature, complétez : {0}.").format(
                    ", ".join(service_text(item) for item in d.missing)
                )
            )
        return "".join(
            f"<p style='background:#fff4d6; padding:6px; color:#4a3b12'>{escape(n)}</p>" for n in notes
        )

    def _party(self, party: Party) -> str:
        facts = [escape(fact) for fact in (party.legal_form, party.address) if fact]
        if party.rna:
            facts.append(escape(self.tr("RNA {0}").format(party.rna)))
        if party.siret:
            facts.append(escape(self.tr("SIRET {0}").format(party.siret)))
        lines = [f"<b>{escape(party.name or self.tr('(Partie sans nom)'))}</b>"]
        if facts:
            lines.append(" · ".join(facts))
        if party.signatory_name:
            lines.append(
                escape(
                    self.tr("Représentée par {0}, {1}").format(
                        party.signatory_name, party.signatory_role or self.tr("qualité à préciser")
                    )
                )
            )
        else:
            lines.append(f"<span style='color:#8a5300'>{escape(self.tr('Signataire à préciser'))}</span>")
        if party.insurer:
            lines.append(
                escape(
                    self.tr("Assurée auprès de {0}, police n° {1}").format(
                        party.insurer, party.policy_number or "—"
                    )
                )
            )
        text = "<br>".join(lines)
        if party.commitments:
            items = "".join(f"<li>{escape(line)}</li>" for line in party.commitments)
            said = escape(self.tr("Ses engagements :"))
            text += f"<div style='margin-top:2px'>{said}</div><ul>{items}</ul>"
        return f"<p>{text}</p>"

    def _parties(self, content: AgreementContent) -> str:
        heading = self._section(self.tr("Parties"))
        if not content.parties:
            return heading + f"<p>{escape(self.tr('Aucune partie pour l’instant.'))}</p>"
        return heading + "".join(self._party(p) for p in content.parties)

    def _paragraphs(self, text: str) -> str:
        return "<p>" + escape(text).replace("\n", "<br>") + "</p>"

    def _changes(self, d: Detail) -> str:
        """What an amendment changes comes first: it is what the signatories read it for."""
        if not d.is_amendment:
            return ""
        text = d.content.amendment_text or self.tr("À préciser.")
        return self._section(self.tr("Ce que l'avenant modifie")) + self._paragraphs(text)

    def _purpose(self, d: Detail) -> str:
        content, out = d.content, []
        for title, text in ((self.tr("Préambule"), content.context), (self.tr("Objet"), content.purpose)):
            if text:
                out.append(self._section(title) + self._paragraphs(text))
        return "".join(out)

    def _dates(self, d: Detail) -> str:
        c = d.content
        start = show_date(c.start_date) if c.start_date else self.tr("date de début à fixer")
        if c.end_date:
            period = self.tr("Du {0} au {1}").format(start, show_date(c.end_date))
        elif c.duration_months:
            period = self.tr("À partir du {0}, pour {1} mois (jusqu'au {2})").format(
                start, show_count(c.duration_months), show_date(d.end) or "?"
            )
        else:
            period = self.tr("À partir du {0}, fin à fixer").format(start)
        lines = [
            period,
            self.tr("Renouvellement : {0}").format(renewal_text(c.renewal)),
            self.tr("Préavis de résiliation : {0} jours").format(show_count(c.notice_days)),
        ]
        return self._section(self.tr("Durée")) + "<p>" + "<br>".join(escape(x) for x in lines) + "</p>"

    def _name(self, content: AgreementContent, key: str) -> str:
        party = content.party(key)
        return party.name if party is not None and party.name else "?"

    def _payments(self, content: AgreementContent) -> str:
        if not content.payments:
            return ""
        rows = "".join(
            f"<tr><td>{escape(p.label)}</td><td>{escape(self._name(content, p.payer))}</td>"
            f"<td>{escape(self._name(content, p.payee))}</td>"
            f"<td align='right'>{escape(show_money(p.amount_cents))}</td><td>{escape(p.due)}</td></tr>"
            for p in content.payments
        )
        head = "".join(
            f"<th {HEAD}>{escape(t)}</th>"
            for t in (
                self.tr("Libellé"),
                self.tr("Payé par"),
                self.tr("À"),
                self.tr("Montant"),
                self.tr("Échéance"),
            )
        )
        total = (
            f"<tr><td colspan='3'><b>{escape(self.tr('Total'))}</b></td><td align='right'><b>"
            f"{escape(show_money(content.total_cents))}</b></td><td></td></tr>"
        )
        table = f"<table {TABLE}><tr>{head}</tr>{rows}{total}</table>"
        return self._section(self.tr("Dispositions financières")) + table

    def _equipment(self, content: AgreementContent) -> str:
        if not content.equipment:
            return ""
        rows = "".join(
            f"<tr><td>{escape(item.name)}</td><td align='right'>{show_count(item.quantity)}</td>"
            f"<td align='right'>{escape(show_money(item.value_cents))}</td>"
            f"<td>{escape(self._name(content, item.owner) if item.owner else '')}</td></tr>"
            for item in content.equipment
        )
        head = "".join(
            f"<th {HEAD}>{escape(t)}</th>"
            for t in (self.tr("Matériel"), self.tr("Quantité"), self.tr("Valeur"), self.tr("Prêté par"))
        )
        table = f"<table {TABLE}><tr>{head}</tr>{rows}</table>"
        return self._section(self.tr("Matériel mis à disposition")) + table

    def _history(self, d: Detail) -> str:
        lines = []
        if d.sent_on:
            lines.append(self.tr("Envoyée pour signature le {0}").format(show_date(d.sent_on)))
        if d.signed_on:
            lines.append(self.tr("Signée le {0}").format(show_date(d.signed_on)))
        if d.ended_on:
            ended = self.tr("Terminée le {0}").format(show_date(d.ended_on))
            lines.append(f"{ended} : {d.end_reason}" if d.end_reason else ended)
        if not lines:
            lines.append(self.tr("Brouillon : pas encore envoyée pour signature."))
        return self._section(self.tr("Historique")) + "<p>" + "<br>".join(map(escape, lines)) + "</p>"

    def _signature(self, content: AgreementContent) -> str:
        place = content.signature_place or self.tr("lieu à préciser")
        when = (
            show_date(content.signature_date) if content.signature_date else self.tr("date écrite à la main")
        )
        copies = self.tr("{0} exemplaires originaux").format(show_count(content.originals_count))
        sentence = self.tr("Fait à {0}, {1} ; {2}.").format(place, when, copies)
        return self._section(self.tr("Signature")) + f"<p>{escape(sentence)}</p>"
