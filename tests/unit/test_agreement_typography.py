"""What a treasurer signs without a pen correction: French no-break spaces, each kind of party
presented in its own words, articles before names, "d'une part / d'autre part" for any number
of parties, a preamble that counts them, totals per year. Agreements are made through the
service on a real migrated store and the PDF is parsed back with pypdf; the no-break spaces are
checked where they matter: reportlab draws U+00A0 with the space's glyph (the extracted text
shows a plain space), so the test reads the printed lines and finds no break where French
typography forbids one, and shows that the same text without the typography breaks there."""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from datetime import date
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph
from sqlalchemy.orm import Session

from app.db import Database
from app.export.agreement_flow import WIDTH, styles
from app.export.agreement_pdf import agreement_pdf
from app.export.french_names import pour, with_article
from app.export.pdf_base import french_date
from app.export.typography import typeset
from app.services.agreements import records as ag
from app.services.agreements.content import AgreementContent, Party, Payment
from app.services.validation import make_siret

NB = "\u00a0"
SIRET_TOWN, SIRET_COMPANY = make_siret("21690266", "0017"), make_siret("44306184", "0010")
PURPOSE = (
    "Installer un barnum de 5 × 10 m pour la fête du 6 décembre 2026 (arrêté n° 4956983) ; "
    "accueillir 1 941 visiteurs : une première ! Qui s'en charge ? La « Fête des lumières » aussi."
)


def association(key: str = "p1", name: str = "Comité des fêtes de la Croix-Rousse") -> Party:
    return Party(
        key,
        name,
        address="12 rue d'Austerlitz, 69004 Lyon",
        rna="W691234567",
        signatory_name="Élise Martin",
        signatory_role="présidente",
        kind="association",
    )


def town(key: str = "p2") -> Party:
    return Party(
        key,
        "Mairie de Villeurbanne",
        legal_form="commune",
        address="place Lazare-Goujon, 69100 Villeurbanne",
        siret=SIRET_TOWN,
        signatory_name="Cédric Morel",
        signatory_role="maire",
        kind="collectivite",
    )


def company(key: str = "p3") -> Party:
    return Party(
        key,
        "Location Dupont Événements",
        legal_form="SARL au capital de 8 000 €",
        address="4 quai Perrache, 69002 Lyon",
        siret=SIRET_COMPANY,
        rcs="Lyon",
        signatory_name="Jean Dupont",
        signatory_role="gérant",
        kind="entreprise",
    )


def foundation(key: str = "p4") -> Party:
    return Party(
        key,
        "Fondation Marie Curie pour l'enfance",
        legal_form="fondation reconnue d'utilité publique",
        address="3 rue Royale, 75008 Paris",
        signatory_name="Paul Roux",
        signatory_role="délégué général",
        kind="fondation",
    )


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.session_factory.begin() as session:
        yield session


def pdf_text(s: Session, parties: list[Party], **values) -> str:
    """The PDF's text as pypdf extracts it, every no-break space kept, lines joined by a space."""
    content = AgreementContent(
        title="Fête des lumières",
        parties=parties,
        purpose=PURPOSE,
        start_date=date(2026, 12, 6),
        duration_months=24,
        signature_place="Lyon",
        signature_date=date(2026, 12, 1),
        **values,
    )
    pdf = agreement_pdf(s, ag.create_agreement(s, content, date(2026, 11, 1)))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    return re.sub(r"[ \n]+", " ", "\n".join(pages))


def plain(text: str) -> str:
    return text.replace(NB, " ")


# --- typography --------------------------------------------------------------------------------


