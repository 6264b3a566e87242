"""The contacts part of the demo: organisations, roles, people and consents.

Each `make_*` function is one step of app.demo.generator.STEPS: it draws from
`ctx.rng` and hands rows to `ctx.add`, with values exactly as
app.services.contacts.records.fields.check_contact would store them.
"""

from __future__ import annotations

import functools
import random
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.demo import words as d
from app.models import Consent, ContactKind, Organisation, OrganisationKind, Person, Role, RoleKind
from app.services.contacts.fields import person_display_name
from app.services.validation import make_siret
from app.text import fold, join_tags

if TYPE_CHECKING:
    from app.demo.context import DemoContext


def organisation_count(size: int) -> int:
    return size // 5


def people_count(size: int) -> int:
    return size - organisation_count(size)


# --- small makers ------------------------------------------------------------

_STOP_WORDS = frozenset(
    {
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "et",
        "pour",
        "en",
        "au",
        "aux",
        "a",
    }
)
_MOBILE_PREFIXES = tuple("6" + c for c in "01245678") + tuple("7" + c for c in "3456789")
# Second digit allowed after each landline zone (phonenumbers' FR fixed-line metadata).
_LANDLINE_SECOND = {
    "1": "0123456789",
    "2": "012345789",
    "3": "0123456789",
    "4": "123456789",
    "5": "012345678",
}


def mobile(rng: random.Random) -> str:
    return f"+33{rng.choice(_MOBILE_PREFIXES)}{rng.randrange(10**7):07d}"


def landline(rng: random.Random, postcode: str) -> str:
    zone = d.landline_zone(postcode)
    return f"+33{zone}{rng.choice(_LANDLINE_SECOND[zone])}{rng.randrange(10**7):07d}"


def address(rng: random.Random, town: str, postcode: str, venue: bool = False) -> str:
    number = rng.randint(1, 120)
    bis = " bis" if rng.random() < 0.05 else ""
    street = f"{number}{bis} {rng.choice(d.STREET_KINDS)} {rng.choice(d.STREET_NAMES)}"
    if venue:
        street = f"{rng.choice(d.VENUES)}, {street}"
    return f"{street}, {postcode} {town}"


def pick_town(rng: random.Random) -> tuple[str, str]:
    """(town, postcode): half from real towns, half from made-up small communes."""
    town, postcode = rng.choice(d.TOWNS if rng.random() < 0.5 else d.COMMUNES)
    return town, postcode


def of_town(town: str) -> str:
    """French "de" before a town name: "de Lyon", "d'Angers", "du Mans", "des Ulis"."""
    if town.startswith("Le "):
        return "du " + town[3:]
    if town.startswith("Les "):
        return "des " + town[4:]
    if town[0] in "AEIOUYÉÈÊÂÎÔ":
        return "d'" + town
    return "de " + town


@functools.cache  # names come from short lists: fold each once, not once per row
def fold_word(text: str) -> str:
    return fold(text)


