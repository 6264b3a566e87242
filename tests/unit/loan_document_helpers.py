"""What the printed-document tests share: a projector and its check-out, our association and a
partner, reading a PDF back as text, and running a command."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from app.__main__ import main
from app.models import NetworkAssociation, SyncState
from app.services.equipment import loans
from app.services.equipment.records import EquipmentFields

OURS, PARTNER = "0190a000-0000-7000-8000-00000000000a", "0190a000-0000-7000-8000-00000000000b"
PROJECTOR = EquipmentFields(
    name="Vidéoprojecteur Epson",
    category="Audiovisuel",
    purchase_value="1249,90",
    deposit="150",
    accessories="Câble HDMI 5 m\nTélécommande\nHousse",
)
CHECK_OUT = loans.CheckOut(
    date(2025, 6, 12),
    "tres_bon",
    ["Câble HDMI 5 m", "Télécommande", "Housse"],
    15000,
    "cheque",
    "0012345",
    "Jean-Pierre Lefèvre",
    "Amélie Nguyễn",
)


def text_of(pdf: bytes) -> str:
    """The PDF's text with every kind of space made plain, as a reader would see it."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def has(text: str, expected: str) -> bool:
    """`expected` is in the text, whatever the line breaks (a line may wrap anywhere)."""
    return " ".join(expected.split()) in " ".join(text.split())


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def fonts_of(pdf: bytes) -> set[str]:
    return {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }


def enrol(session, with_partner: bool = True) -> None:
    """What enrolment and a sync leave: our id and name, and the network's associations."""
    session.merge(SyncState(id=1, association_id=OURS, association_name="Les Jardins du Faubourg"))
    session.add(
        NetworkAssociation(id=OURS, name="Les Jardins du Faubourg", rna="W751234567", siret="12345678900012")
    )
    if with_partner:
        session.add(NetworkAssociation(id=PARTNER, name="Théâtre « L'Étincelle »", rna="W691112223"))


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    code = main(list(argv))
    return code, capsys.readouterr().err.splitlines()
