"""One figure wherever an indicator shows: the practice sheet (PDF, read back with pypdf), the
history's comparison and the reader (tests/ui/test_practices_window.py) word it with the same
function (app/services/practices/figures.py), thousands grouped, the change in percent."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from app.export.practice_sheet import practice_sheet_bytes
from app.services.practices import records as pr
from app.services.practices.figures import figure, number
from tests.unit.practice_helpers import published

NB = "\u00a0"


def test_the_figure_reads_before_after_and_change_or_a_single_figure():
    assert figure({"before": 2809, "after": 997, "unit": "€"}) == f"2{NB}809 → 997{NB}€ (−65{NB}%)"
    assert figure({"before": 12, "after": 28, "unit": "personnes"}) == f"12 → 28{NB}personnes (+133{NB}%)"
    assert figure({"value": 1941, "unit": "€"}) == f"1{NB}941{NB}€"  # the former "value": the figure now
    assert figure({"before": 3, "after": None, "value": None, "unit": ""}) == "3 → ?"
    assert figure({"label": "Rien"}) == ""
    assert number(1250.5) == f"1{NB}250,5"


def test_the_sheet_shows_the_readers_figure(db):
    cost = [pr.IndicatorFields("Coût de la fête", "", "€", "2809", "997")]
    practice_id = db.run(published, indicators=cost)
    with db.session_factory() as session:
        _view, pdf = practice_sheet_bytes(session, practice_id)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    flat = re.sub(r"[\s\u00a0]+", " ", text)
    assert "Coût de la fête 2 809 → 997 € (−65 %)" in flat
    assert "1 812" not in flat and "2809 €" not in flat  # no second figure with another meaning
