"""The practice sheet PDF: what it prints, read back with pypdf, and the Markdown subset."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from app.errors import NotFound
from app.export.markdown_flow import inline, markdown_flowables
from app.export.pdf_base import register_mono
from app.export.practice_sheet import (
    _styles,
    adoption_line,
    practice_sheet_bytes,
    render_practice_sheet,
    write_practice_sheet,
)
from app.services.practices import feedback as fb
from app.services.practices.reader import open_practice
from tests.unit.practice_helpers import enrolled, fields, published, theirs


def _text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"[ \u00a0]+", " ", text)


def test_sheet_prints_every_part_of_the_practice(db, tmp_path):
    practice_id = db.run(
        published,
        method="## Étapes\n\n1. Choisir un **tuteur** volontaire\n"
        "2. Prévoir trois missions courtes\n\n- Un café & des <idées>\n"
        "- Un bilan *à trois mois*",
    )
    target = tmp_path / "fiche.pdf"
    with db.session_factory() as session:
        view = write_practice_sheet(session, practice_id, target)
    assert view.id == practice_id
    assert not list(tmp_path.glob(".*.tmp"))
    pages, text = _text(target.read_bytes())
    assert pages == 1
    for expected in (
        "FICHE PRATIQUE",
        "Accueillir les nouveaux bénévoles",
        "Notre association",
        "Claire Martin",
        "claire@exemple.org",
        "bénévolat",
        "accueil, tutorat",
        "Un binôme pour chaque nouvel arrivant",
        "Contexte",
        "Méthode",
        "Résultats",
        "Enseignements",
        "Le tuteur doit avoir choisi de l'être.",
        "Version 1 du",
        "Pas encore adoptée",
        "page 1 / 1",
        practice_id,
    ):
        assert expected in text, expected
    # Lists: the numbers and bullets, the items' text without Markdown markers, escaped characters.
    assert "1. Choisir un tuteur volontaire" in text
    assert "2. Prévoir trois missions courtes" in text
    assert "• Un café & des <idées>" in text
    assert "**" not in text and "## " not in text
    # The indicators table: each indicator worded as the reader words it.
    flat = re.sub(r"\s+", " ", text)
    assert "Bénévoles actifs 12 → 28 personnes (+133 %)" in flat
    assert PdfReader(io.BytesIO(target.read_bytes())).metadata.title == "Accueillir les nouveaux bénévoles"


def test_a_long_method_spans_pages_numbered_on_each(db):
    method = "\n".join(
        f"{n}. Étape numéro {n} : appeler les bénévoles, préparer la salle, écouter." for n in range(1, 121)
    )
    practice_id = db.run(published, method=method)
    with db.session_factory() as session:
        _view, data = practice_sheet_bytes(session, practice_id)
    pages, text = _text(data)
    assert pages >= 3
    assert f"page {pages} / {pages}" in text and "Fiche pratique (suite)" in text
    for n in (1, 60, 120):
        assert f"{n}. Étape numéro {n}" in text
    assert text.index("120. Étape") < text.index("Résultats") < text.index("Enseignements")


def test_sheet_of_another_association_counts_adoptions(db):
    def make(session) -> str:
        enrolled(session)
        practice_id = theirs(session, title="Un vide-grenier solidaire en œuvre", tags="brocante, €")
        fb.adopt(session, practice_id, "Essai en cours")
        return practice_id

    practice_id = db.run(make)
    with db.session_factory() as session:
        view = open_practice(session, practice_id)
    _pages, text = _text(render_practice_sheet(view))
    assert "Comité des Fêtes" in text and "œuvre" in text and "€" in text
    assert view.adoption_count == 1 and adoption_line(1) in text
    assert "Adoptée par 1 association du réseau" in text


def test_a_draft_says_so_and_empty_parts_are_left_out(db):
    from app.services.practices import records as pr

    practice_id = db.run(pr.create_draft, fields(context="", lessons="", results="", indicators=[]))
    with db.session_factory() as session:
        _view, data = practice_sheet_bytes(session, practice_id)
    _pages, text = _text(data)
    assert "Brouillon non publié" in text
    assert "Contexte" not in text and "Enseignements" not in text and "Résultats" not in text


def test_unknown_practice_is_not_found(db, tmp_path):
    with db.session_factory() as session, pytest.raises(NotFound):
        write_practice_sheet(session, "0190abcd-0000-7000-8000-000000000000", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_markdown_inline_escapes_then_formats():
    mono = register_mono()
    assert inline("a **b** *c* _d_ `e*f*` <g> & h ~~i~~") == (
        f'a <b>b</b> <i>c</i> <i>d</i> <font name="{mono}" color="#3d4a57">e*f*</font> &lt;g&gt; &amp; h '
        "<strike>i</strike>"
    )
    assert inline(r"3 * 4 * 5 et \*pas\* d'italique") == "3 * 4 * 5 et *pas* d'italique"
    assert inline("snake_case_name") == "snake_case_name"
    assert inline("ligne un\nligne deux") == "ligne un<br/>ligne deux"  # kept as typed


def test_markdown_blocks_become_flowables():
    from reportlab.platypus import HRFlowable, Indenter, Paragraph, Table

    styles = _styles()
    story = markdown_flowables(
        "# Titre\n\nligne un\nligne deux\n\n1. un\n2. deux\n   - sous\n3. trois\n\n"
        "- a\n  suite de a\n\n> cité\n\n---\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\nfin",
        styles,
        400,
    )
    shapes = [
        (type(f).__name__, getattr(f, "bulletText", None), getattr(f, "style", None) and f.style.name)
        for f in story
        if not isinstance(f, Indenter)
    ]
    assert shapes == [
        ("Paragraph", None, "h1"),
        ("Paragraph", None, "base"),
        ("Paragraph", "1.", "item-ordered_list"),
        ("Paragraph", "2.", "item-ordered_list"),
        ("Paragraph", "•", "item-bullet_list"),
        ("Paragraph", "3.", "item-ordered_list"),
        ("Paragraph", "•", "item-bullet_list"),
        ("Paragraph", None, "quote"),
        ("HRFlowable", None, None),
        ("Table", None, None),
        ("Paragraph", None, "base"),
    ]
    nested = story.index(next(f for f in story if getattr(f, "bulletText", None) == "•"))
    assert isinstance(story[nested - 1], Indenter)  # the sub-list sits one level in
    assert isinstance(story[-2], Table) and isinstance(story[-3], HRFlowable)
    assert all(isinstance(f, Paragraph | Table | HRFlowable | Indenter) for f in story)


def test_markers_that_do_not_nest_still_print(db):
    practice_id = db.run(published, method="Un **gras *mêlé** à* l'italique, et <b>pas de balise</b>.")
    with db.session_factory() as session:
        _view, data = practice_sheet_bytes(session, practice_id)
    _pages, text = _text(data)
    assert "l'italique" in text and "<b>pas de balise</b>" in text
