"""French text analysis for the practices' search: words, stems, Markdown to plain text.

A word is case-folded and stripped of its accents, brought to the singular, then stemmed by
the Snowball French stemmer: "Bénévoles" -> "benevol", "formations" -> "format". Accents go
first, so that a word typed without them is the very same word ("comptabilite" and
"comptabilité" both give "comptabilit"; stemming first would cut the accented one elsewhere),
and the plural goes before the stemmer, which does not undo every plural ("journaux"). The
same analysis runs on the indexed text and on the query, so word forms meet. The commonest
French words are not indexed: they would only make the index and every search slower.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

import snowballstemmer

from app.text import fold

_WORD = re.compile(r"\w+")
MIN_PREFIX = 3  # letters of a word being typed before it counts
_CACHE_LIMIT = 300_000  # distinct words; a French corpus of 20,000 practices stays far below

_STOP_TEXT = """
a à afin ai aie ainsi alors au aucun aussi autre aux avait avec avoir c ça car ce ceci cela celle
celles celui ces cet cette ceux chaque chez ci comme d dans de des donc dont du elle elles en
encore entre est et été être eu eux fait faire il ils j je l la le les leur leurs lors lui m ma
mais me même mes moi mon n ne ni nos notre nous on ont ou où par pas peu peut plus pour qu que
quel quelle quelles quels qui s sa sans se ses si sien son sont sous sur t ta te tes toi ton
tous tout toute toutes très tu un une vos votre vous y
"""
STOP_WORDS = frozenset(fold(word) for word in _STOP_TEXT.split())  # as typed without accents


def singular(word: str) -> str:
    """A folded word brought to the singular by the regular French plurals: -s and -x dropped,
    -aux back to -al, -eaux to -eau. A word and its plural give the same result; an irregular
    pair ("travail", "travaux") does not meet, nor do words alike by chance matter (both sides
    of the search go through here)."""
    if len(word) >= 5 and word.endswith("eaux"):
        return word[:-1]
    if len(word) >= 5 and word.endswith("aux"):
        return word[:-3] + "al"
    if len(word) >= 3 and word[-1] in "sx":
        return word[:-1]
    return word


class _Stems(dict[str, str]):
    """Case-folded word -> its stem ("" for a common word), computed once per distinct word."""

    def __init__(self) -> None:
        super().__init__()
        self._stemmer = snowballstemmer.stemmer("french")
        self._lock = threading.Lock()  # a Snowball stemmer keeps state while it works

    def __missing__(self, word: str) -> str:
        folded = fold(word)
        if folded in STOP_WORDS:
            stem = ""
        else:
            with self._lock:
                stem = self._stemmer.stemWord(singular(folded))
        if len(self) < _CACHE_LIMIT:
            self[word] = stem
        return stem


_STEMS = _Stems()


def stem(word: str) -> str:
    """The stem of a word; "" for a common word, which is neither indexed nor searched."""
    return _STEMS[word.casefold()]


def analyse(text: str | None) -> str:
    """The stems of a text, in order, space-separated: what the index holds."""
    if not text:
        return ""
    stems = _STEMS.__getitem__
    return " ".join([found for word in _WORD.findall(text.casefold()) if (found := stems(word))])


@dataclass(frozen=True)
class QueryTerms:
    exact: tuple[str, ...]  # stems that must match whole
    prefix: str | None  # the last word, still being typed: any stem starting with it

    @property
    def empty(self) -> bool:
        return not self.exact and not self.prefix

    def fts(self) -> str | None:
        """The FTS5 query: every word required."""
        parts = [f'"{term}"' for term in self.exact]
        if self.prefix:
            parts.append(f'"{self.prefix}"*')
        return " AND ".join(parts) or None

    def matches(self, word_stem: str) -> bool:
        return word_stem in self.exact or (self.prefix is not None and word_stem.startswith(self.prefix))


def query_terms(query: str) -> QueryTerms:
    """Typed text -> stems. The last word is a prefix unless a space follows it, so that a
    word being typed already finds something ("bénév" finds "bénévoles")."""
    words = [word for word in _WORD.findall(query.casefold()) if _STEMS[word]]
    if not words:
        return QueryTerms((), None)
    typing = not query[-1:].isspace()
    last = words.pop() if typing else None
    if last is not None and len(last) < MIN_PREFIX:
        last = None  # "co" would match nearly everything: wait for a third letter
    exact = tuple(dict.fromkeys(_STEMS[word] for word in words))
    # A half-typed word matches by the prefix of its stem; rarely, one cut inside a suffix
    # ("communica") misses until it is complete ("communication" -> "commun").
    prefix = _STEMS[last] if last is not None else None
    return QueryTerms(exact, prefix)


def find_matches(text: str, terms: QueryTerms) -> list[tuple[int, int]]:
    """(start, end) of every word of `text` whose stem matches the query."""
    stems = _STEMS.__getitem__
    found = []
    for match in _WORD.finditer(text):
        found_stem = stems(match.group().casefold())
        if found_stem and terms.matches(found_stem):
            found.append(match.span())
    return found


# --- Markdown to plain text (snippets, diffs of rendered text) -----------------------------

_MD_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"```.*?```", re.S), lambda m: m.group()[3:-3]),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"<[^>\n]+>"), ""),  # inline HTML
    (re.compile(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+", re.M), ""),  # headings, quotes, lists
    (re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.M), ""),  # table rules
    (re.compile(r"\|"), " "),
    (re.compile(r"(\*\*|__|\*|_|`|~~)(?=\S)|(?<=\S)(\*\*|__|\*|_|`|~~)"), ""),  # emphasis
    (re.compile(r"[ \t]*\n[ \t]*"), "\n"),
    (re.compile(r"\n{3,}"), "\n\n"),
]


def plain_text(markdown: str | None) -> str:
    """What a reader sees of Markdown, without its marks."""
    text = markdown or ""
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text.strip()
