"""`entraide needs` and `entraide offers`: list, add and close our needs and offers from the
command line (`list`, `add`, `close`), and the lines `entraide status` adds about them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.cli.errors import CommandError
from app.cli.output import say, show_date, text_of
from app.cli.store import open_store
from app.db import Database
from app.errors import InvalidInput, NotFound
from app.i18n import QT_TRANSLATE_NOOP, format_count, translate
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

# What --type takes: the NeedKind values in words a user types; the French words of the first
# release are still read, for one release (app/cli/flags.py reads the old option names).
KINDS = {
    "equipment": NeedKind.EQUIPMENT,
    "volunteers": NeedKind.VOLUNTEERS,
    "know-how": NeedKind.KNOW_HOW,
    "room": NeedKind.ROOM,
    "transport": NeedKind.TRANSPORT,
    "other": NeedKind.OTHER,
}
OLD_KINDS = {
    "materiel": "equipment",
    "benevoles": "volunteers",
    "savoir-faire": "know-how",
    "local": "room",
    "autre": "other",
}


@dataclass(frozen=True)
class Words:
    """How the commands speak of a need or an offer (French genders: a sentence each)."""

    none: str
    published: str
    listed: str
    publish: str
    close: str
    not_one: str
    command: str


WORDS = {
    NeedDirection.NEED.value: Words(
        QT_TRANSLATE_NOOP("cli", "Aucun besoin à afficher."),
        QT_TRANSLATE_NOOP("cli", "Besoin publié : « {0} » (identifiant {1})."),
        QT_TRANSLATE_NOOP("cli", "lister les besoins (en cours par défaut)"),
        QT_TRANSLATE_NOOP("cli", "publier un besoin"),
        QT_TRANSLATE_NOOP("cli", "clore un besoin"),
        QT_TRANSLATE_NOOP("cli", "« {0} » n'est pas un besoin."),
        "needs",
    ),
    NeedDirection.OFFER.value: Words(
        QT_TRANSLATE_NOOP("cli", "Aucune proposition à afficher."),
        QT_TRANSLATE_NOOP("cli", "Proposition publiée : « {0} » (identifiant {1})."),
        QT_TRANSLATE_NOOP("cli", "lister les propositions (en cours par défaut)"),
        QT_TRANSLATE_NOOP("cli", "publier une proposition"),
        QT_TRANSLATE_NOOP("cli", "clore une proposition"),
        QT_TRANSLATE_NOOP("cli", "« {0} » n'est pas une proposition."),
        "offers",
    ),
}


def _day(text: str) -> date:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        translate("cli", "date invalide : « {0} » (JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 14/03/2027)").format(
            text
        )
    )


def _quantity(text: str) -> int:
    try:
        return int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            translate("cli", "quantité invalide : « {0} » (un nombre entier)").format(text)
        ) from error


def _kind(text: str) -> str:
    return OLD_KINDS.get(text, text)


def _configure(direction: str) -> Callable[[argparse.ArgumentParser], None]:
    words = WORDS[direction]

    def configure(parser: argparse.ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", metavar="ACTION")
        shown = actions.add_parser("list", help=translate("cli", words.listed))
        shown.add_argument(
            "--all",
            action="store_true",
            help=translate("cli", "aussi ceux qui sont pourvus, expirés ou retirés"),
        )
        shown.add_argument(
            "--ours", action="store_true", help=translate("cli", "seulement ceux de notre association")
        )
        shown.add_argument(
            "--network", action="store_true", help=translate("cli", "seulement ceux des autres associations")
        )
        shown.add_argument(
            "--type", type=_kind, choices=list(KINDS), help=translate("cli", "seulement ce type")
        )
        add = actions.add_parser("add", help=translate("cli", words.publish))
        add.add_argument(
            "--title",
            required=True,
            metavar=translate("cli", "TITRE"),
            help=translate("cli", "ce qu'il faut, en une ligne"),
        )
        add.add_argument(
            "--type",
            type=_kind,
            choices=list(KINDS),
            default="other",
            help=translate("cli", "type (par défaut : other)"),
        )
        add.add_argument(
            "--description",
            default="",
            metavar=translate("cli", "TEXTE"),
            help=translate("cli", "les détails"),
        )
        where = add.add_mutually_exclusive_group()
        where.add_argument(
            "--place",
            default="",
            metavar=translate("cli", "LIEU"),
            help=translate("cli", "commune : nom ou code postal (Lyon 7e, 69007)"),
        )
        where.add_argument(
            "--remote", action="store_true", help=translate("cli", "possible à distance (sans lieu)")
        )
        add.add_argument(
            "--date",
            metavar="DATE",
            type=_day,
            help=translate("cli", "le jour (JJ/MM/AAAA), ou le premier jour avec --until"),
        )
        add.add_argument("--until", type=_day, metavar="DATE", help=translate("cli", "le dernier jour"))
        add.add_argument(
            "--recurring",
            default="",
            metavar=translate("cli", "QUAND"),
            help=translate("cli", "régulier : « le week-end », …"),
        )
        add.add_argument(
            "--quantity", type=_quantity, metavar="N", help=translate("cli", "combien (personnes, objets…)")
        )
        add.add_argument(
            "--contact",
            default="",
            metavar=translate("cli", "NOM"),
            help=translate("cli", "la personne à contacter"),
        )
        add.add_argument("--phone", default="", metavar=translate("cli", "TÉLÉPHONE"))
        add.add_argument("--email", default="", metavar="E-MAIL")
        add.add_argument(
            "--expires",
            metavar="DATE",
            type=_day,
            help=translate("cli", "date d'expiration (par défaut : la fin, ou 3 mois)"),
        )
        add.add_argument(
            "--associations",
            default="",
            metavar=translate("cli", "NOMS"),
            help=translate(
                "cli", "le montrer seulement à ces associations du réseau (noms séparés par des virgules)"
            ),
        )
        close = actions.add_parser("close", help=translate("cli", words.close))
        close.add_argument(
            "id",
            metavar="ID",
            help=translate("cli", "identifiant (complet, ou au moins ses 8 derniers caractères)"),
        )
        how = close.add_mutually_exclusive_group()
        how.add_argument(
            "--met", action="store_true", help=translate("cli", "il a trouvé réponse (par défaut)")
        )
        how.add_argument(
            "--withdrawn", action="store_true", help=translate("cli", "il est retiré sans suite")
        )

    return configure


def _run(direction: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        if args.action is None:
            raise CommandError(
                translate("cli", "précisez une action : entraide {0} list | add | close.").format(
                    WORDS[direction].command
                )
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
        return translate("cli", "sans date")
    if row.end_date and row.end_date != row.start_date:
        return translate("cli", "du {0} au {1}").format(show_date(row.start_date), show_date(row.end_date))
    return translate("cli", "le {0}").format(show_date(row.start_date))


def _list(database: Database, args: argparse.Namespace, direction: str) -> int:
    wanted = listing.NeedFilter(
        direction=direction,
        kind=KINDS[args.type].value if args.type else None,
        status=None if args.all else listing.LIVE_FILTER,
        scope=listing.OURS if args.ours else (listing.NETWORK if args.network else None),
    )
    rows = database.run(listing.need_rows, wanted)
    if not rows:
        say(translate("cli", WORDS[direction].none))
        return 0
    for row in rows:
        kind = text_of(r.KIND_LABELS[NeedKind(row.kind)])
        status = text_of(r.STATUS_LABELS[NeedStatus(row.status)]).lower()
        place = translate("cli", "à distance") if row.remote else row.place
        who = translate("cli", "nous") if row.ours else row.owner_name
        print(f"[{status}] {row.title} · {kind} · {place} · {_when(row)} · {who} · {row.id[-12:]}")
    return 0


def _audience(session: Session, names: str) -> list[str]:
    wanted = [fold(name) for name in names.split(",") if name.strip()]
    members = {fold(m.name): m.id for m in session.query(NetworkAssociation)}
    unknown = [name for name in wanted if name not in members]
    if unknown:
        raise CommandError(
            translate(
                "cli",
                "association inconnue du réseau : « {0} ». Les noms viennent de la liste du hub "
                "(synchronisez d'abord).",
            ).format(unknown[0])
        )
    return [members[name] for name in wanted]


def _add(database: Database, args: argparse.Namespace, direction: str) -> int:
    timing = (
        NeedTiming.RECURRING if args.recurring else (NeedTiming.ONE_OFF if args.date else NeedTiming.OPEN)
    )

    def write(session: Session) -> str:
        audience = _audience(session, args.associations) if args.associations else []
        data = r.NeedFields(
            direction=direction,
            kind=KINDS[args.type].value,
            title=args.title,
            description=args.description,
            timing=timing.value,
            start_date=args.date,
            end_date=args.until,
            recurrence=args.recurring,
            remote=args.remote,
            place=args.place,
            quantity=args.quantity,
            contact_name=args.contact,
            contact_phone=args.phone,
            contact_email=args.email,
            expires_on=args.expires,
            visibility=(NeedVisibility.ASSOCIATIONS if audience else NeedVisibility.NETWORK).value,
            audience_ids=audience,
        )
        return r.create_need(session, data)

    try:
        made = database.run(write)
    except InvalidInput as error:
        raise CommandError(" ".join(text_of(text) for text in error.errors.values())) from error
    say(translate("cli", WORDS[direction].published).format(args.title.strip(), made[-12:]))
    return 0


def _close(database: Database, args: argparse.Namespace, direction: str) -> int:
    status = NeedStatus.WITHDRAWN if args.withdrawn else NeedStatus.MET

    def write(session: Session) -> str:
        try:
            need_id = find_record_id(session, Need, args.id)
        except NotFound as error:
            raise CommandError(
                translate(
                    "cli", "introuvable : « {0} ». Copiez l'identifiant affiché par entraide {1} list."
                ).format(args.id, WORDS[direction].command)
            ) from error
        record = r.load(session, need_id)
        if record.direction != direction:
            raise CommandError(translate("cli", WORDS[direction].not_one).format(args.id))
        r.close_need(session, need_id, status.value)
        return record.title

    try:
        title = database.run(write)
    except InvalidInput as error:
        raise CommandError(" ".join(text_of(text) for text in error.errors.values())) from error
    say(translate("cli", "« {0} » : {1}.").format(title, text_of(r.STATUS_LABELS[status]).lower()))
    return 0


def status_lines(database: Database) -> list[str]:
    """What `entraide status` says of needs and offers: new matches, responses to answer."""
    matches = database.run(alerts.unseen)
    waiting = database.run(response_lines.waiting_for_us)
    lines = []
    if matches:
        lines.append(translate("cli", "Nouvelles correspondances pour nos besoins et propositions :"))
        for line in matches:
            who = f" ({line.owner_name})" if line.owner_name else ""
            score = translate("cli", "score {0}").format(line.score)
            match = translate("cli", "« {0} » ← {1}").format(line.posting_title, line.candidate_title)
            lines.append(f"  - {match}{who}, {score}")
    if waiting:
        lines.append(
            translate("cli", "Réponses qui attendent notre décision : {0}").format(format_count(len(waiting)))
        )
        for reply in waiting:
            said = translate("cli", "{0} pour « {1} » ({2})")
            lines.append("  - " + said.format(reply.other_name, reply.target_title, reply.contact_name))
    return lines


COMMANDS = {
    "needs": (
        QT_TRANSLATE_NOOP("cli", "nos besoins et ceux du réseau : list, add, close"),
        _configure(NeedDirection.NEED.value),
        _run(NeedDirection.NEED.value),
    ),
    "offers": (
        QT_TRANSLATE_NOOP("cli", "nos propositions et celles du réseau : list, add, close"),
        _configure(NeedDirection.OFFER.value),
        _run(NeedDirection.OFFER.value),
    ),
}
