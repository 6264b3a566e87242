"""The snippet under each search result: the passage where the words were found, highlighted.

The index holds stems, so FTS5's snippet() could only show stems; the passage is cut from
the practice's own text instead. To stay quick on long methods, a regular expression (in C)
first finds the words starting like a searched stem, accents and case aside, and only those
are stemmed to confirm the match.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.services.practices.text import STOP_WORDS, QueryTerms, plain_text, stem

WINDOW = 200  # characters shown
LEAD = 60  # characters kept before the first match
_WORD = re.compile(r"\w+")
_ACCENTED = {"a": "aàâä", "c": "cç", "e": "eéèêë", "i": "iîï", "o": "oôöœ", "u": "uùûü", "y": "yÿ"}


@dataclass
class Snippet:
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # highlighted (start, end)

    def html(self, tag: str = "b") -> str:
        """The text escaped for rich text, the matched words in <b>."""
        out, last = [], 0
        for start, end in self.spans:
            out += [
                html.escape(self.text[last:start]),
                f"<{tag}>",
                html.escape(self.text[start:end]),
                f"</{tag}>",
            ]
            last = end
        out.append(html.escape(self.text[last:]))
        return "".join(out)


@functools.lru_cache(maxsize=256)
def _candidates(terms: QueryTerms) -> re.Pattern[str]:
    """Words starting like one of the searched stems (their first 3 letters), whatever their
    accents and case. Stems with "oe"/"ae" come from "œ"/"æ": their first letter is the root."""
    stems = [*terms.exact, *([terms.prefix] if terms.prefix else [])]
    roots = sorted({s[:1] if ("oe" in s[:3] or "ae" in s[:3]) else s[:3] for s in stems if s})

    def letters(root: str) -> str:
        return "".join(f"[{_ACCENTED[ch]}]" if ch in _ACCENTED else re.escape(ch) for ch in root)

    # No leading \b: the regex engine then skips ahead on the first letter, twice as fast;
    # the start of the word is checked on the few candidates instead.
    return re.compile(r"(?:" + "|".join(letters(root) for root in roots) + r")\w*", re.I)


def _confirmed(text: str, terms: QueryTerms) -> Iterator[tuple[int, int]]:
    for match in _candidates(terms).finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue  # inside a word
        word = match.group()
        if word.casefold() not in STOP_WORDS and terms.matches(stem(word)):
            yield match.span()


def find_spans(text: str, terms: QueryTerms) -> list[tuple[int, int]]:
    """(start, end) of every word of `text` whose stem matches the query."""
    return list(_confirmed(text, terms)) if text and not terms.empty else []


def first_match(text: str, terms: QueryTerms) -> int | None:
    if not text or terms.empty:
        return None
    return next((start for start, _end in _confirmed(text, terms)), None)


def _cut(text: str, spans: list[tuple[int, int]]) -> Snippet:
    """A window of the text around the first match, on word boundaries, with "…" where cut."""
    if len(text) <= WINDOW:
        return Snippet(text, spans)
    start = max(0, spans[0][0] - LEAD) if spans else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    end = min(len(text), start + WINDOW)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > (spans[0][1] if spans else start) else end
    prefix, suffix = ("…" if start else ""), ("…" if end < len(text) else "")
    shift = len(prefix) - start
    inside = [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]
    return Snippet(prefix + text[start:end] + suffix, inside)


def snippet_for(
    terms: QueryTerms, summary: str, context: str, method: str, results: str, lessons: str
) -> Snippet:
    """The first of summary, context, method, results and lessons that holds a searched word,
    cut around it; the summary's start when the words were only in the title or the themes."""
    for raw, markdown in (
        (summary, False),
        (context, False),
        (method, True),
        (results, False),
        (lessons, False),
    ):
        first = first_match(raw, terms)
        if first is None:
            continue
        # Only the neighbourhood of the first match is cleaned up and highlighted.
        start = max(0, first - 2 * LEAD)
        if start:
            start = raw.find(" ", start) + 1 or start
        part = raw[start : first + WINDOW + LEAD]
        text = " ".join((plain_text(part) if markdown else part).split())
        return _cut(text, find_spans(text, terms))
    return _cut(" ".join((summary or "").split()), [])


def title_spans(title: str, terms: QueryTerms) -> list[tuple[int, int]]:
    return find_spans(title, terms)
