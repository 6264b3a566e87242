"""The column names of the files associations really have, and the field each one feeds.

Headers are compared folded (no accents, no case, no spaces or punctuation): "E-mail :" is
"email". Where each set comes from is written in docs/decisions.md ("Contacts import"); in
short: French Excel lists as volunteers type them; HelloAsso's membership export ("Nom
adhérent", "Email payeur"…); AssoConnect's contact fields; Paheko's default member fields
("Nom & prénom", "Adresse E-Mail", "Numéro de téléphone"…); Galette's member fields (labels and
column names such as nom_adh, cp_adh); Google Contacts (old and 2023 layouts, "E-mail 1 -
Value"); Outlook (English and French: "Adresse de messagerie", "Tél. mobile", "Rue (bureau)");
Thunderbird ("Primary Email", "Work City"…).
"""

from __future__ import annotations

import re

from app.text import fold


def header_key(header: str) -> str:
    """Compare headers without accents, case, spaces or punctuation: "E-mail" == "email"."""
    return re.sub(r"[^a-z0-9]", "", fold(header))


# Each field and the headers that feed it, folded as header_key folds them.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "kind": ("type", "type de contact", "kind", "categorie de contact", "nature"),
    "first_name": (
        "prenom",
        "prenoms",
        "first name",
        "firstname",
        "given name",
        "forename",
        "prenom adh",
        "prenom adherent",
        "prenom du membre",
        "prenom participant",
        "prenom beneficiaire",
    ),
    "last_name": (
        "nom",
        "nom de famille",
        "nom d usage",
        "last name",
        "lastname",
        "family name",
        "surname",
        "nom adh",
        "nom adherent",
        "nom du membre",
        "nom participant",
        "nom beneficiaire",
        "nom de naissance",
    ),
    # Paheko keeps one "Nom & prénom" field; Outlook and Thunderbird a display name.
    "full_name_reversed": ("nom prenom", "nom et prenom", "nom prenoms", "nom complet du membre"),
    "full_name": (
        "prenom nom",
        "prenom et nom",
        "name",
        "full name",
        "display name",
        "nom complet",
        "nom a afficher",
        "identite",
    ),
    "name": (
        "raison sociale",
        "nom de l organisation",
        "nom organisation",
        "organisme",
        "structure",
        "denomination",
        "nom de la structure",
        "nom de l association",
        "organization name",
        "organization 1 name",
        "nom structure",
        "association nom",
    ),
    "organisation": (
        "association",
        "organisation",
        "organisations",
        "organization",
        "employeur",
        "company",
        "societe",
        "entreprise",
        "club",
        "societe adh",
        "companyname",
    ),
    "org_kind": ("type d organisation", "type de structure", "forme juridique", "statut juridique"),
    "rna": ("rna", "n rna", "no rna", "numero rna", "num rna", "numero w", "rna association"),
    "siret": ("siret", "n siret", "no siret", "numero siret", "siret association", "siret structure"),
    "website": (
        "site",
        "site web",
        "site internet",
        "web",
        "website",
        "url",
        "page web",
        "web page",
        "web page 1",
        "website 1 value",
        "url adh",
        "site web 1",
        "business web page",
    ),
    "email": (
        "courriel",
        "e mail",
        "mail",
        "adresse electronique",
        "adresse mail",
        "adresse e mail",
        "email address",
        "e mail address",
        "adresse courriel",
        "email adh",
        "email adherent",
        "e mail 1 value",
        "primary email",
        "adresse de messagerie",
        "e mail 2 address",
        "e mail 3 address",
        "adresse de messagerie 2",
        "adresse de messagerie 3",
        "secondary email",
        "e mail 2 value",
        "e mail 3 value",
        "premiere adresse electronique",
        "adresse electronique secondaire",
        "email du membre",
        "email participant",
        "email personnel",
        "e mail personnel",
    ),
    "phone": (
        "telephone",
        "tel",
        "portable",
        "mobile",
        "tel portable",
        "telephone portable",
        "telephone mobile",
        "numero de telephone",
        "phone",
        "phone number",
        "mobile phone",
        "gsm",
        "tel fixe",
        "telephone fixe",
        "tel mobile",
        "mobile number",
        "home phone",
        "telephone domicile",
        "phone 1 value",
        "phone 2 value",
        "phone 3 value",
        "tel adh",
        "gsm adh",
        "numero de portable",
        "tel personnel",
        "telephone personnel",
        "home phone 2",
        "telephone 2 domicile",
        "other phone",
        "telephone autre",
        "primary phone",
        "telephone principal",
        "work phone",
        "business phone",
        "telephone bureau",
        "tel professionnel",
    ),
    "address": (
        "adresse",
        "adresse postale",
        "rue",
        "voie",
        "complement d adresse",
        "adresse 2",
        "complement",
        "code postal",
        "cp",
        "ville",
        "commune",
        "localite",
        "pays",
        "address",
        "street",
        "postal code",
        "zip",
        "zip code",
        "city",
        "country",
        "adresse adh",
        "adresse2 adh",
        "adresse suite",
        "cp adh",
        "ville adh",
        "pays adh",
        "address 1 street",
        "address 1 city",
        "address 1 postal code",
        "address 1 country",
        "address 1 region",
        "address 1 extended address",
        "address 1 po box",
        "home street",
        "home city",
        "home postal code",
        "home country region",
        "home state",
        "home address",
        "home address 2",
        "home zipcode",
        "home zip code",
        "home country",
        "rue domicile",
        "ville domicile",
        "code postal domicile",
        "pays domicile",
        "dep region domicile",
        "rue domicile 2",
        "rue domicile 3",
        "adresse privee",
        "adresse privee 2",
        "region",
        "departement",
        "numero et nom de rue",
        "adresse numero et nom de rue",
        "boite postale",
        "lieu dit",
        "batiment",
    ),
    "org_address": (
        "business street",
        "business city",
        "business postal code",
        "business country region",
        "business state",
        "work address",
        "work address 2",
        "work city",
        "work zipcode",
        "work zip code",
        "work country",
        "work state",
        "rue bureau",
        "rue bureau 2",
        "rue bureau 3",
        "ville bureau",
        "code postal bureau",
        "pays bureau",
        "dep region bureau",
        "adresse professionnelle",
        "adresse professionnelle 2",
        "siege social",
        "adresse du siege",
    ),
    "org_email": ("email structure", "email de la structure", "courriel structure", "email association"),
    "org_phone": ("telephone societe", "company main phone", "standard", "telephone structure"),
    "tags": (
        "etiquettes",
        "etiquette",
        "tags",
        "tag",
        "mots cles",
        "mot cle",
        "categories",
        "labels",
        "group membership",
        "groupes",
        "groupe",
        "categorie",
        "catégories",
    ),
    "notes": (
        "notes",
        "note",
        "commentaire",
        "commentaires",
        "remarques",
        "remarque",
        "observations",
        "comments",
        "info public adh",
        "info adh",
        "autres informations",
        "informations",
    ),
    "role": (
        "role",
        "fonction",
        "qualite",
        "mandat",
        "job title",
        "organization title",
        "organization 1 title",
        "poste",
        "fonction dans l association",
        "responsabilite",
        "titre du poste",
        "prof adh",
    ),
    "role_start": (
        "date d adhesion",
        "date adhesion",
        "adhesion",
        "adherent depuis",
        "membre depuis",
        "date d entree",
        "date de debut",
        "debut",
        "date d inscription",
        "date inscription",
        "date crea adh",
        "date de creation",
        "date de premiere adhesion",
        "depuis",
    ),
}

