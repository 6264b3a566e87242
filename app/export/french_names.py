"""French grammar around an organisation's name, for the agreement's sentences:
"Pour le Comité des fêtes", "Pour l'Association sportive", "Pour la Mairie de Lyon",
"Pour Emmaüs" (a proper name takes no article), and how many parties there are in words.

The gender of a name's first word comes from a short list of the words French organisations'
names begin with; a word not in the list is taken as a proper name and gets no article, which is
never wrong in a contract ("Pour Emmaüs Lyon", "Pour MJC Croix-Rousse").
"""

from __future__ import annotations

import re

_ARTICLE = re.compile(r"^(?:(les|le|la)\s+|(l['’])\s*)", re.IGNORECASE)
_MASCULINE = frozenset(
    [
        "comité",
        "club",
        "collectif",
        "foyer",
        "centre",
        "cercle",
        "conseil",
        "syndicat",
        "groupement",
        "office",
        "théâtre",
        "atelier",
        "réseau",
        "secours",
        "service",
        "département",
        "jardin",
        "ciné-club",
        "cinéma",
        "orchestre",
        "chœur",
        "fonds",
        "garage",
        "cabinet",
        "institut",
        "musée",
        "conservatoire",
        "secrétariat",
        "bureau",
        "relais",
        "comptoir",
        "restaurant",
        "café",
        "repair",
        "festival",
        "mouvement",
        "pôle",
        "espace",
        "tennis",
        "football",
        "judo",
        "accueil",
    ]
)
_FEMININE = frozenset(
    [
        "association",
        "amicale",
        "union",
        "fédération",
        "fondation",
        "société",
        "mairie",
        "commune",
        "ville",
        "communauté",
        "région",
        "maison",
        "compagnie",
        "coopérative",
        "mutuelle",
        "école",
        "banque",
        "épicerie",
        "ressourcerie",
        "chorale",
        "harmonie",
        "crèche",
        "université",
        "médiathèque",
        "bibliothèque",
        "librairie",
        "boulangerie",
        "imprimerie",
        "entreprise",
        "confédération",
        "ligue",
        "caisse",
        "agence",
        "chambre",
        "académie",
        "scop",
        "amap",
        "régie",
        "métropole",
        "préfecture",
        "direction",
        "structure",
        "troupe",
        "vélo-école",
    ]
)
_PLURAL = frozenset(
    ["amis", "jardiniers", "enfants", "parents", "restos", "compagnons", "petits", "éclaireurs"]
)
_VOWELS = "aeiouyhàâäéèêëîïôöùûüœ"
COUNTS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf", 10: "dix"}


def article_of(name: str) -> str:
    """ "le ", "la ", "l'", "les " or "" for the name as the subject of a sentence, without the
    article the name already holds (see `with_article`)."""
    words = name.split()
    if not words:
        return ""
    first = words[0].lower()
    if first in _PLURAL:
        return "les "
    if first in _MASCULINE or first in _FEMININE:
        if first[0] in _VOWELS:
            return "l'"
        return "le " if first in _MASCULINE else "la "
    return ""


def with_article(name: str) -> str:
    """The name as it follows "Pour" or "Entre": "le Comité des fêtes de Lyon", "l'Association
    sportive", "la Mairie de Lyon", "Emmaüs Lyon"; a name that begins with its article keeps it,
    lowered ("Les Amis du vieux Lyon" -> "les Amis du vieux Lyon")."""
    name = name.strip()
    found = _ARTICLE.match(name)
    if found:
        article = (found.group(1) or found.group(2)).lower().replace("’", "'")
        rest = name[found.end() :]
        return f"{article}{rest}" if article.endswith("'") else f"{article} {rest}"
    return article_of(name) + name


def pour(name: str) -> str:
    """ "Pour le Comité des fêtes", "Pour l'Association sportive"."""
    return f"Pour {with_article(name)}"


def in_words(count: int) -> str:
    """2 -> "deux", 11 -> "11"."""
    return COUNTS.get(count, str(count))
