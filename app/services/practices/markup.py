"""The one Markdown dialect of practice text, parsed by markdown-it-py for the screen and the PDF.

CommonMark, plus tables, ~~strikethrough~~ and bare web addresses made links (as GitHub
writes them). A line break is kept where the author typed one (people write in a plain text
box, not for a Markdown renderer), and HTML typed in the text shows as text. The reader and the
editor's preview show `to_html` (app/ui/practices/render.py); the PDF fiche lays out the same
syntax tree (`tree`, app/export/markdown_flow.py): one parser, so both show the same thing.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode
from markdown_it.utils import EnvType, OptionsDict

# Tables in the window: Qt's rich text draws no cell borders without these attributes.
TABLE_OPEN = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse">'


@functools.cache
def parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"breaks": True, "html": False, "linkify": True})
    md.enable(["table", "strikethrough", "linkify"])
    md.add_render_rule("table_open", _table_open)
    md.add_render_rule("image", _image_as_link)
    return md


def _table_open(_self: Any, _tokens: Sequence[Token], _idx: int, _options: OptionsDict, _env: EnvType) -> str:
    return TABLE_OPEN + "\n"


def _image_as_link(
    _self: Any, tokens: Sequence[Token], idx: int, _options: OptionsDict, _env: EnvType
) -> str:
    """An image is not fetched from the network: its description, linked to its address."""
    token = tokens[idx]
    source = str(token.attrGet("src") or "")
    alt = "".join(child.content for child in token.children or []) or source
    return f'<a href="{escape(source)}">{escape(alt)}</a>'


def to_html(text: str) -> str:
    """The practice text as HTML for Qt's rich text (QTextBrowser.setHtml)."""
    html: str = parser().render(text or "")  # typed Any by markdown-it
    return html


def tree(text: str) -> SyntaxTreeNode:
    """The practice text as a syntax tree: blocks, then inline children."""
    return SyntaxTreeNode(parser().parse(text or ""))
