"""`entraide needs` and `entraide offers`: list, add and close our needs and offers from the
command line (`list`, `add`, `close`), and the lines `entraide status` adds about them."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.cli.errors import CommandError
from app.cli.output import say, text_of
from app.cli.store import open_store
from app.db import Database
from app.errors import InvalidInput, NotFound
from app.models import (
    Need,
    NeedDirection,
    NeedKind,
    NeedStatus,
    NeedTiming,
    NeedVisibility,
    NetworkAssociation,
)
from app.services.needs import alerts, listing, response_lines
from app.services.needs import records as r
from app.services.record_ids import find_record_id
from app.text import fold

KINDS = {
    "materiel": NeedKind.EQUIPMENT,
    "benevoles": NeedKind.VOLUNTEERS,
    "savoir-faire": NeedKind.KNOW_HOW,
    "local": NeedKind.ROOM,
    "transport": NeedKind.TRANSPORT,
    "autre": NeedKind.OTHER,
}


@dataclass(frozen=True)
class Words:
    """How the commands speak of a need or an offer (French genders)."""

    one: str  # "un besoin"
    many: str  # "besoins"
    none: str
    published: str
    command: str


WORDS = {
    NeedDirection.NEED.value: Words(
        "un besoin", "besoins", "Aucun besoin à afficher.", "Besoin publié", "needs"
    ),
    NeedDirection.OFFER.value: Words(
        "une proposition", "propositions", "Aucune proposition à afficher.", "Proposition publiée", "offers"
    ),
}


def _day(text: str) -> date:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"date invalide : « {text} » (JJ/MM/AAAA, par exemple 14/03/2027)")


def _quantity(text: str) -> int:
    try:
        return int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"quantité invalide : « {text} » (un nombre entier)") from error


def _configure(direction: str):
    words = WORDS[direction]

    def configure(parser: argparse.ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", metavar="ACTION")
        shown = actions.add_parser("list", help=f"lister les {words.many} (en cours par défaut)")
        shown.add_argument(
            "--tous", action="store_true", help="aussi ceux qui sont pourvus, expirés ou retirés"
        )
        shown.add_argument("--nos", action="store_true", help="seulement ceux de notre association")
        shown.add_argument("--reseau", action="store_true", help="seulement ceux des autres associations")
        shown.add_argument("--type", choices=sorted(KINDS), help="seulement ce type")
        add = actions.add_parser("add", help=f"publier {words.one}")
        add.add_argument("--titre", required=True, help="ce qu'il faut, en une ligne")
        add.add_argument("--type", choices=sorted(KINDS), default="autre", help="type (par défaut : autre)")
        add.add_argument("--description", default="", help="les détails")
        where = add.add_mutually_exclusive_group()
        where.add_argument("--lieu", default="", help="commune : nom ou code postal (Lyon 7e, 69007)")
        where.add_argument("--a-distance", action="store_true", help="possible à distance (sans lieu)")
        add.add_argument("--date", type=_day, help="le jour (JJ/MM/AAAA), ou le premier jour avec --au")
        add.add_argument("--au", type=_day, help="le dernier jour")
        add.add_argument("--regulier", default="", metavar="QUAND", help="régulier : « le week-end », …")
        add.add_argument("--quantite", type=_quantity, help="combien (personnes, objets…)")
        add.add_argument("--contact", default="", help="la personne à contacter")
        add.add_argument("--telephone", default="")
        add.add_argument("--email", default="")
        add.add_argument("--expire", type=_day, help="date d'expiration (par défaut : la fin, ou 3 mois)")
        add.add_argument(
            "--associations",
            default="",
            metavar="NOMS",
            help="le montrer seulement à ces associations du réseau (noms séparés par des virgules)",
        )
        close = actions.add_parser("close", help=f"clore {words.one}")
        close.add_argument(
            "id", metavar="ID", help="identifiant (entier, ou au moins ses 8 derniers caractères)"
        )
        how = close.add_mutually_exclusive_group()
        how.add_argument("--pourvu", action="store_true", help="il a trouvé réponse (par défaut)")
        how.add_argument("--retire", action="store_true", help="il est retiré sans suite")

    return configure


def _run(direction: str):
    def run(args: argparse.Namespace) -> int:
        if args.action is None:
            raise CommandError(
                f"précisez une action : entraide {WORDS[direction].command} list | add | close."
            )
        database = open_store(args)
        try:
            return {"list": _list, "add": _add, "close": _close}[args.action](database, args, direction)
        finally:
            database.close()

    return run


def _when(row: listing.NeedRow) -> str:
    if row.timing == NeedTiming.RECURRING.value:
        return row.recurrence
    if row.start_date is None:
        return "sans date"
    if row.end_date and row.end_date != row.start_date:
        return f"du {row.start_date:%d/%m/%Y} au {row.end_date:%d/%m/%Y}"
    return f"le {row.start_date:%d/%m/%Y}"


def _list(database: Database, args: argparse.Namespace, direction: str) -> int:
    wanted = listing.NeedFilter(
        direction=direction,
        kind=KINDS[args.type].value if args.type else None,
        status=None if args.tous else listing.LIVE_FILTER,
        scope=listing.OURS if args.nos else (listing.NETWORK if args.reseau else None),
    )
    rows = database.run(listing.need_rows, wanted)
    if not rows:
        say(WORDS[direction].none)
        return 0
    for row in rows:
        kind = text_of(r.KIND_LABELS[NeedKind(row.kind)])
        status = text_of(r.STATUS_LABELS[NeedStatus(row.status)]).lower()
        place = "à distance" if row.remote else row.place
        who = "nous" if row.ours else row.owner_name
        print(f"[{status}] {row.title} · {kind} · {place} · {_when(row)} · {who} · {row.id[-12:]}")
    return 0


def _audience(session: Session, names: str) -> list[str]:
    wanted = [fold(name) for name in names.split(",") if name.strip()]
    members = {fold(m.name): m.id for m in session.query(NetworkAssociation)}
    unknown = [name for name in wanted if name not in members]
    if unknown:
        raise CommandError(
            f"association inconnue du réseau : « {unknown[0]} ». Les noms viennent de la liste du hub "
            "(synchronisez d'abord)."
        )
    return [members[name] for name in wanted]


def _add(database: Database, args: argparse.Namespace, direction: str) -> int:
    timing = NeedTiming.RECURRING if args.regulier else (NeedTiming.ONE_OFF if args.date else NeedTiming.OPEN)

    def write(session: Session) -> str:
        audience = _audience(session, args.associations) if args.associations else []
        data = r.NeedFields(
            direction=direction,
            kind=KINDS[args.type].value,
            title=args.titre,
            description=args.description,
            timing=timing.value,
            start_date=args.date,
            end_date=args.au,
            recurrence=args.regulier,
            remote=args.a_distance,
            place=args.lieu,
            quantity=args.quantite,
            contact_name=args.contact,
            contact_phone=args.telephone,
            contact_email=args.email,
            expires_on=args.expire,
            visibility=(NeedVisibility.ASSOCIATIONS if audience else NeedVisibility.NETWORK).value,
            audience_ids=audience,
        )
        return r.create_need(session, data)

    try:
        made = database.run(write)
    except InvalidInput as error:
        raise CommandError(" ".join(text_of(text) for text in error.errors.values())) from error
    say(f"{WORDS[direction].published} : « {args.titre.strip()} » (identifiant {made[-12:]}).")
    return 0


def _close(database: Database, args: argparse.Namespace, direction: str) -> int:
    status = NeedStatus.WITHDRAWN if args.retire else NeedStatus.MET

    def write(session: Session) -> str:
        try:
            need_id = find_record_id(session, Need, args.id)
        except NotFound as error:
            raise CommandError(
                f"introuvable : « {args.id} ». Copiez l'identifiant affiché par "
                f"entraide {WORDS[direction].command} list."
            ) from error
        record = r.load(session, need_id)
        if record.direction != direction:
            raise CommandError(f"« {args.id} » n'est pas {WORDS[direction].one}.")
        r.close_need(session, need_id, status.value)
        return record.title

    try:
        title = database.run(write)
    except InvalidInput as error:
        raise CommandError(" ".join(text_of(text) for text in error.errors.values())) from error
    say(f"« {title} » : {text_of(r.STATUS_LABELS[status]).lower()}.")
    return 0


def status_lines(database: Database) -> list[str]:
    """What `entraide status` says of needs and offers: new matches, responses to answer."""
    matches = database.run(alerts.unseen)
    waiting = database.run(response_lines.waiting_for_us)
    lines = []
    if matches:
        lines.append("Nouvelles correspondances pour nos besoins et propositions :")
        for line in matches:
            who = f" ({line.owner_name})" if line.owner_name else ""
            lines.append(f"  - « {line.posting_title} » ← {line.candidate_title}{who}, score {line.score}")
    if waiting:
        lines.append(f"Réponses qui attendent notre décision : {len(waiting)}")
        for reply in waiting:
            lines.append(f"  - {reply.other_name} pour « {reply.target_title} » ({reply.contact_name})")
    return lines


COMMANDS = {
    "needs": (
        "nos besoins et ceux du réseau : list, add, close",
        _configure(NeedDirection.NEED.value),
        _run(NeedDirection.NEED.value),
    ),
    "offers": (
        "nos propositions et celles du réseau : list, add, close",
        _configure(NeedDirection.OFFER.value),
        _run(NeedDirection.OFFER.value),
    ),
}