# Words that say a column is the organisation's, or (HelloAsso) the payer's, not the person's.
_ORG_WORDS = frozenset({"structure", "association", "asso", "organisation", "organisme", "club", "employeur"})
_PAYER_WORDS = frozenset({"payeur", "payeuse", "acheteur", "acheteuse", "payer", "buyer"})
_SMALL_WORDS = frozenset({"de", "du", "des", "la", "le", "l", "d", "of", "the", "a"})
ORG_VARIANTS = {"email": "org_email", "phone": "org_phone", "address": "org_address", "last_name": "name"}

# The first four columns of an import report (report.py): read back, they feed nothing.
REPORT_HEADERS = ("Ligne", "Colonne", "Valeur", "Raison")
# Columns left out on purpose, without saying so: the report's own, and the SIREN (the SIRET's start).
SILENT_HEADERS = frozenset([*(header_key(h) for h in REPORT_HEADERS), "siren"])
_REPORT_KEYS = [header_key(h) for h in REPORT_HEADERS]


def is_report(headers: list[str]) -> bool:
    """Whether a file is an import report (corrected, to be imported again)."""
    return [header_key(h) for h in headers[: len(REPORT_HEADERS)]] == _REPORT_KEYS


_IGNORED = SILENT_HEADERS

FIELD_OF_KEY: dict[str, str] = {
    header_key(synonym): field for field, synonyms in _SYNONYMS.items() for synonym in synonyms
}


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9]+", fold(header)) if w]


def header_field(header: str, group: str = "") -> tuple[str | None, bool]:
    """(field, is_fallback) for one header; `group` is the label of a merged cell above it
    ("Structure" over "Adresse" makes it the organisation's address). A payer's column
    ("Email payeur", HelloAsso) is a fallback: used only if no other column feeds the field."""
    key = header_key(header)
    if not key or key in _IGNORED:
        return None, False
    words = set(_words(header))
    org_group = bool(_ORG_WORDS & set(_words(group)))
    field: str | None
    if key in FIELD_OF_KEY:
        field = FIELD_OF_KEY[key]
        return (ORG_VARIANTS.get(field, field) if org_group else field), False
    rest = [w for w in _words(header) if w not in _ORG_WORDS | _PAYER_WORDS | _SMALL_WORDS]
    field = FIELD_OF_KEY.get("".join(rest)) if rest else None
    if field is None:
        return None, False
    if org_group or _ORG_WORDS & words:
        return ORG_VARIANTS.get(field, field), False
    return field, bool(_PAYER_WORDS & words)
