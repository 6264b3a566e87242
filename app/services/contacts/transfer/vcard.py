"""Reading vCard 4.0 (and 3.0 / 2.1 as phones write them) into import rows.

Every e-mail and phone of a card is kept: the preferred one in the contact, the others in its
notes (a contact holds one of each), with a warning. A card cut short (no END:VCARD) or a line
that is not a property is reported with its line number; what can be read is imported."""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from app.services.contacts.transfer.import_run import SourceRow
from app.services.contacts.transfer.issues import Issue
from app.services.contacts.transfer.mapping import known_role
from app.services.contacts.transfer.row_check import ORGANISATION, PERSON
from app.services.contacts.transfer.tables import ImportFileError
from app.text import fold

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Entraide's own extensions, so that an export re-imports without loss.
X_RNA, X_SIRET, X_ORG_KIND = "X-ENTRAIDE-RNA", "X-ENTRAIDE-SIRET", "X-ENTRAIDE-ORG-KIND"
_NOT_KEPT = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})


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
    """Logical lines of a text with the physical line where each starts (see logical_lines)."""
    return list(logical_lines(_LINE_BREAK.split(text)))


def logical_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Logical lines with the physical line where each starts, read as they come. The line after
    a quoted-printable "=" (2.1) continues the previous one, a space it begins with being text;
    otherwise a line beginning with a space or a tab continues the previous one (folding)."""
    start, parts = 0, list[str]()
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if parts:
            if parts[-1].endswith("=") and _is_quoted_printable(parts[0]):
                parts[-1] = parts[-1][:-1]
                parts.append(line)
                continue
            if line[:1] in (" ", "\t"):
                parts.append(line[1:])  # a photo is hundreds of these: joined once, at the end
                continue
            yield start, "".join(parts)
        start, parts = number, [line]
    if parts:
        yield start, "".join(parts)


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
    parts, current, quoted = list[str](), list[str](), False
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


@dataclass
class Card:
    line: int  # where BEGIN:VCARD is
    props: list[VProperty] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def parse_vcards(text: str) -> list[Card]:
    return list(iter_cards(unfold(text)))


def iter_cards(logical: Iterable[tuple[int, str]]) -> Iterator[Card]:
    """The cards, in order, one at a time. A card nested in another (2.1 AGENT) is skipped; a card
    cut off (by the end of the file or by the next BEGIN:VCARD) is kept and reported. Pictures and
    keys are not kept: a contact has no place for them, and a phone's export is mostly photos."""
    current: Card | None = None
    depth = 0
    previous = ""
    for number, line in logical:
        if not line.strip():
            continue
        prop = parse_property(line)
        if prop is None:
            if current is not None and depth == 1:
                current.issues.append(Issue(number, "card_bad_line", "", line.strip()[:80]))
            continue
        marker = prop.value.strip().upper() == "VCARD"
        if prop.name == "BEGIN" and marker:
            if depth >= 1 and previous != "AGENT" and current is not None:
                current.issues.append(Issue(current.line, "card_truncated"))
                yield current
                current, depth = None, 0
            depth += 1
            if depth == 1:
                current = Card(number)
        elif prop.name == "END" and marker and depth:
            depth -= 1
            if depth == 0 and current is not None:
                yield current
                current = None
        elif current is not None and depth == 1 and prop.name not in _NOT_KEPT:
            current.props.append(prop)
        previous = prop.name
    if current is not None:
        current.issues.append(Issue(current.line, "card_truncated"))
        yield current


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
    """A person's "Org (Rôle) | Org" text: a ROLE or TITLE belongs to the ORG of its group (or
    to the only ORG); one outside our list of roles is kept as a title ("Autre : …")."""
    orgs = [p for p in props if p.name == "ORG" and _components(p, 1)[0]]
    roles: dict[str, str] = {}
    for p in props:
        if p.name in ("ROLE", "TITLE") and unescape(p.value).strip():
            roles.setdefault(p.group, unescape(p.value).strip())
    entries = []
    for org in orgs:
        role = roles.get(org.group) or (roles.get("") if len(orgs) == 1 else None)
        name = _components(org, 1)[0]
        if role:
            entries.append(f"{name} ({role if known_role(role) else 'Autre : ' + role})")
        else:
            entries.append(name)
    return " | ".join(entries)


def _all(props: list[VProperty], name: str) -> list[str]:
    """Every value of a property, the preferred one first."""
    first = _preferred(props, name)
    values = [unescape(first.value).strip()] if first else []
    values += [unescape(p.value).strip() for p in props if p.name == name and p is not first]
    return [v for v in dict.fromkeys(values) if v]


def card_values(card: Card) -> dict[str, str | list[str]] | Issue:
    """One card as the field texts of an import row."""
    props = card.props
    family, given = _components(_preferred(props, "N"), 2)[:2]
    full_name = _text(props, "FN")
    org_name = _components(_preferred(props, "ORG"), 1)[0]
    kind_text = fold(_text(props, "KIND"))
    if kind_text == "group":
        return Issue(card.line, "card_group", "KIND", "group")
    is_org = (
        kind_text in ("org", "organization")
        or fold(_text(props, "X-ABSHOWAS")) == "company"
        or (bool(org_name) and not (family or given) and fold(full_name) in ("", fold(org_name)))
    )
    values: dict[str, str | list[str]] = {
        "email": _all(props, "EMAIL"),
        "phone": [re.sub(r"^tel:|;.*$", "", t, flags=re.IGNORECASE) for t in _all(props, "TEL")],
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
        website = values.pop("website", "")
        if website:  # a person's own page: an organisation's site it is not
            notes = values.get("notes", "")
            notes = notes if isinstance(notes, str) else "\n".join(notes)
            values["notes"] = "\n".join(n for n in (notes, f"Site : {website}") if n)
    return {name: value for name, value in values.items() if value}


def _label(props: list[VProperty]) -> str:
    """What tells a card apart in a report: its name, else its organisation, e-mail or phone."""
    name = _text(props, "FN") or " ".join(p for p in reversed(_components(_preferred(props, "N"), 2)) if p)
    return name or _components(_preferred(props, "ORG"), 1)[0] or _text(props, "EMAIL") or _text(props, "TEL")


def vcard_rows(text: str) -> list[SourceRow]:
    return list(card_rows(unfold(text)))


def card_rows(logical: Iterable[tuple[int, str]]) -> Iterator[SourceRow]:
    """The import rows of a .vcf, a card at a time; each card's line is its BEGIN:VCARD's. Raises
    ImportFileError at the end when the text held no card at all."""
    found = False
    for card in iter_cards(logical):
        found = True
        outcome, cells = card_values(card), [_label(card.props)]  # the report names the card
        if isinstance(outcome, Issue):
            yield SourceRow(card.line, {}, cells, [*card.issues, outcome])
        else:
            yield SourceRow(card.line, outcome, cells, card.issues)
    if not found:
        raise ImportFileError("no_vcard")
