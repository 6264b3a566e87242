"""One Markdown: a practice using every element of the dialect prints as the window shows it,
read back from the PDF (text, fonts, links) rather than trusted."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from app.export.practice_sheet import practice_sheet_bytes
from app.services.practices.markup import to_html
from tests.unit.practice_helpers import published

METHOD = """## Étapes

1. Choisir un **tuteur** volontaire
2. Prévoir *trois* missions courtes
   - une sous-étape avec `code_inline`
   - ~~barré~~ et ***gras italique***

- Un café & des <idées>
- Voir [le guide](https://exemple.org/guide) ou https://exemple.org/nu
ligne suivante gardée

> Une citation
> sur deux lignes

| Outil | Coût | Remarque |
|---|---:|---|
| Affiches | 12 € | imprimées **en couleur** |
| Tableur partagé | 0 € | [lien](https://exemple.org/tableur) |

```
def bonjour():
    return "salut"
```

---

### Sous-titre trois
Écrire à [l'équipe](mailto:equipe@exemple.org), ![le plan](https://exemple.org/plan.png).
"""


def _read(data: bytes) -> tuple[str, dict[str, set[str]], list[str]]:
    """The text, the fonts each piece of text was drawn in, and the links' addresses."""
    reader = PdfReader(io.BytesIO(data))
    fonts: dict[str, set[str]] = {}

    def visit(text, _cm, _tm, font, _size) -> None:
        if text.strip() and font is not None:
            fonts.setdefault(text.strip(), set()).add(str(font.get("/BaseFont", "")))

    text = "\n".join(page.extract_text(visitor_text=visit) for page in reader.pages)
    links = [
        str(annotation.get_object()["/A"]["/URI"])
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if annotation.get_object().get("/Subtype") == "/Link"
    ]
    return re.sub(r"[ \u00a0]+", " ", text), fonts, links


def _font_of(fonts: dict[str, set[str]], fragment: str) -> set[str]:
    return set().union(*(names for text, names in fonts.items() if fragment in text))


def test_every_element_of_practice_markdown_prints_as_itself(db, tmp_path):
    practice_id = db.run(published, method=METHOD)
    with db.session_factory() as session:
        _view, data = practice_sheet_bytes(session, practice_id)
    (tmp_path / "fiche.pdf").write_bytes(data)
    text, fonts, links = _read(data)
    flat = " ".join(text.split())

    # Headings, lists (numbers, bullets, a nested level), a line break kept where it was typed.
    assert "Étapes" in text and "Sous-titre trois" in text
    assert "1. Choisir un tuteur volontaire" in flat and "2. Prévoir trois missions courtes" in flat
    assert "• une sous-étape avec code_inline" in flat and "• Un café & des <idées>" in flat
    assert re.search(r"https://exemple\.org/nu\)?\s*\n\s*ligne suivante gardée", text)
    assert "Une citation\nsur deux lignes" in text
    # Emphasis in the fonts that carry it; code in the fixed-width font.
    assert any("Bold" in name for name in _font_of(fonts, "tuteur"))
    assert any("Oblique" in name for name in _font_of(fonts, "trois"))
    assert any("BoldOblique" in name for name in _font_of(fonts, "gras italique"))
    assert any("Mono" in name for name in _font_of(fonts, "code_inline"))
    assert any("Mono" in name for name in _font_of(fonts, "bonjour"))
    assert 'return "salut"' in text  # the code block's indentation and quotes kept
    # Links print their address after their text, and stay clickable; a bare address prints once.
    assert "le guide (https://exemple.org/guide)" in flat
    assert flat.count("https://exemple.org/nu") == 1
    assert "l'équipe (equipe@exemple.org)" in flat and "le plan (https://exemple.org/plan.png)" in flat
    assert {"https://exemple.org/guide", "https://exemple.org/nu", "mailto:equipe@exemple.org"} <= set(links)
    # The table is a table: each row's cells side by side, in order, with the header first.
    assert "Outil Coût Remarque" in flat
    assert "Affiches 12 € imprimées en couleur" in flat
    assert "Tableur partagé 0 € lien (https://exemple.org/tableur)" in flat
    # No Markdown marker reaches the paper.
    for marker in ("**", "~~", "](", "|---", "```", "## ", "> Une", "![", "`code"):
        assert marker not in text, marker


def test_the_window_shows_the_same_dialect():
    html = to_html(METHOD)
    for shown in (
        "<h2>Étapes</h2>",
        "<strong>tuteur</strong>",
        "<em>trois</em>",
        "<s>barré</s>",
        "<code>code_inline</code>",
        '<a href="https://exemple.org/guide">le guide</a>',
        '<a href="https://exemple.org/nu">https://exemple.org/nu</a><br />',
        "<blockquote>",
        '<th style="text-align:right">Coût</th>',
        "<td>Affiches</td>",
        "<pre><code>def bonjour():",
        "<hr />",
        "Un café &amp; des &lt;idées&gt;",  # typed HTML shows as text
    ):
        assert shown in html, shown
    assert "<img" not in html  # nothing is fetched from the network to show a practice
