"""Typed text to an FTS5 query over the contacts' index: accents, case and the plural aside, by prefix.

The index holds the words as written, accents removed by its tokenizer (migration 0002). A
typed word is searched by a prefix that its singular and its plural share ("ecoles" and
"ecole" both by "ecole", "journaux" and "journal" by "journa"), and "oe" also as "œ": the
tokenizer keeps the ligature whole, so "coeur" must also ask for "cœur"."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
_PHONE_LIKE = re.compile(r"^\+?[\d\s.\-()]{2,}$")


def shared_prefix(word: str) -> str:
    """The prefix a word's singular and plural both start with: a final -s or -x dropped,
    -aux and -al cut to -a, -eaux to -eau."""
    word = word.casefold()
    if len(word) >= 5 and word.endswith("eaux"):
        return word[:-1]
    if len(word) >= 5 and word.endswith(("aux", "al")):
        return word[: -2 if word.endswith("al") else -3] + "a"
    if len(word) >= 3 and word[-1] in "sx":
        return word[:-1]
    return word


def _spellings(word: str) -> list[str]:
    """A word as typed and with the ligatures the index may hold instead ("coeur", "cœur")."""
    plain = word.replace("œ", "oe").replace("æ", "ae")
    tied = plain.replace("oe", "œ").replace("ae", "æ")
    return list(dict.fromkeys((plain, tied)))


def phone_like(query: str) -> bool:
    query = query.strip()
    return bool(_PHONE_LIKE.match(query)) and sum(ch.isdigit() for ch in query) >= 2


def typed_words(query: str) -> list[str]:
    """The words of the typed text (a phone typed with spaces is one number, not words)."""
    return [] if phone_like(query) else _WORD.findall(query)


def fts_query(query: str) -> str | None:
    """Turn typed text into an FTS5 query: every word must match, each as a prefix.

    "ecoles jean" -> "ecole"* AND "jean"*; a phone typed with spaces ("06 12 3")
    becomes one prefix ("06123"*), since the index holds phones as one token.
    """
    if phone_like(query):
        return '"' + "".join(ch for ch in query if ch.isdigit()) + '"*'
    words = typed_words(query)
    if not words:
        return None
    terms = []
    for word in words:
        forms = [f'"{form}"*' for form in _spellings(shared_prefix(word))]
        terms.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
    return " AND ".join(terms)
