"""Practice text as reportlab flowables, laid out from the syntax tree of the one Markdown
dialect the window shows too (app/services/practices/markup.py, markdown-it-py).

Headings, paragraphs (a line break is kept where the author typed one), bullet and numbered
lists nested to any depth, quotes, rules, code (inline and in blocks, in a fixed-width font),
tables (a real table: header shaded, columns sized to their text) and inline bold, italic,
strikethrough and links. A link prints its text and then its address, so that a printed page
still says where it leads (and stays clickable in the PDF); a bare address prints once; an
image prints as its description and address. Text is escaped before any tag is added, so
"<", ">" and "&" typed by the author print as themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Literal
from xml.sax.saxutils import quoteattr

from markdown_it.tree import SyntaxTreeNode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Indenter, Paragraph, Table, TableStyle

from app.export.pdf_base import para, printable, register_mono
from app.services.practices.markup import tree

BULLET = "•"
INDENT = 14  # points per nesting level (lists, and blocks inside a list item or a quote)
NUMBER_ROOM = 8  # more room left of a numbered item: "10." and "100." are wider than "•"
DEFAULT_WIDTH = 480.0  # points, when the caller does not say (A4 less usual margins)
MIN_COLUMN, MAX_COLUMN_CHARS = 36.0, 40  # a column's narrowest width; longest text that widens it
LINK, CODE_INK = "#1f5fa8", "#3d4a57"
SHADE, RULE = colors.HexColor("#eef2f6"), colors.HexColor("#b9c2cc")
_ALIGN: dict[str, Literal[0, 1, 2, 4]] = {"right": TA_RIGHT, "center": TA_CENTER}
_LEADING = re.compile(r"^ +")


@dataclass(frozen=True)
class _Place:
    """Where a block is being laid out: the width left for it and whether it is in a quote."""

    width: float
    quoted: bool = False


def inline(text: str) -> str:
    """One paragraph of Markdown as reportlab paragraph markup (the tests' handle on inlines)."""
    root = tree(text)
    paragraph = root.children[0] if root.children else None
    if paragraph is None or not paragraph.children:
        return ""
    return _inline(paragraph.children[0])


def _inline(node: SyntaxTreeNode) -> str:
    return "".join(_span(child) for child in node.children)


def _span(node: SyntaxTreeNode) -> str:
    kind = node.type
    if kind in ("softbreak", "hardbreak"):
        return "<br/>"
    if kind == "strong":
        return f"<b>{_inline(node)}</b>"
    if kind == "em":
        return f"<i>{_inline(node)}</i>"
    if kind == "s":
        return f"<strike>{_inline(node)}</strike>"
    if kind == "code_inline":
        return f'<font name="{register_mono()}" color="{CODE_INK}">{_code_text(node.content)}</font>'
    if kind == "link":
        return _link(str(node.attrs.get("href", "")), _inline(node), _plain(node))
    if kind == "image":
        return _link(str(node.attrs.get("src", "")), para(_plain(node)), _plain(node), always=True)
    return para(node.content)  # text, and anything else: its text


def _plain(node: SyntaxTreeNode) -> str:
    return "".join(child.content if not child.children else _plain(child) for child in node.children)


def _link(href: str, markup: str, text: str, *, always: bool = False) -> str:
    """The link's text, then its address in brackets unless the text already is the address."""
    address = href.removeprefix("mailto:")
    target = quoteattr(printable(href))
    shown = f'<a href={target} color="{LINK}">{markup or para(address)}</a>'
    if not always and text.strip() in (href, address, ""):
        return shown
    return f'{shown} (<a href={target} color="{LINK}">{para(address)}</a>)'


def _code_text(text: str) -> str:
    """Code keeps its lines and its spaces (indentation, alignment)."""
    lines = text.expandtabs(4).rstrip("\n").split("\n")
    return "<br/>".join(para(_keep_spaces(line)) for line in lines)


def _keep_spaces(line: str) -> str:
    return _LEADING.sub(lambda m: "\u00a0" * len(m.group()), line).replace("  ", "\u00a0 ")


def _paragraph(markup: str, style: ParagraphStyle, **options: Any) -> Paragraph:
    try:
        return Paragraph(markup, style, **options)
    except ValueError:  # markup reportlab cannot lay out: the plain text rather than no document
        return Paragraph(re.sub(r"<[^>]+>", "", markup), style, **options)


def markdown_flowables(
    text: str, styles: dict[str, ParagraphStyle], width: float = DEFAULT_WIDTH
) -> list[Flowable]:
    """Flowables for `text` in a frame `width` points wide; styles needs "body", "h1", "h2",
    "h3", "item" and "quote", and may give "cell" and "head" for tables."""
    return _blocks(tree(text).children, styles, _Place(width))


def _blocks(nodes: list[SyntaxTreeNode], styles: dict[str, ParagraphStyle], place: _Place) -> list[Flowable]:
    story: list[Flowable] = []
    for node in nodes:
        story += _block(node, styles, place)
    return story


def _block(node: SyntaxTreeNode, styles: dict[str, ParagraphStyle], place: _Place) -> list[Flowable]:
    kind = node.type
    if kind == "heading":
        return [_paragraph(_inline(node.children[0]), styles[f"h{min(int(node.tag[1]), 3)}"])]
    if kind == "paragraph":
        style = styles["quote" if place.quoted else "body"]
        return [_paragraph(_inline(node.children[0]), style)]
    if kind in ("bullet_list", "ordered_list"):
        return _list(node, styles, place)
    if kind == "blockquote":
        return _indented(node.children, styles, replace(place, quoted=True), styles["quote"].leftIndent)
    if kind == "hr":
        return [HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=3, spaceAfter=7)]
    if kind in ("code_block", "fence"):
        return [_paragraph(_code_text(node.content), _code_style(styles))]
    if kind == "table":
        return [_table(node, styles, place.width)]
    return [_paragraph(para(node.content), styles["body"])] if node.content.strip() else []


