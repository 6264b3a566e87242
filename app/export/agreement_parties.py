"""The parties as an agreement names them: "Entre les soussignés", each party's identity in the
words that fit its kind, "d'une part / d'autre part", the preamble's count of the parties, and
who signs for each.

Each kind has its own paragraph (a treasurer checks it against the statutes or the Kbis):
- an association: its registered office and its RNA number (blank to fill in when unknown);
- a local authority ("collectivité"): no RNA, its address, "représentée par son maire" when the
  capacity typed is the mayor's, and the council decision that empowers the signatory;
- a company: its registered office, "immatriculée au RCS de <ville> sous le n° <SIREN>";
- a foundation (and any other organisation): its office and, when known, its SIRET.
"""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.export.agreement_flow import BLANK, Styles, para
from app.export.french_names import in_words, with_article
from app.export.pdf_base import format_siret
from app.services.agreements.content import AgreementContent, Party, kind_of

# kind -> (the legal form when none was typed, singular noun, plural noun, feminine)
KIND_WORDS = {
    "association": ("association loi 1901", "association", "associations", True),
    "collectivite": (
        "collectivité territoriale",
        "collectivité territoriale",
        "collectivités territoriales",
        True,
    ),
    "entreprise": ("société", "entreprise", "entreprises", True),
    "fondation": ("fondation", "fondation", "fondations", True),
    "autre": ("", "autre organisme", "autres organismes", False),
}
MAYOR = ("maire", "le maire", "la maire", "madame le maire", "monsieur le maire")
DECISION = "agissant en vertu d'une délibération en date du " + "…" * 8


def listed(content: AgreementContent) -> list[Party]:
    """The parties, or two blank ones to fill in by hand."""
    return content.parties or [Party(key="p1"), Party(key="p2")]


def representative(party: Party) -> str:
    """ "représentée par Claire Martin, présidente" (the capacity as typed), or for a town
    whose signatory is its mayor, "représentée par son maire, Claire Martin"."""
    who = party.signatory_name or BLANK
    role = party.signatory_role.strip()
    if kind_of(party) == "collectivite" and role.lower() in (
        "maire",
        "le maire",
        "la maire",
        "madame le maire",
    ):
        return f"représentée par son maire, {who}"
    return f"représentée par {who}, {role or BLANK}"


def _siren(siret: str) -> str:
    digits = siret.replace(" ", "")
    if len(digits) >= 9 and digits[:9].isdigit():
        return f"{digits[:3]}\u00a0{digits[3:6]}\u00a0{digits[6:9]}"
    return BLANK


def identity_lines(party: Party) -> list[str]:
    """The party's identity, one fact a line, as plain text (the first line is the name)."""
    kind = kind_of(party)
    default_form = KIND_WORDS[kind][0]
    form = party.legal_form or default_form
    lines = [party.name or BLANK]
    address = party.address or BLANK
    if kind == "collectivite":
        lines.append(f"{form}, sise {address}" if form else f"sise {address}")
    elif kind == "entreprise":
        lines.append(f"{form}, dont le siège social est situé {address}")
        lines.append(
            f"immatriculée au registre du commerce et des sociétés de {party.rcs or BLANK} "
            f"sous le n° {_siren(party.siret)}"
        )
    else:
        lines.append(
            f"{form}, dont le siège est situé {address}" if form else f"dont le siège est situé {address}"
        )
        if kind == "association":
            lines.append(f"inscrite au répertoire national des associations sous le n° {party.rna or BLANK}")
    if party.siret:
        lines.append(f"SIRET {format_siret(party.siret)}")
    lines.append(representative(party))
    if kind == "collectivite":
        lines.append(DECISION)
    lines.append(f"ci-après « {party.name or 'la partie ' + party.key} »")
    return lines


def identity(party: Party) -> str:
    """The identity as paragraph markup, the name in bold: easy to check against the statutes,
    and no justified line stretching a SIRET apart."""
    first, *rest = identity_lines(party)
    return ",<br/>".join([f"<b>{para(first)}</b>", *map(para, rest)]) + ","


def part_words(index: int, count: int) -> str:
    """ "d'une part," for the first, "d'autre part," for the next ones, and for the last of three
    or more, "et d'autre part,"."""
    if index == 0:
        return "d'une part,"
    if index == count - 1 and count > 2:
        return "et d'autre part,"
    return "d'autre part,"


def parties(s: Styles, content: AgreementContent) -> list[Flowable]:
    """ "Entre les soussignés", each identity followed by its "part"; two parties are joined by
    "Et", three or more follow one another down to "et d'autre part"."""
    story: list[Flowable] = [Paragraph(para("Entre les soussignés :"), s["lead"])]
    everyone = listed(content)
    for index, party in enumerate(everyone):
        block: list[Flowable] = []
        if index and len(everyone) == 2:
            block.append(Paragraph(para("Et"), s["and"]))
        block.append(Paragraph(identity(party), s["identity"]))
        block.append(Paragraph(para(part_words(index, len(everyone))), s["part"]))
        story.append(KeepTogether(block))
    if len(everyone) > 2:
        story.append(Paragraph(para("Ci-après ensemble « les parties »."), s["identity"]))
    return story


def who_meets(content: AgreementContent) -> str:
    """ "La présente convention réunit trois parties : deux associations et une collectivité
    territoriale.", or "… réunit deux associations." (the preamble's first sentence, true for
    any number and kind of parties)."""
    everyone = listed(content)
    counts = Counter(kind_of(p) for p in everyone)
    groups = []
    for kind in KIND_WORDS:
        if counts[kind]:
            _form, one, many, feminine = KIND_WORDS[kind]
            number = counts[kind]
            if number == 1:
                groups.append(f"{'une' if feminine else 'un'} {one}")
            else:
                groups.append(f"{in_words(number)} {many}")
    if len(groups) == 1:  # "réunit deux associations"
        return f"La présente convention réunit {groups[0]}."
    kinds = ", ".join(groups[:-1]) + " et " + groups[-1]
    return f"La présente convention réunit {in_words(len(everyone))} parties : {kinds}."


def signer_heading(party: Party) -> str:
    """ "Pour le Comité des fêtes de Lyon" (markup, bold)."""
    return f"<b>{para('Pour ' + with_article(party.name) if party.name else 'Pour ' + BLANK)}</b>"