@functools.cache
def ascii_word(text: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", fold(text).replace(" ", ""))


def slug(name: str) -> str:
    """A web-domain-like slug: "Association sportive de Villeurbanne" -> "as-villeurbanne"."""
    words = [w for w in re.findall(r"[a-z0-9]+", fold(name)) if w not in _STOP_WORDS] or ["asso"]
    joined = "-".join(words)
    if len(joined) > 24 and len(words) > 1:
        joined = "".join(w[0] for w in words[:-1]) + "-" + words[-1]
    return joined


def siret(ctx: DemoContext) -> str:
    while True:
        siren8 = f"{ctx.rng.randrange(10**7, 10**8)}"
        if siren8 not in ctx.used_sirens and siren8 != "35600000":  # 356000000 is La Poste's
            ctx.used_sirens.add(siren8)
            return make_siret(siren8, f"{ctx.rng.randint(1, 5):04d}")


def pick_tags(rng: random.Random, base: tuple[str, ...], pool: tuple[str, ...], extra: int) -> str | None:
    tags = list(base)
    for _ in range(extra):
        tag = rng.choice(pool)
        if tag not in tags:
            tags.append(tag)
    return join_tags(tags) or None


# --- organisations -------------------------------------------------------------

_ORG_KINDS = (
    (OrganisationKind.ASSOCIATION.value, 0.75, d.ASSOCIATION_PATTERNS),
    (OrganisationKind.LOCAL_AUTHORITY.value, 0.10, d.COLLECTIVITE_PATTERNS),
    (OrganisationKind.COMPANY.value, 0.10, d.ENTREPRISE_PATTERNS),
    (OrganisationKind.FOUNDATION.value, 0.05, d.FONDATION_PATTERNS),
)


def organisation_name(
    ctx: DemoContext, patterns: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[str, tuple[str, ...], str, str]:
    """(name, themes, town, postcode). Retries avoid exact duplicates; the last one adds the town."""
    rng = ctx.rng
    for attempt in range(10):
        town, postcode = pick_town(rng)
        template, themes = rng.choice(patterns)
        name = template.format(
            de_town=of_town(town),
            town=town,
            quartier=rng.choice(d.QUARTIERS),
            thing=rng.choice(d.THINGS),
            nice=rng.choice(d.NICE_NAMES),
            surname=rng.choice(d.LAST_NAMES),
            first=rng.choice(d.FIRST_NAMES),
            cause=rng.choice(d.CAUSES),
        )
        if attempt == 9 and town not in name:
            name = f"{name} ({town})"
        if name not in ctx.used_names:
            break
    ctx.used_names.add(name)  # an exact duplicate may remain, as in real address books
    return name, themes, town, postcode


def make_organisations(ctx: DemoContext) -> None:
    rng = ctx.rng
    kinds = [k for k, _, _ in _ORG_KINDS]
    weights = [w for _, w, _ in _ORG_KINDS]
    patterns = {k: p for k, _, p in _ORG_KINDS}
    for _ in range(organisation_count(ctx.size)):
        kind = rng.choices(kinds, weights)[0]
        name, themes, town, postcode = organisation_name(ctx, patterns[kind])
        is_asso = kind == OrganisationKind.ASSOCIATION.value
        label = slug(name.split(" (")[0])
        if kind == OrganisationKind.LOCAL_AUTHORITY.value:
            domain = f"ville-{slug(town)}.fr"
        else:
            domain = f"{label}{rng.choice(('.fr', '.org', '.asso.fr') if is_asso else ('.fr', '.com'))}"
        email = None
        if rng.random() < 0.9:
            use_gmail = is_asso and rng.random() < 0.3
            email = f"{label.replace('-', '.')}@gmail.com" if use_gmail else f"contact@{domain}"
        site_odds = {"association": 0.45, "entreprise": 0.7}.get(kind, 0.95)
        phone = None
        if rng.random() < 0.8:
            phone = mobile(rng) if is_asso and rng.random() < 0.2 else landline(rng, postcode)
        rna = None
        if is_asso and rng.random() < 0.92:
            rna = f"W{postcode[:2]}{rng.randrange(10)}{rng.randrange(10**6):06d}"
        partner = (rng.choice(d.PARTNER_TAGS),) if rng.random() < 0.4 else ()
        row = ctx.record(
            kind=ContactKind.ORGANISATION.value,
            display_name=name,
            sort_key=fold(name),
            email=email,
            phone=phone,
            address=address(rng, town, postcode, venue=is_asso) if rng.random() < 0.95 else None,
            tags=pick_tags(rng, themes + partner, d.THEMES, rng.randint(0, 1)),
            notes=rng.choice(d.NOTES[-3:]) if rng.random() < 0.05 else None,
            org_kind=kind,
            rna=rna,
            siret=siret(ctx) if not is_asso or rng.random() < 0.55 else None,
            website=(f"https://www.{domain}" if rng.random() < site_odds else None),
        )
        ctx.organisations.append((row["id"], kind))
        ctx.add(Organisation, row)


# --- people --------------------------------------------------------------------


def person_email(rng: random.Random, first: str, last: str) -> str:
    first_a, last_a = ascii_word(first), ascii_word(last)
    local = rng.choice(
        (
            f"{first_a}.{last_a}",
            f"{first_a}.{last_a}",
            f"{first_a[0]}{last_a}",
            f"{first_a}{last_a}{rng.randint(1, 99)}",
            f"{first_a}-{last_a}",
        )
    )
    return f"{local}@{rng.choice(d.EMAIL_PROVIDERS)}"


def make_people(ctx: DemoContext) -> None:
    rng = ctx.rng
    for person_id in ctx.people:
        first, last = rng.choice(d.FIRST_NAMES), rng.choice(d.LAST_NAMES)
        town, postcode = pick_town(rng)
        phone = None
        if rng.random() < 0.7:
            phone = mobile(rng) if rng.random() < 0.8 else landline(rng, postcode)
        tags = None
        if rng.random() < 0.35:
            tags = pick_tags(rng, (rng.choice(d.PERSON_TAGS),), d.THEMES, rng.randint(0, 1))
        row = ctx.record(
            id=person_id,
            kind=ContactKind.PERSON.value,
            display_name=person_display_name(first, last),
            sort_key=f"{fold_word(last)} {fold_word(first)}",
            first_name=first,
            last_name=last,
            email=person_email(rng, first, last) if rng.random() < 0.75 else None,
            phone=phone,
            address=address(rng, town, postcode) if rng.random() < 0.5 else None,
            tags=tags,
            notes=rng.choice(d.NOTES) if rng.random() < 0.05 else None,
        )
        ctx.add(Person, row)


# --- roles ---------------------------------------------------------------------


def _role(
    ctx: DemoContext,
    person: str,
    org: str,
    role: str,
    *,
    title: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> None:
    ctx.add(
        Role,
        ctx.record(
            person_id=person, organisation_id=org, role=role, title=title, start_date=start, end_date=end
        ),
    )


def association_roles(ctx: DemoContext, org: str) -> None:
    """A current president and treasurer always; often a secretary, volunteers, a past president."""
    rng = ctx.rng
    wanted = 2 + (rng.random() < 0.7) + (rng.random() < 0.35) + rng.randint(0, 4)
    chosen = rng.sample(ctx.people, min(wanted, len(ctx.people)))
    while len(chosen) < 2:  # a tiny demo: one person may hold both offices
        chosen.append(rng.choice(ctx.people))
    president, treasurer, *others = chosen
    start = ctx.days_ago(30, 8 * 365)
    _role(ctx, president, org, RoleKind.PRESIDENT.value, start=start)
    if rng.random() < 0.3:
        before = start - timedelta(days=1)
        _role(
            ctx,
            rng.choice(ctx.people),
            org,
            RoleKind.PRESIDENT.value,
            start=before - timedelta(days=rng.randint(365, 6 * 365)),
            end=before,
        )
    _role(ctx, treasurer, org, RoleKind.TREASURER.value, start=ctx.days_ago(30, 6 * 365))
    kinds = [RoleKind.SECRETARY.value, RoleKind.EQUIPMENT_OFFICER.value]
    for person in others:
        kind = kinds.pop(0) if kinds and rng.random() < 0.6 else RoleKind.VOLUNTEER.value
        start = ctx.days_ago(60, 10 * 365)
        end = None
        if kind == RoleKind.VOLUNTEER.value and rng.random() < 0.15:
            end = start + timedelta(days=rng.randint(1, (ctx.today - start).days - 1))
        _role(ctx, person, org, kind, start=start, end=end)


_TITLES = {
    OrganisationKind.LOCAL_AUTHORITY.value: d.COLLECTIVITE_TITLES,
    OrganisationKind.COMPANY.value: d.ENTREPRISE_TITLES,
    OrganisationKind.FOUNDATION.value: d.FONDATION_TITLES,
}


def make_roles(ctx: DemoContext) -> None:
    if not ctx.people:
        return
    for org, kind in ctx.organisations:
        if kind == OrganisationKind.ASSOCIATION.value:
            association_roles(ctx, org)
            continue
        for _ in range(ctx.rng.randint(1, 2)):
            _role(
                ctx,
                ctx.rng.choice(ctx.people),
                org,
                RoleKind.OTHER.value,
                title=ctx.rng.choice(_TITLES[kind]),
                start=ctx.days_ago(30, 5 * 365),
            )


# --- consents ------------------------------------------------------------------


def make_consents(ctx: DemoContext) -> None:
    rng = ctx.rng
    for person in ctx.people:
        if rng.random() >= 0.55:
            continue
        purposes = [d.CONSENT_PURPOSES[0]]
        if rng.random() < 0.2:
            purposes.append(rng.choice(d.CONSENT_PURPOSES[3:]))
        for purpose in purposes:
            given = ctx.days_ago(0, 5 * 365)
            withdrawn = None
            if rng.random() < 0.08 and given < ctx.today:
                withdrawn = given + timedelta(days=rng.randint(1, (ctx.today - given).days))
            ctx.add(
                Consent,
                ctx.record(
                    person_id=person,
                    purpose=purpose,
                    given_on=given,
                    source=rng.choice(d.CONSENT_SOURCES),
                    withdrawn_on=withdrawn,
                ),
            )
