"""A sample agreement sheet, built in memory: the self-test draws it to prove that the document
renders (fonts, layout, French text) on this machine without touching any store."""

from __future__ import annotations

from datetime import date

from app.export.agreement_sheet import AgreementSheet
from app.models import AgreementStatus, Renewal
from app.services.agreements.content import AgreementContent, LentItem, Party, Payment

SAMPLE_REFERENCE = "CONV-2026-000"


def sample_content() -> AgreementContent:
    return AgreementContent(
        title="Fête des jardins partagés 2026",
        parties=[
            Party(
                "p1",
                "Les Jardins du Faubourg",
                address="12 rue des Lilas, 75011 Paris",
                rna="W751234567",
                siret="12345678900012",
                signatory_name="Élise Martin",
                signatory_role="présidente",
                insurer="MAIF",
                policy_number="4521873 B",
                commitments=[
                    "Coordonner la fête et tenir le budget commun ;",
                    "Prêter le matériel décrit en annexe 1.",
                ],
            ),
            Party(
                "p2",
                "Théâtre « L'Étincelle »",
                address="3 place de l'Œuvre, 69001 Lyon",
                rna="W691112223",
                signatory_name="Noël Besançon",
                signatory_role="trésorier",
                commitments=["Animer deux ateliers de théâtre ;", "Assurer l'accueil du public."],
            ),
        ],
        context="Les deux associations œuvrent pour la vie de quartier et souhaitent unir leurs forces.",
        purpose="La présente convention organise la fête des jardins partagés du 13 juin 2026.",
        start_date=date(2026, 3, 1),
        duration_months=12,
        renewal=Renewal.TACIT.value,
        payments=[Payment("Participation aux frais", "p2", "p1", 125050, "à la signature")],
        equipment=[LentItem("Barnum 3 × 6 m", "p1", 2, 45000, "avec lestage")],
        notice_days=60,
        court="le tribunal judiciaire de Paris",
        signature_place="Paris",
    )


def sample_sheet() -> AgreementSheet:
    return AgreementSheet(
        agreement_id="sample",
        reference=SAMPLE_REFERENCE,
        status=AgreementStatus.DRAFT.value,
        content=sample_content(),
    )
