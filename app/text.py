"""Text folding shared by sorting, duplicate detection and search."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, accents removed, spaces collapsed: "  École  Jean-Zay" -> "ecole jean-zay"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.replace("œ", "oe").replace("æ", "ae")).strip()


def split_tags(text: str | None) -> list[str]:
    """Tags are typed as "sport, jeunesse; quartier": commas or semicolons separate them."""
    if not text:
        return []
    seen: dict[str, str] = {}
    for raw in re.split(r"[,;]", text):
        tag = raw.strip()
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return list(seen.values())


def join_tags(tags: list[str]) -> str:
    return ", ".join(tags)