# Each phrase holds every place where French forbids a break; the words before it grow by one
# letter each time, so that over the lines a break falls on each of those places unless a
# no-break space holds it.
PHRASES = " ".join(
    f"{'x' * k} arrêté n° 4956983 du 6 décembre 2026, barnum de 5 × 10 m pour 1 941 € ; "
    f"« Cœur » ! Qui ? Ceci : fin."
    for k in range(1, 41)
)
# (what a line must not end with, what the next line must not start with)
FORBIDDEN = (
    (r"n°$", r"^\d"),  # n° | 4956983
    (r"\b6$", r"^décembre"),  # 6 | décembre
    (r"décembre$", r"^2026"),  # décembre | 2026
    (r"\d$", r"^×"),  # 5 | × 10
    (r"×$", r"^\d"),  # 5 × | 10
    (r"\b10$", r"^m\b"),  # 10 | m
    (r"\b1$", r"^941"),  # 1 | 941
    (r"941$", r"^€"),  # 941 | €
    (r"«$", r"^Cœur"),  # « | Cœur
    (r"Cœur$", r"^»"),  # Cœur | »
    (r".", r"^[;:!?]"),  # a line never starts with ; : ! ?
)


def breaks_where_french_forbids(lines: list[str]) -> list[str]:
    found = []
    for before, after in itertools.pairwise(lines):
        for end, start in FORBIDDEN:
            if re.search(end, before.strip()) and re.search(start, after.strip()):
                found.append(f"{before[-20:]!r} | {after[:20]!r}")
    return found


def lines_of(pdf: bytes) -> list[str]:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).splitlines()


def test_no_line_breaks_where_french_typography_forbids_it(s):
    content = AgreementContent(title="Fête", parties=[association(), town()], purpose=PHRASES)
    printed = lines_of(agreement_pdf(s, ag.create_agreement(s, content, date(2026, 11, 1))))
    assert sum("4956983" in line for line in printed) >= 40  # every phrase printed
    assert breaks_where_french_forbids(printed) == []
    # The same text in a paragraph of the same width, without the typography: the lines break
    # at those places (the check above can fail).
    raw = Paragraph(escape(PHRASES), styles()["body"])
    raw.wrap(WIDTH, 10_000)
    plain_lines = [" ".join(words) for _width, words in raw.blPara.lines]
    assert len(breaks_where_french_forbids(plain_lines)) >= 5


def test_typeset_puts_each_no_break_space():
    text = typeset(PURPOSE)
    assert f"n°{NB}4956983" in text  # after n°
    assert f"5{NB}×{NB}10{NB}m" in text  # between a number and its unit, around ×
    assert f"6{NB}décembre{NB}2026" in text  # inside a date
    assert f"1{NB}941 visiteurs" in text  # thousands
    for mark in ";:!?":  # before the high punctuation
        assert f"{NB}{mark}" in text and f" {mark}" not in text, mark
    assert f"«{NB}Fête des lumières{NB}»" in text  # inside the French quotes
    assert french_date(date(2026, 3, 1)) == f"1er{NB}mars{NB}2026"  # the dates the document writes


def test_typeset_leaves_what_must_stay_as_typed():
    assert typeset("https://exemple.fr:8080/a?b=1") == "https://exemple.fr:8080/a?b=1"
    assert typeset("à 10:30, le 2026-12-06") == "à 10:30, le 2026-12-06"
    assert typeset("Barnum 3×6 m") == f"Barnum 3×6{NB}m"  # no space added where none was typed
    assert typeset("06 12 34 56 78") == "06 12 34 56 78"  # a phone number is not a thousand
    assert typeset("10 mai 2027 et 10 mairies") == f"10{NB}mai{NB}2027 et 10 mairies"
    assert typeset("1\u202f250,50 €") == f"1{NB}250,50{NB}€"  # reportlab breaks at U+202F


# --- the parties -------------------------------------------------------------------------------


