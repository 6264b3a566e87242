"""Reading vCard 4.0 (and 3.0 / 2.1 as phones write them) into the import plan."""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.models import RoleKind
from app.services.contacts.records import ROLE_LABELS
from app.services.contacts.transfer.import_plan import ORGANISATION, PERSON, ImportPlan, RowError, plan_rows
from app.services.contacts.transfer.mapping import parse_role
from app.services.contacts.transfer.table_reader import ImportFileError
from app.text import fold

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Entraide's own extensions, so that an export re-imports without loss.
X_RNA, X_SIRET, X_ORG_KIND = "X-ENTRAIDE-RNA", "X-ENTRAIDE-SIRET", "X-ENTRAIDE-ORG-KIND"


@dataclass
class VProperty:
    name: str  # upper case, group removed: "EMAIL"
    value: str  # still escaped (components are split before unescaping)
    params: dict[str, list[str]] = field(default_factory=dict)  # upper-case keys
    group: str = ""  # "item1" in "item1.EMAIL": ties an ORG to its ROLE

    def has_type(self, wanted: str) -> bool:
        return wanted.lower() in (t.lower() for t in self.params.get("TYPE", []))


def _is_quoted_printable(line: str) -> bool:
    return "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()


def unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the physical line where each starts. A line beginning with a space
    or a tab continues the previous one; so does the line after a quoted-printable "=" (2.1)."""
    logical: list[tuple[int, str]] = []
    for number, line in enumerate(_LINE_BREAK.split(text), 1):
        if logical:
            start, previous = logical[-1]
            if line[:1] in (" ", "\t"):
                logical[-1] = (start, previous + line[1:])
                continue
            if previous.endswith("=") and _is_quoted_printable(previous):
                logical[-1] = (start, previous[:-1] + line)
                continue
        logical.append((number, line))
    return logical


def split_unescaped(value: str, separator: str) -> list[str]:
    """Split on `separator` unless backslash-escaped; escapes are kept for unescape()."""
    parts, current, escaped = [], [], False
    for ch in value:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split_quoted(text: str, separator: str) -> list[str]:
    """Split on `separator` outside double quotes (parameter values may be quoted)."""
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _value_colon(line: str) -> int:
    """Where the value starts: the first colon outside a quoted parameter value, or -1."""
    quoted = False
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return index
    return -1


def parse_property(line: str) -> VProperty | None:
    colon = _value_colon(line)
    if colon < 0:
        return None
    head, value = line[:colon], line[colon + 1 :]
    name, *raw_params = _split_quoted(head, ";")
    group, _, name = name.rpartition(".")
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, equals, values = raw.partition("=")
        if not equals:  # vCard 2.1 bare parameters: TEL;CELL;PREF
            key, values = "TYPE", raw
        params.setdefault(key.strip().upper(), []).extend(
            v.strip().strip('"') for v in _split_quoted(values, ",")
        )
    if "QUOTED-PRINTABLE" in (v.upper() for v in params.get("ENCODING", []) + params.get("TYPE", [])):
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        raw_bytes = quopri.decodestring(value.encode("latin-1", errors="replace"))
        try:
            value = raw_bytes.decode(charset, errors="replace")
        except LookupError:
            value = raw_bytes.decode("utf-8", errors="replace")
    return VProperty(name.strip().upper(), value, params, group.lower())


def parse_vcards(text: str) -> list[tuple[int, list[VProperty]]]:
    """(line of BEGIN:VCARD, properties) for each card; a card nested in another (2.1 AGENT)
    is skipped, and a card cut off at the end of the file is kept."""
    cards: list[tuple[int, list[VProperty]]] = []
    current: list[VProperty] | None = None
    start = depth = 0
    for number, line in unfold(text):
        prop = parse_property(line) if line.strip() else None
        if prop is None:
            continue
        marker = prop.value.strip().upper() == "VCARD"
        if prop.name == "BEGIN" and marker:
            depth += 1
            if depth == 1:
                current, start = [], number
        elif prop.name == "END" and marker and depth:
            depth -= 1
            if depth == 0 and current is not None:
                cards.append((start, current))
                current = None
        elif current is not None and depth == 1:
            current.append(prop)
    if current is not None:
        cards.append((start, current))
    return cards


def _preferred(props: list[VProperty], name: str) -> VProperty | None:
    """The PREF=1 (4.0) or TYPE=pref (3.0) one, else the first."""
    found = [p for p in props if p.name == name and p.value.strip()]

    def rank(p: VProperty) -> int:
        pref = (p.params.get("PREF") or [""])[0]
        return int(pref) if pref.isdigit() else (1 if p.has_type("pref") else 101)

    return min(found, key=rank) if found else None


def _text(props: list[VProperty], name: str) -> str:
    prop = _preferred(props, name)
    return unescape(prop.value).strip() if prop else ""


def _components(prop: VProperty | None, count: int) -> list[str]:
    parts = split_unescaped(prop.value, ";") if prop else []
    parts += [""] * (count - len(parts))
    return [" ".join(unescape(v).strip() for v in split_unescaped(p, ",") if v.strip()) for p in parts]


def _address(props: list[VProperty]) -> str:
    prop = _preferred(props, "ADR")
    if prop is None:
        return _text(props, "LABEL")  # vCard 3.0 formatted address
    box, extended, street, town, region, code, country = _components(prop, 7)[:7]
    lines = [box, extended, street, " ".join(p for p in (code, town) if p), region, country]
    address = "\n".join(line for line in lines if line)
    return address or unescape((prop.params.get("LABEL") or [""])[0])


def _organisations(props: list[VProperty]) -> str:
    """A person's "Org (Rôle) | Org" text; a ROLE or TITLE is kept only if it names a known
    role, and it belongs to the ORG of its group (or to the only ORG)."""
    orgs = [p for p in props if p.name == "ORG" and _components(p, 1)[0]]
    roles = {}
    for p in props:
        if p.name in ("ROLE", "TITLE") and (role := parse_role(unescape(p.value))):
            roles.setdefault(p.group, role)
    entries = []
    for org in orgs:
        role = roles.get(org.group) or (roles.get("") if len(orgs) == 1 else None)
        name = _components(org, 1)[0]
        entries.append(f"{name} ({ROLE_LABELS[RoleKind(role)]})" if role else name)
    return " | ".join(entries)


def card_values(line: int, props: list[VProperty]) -> dict[str, str] | RowError:
    """One card as the field texts of an import row."""
    family, given = _components(_preferred(props, "N"), 2)[:2]
    full_name = _text(props, "FN")
    org_name = _components(_preferred(props, "ORG"), 1)[0]
    kind_text = fold(_text(props, "KIND"))
    if kind_text == "group":
        return RowError(
            line, "Fiche de groupe (KIND:group) : seules les personnes et les organisations sont importées."
        )
    if not (family or given or full_name or org_name):
        return RowError(line, "Fiche vCard sans nom : il faut au moins FN, N ou ORG.")
    is_org = (
        kind_text in ("org", "organization")
        or fold(_text(props, "X-ABSHOWAS")) == "company"
        or (bool(org_name) and not (family or given) and fold(full_name) in ("", fold(org_name)))
    )
    values = {
        "email": _text(props, "EMAIL"),
        "phone": re.sub(r"^tel:|;.*$", "", _text(props, "TEL"), flags=re.IGNORECASE),
        "address": _address(props),
        "notes": "\n\n".join(unescape(p.value).strip() for p in props if p.name == "NOTE"),
        "tags": ", ".join(
            unescape(v).strip()
            for p in props
            if p.name == "CATEGORIES"
            for v in split_unescaped(p.value, ",")
        ),
        "website": _text(props, "URL"),
    }
    if is_org:
        values.update(
            kind=ORGANISATION,
            name=org_name or full_name,
            rna=_text(props, X_RNA),
            siret=_text(props, X_SIRET),
            org_kind=_text(props, X_ORG_KIND),
        )
    else:
        if not (family or given):
            given, _, family = full_name.partition(" ")  # "Marie Dupont": first word is the first name
        values.update(kind=PERSON, first_name=given, last_name=family, organisation=_organisations(props))
    return {name: value for name, value in values.items() if value}


def plan_vcard_import(session: Session, text: str, source_name: str = "") -> ImportPlan:
    """The import plan of a .vcf text; each card's line is the line of its BEGIN:VCARD."""
    cards = parse_vcards(text)
    if not cards:
        raise ImportFileError("Aucune fiche vCard dans ce fichier (pas de ligne « BEGIN:VCARD »).")
    rows, errors = [], []
    for line, props in cards:
        outcome = card_values(line, props)
        if isinstance(outcome, RowError):
            errors.append(outcome)
        else:
            rows.append((line, outcome))
    return plan_rows(session, rows, source_name, errors)
