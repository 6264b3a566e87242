"""The articles of an agreement, or of an amendment, in the order they are printed.

The standard articles come from the clause library (app/services/agreements/clauses.py SECTIONS), in its
order, each with the agreement's own wording or the standard one. An article with nothing to
say (no equipment lent) is left out and the next ones take its number.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.export.agreement_flow import BLANK, NO_PAYMENT, Articles, Styles, equipment_table, para
from app.export.agreement_parties import who_meets
from app.export.agreement_payments import payments_table
from app.export.agreement_sheet import AgreementSheet
from app.export.pdf_base import french_date
from app.models import Renewal
from app.services.agreements.clauses import SECTIONS, filled, wording
from app.services.agreements.content import AgreementContent, end_of

ANNEX_TITLE = "Annexe 1 – Matériel mis à disposition"
UNCHANGED = "Les autres stipulations de la convention demeurent inchangées."


def shows_annex(sheet: AgreementSheet) -> bool:
    """The equipment annex: for an agreement that lends equipment, for an amendment that changes
    the list."""
    if not sheet.content.equipment:
        return False
    return sheet.parent is None or sheet.content.equipment != sheet.parent.content.equipment


def period(content: AgreementContent, subject: str = "La présente convention") -> str:
    """ "La présente convention est conclue pour la période du 1er janvier 2026 au 31 décembre 2026."."""
    start = french_date(content.start_date) or BLANK
    end = french_date(end_of(content)) or BLANK
    if content.end_date is None and content.duration_months:
        months = content.duration_months
        text = f"{subject} est conclue pour une durée de {months} mois à compter du {start}"
        return text + (f", soit jusqu'au {end} inclus." if content.start_date else ".")
    return f"{subject} est conclue pour la période du {start} au {end} inclus."


def renewal(content: AgreementContent, termination: int | None) -> str:
    if content.renewal == Renewal.TACIT.value:
        where = f"à l'article {termination} – Résiliation" if termination else "à l'article Résiliation"
        return (
            "À son terme, elle est renouvelée tacitement pour une même durée, sauf dénonciation "
            f"par l'une des parties en respectant le préavis prévu {where}."
        )
    if content.renewal == Renewal.AMENDMENT.value:
        return "À son terme, elle peut être prolongée par avenant signé par toutes les parties."
    return "Elle prend fin à son terme, sans reconduction tacite."


def preamble(s: Styles, sheet: AgreementSheet) -> list[Flowable]:
    content = sheet.content
    if sheet.parent is not None:
        signed = f", signée le {french_date(sheet.parent.signed_on)}" if sheet.parent.signed_on else ""
        text = (
            f"Les parties ont conclu la convention de partenariat « {sheet.parent.title} », référence "
            f"{sheet.parent.reference}{signed}. Elles conviennent de la modifier par le présent avenant."
        )
    else:  # the count and kinds of the parties, then the context the parties wrote
        text = who_meets(content) + (f"\n\n{content.context}" if content.context else "")
    return [
        Paragraph(para("Préambule"), s["lead"]),
        *(Paragraph(para(chunk), s["body"]) for chunk in text.split("\n\n") if chunk.strip()),
    ]


def _standard(
    articles: Articles, sheet: AgreementSheet, key: str, title: str, numbers: dict[str, int]
) -> None:
    content = sheet.content
    text = filled(wording(content.clauses, key), content.notice_days, content.court or None)
    s = articles.s
    if key == "commitments":
        blocks: list[Flowable] = [articles.text(text)]
        for party in content.parties:
            if party.commitments:
                blocks.append(Paragraph(para(f"{party.name or BLANK} :"), s["party"]))
                blocks.extend(articles.bullets(party.commitments))
        articles.add(title, *blocks)
    elif key == "duration":
        articles.add(
            title,
            articles.text(text),
            articles.text(period(content)),
            articles.text(renewal(content, numbers.get("termination"))),
        )
    elif key == "finance":
        if content.payments:
            # the sentence that announces the table keeps with it (and the heading with both)
            articles.add(
                title,
                Paragraph(para("Les parties conviennent des versements suivants :"), s["intro"]),
                payments_table(s, content, content.payments),
                Spacer(1, 6),
                articles.text(text),
            )
        else:
            articles.add(title, articles.text(NO_PAYMENT))
    elif key == "equipment":
        articles.add(
            title,
            articles.text(text),
            articles.text(
                f"Le matériel mis à disposition, sa quantité et sa valeur sont décrits en annexe 1 "
                f"« {ANNEX_TITLE.split(' – ')[1]} »."
            ),
        )
    elif key == "insurance":
        lines = []
        for party in content.parties:
            if party.insurer:
                policy = f", contrat n° {party.policy_number or BLANK}"
                lines.append(f"{party.name or BLANK} : assurée auprès de {party.insurer}{policy}")
            else:
                lines.append(f"{party.name or BLANK} : assureur : à compléter")
        articles.add(title, articles.text(text), *articles.bullets(lines))
    else:
        articles.add(title, articles.text(text))


def agreement_articles(s: Styles, sheet: AgreementSheet) -> list[Flowable]:
    content = sheet.content
    keys = ["purpose", *(x.key for x in SECTIONS if x.key != "equipment" or content.equipment)]
    numbers = {key: index + 1 for index, key in enumerate(keys)}  # known ahead: Durée cites Résiliation
    articles = Articles(s)
    articles.add("Objet", articles.text(content.purpose or BLANK))
    for section in SECTIONS:
        if section.key in numbers:
            _standard(articles, sheet, section.key, section.title, numbers)
    return articles.story


def amendment_articles(s: Styles, sheet: AgreementSheet) -> list[Flowable]:
    """Objet de l'avenant, then only what changes (dates, payments, annex), then the rest stands."""
    content = sheet.content
    before = sheet.parent.content if sheet.parent is not None else content
    articles = Articles(s)
    articles.add(
        "Objet de l'avenant",
        *(articles.text(chunk) for chunk in (content.amendment_text or BLANK).split("\n\n") if chunk.strip()),
    )
    dates: list[Flowable] = []
    if (content.start_date, end_of(content)) != (before.start_date, end_of(before)):
        changed = period(content, "La convention").replace("est conclue", "est désormais conclue")
        dates.append(articles.text(changed))
    if content.renewal != before.renewal:
        dates.append(articles.text(renewal(content, None)))
    if dates:
        articles.add("Durée", *dates)
    if content.payments != before.payments:
        if content.payments:
            articles.add(
                "Dispositions financières",
                Paragraph(
                    para("Les dispositions financières de la convention sont remplacées par les suivantes :"),
                    s["intro"],
                ),
                payments_table(s, content, content.payments),
            )
        else:
            articles.add(
                "Dispositions financières",
                articles.text("Les versements prévus par la convention sont supprimés. " + NO_PAYMENT),
            )
    if shows_annex(sheet):
        articles.add(
            "Mise à disposition de matériel",
            articles.text(
                "La liste du matériel mis à disposition est remplacée par l'annexe 1 du présent avenant."
            ),
        )
    elif content.equipment != before.equipment:
        articles.add(
            "Mise à disposition de matériel",
            articles.text("Il n'est plus mis de matériel à disposition au titre de la convention."),
        )
    articles.add(
        "Autres stipulations",
        articles.text(
            f"{UNCHANGED} Le présent avenant prend effet à la date de sa signature par toutes les parties."
        ),
    )
    return articles.story


def annex(s: Styles, sheet: AgreementSheet) -> list[Flowable]:
    content = sheet.content
    return [
        Paragraph(para(ANNEX_TITLE), s["kicker"]),
        Paragraph(
            para(f"{'Avenant' if sheet.is_amendment else 'Convention'} {sheet.reference} – {content.title}"),
            s["reference"],
        ),
        Paragraph("", s["body"]),
        equipment_table(s, content, content.equipment),
    ]
