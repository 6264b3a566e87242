"""The printed partnership agreement (app/export/agreement_pdf.py) and its command: agreements
made through the service on a real migrated store, the PDF parsed back with pypdf."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from app.__main__ import main
from app.db import Database
from app.errors import NotFound
from app.export import agreement_flow, pdf_base
from app.export.agreement_pdf import agreement_pdf, sample_agreement_pdf, save_agreement_pdf
from app.export.agreement_sheet import agreement_sheet, find_agreement_id
from app.models import Renewal
from app.services.agreements import records as ag
from app.services.agreements.content import AgreementContent, LentItem, Party, Payment
from app.services.money import format_money
from app.services.validation import make_siret

CREATED = date(2026, 2, 1)  # the references are CONV-2026-00n
SIRET_1, SIRET_2, SIRET_3 = (
    make_siret("12345678", "0001"),
    make_siret("44306184", "0010"),
    make_siret("78945612", "0003"),
)
# Every French glyph that a Latin-1 font would lose: œ « » € ’ and accents.
PURPOSE = (
    "Organiser ensemble la fête « Cœur d’été » : un budget de 1 250,50 € et des sœurs bénévoles à l’œuvre."
)
TITLE = "Fête des jardins « Cœur d’été » 2026"
ARTICLES = [
    "Objet",
    "Engagements des parties",
    "Durée",
    "Dispositions financières",
    "Mise à disposition de matériel",
    "Assurances et responsabilité",
    "Données personnelles",
    "Résiliation",
    "Règlement des litiges",
]


def text_of(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text, with every kind of space made plain (as a reader sees it)."""
    return [
        page.extract_text().replace("\u00a0", " ").replace("\u202f", " ")
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def has(text: str, expected: str) -> bool:
    """`expected` is in the text, whatever the line breaks."""
    flat = expected.replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(flat.split()) in " ".join(text.split())


def party(key: str, name: str, rna: str, siret: str, who: str, role: str, **more) -> Party:
    return Party(
        key,
        name,
        address=f"{key.upper()} rue de l’Œuvre, 69001 Lyon",
        rna=rna,
        siret=siret,
        signatory_name=who,
        signatory_role=role,
        **more,
    )


def two_parties() -> list[Party]:
    return [
        party(
            "p1",
            "Les Jardins du Faubourg",
            "W751234567",
            SIRET_1,
            "Élise Martin",
            "présidente",
            insurer="MAIF",
            policy_number="4521873 B",
            commitments=["Coordonner la fête ;"],
        ),
        party(
            "p2",
            "Théâtre « L’Étincelle »",
            "W691112223",
            SIRET_2,
            "Noël Besançon",
            "trésorier",
            commitments=["Animer deux ateliers de théâtre."],
        ),
    ]


def content(**changes) -> AgreementContent:
    made = AgreementContent(
        title=TITLE,
        parties=two_parties(),
        purpose=PURPOSE,
        context="Deux associations du quartier.",
        start_date=date(2026, 3, 1),
        end_date=date(2027, 2, 28),
        renewal=Renewal.TACIT.value,
        notice_days=45,
        court="le tribunal judiciaire de Lyon",
        signature_place="Lyon",
    )
    for name, value in changes.items():
        setattr(made, name, value)
    return made


def three_parties() -> list[Party]:
    return [
        *two_parties(),
        party(
            "p3",
            "Collectif Vélo Solidaire",
            "W693334445",
            SIRET_3,
            "Anaïs Lœb",
            "secrétaire",
            insurer="MACIF",
            policy_number="77-001",
        ),
    ]


PAYMENTS = [
    Payment("Participation aux frais de location", "p2", "p1", 125050, "à la signature"),
    Payment("Prise en charge des affiches", "p3", "p1", 30000, "avant le 31 mars 2026"),
]
EQUIPMENT = [
    LentItem("Barnum 3 × 6 m", "p1", 2, 45000, "avec lestage"),
    LentItem("Sono portable", "p3", 1, 89990),
]


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.session_factory.begin() as session:
        yield session


def create(s: Session, **changes) -> str:
    return ag.create_agreement(s, content(**changes), CREATED)


# --- the sheet -----------------------------------------------------------------------------


def test_the_sheet_holds_the_content_and_finds_agreements_by_reference(s):
    agreement_id = create(s)
    sheet = agreement_sheet(s, agreement_id)
    assert (sheet.reference, sheet.draft, sheet.is_amendment, sheet.parent) == (
        "CONV-2026-001",
        True,
        False,
        None,
    )
    assert [p.name for p in sheet.content.parties] == ["Les Jardins du Faubourg", "Théâtre « L’Étincelle »"]
    assert find_agreement_id(s, "conv-2026-001") == agreement_id
    assert find_agreement_id(s, agreement_id[-8:]) == agreement_id
    with pytest.raises(NotFound):
        find_agreement_id(s, "CONV-2099-999")
    with pytest.raises(NotFound):
        agreement_sheet(s, "0190a000-0000-7000-8000-000000000000")


# --- the document --------------------------------------------------------------------------


def test_two_parties_every_identity_article_and_signature(s):
    pdf = agreement_pdf(s, create(s, payments=PAYMENTS[:1]))
    text = text_of(pdf)
    assert has(text, "CONVENTION DE PARTENARIAT") and has(text, TITLE) and has(text, "CONV-2026-001")
    assert has(text, "Entre les soussignés :") and has(text, "d'une part,") and has(text, "d'autre part,")
    for name, rna, siret, who, role in (
        ("Les Jardins du Faubourg", "W751234567", "123 456 782 00010", "Élise Martin", "présidente"),
        ("Théâtre « L’Étincelle »", "W691112223", "443 061 841 00104", "Noël Besançon", "trésorier"),
    ):
        assert has(text, f"{name}, association loi 1901, dont le siège est situé")
        assert has(text, rna) and has(text, f"SIRET {siret}")
        assert has(text, f"représentée par {who}, {role}")
        assert has(text, f"ci-après « {name} »")
    assert has(text, "Pour les Jardins du Faubourg") and has(text, "Pour le Théâtre « L’Étincelle »")
    assert text.count("Lu et approuvé") == 2
    assert has(
        text, "Préambule La présente convention réunit deux associations. Deux associations du quartier."
    )
    numbered = [a for a in ARTICLES if a != "Mise à disposition de matériel"]  # no equipment: renumbered
    for number, title in enumerate(numbered, start=1):
        assert has(text, f"Article {number} – {title}")
    assert "matériel" not in text.split("Article 5")[1].split("Article 6")[0]
    assert "Annexe 1" not in text
    # Durée, renewal, the filled markers
    assert has(text, "la période du 1er mars 2026 au 28 février 2027 inclus")
    assert has(
        text,
        "renouvelée tacitement pour une même durée, sauf dénonciation par l'une des parties "
        "en respectant le préavis prévu à l'article 7 – Résiliation",
    )
    assert has(text, "un préavis de 45 jours") and has(text, "devant le tribunal judiciaire de Lyon")
    assert "{preavis}" not in text and "{tribunal}" not in text
    # money in French format, payer → payee, total
    assert has(text, "Participation aux frais de location")
    assert has(text, "Théâtre « L’Étincelle » → Les Jardins du Faubourg")
    assert text.count("1 250,50 €") >= 3  # the purpose, the row and the total
    # reportlab breaks lines at a narrow no-break space: the document joins amounts with no-break spaces
    assert agreement_flow.money(125050) == "1\u00a0250,50\u00a0€"
    assert "\u202f" not in agreement_flow.para(f"soit {format_money(125050)}")
    assert has(text, "Les Jardins du Faubourg : assurée auprès de MAIF, contrat n° 4521873 B")
    assert has(text, "Théâtre « L’Étincelle » : assureur : à compléter")
    assert has(text, "Fait à Lyon, le ") and has(text, "en 2 exemplaires originaux.")


def test_three_parties_with_equipment_have_the_annex_on_its_own_page(s):
    pdf = agreement_pdf(
        s,
        create(
            s,
            parties=three_parties(),
            payments=PAYMENTS,
            equipment=EQUIPMENT,
            renewal=Renewal.AMENDMENT.value,
            signature_date=date(2026, 2, 20),
        ),
    )
    pages = pages_text(pdf)
    text = "\n".join(pages)
    assert has(text, "d'une part,") and has(text, "d'autre part,") and has(text, "et d'autre part,")
    assert has(text, "Collectif Vélo Solidaire, association loi 1901")
    assert has(text, "SIRET 789 456 126 00034")
    assert has(text, "représentée par Anaïs Lœb, secrétaire") and has(
        text, "Pour le Collectif Vélo Solidaire"
    )
    for number, title in enumerate(ARTICLES, start=1):
        assert has(text, f"Article {number} – {title}")
    assert has(text, "décrits en annexe 1") and has(text, "prolongée par avenant")
    assert has(text, "Fait à Lyon, le 20 février 2026, en 3 exemplaires originaux.")
    assert has(text, "Total 1 550,50 €")
    annex = pages[-1]
    assert has(annex, "Annexe 1 – Matériel mis à disposition") and "Article" not in annex
    assert has(annex, "Barnum 3 × 6 m") and has(annex, "avec lestage") and has(annex, "450,00 € 900,00 €")
    assert has(annex, "Sono portable Collectif Vélo Solidaire 1 899,90 € 899,90 €")
    assert has(annex, "Valeur totale du matériel 1 799,90 €")
    assert sum("Annexe 1 – Matériel" in page for page in pages) == 1


def test_every_page_numbers_itself_and_carries_the_reference(s):
    long = content(
        parties=three_parties(),
        payments=PAYMENTS * 6,
        equipment=EQUIPMENT * 4,
        context="\n\n".join([PURPOSE * 4] * 6),
    )
    for each in long.parties:
        each.commitments = [f"Engagement n° {n} : {PURPOSE}" for n in range(1, 13)]
    pdf = agreement_pdf(s, ag.create_agreement(s, long, CREATED))
    pages = pages_text(pdf)
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert f"page {number} / {len(pages)}" in page
        assert "CONV-2026-001 · Convention de partenariat" in page
        assert "PROJET" in page


def test_the_watermark_is_on_drafts_only(s):
    agreement_id = create(s, equipment=EQUIPMENT[:1])
    assert all("PROJET" in page for page in pages_text(agreement_pdf(s, agreement_id)))
    ag.send_for_signature(s, agreement_id, date(2026, 2, 10))
    assert not any("PROJET" in page for page in pages_text(agreement_pdf(s, agreement_id)))
    ag.mark_signed(s, agreement_id, date(2026, 2, 20))
    assert "PROJET" not in text_of(agreement_pdf(s, agreement_id))


def test_an_amendment_prints_what_it_changes_and_that_the_rest_stands(s):
    agreement_id = create(s, equipment=EQUIPMENT[:1])
    ag.mark_signed(s, agreement_id, date(2026, 2, 20))
    amendment_id = ag.create_amendment(s, agreement_id)
    changed = agreement_sheet(s, amendment_id).content
    changed.amendment_text, changed.end_date = "Prolonger la convention de six mois.", date(2027, 8, 31)
    ag.update_agreement(s, amendment_id, changed)
    sheet = agreement_sheet(s, amendment_id)
    assert (sheet.reference, sheet.is_amendment, sheet.parent.reference, sheet.parent.signed_on) == (
        "CONV-2026-001-A1",
        True,
        "CONV-2026-001",
        date(2026, 2, 20),
    )
    text = text_of(agreement_pdf(s, amendment_id))
    assert has(text, "AVENANT N° 1 À LA CONVENTION DE PARTENARIAT") and has(text, TITLE)
    assert has(text, "Référence CONV-2026-001-A1 · modifie la convention CONV-2026-001")
    assert has(
        text,
        f"Les parties ont conclu la convention de partenariat « {TITLE} », référence "
        "CONV-2026-001, signée le 20 février 2026.",
    )
    assert has(text, "Article 1 – Objet de l'avenant Prolonger la convention de six mois.")
    assert has(
        text,
        "Article 2 – Durée La convention est désormais conclue pour la période du "
        "1er mars 2026 au 31 août 2027 inclus.",
    )
    assert has(
        text, "Article 3 – Autres stipulations Les autres stipulations de la convention demeurent inchangées."
    )
    assert "Article 4" not in text and "Annexe 1" not in text  # the equipment did not change
    assert has(text, "représentée par Élise Martin, présidente") and "PROJET" in text
    assert has(text, "Avenant n° 1")  # the footer


def test_no_glyph_is_lost_and_the_dejavu_fonts_are_embedded(s, monkeypatch):
    replaced: list[str] = []
    original = pdf_base._replacement
    monkeypatch.setattr(pdf_base, "_replacement", lambda char: replaced.append(char) or original(char))
    pdf = agreement_pdf(s, create(s, parties=three_parties(), payments=PAYMENTS, equipment=EQUIPMENT))
    assert replaced == []  # printable() found every character in the font
    for sample in (PURPOSE, TITLE, format_money(125050), "Anaïs Lœb", "« L’Étincelle »"):
        assert pdf_base.printable(sample) == sample
    text = text_of(pdf)
    assert has(text, PURPOSE) and has(text, "Anaïs Lœb") and "’" in text and "œ" in text
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert {name.split("+")[-1] for name in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts.values())


def test_save_writes_the_file_and_the_sample_needs_no_store(s, tmp_path):
    target = tmp_path / "convention.pdf"
    save_agreement_pdf(s, create(s), target)
    assert target.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".*.tmp"))
    text = text_of(sample_agreement_pdf())
    assert has(text, "CONVENTION DE PARTENARIAT") and has(text, "CONV-2026-000") and "PROJET" in text


