"""The Markdown subset a practice is written in, as reportlab flowables.

Headings (#, ##, ###), paragraphs (a single line break is kept, as people type in a plain
text box), bullet lists (-, *, +) and numbered lists (1. or 1)), nested by indentation,
quotes (>), horizontal rules, and inline **bold**, *italic* / _italic_ and `code`. Anything
else prints as its text. The text is escaped before any tag is added, so "<", ">" and "&"
typed by the author print as themselves; a paragraph whose markers do not nest cleanly is
printed as plain text rather than failing the whole document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.export.pdf_base import para

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^(\s*)(\d{1,9})[.)]\s+(.*)$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(
    r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"
)
_CODE = re.compile(r"`([^`]+)`")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
BULLET = "•"
INDENT = 14  # points per list level
NUMBER_ROOM = 8  # more room left of a numbered item: "10." and "100." are wider than "•"
_MARK = "@@md"  # around a placeholder: survives escaping, untouched by the emphasis patterns


@dataclass
class _Block:
    kind: str  # "heading", "paragraph", "item", "quote", "rule"
    lines: list[str] = field(default_factory=list)
    level: int = 0  # heading level, or list nesting
    marker: str = ""  # "•" or "3."


def inline(text: str) -> str:
    """One line or paragraph of Markdown as reportlab paragraph markup (escaped first)."""
    protected: list[str] = []

    def keep(markup: str) -> str:
        protected.append(markup)
        return f"{_MARK}{len(protected) - 1}{_MARK}"

    # Backslash escapes and code spans are taken out first: no emphasis inside them.
    text = _ESCAPED.sub(lambda m: keep(para(m.group(1))), text)
    text = _CODE.sub(lambda m: keep(f'<font color="#3d4a57">{para(m.group(1))}</font>'), text)
    out = para(text)
    out = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", out)
    out = _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", out)
    return re.sub(f"{_MARK}(\\d+){_MARK}", lambda m: protected[int(m.group(1))], out)


def _indent(text: str) -> int:
    spaces = text.expandtabs(4)
    return len(spaces) - len(spaces.lstrip(" "))


def parse_blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    base_indents: list[int] = []  # indentation of the open list levels
    for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            current = None
            continue
        heading, bullet, number = _HEADING.match(raw), _BULLET.match(raw), _NUMBER.match(raw)
        if heading and _indent(raw) < 4:
            blocks.append(_Block("heading", [heading.group(2)], len(heading.group(1))))
            current, base_indents = None, []
        elif _RULE.match(raw) and not (current is not None and current.kind == "paragraph"):
            blocks.append(_Block("rule"))
            current, base_indents = None, []
        elif bullet or number:
            indent = _indent(raw)
            while base_indents and indent < base_indents[-1]:
                base_indents.pop()
            if not base_indents or indent > base_indents[-1] + 1:
                base_indents.append(indent)
            level = min(len(base_indents) - 1, 3)
            if number:
                current = _Block("item", [number.group(3)], level, f"{number.group(2)}.")
            else:
                current = _Block("item", [bullet.group(2) if bullet else ""], level, BULLET)
            blocks.append(current)
        elif (quote := _QUOTE.match(raw)) is not None:
            if current is None or current.kind != "quote":
                current, base_indents = _Block("quote"), []
                blocks.append(current)
            current.lines.append(quote.group(1))
        elif current is not None and current.kind in ("paragraph", "item"):
            current.lines.append(raw.strip())  # a continuation line
        else:
            base_indents = []
            current = _Block("paragraph", [raw.strip()])
            blocks.append(current)
    return blocks


def _paragraph(markup: str, style: ParagraphStyle, **options: Any) -> Paragraph:
    try:
        return Paragraph(markup, style, **options)
    except ValueError:  # markers that do not nest (**a *b** c*): the plain text instead
        plain = re.sub(r"</?(b|i)>", "", markup)
        return Paragraph(plain, style, **options)


def markdown_flowables(text: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Flowables for `text`; styles needs "body", "h1", "h2", "h3", "item" and "quote"."""
    story: list[Flowable] = []
    for block in parse_blocks(text):
        if block.kind == "heading":
            style = styles[f"h{min(block.level, 3)}"]
            story.append(_paragraph(inline(block.lines[0]), style))
        elif block.kind == "rule":
            story.append(Spacer(1, 6))
        elif block.kind == "item":
            base = styles["item"]
            room = NUMBER_ROOM if block.marker != BULLET else 0
            style = ParagraphStyle(
                f"item{block.level}",
                base,
                leftIndent=base.leftIndent + INDENT * block.level + room,
                bulletIndent=base.bulletIndent + INDENT * block.level,
            )
            markup = "<br/>".join(inline(line) for line in block.lines)
            story.append(_paragraph(markup, style, bulletText=block.marker))
        else:
            style = styles["quote" if block.kind == "quote" else "body"]
            story.append(_paragraph("<br/>".join(inline(line) for line in block.lines), style))
    return story