def _indented(
    nodes: list[SyntaxTreeNode], styles: dict[str, ParagraphStyle], place: _Place, by: float
) -> list[Flowable]:
    inner = _blocks(nodes, styles, replace(place, width=place.width - by))
    return [Indenter(left=by), *inner, Indenter(left=-by)] if inner else []


def _list(node: SyntaxTreeNode, styles: dict[str, ParagraphStyle], place: _Place) -> list[Flowable]:
    ordered = node.type == "ordered_list"
    start = int(node.attrs.get("start", 1)) if ordered else 1
    base = styles["item"]
    room = NUMBER_ROOM if ordered else 0
    style = ParagraphStyle(f"item-{node.type}", base, leftIndent=base.leftIndent + room)
    continued = ParagraphStyle(f"{style.name}-more", style, spaceBefore=0)
    story: list[Flowable] = []
    for number, item in enumerate(node.children, start):
        marker: str | None = f"{number}." if ordered else BULLET
        for child in item.children:
            if child.type == "paragraph":
                markup = _inline(child.children[0])
                story.append(_paragraph(markup, style if marker else continued, bulletText=marker))
            else:
                if marker:  # an item that starts with a nested list or a block: its marker alone
                    story.append(_paragraph("", style, bulletText=marker))
                story += _indented([child], styles, place, style.leftIndent)
            marker = None
    return story


def _code_style(styles: dict[str, ParagraphStyle]) -> ParagraphStyle:
    body = styles["body"]
    return ParagraphStyle(
        "code",
        body,
        fontName=register_mono(),
        fontSize=body.fontSize * 0.9,
        leading=body.fontSize * 1.2,
        textColor=colors.HexColor(CODE_INK),
        backColor=SHADE,
        borderPadding=(3, 4, 3, 4),  # type: ignore[arg-type]  # stubs: one number; four sides work
        leftIndent=4,
        rightIndent=4,
        spaceBefore=4,
        spaceAfter=8,
    )


def _table(node: SyntaxTreeNode, styles: dict[str, ParagraphStyle], width: float) -> Table:
    """A Markdown table as a table: header row shaded and repeated on each page."""
    cell_style = styles.get("cell", styles["body"])
    head_style = styles.get("head", ParagraphStyle("head", cell_style, fontName=cell_style.fontName))
    rows: list[list[Paragraph]] = []
    lengths: list[list[int]] = []
    for row in (tr for section in node.children for tr in section.children):
        cells, sizes = [], []
        for cell in row.children:
            style = head_style if cell.type == "th" else cell_style
            align = re.search(r"text-align:(\w+)", str(cell.attrs.get("style", "")))
            style = ParagraphStyle(f"{style.name}-{cell.type}", style, spaceAfter=0)
            style.alignment = _ALIGN.get(align.group(1), TA_LEFT) if align else TA_LEFT
            markup = _inline(cell.children[0]) if cell.children else ""
            if cell.type == "th":
                markup = f"<b>{markup}</b>"
            cells.append(_paragraph(markup, style))
            sizes.append(min(_visible_length(markup), MAX_COLUMN_CHARS))
        rows.append(cells)
        lengths.append(sizes)
    table = Table(rows, colWidths=_column_widths(lengths, width), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(CODE_INK)),
                ("GRID", (0, 1), (-1, -1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    table.spaceBefore, table.spaceAfter = 3, 8
    return table


def _visible_length(markup: str) -> int:
    """Characters printed: what the markup shows, links' addresses included."""
    return len(re.sub(r"&\w+;", "_", re.sub(r"<[^>]+>", "", markup)))


def _column_widths(lengths: list[list[int]], width: float) -> list[float]:
    """Each column as wide as its longest text asks (up to a point), the whole no wider than the
    frame: a short table stays short, a long one shares the width by what each column holds."""
    columns = max((len(row) for row in lengths), default=1)
    wants = [max([row[i] for row in lengths if i < len(row)] + [1]) * 5.6 + 12 for i in range(columns)]
    wants = [max(want, MIN_COLUMN) for want in wants]
    total = sum(wants)
    if total <= width:
        return wants
    return [width * want / total for want in wants]