def test_a_party_without_identity_leaves_blanks_to_fill_by_hand(s):
    bare = [Party("p1", "Les Jardins du Faubourg"), Party("p2", "Vélo Solidaire")]
    text = text_of(agreement_pdf(s, create(s, parties=bare, signature_place="")))
    assert has(text, "dont le siège est situé ……") and has(text, "représentée par ……")
    assert "SIRET" not in text.split("Préambule")[0]
    assert has(text, "Fait à ……") and has(text, "Les Jardins du Faubourg : assureur : à compléter")


# --- the command ---------------------------------------------------------------------------


def test_agreement_pdf_command(db, tmp_path, capsys, data_paths):
    agreement_id = db.run(lambda s: create(s, parties=three_parties()))
    store = ["--data-dir", str(data_paths.root)]
    target = tmp_path / "convention.pdf"
    assert main(["agreement-pdf", "CONV-2026-001", str(target), *store]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"Convention CONV-2026-001 « {TITLE} » (projet, avec la mention PROJET) écrite dans {target}"
    ]
    assert has(text_of(target.read_bytes()), "Collectif Vélo Solidaire")
    assert main(["agreement-pdf", agreement_id[-8:], str(target), *store]) == 0
    capsys.readouterr()
    assert main(["agreement-pdf", "CONV-2099-999", str(tmp_path / "x.pdf"), *store]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("entraide : convention introuvable : « CONV-2099-999 ».")
    assert not (tmp_path / "x.pdf").exists()
