"""Partnership agreements: a 4-page agreement (three parties, payments, the equipment annex)
read from the store and drawn into memory, and a batch of 100 agreements written to files.

A treasurer opens the preview, changes a clause, looks again: the PDF must come at once
(p95 ≤ 150 ms). The reference, measured in the same run, is reportlab typesetting the same
paragraphs with the same fonts in one plain style, without our template (articles, tables,
kept-together blocks, the two-pass "page X / Y" canvas, the watermark): the ratio is what the
layout costs. Fonts are registered once per process, in the warm-up call."""

from __future__ import annotations

import io
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from app.db import open_database
from app.export.agreement_pdf import agreement_pdf, render_agreement, save_agreement_pdf, story_of
from app.export.agreement_sheet import AgreementSheet, agreement_sheet
from app.export.pdf_base import REGULAR, register_fonts
from app.models import Renewal
from app.paths import DataPaths
from app.services.agreements import records as ag
from app.services.agreements.content import AgreementContent, LentItem, Party, Payment
from app.services.validation import make_siret
from benchmarks.harness import Figure, measure

Log = Callable[[str], None]
DOCUMENT_LIMIT_MS = 150
BATCH = 100
BATCH_LIMIT_S = 10
RATIO_LIMIT = 3.0  # the layout may cost up to 3× plain typesetting (measured: about 1.6×)
RUNS = 30


def _party(n: int, name: str, who: str, role: str) -> Party:
    return Party(
        f"p{n}",
        name,
        address=f"{n * 7} rue de l'Œuvre, 69001 Lyon",
        rna=f"W69111222{n}",
        siret=make_siret(f"4430618{n}", f"00{n}0"),
        signatory_name=who,
        signatory_role=role,
        insurer="MAIF" if n != 2 else "",
        policy_number=f"45218{n} B",
        commitments=[
            f"Engagement {k} : mettre à disposition des bénévoles formés et l'œuvre commune « Cœur d’été »."
            for k in range(1, 3)
        ],
    )


def _content(number: int) -> AgreementContent:
    """Three parties, four payments, three items lent: four A4 pages with the annex."""
    parties = [
        _party(1, "Les Jardins Partagés du Faubourg", "Élise Martin", "présidente"),
        _party(2, "Compagnie « L'Étincelle »", "Noël Besançon", "trésorier"),
        _party(3, "Collectif Vélo Solidaire", "Anaïs Lœb", "secrétaire"),
    ]
    return AgreementContent(
        title=f"Fête des jardins partagés n° {number}",
        parties=parties,
        context=(
            "Les trois associations œuvrent pour la vie du quartier depuis plusieurs années. "
            "Elles souhaitent mettre en commun leurs moyens pour organiser la fête annuelle."
        ),
        purpose="Organiser ensemble la fête des jardins partagés : ateliers, spectacle, réparation de vélos.",
        start_date=date(2026, 3, 1),
        duration_months=12,
        renewal=Renewal.TACIT.value,
        payments=[
            Payment(f"Participation aux frais n° {k}", "p2", "p1", 125050 + k, "à la signature")
            for k in range(1, 5)
        ],
        equipment=[
            LentItem("Barnum 3 × 6 m", "p1", 2, 45000, "avec lestage"),
            LentItem("Sono portable", "p3", 1, 89990),
            LentItem("Tables pliantes", "p1", 12, 4500),
        ],
        notice_days=60,
        court="le tribunal judiciaire de Lyon",
        signature_place="Lyon",
    )


def _store(session: Any) -> list[str]:
    return [ag.create_agreement(session, _content(n), date(2026, 2, 1)) for n in range(1, BATCH + 1)]


def _texts(flowables: list[Any]) -> Iterator[str]:
    """The markup of every paragraph of the story, tables and kept-together blocks opened."""
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            yield flowable.text
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:  # type: ignore[attr-defined]  # reportlab's cells: not in its stubs
                for cell in row:
                    yield from _texts(cell if isinstance(cell, list) else [cell])
        elif hasattr(flowable, "_content"):
            yield from _texts(flowable._content)


def plain_reportlab(sheet: AgreementSheet) -> Callable[[], bytes]:
    """The baseline: the same text, one plain style, a plain SimpleDocTemplate and canvas."""
    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=9.8, leading=14)
    texts = list(_texts(story_of(sheet)))

    def work() -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4, initialFontName=REGULAR).build(
            [Paragraph(text, style) for text in texts]
        )
        return buffer.getvalue()

    return work


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def agreement_figures(log: Log, runs: int = RUNS) -> list[Figure]:
    root = Path(tempfile.mkdtemp(prefix="entraide-agreements-bench-"))
    database = open_database(DataPaths(root / "store"))
    try:
        ids = database.run(_store)
        font = register_fonts().family
        log(f"Conventions : {runs} rendus d'une convention, un lot de {BATCH}, police {font}…")

        def one() -> bytes:  # what the preview does: read the agreement, draw the PDF in memory
            with database.session_factory() as session:
                return agreement_pdf(session, ids[0])

        with database.session_factory() as session:
            sheet = agreement_sheet(session, ids[0])
        pdf = one()
        baseline = Figure(
            "reportlab seul, mêmes paragraphes",
            "agreement_plain_reportlab",
            samples=measure(plain_reportlab(sheet), runs),
        )
        document = Figure(
            "Convention 4 pages PDF",
            "agreement_pdf",
            limit=DOCUMENT_LIMIT_MS,
            samples=measure(one, runs),
            baseline=baseline,
            ratio_limit=RATIO_LIMIT,
            ratio_on="median",
            note=f"{_pages(pdf)} pages A4 (3 parties, 4 versements, annexe), {len(pdf) // 1024} Ko, "
            f"sans base : {min(measure(lambda: render_agreement(sheet), 5)):.0f} ms au mieux",
        )
        folder = root / "pdf"
        folder.mkdir()

        def batch() -> None:  # one session, as an "export all" would
            with database.session_factory() as session:
                for agreement_id in ids:
                    save_agreement_pdf(session, agreement_id, folder / f"{agreement_id}.pdf")

        started = time.perf_counter()
        batch()
        total = time.perf_counter() - started
        written = sum(path.stat().st_size for path in folder.glob("*.pdf"))
        lot = Figure(
            f"Lot de {BATCH} conventions PDF (total)",
            "agreement_batch",
            unit="s",
            limit=BATCH_LIMIT_S,
            samples=[total],
            note=f"{BATCH} fichiers écrits, {written // 1024} Ko en tout, "
            f"{total * 1000 / BATCH:.0f} ms par convention",
        )
        return [baseline, document, lot]
    finally:
        database.close()
        shutil.rmtree(root, ignore_errors=True)