def test_each_kind_of_party_has_its_own_paragraph(s):
    text = plain(pdf_text(s, [association(), town(), company(), foundation()]))
    # an association: its office and its RNA
    assert (
        "Comité des fêtes de la Croix-Rousse, association loi 1901, dont le siège est situé "
        "12 rue d'Austerlitz, 69004 Lyon, inscrite au répertoire national des associations "
        "sous le n° W691234567, représentée par Élise Martin, présidente" in text
    )
    # a local authority: no RNA, no "siège", its mayor and the council's decision
    town_part = text.split("Mairie de Villeurbanne, commune")[1].split("ci-après")[0]
    assert "répertoire national des associations" not in town_part and "siège" not in town_part
    assert "sise place Lazare-Goujon, 69100 Villeurbanne" in town_part
    assert "représentée par son maire, Cédric Morel" in town_part
    assert "agissant en vertu d'une délibération en date du" in town_part
    # a company: registered office, trade register and SIREN
    assert (
        "Location Dupont Événements, SARL au capital de 8 000 €, dont le siège social est situé "
        "4 quai Perrache, 69002 Lyon, immatriculée au registre du commerce et des sociétés de Lyon "
        "sous le n° 443 061 841, SIRET 443 061 841 00104, représentée par Jean Dupont, gérant" in text
    )
    company_part = text.split("Location Dupont Événements, SARL")[1].split("ci-après")[0]
    assert "répertoire national des associations" not in company_part
    # a foundation: its office, no RNA
    foundation_part = text.split("Fondation Marie Curie pour l'enfance, fondation")[1].split("ci-après")[0]
    assert "reconnue d'utilité publique, dont le siège est situé 3 rue Royale, 75008 Paris" in foundation_part
    assert "répertoire national" not in foundation_part
    assert "représentée par Paul Roux, délégué général" in foundation_part
    # the capacity as typed, never the contacts' neutral label
    assert "Président·e" not in text


def test_articles_before_the_names(s):
    text = plain(pdf_text(s, [association(), association("p2", "Les Amis du vieux Lyon"), town("p3")]))
    assert "Pour le Comité des fêtes de la Croix-Rousse" in text
    assert "Pour les Amis du vieux Lyon" in text
    assert "Pour la Mairie de Villeurbanne" in text
    assert "Pour Comité" not in text and "Pour Les" not in text
    assert pour("Association sportive de Bron") == "Pour l'Association sportive de Bron"
    assert pour("L'Envol") == "Pour l'Envol"
    assert pour("Emmaüs Lyon") == "Pour Emmaüs Lyon"  # a proper name takes no article
    assert with_article("Atelier numérique de Lyon") == "l'Atelier numérique de Lyon"


def _parts(text: str) -> list[str]:
    return re.findall(r"(?:et )?d'(?:une|autre) part,", text)


def test_one_part_then_the_others_for_two_and_three_parties(s):
    two = plain(pdf_text(s, [association(), town()]))
    assert _parts(two) == ["d'une part,", "d'autre part,"]
    assert " Et Mairie de Villeurbanne" in two
    three = plain(pdf_text(s, [association(), town(), company()]))
    assert _parts(three) == ["d'une part,", "d'autre part,", "et d'autre part,"]
    assert "Ci-après ensemble « les parties »" in three


def test_the_preamble_counts_the_parties_and_their_kinds(s):
    two = plain(pdf_text(s, [association(), association("p2", "Les Amis du vieux Lyon")]))
    assert "Préambule La présente convention réunit deux associations." in two
    three = plain(pdf_text(s, [association(), town(), association("p3", "Les Amis du vieux Lyon")]))
    assert "réunit trois parties : deux associations et une collectivité territoriale." in three
    assert "Nos deux associations" not in three
    four = plain(
        pdf_text(s, [association(), town(), company(), foundation()], context="Un quartier en fête.")
    )
    assert (
        "réunit quatre parties : une association, une collectivité territoriale, une entreprise "
        "et une fondation. Un quartier en fête." in four
    )


def test_a_yearly_payment_is_totalled_per_year_and_overall(s):
    payments = [
        Payment(
            "Participation à l'entretien du matériel", "p2", "p1", 45_000, "chaque 1er mars", yearly=True
        ),
        Payment("Achat des guirlandes", "p2", "p1", 125_050, "à la signature"),
    ]
    text = plain(pdf_text(s, [association(), town()], payments=payments))
    assert "450,00 € par an" in text
    assert "Total de la 1re année 1 700,50 €" in text  # the yearly payment and the one at signing
    assert "Total de la 2e année 450,00 €" in text
    assert "Total sur toute la durée (24 mois) 2 150,50 €" in text
    assert "Total 2" not in text.replace("Total sur", "")  # no ambiguous lone "Total"
    once = plain(pdf_text(s, [association(), town()], payments=payments[1:]))
    assert "Total 1 250,50 €" in once and "année" not in once.split("Dispositions financières")[1][:300]
