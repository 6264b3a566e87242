"""The needs and offers part of the demo: ours and the network partners', made to meet what the
demo holds already, so that the section opens on suggestions with their reasons:

- our need of an item a partner lends (its very name), free on the day, and a partner's response
  putting it forward, waiting for our decision;
- our need of volunteers, which our people (tagged or holding a volunteer role) answer;
- our need of know-how, which a partner's published practice answers;
- our need of a room, which a partner's offer answers;
- a partner's need of one of our items, and of volunteers; a partner's offer of transport;
- an exchange that ended last month, accepted, so the start-up asks "ça s'est bien passé ?".

As in the other demo steps, the partners' records get the `sync_records` row a pull would
write, and ours about a partner are written without the outbox: the partners exist only in
this demo. The matches are then found as after a sync.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.models import (
    Equipment,
    Need,
    NeedDecision,
    NeedResponse,
    NetworkAssociation,
    Practice,
    PracticeStatus,
    SyncedRecord,
)
from app.models.outbox import APPLYING_REMOTE
from app.services.equipment.availability import unavailable_ids
from app.services.needs import alerts, places

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.demo.context import DemoContext

PLANNED = 14  # records written
OUR_TOWN, NEAR = "Lyon 7e", ("Villeurbanne", "Vénissieux", "Bron", "Lyon 3e", "Vaulx-en-Velin")


def _place(name: str) -> dict[str, Any]:
    commune, postal = places.resolve(name)
    return {"commune_code": commune.code, "place_name": commune.name, "postal_code": postal, "remote": False}


def _need(ctx: DemoContext, direction: str, kind: str, title: str, **values: Any) -> Need:
    start = values.pop("start", None)
    timing = "one_off" if start is not None else ("recurring" if values.get("recurrence") else "open")
    where = values.pop("where", OUR_TOWN)
    return Need(
        direction=direction,
        kind=kind,
        title=title,
        description=values.pop("description", ""),
        timing=timing,
        start_date=start,
        end_date=values.pop("end", start),
        expires_on=values.pop("expires", ctx.today + timedelta(days=90)),
        status=values.pop("status", "open"),
        visibility="network",
        audience_ids=[],
        **({"remote": True} if where is None else _place(where)),
        **values,
    )


def _owned(session: Session, record: Any, entity: str, owner: str) -> None:
    session.add(record)
    session.flush()
    session.add(SyncedRecord(record_id=record.id, entity_type=entity, version=1, owner_id=owner, parties=[]))


def _partner_item(session: Session, ctx: DemoContext, partners: list[str]) -> Equipment | None:
    """A partner's shared item in working order, free three weeks from now."""
    day = ctx.today + timedelta(days=21)
    taken = unavailable_ids(session, day, day)
    items = session.scalars(
        select(Equipment)
        .join(SyncedRecord, SyncedRecord.record_id == Equipment.id)
        .where(
            SyncedRecord.owner_id.in_(partners), Equipment.shared.is_(True), Equipment.deleted_at.is_(None)
        )
        .order_by(Equipment.name)
    )
    free = [item for item in items if item.id not in taken and not item.out_of_service]
    return ctx.rng.choice(free) if free else None


def _our_item(session: Session) -> Equipment | None:
    return session.scalar(
        select(Equipment)
        .outerjoin(SyncedRecord, SyncedRecord.record_id == Equipment.id)
        .where(
            SyncedRecord.record_id.is_(None),
            Equipment.shared.is_(True),
            Equipment.out_of_service.is_(False),
            Equipment.deleted_at.is_(None),
        )
        .order_by(Equipment.name)
        .limit(1)
    )


def _partner_practice(session: Session, partners: list[str]) -> Practice | None:
    return session.scalar(
        select(Practice)
        .join(SyncedRecord, SyncedRecord.record_id == Practice.id)
        .where(SyncedRecord.owner_id.in_(partners), Practice.status == PracticeStatus.PUBLISHED.value)
        .order_by(Practice.title)
        .limit(1)
    )


def make_needs(ctx: DemoContext) -> None:
    session = ctx.session
    partners = list(session.scalars(select(NetworkAssociation.id).order_by(NetworkAssociation.name)))
    if not partners:
        return
    remote = session.info.get(APPLYING_REMOTE)
    try:
        made = _ours(ctx, partners) + _theirs(ctx, partners)
        alerts.find_new_matches(session, ctx.today)  # as after the sync that brought the partners'
    finally:
        session.info[APPLYING_REMOTE] = remote
    ctx.tally("needs", made)


def _ours(ctx: DemoContext, partners: list[str]) -> int:
    session, today = ctx.session, ctx.today
    session.info[APPLYING_REMOTE] = False  # ours go to the network at the next sync
    made = [
        _need(
            ctx,
            "need",
            "volunteers",
            "Cinq bénévoles pour la collecte alimentaire",
            description="Tournées en camionnette dans le quartier : le permis B est un plus.",
            start=today + timedelta(days=30),
            quantity=5,
            contact_name="Claire Martin",
        ),
        _need(
            ctx, "need", "room", "Une salle pour 40 personnes", start=today + timedelta(days=45), quantity=40
        ),
    ]
    practice = _partner_practice(session, partners)
    if practice is not None:
        made.append(
            _need(ctx, "need", "know_how", f"Retour d'expérience : {practice.title}"[:200], where=None)
        )
    session.add_all(made)
    item = _partner_item(session, ctx, partners)
    if item is None:
        return len(made)
    day = today + timedelta(days=21)
    wanted = _need(
        ctx,
        "need",
        "equipment",
        f"{item.name} pour la fête de quartier",
        start=day,
        contact_name="Claire Martin",
    )
    session.add(wanted)
    session.flush()
    lender = session.get_one(SyncedRecord, item.id).owner_id
    assert lender is not None  # a partner's item, as the hub gave it
    session.info[APPLYING_REMOTE] = True  # a partner's response: as a pull brings it
    _owned(
        session,
        NeedResponse(
            target_type="need",
            target_id=wanted.id,
            target_owner_id=None,
            resource_type="equipment",
            resource_id=item.id,
            resource_label=item.name,
            message="Nous pouvons vous le prêter ce jour-là, à récupérer la veille au soir.",
            contact_name="Karim Benali",
            start_date=day,
            end_date=day,
            status="proposed",
        ),
        "need_response",
        lender,
    )
    return len(made) + 2 + _past_exchange(ctx, partners[0])


def _past_exchange(ctx: DemoContext, partner: str) -> int:
    """Tables lent to us last month, accepted: the start-up asks how it went."""
    session, day = ctx.session, ctx.today - timedelta(days=25)
    session.info[APPLYING_REMOTE] = True  # ours about a demo partner: never sent
    need = _need(
        ctx, "need", "equipment", "Tables pliantes pour l'assemblée générale", start=day, status="met"
    )
    need.expires_on = day
    session.add(need)
    session.flush()
    response = NeedResponse(
        target_type="need",
        target_id=need.id,
        target_owner_id=None,
        message="Dix tables pliantes, livrées par nos soins.",
        contact_name="Sophie Lambert",
        start_date=day,
        end_date=day,
        quantity=10,
        status="proposed",
    )
    _owned(session, response, "need_response", partner)
    session.add(
        NeedDecision(response_id=response.id, responder_id=partner, decision="accepted", note="Merci !")
    )
    return 3


def _theirs(ctx: DemoContext, partners: list[str]) -> int:
    session, today, rng = ctx.session, ctx.today, ctx.rng
    session.info[APPLYING_REMOTE] = True
    made = [
        _need(
            ctx,
            "offer",
            "room",
            "Salle de réunion de 50 places à prêter",
            description="Avec vidéoprojecteur et cuisine, pour 40 à 50 personnes.",
            recurrence="le samedi",
            where=rng.choice(NEAR),
        ),
        _need(
            ctx,
            "offer",
            "transport",
            "Notre camion et son chauffeur, le week-end",
            recurrence="le week-end",
            where=rng.choice(NEAR),
        ),
        _need(
            ctx,
            "need",
            "volunteers",
            "Bénévoles pour tenir la buvette de la braderie",
            start=today + timedelta(days=40),
            quantity=4,
            where=rng.choice(NEAR),
        ),
    ]
    ours = _our_item(session)
    if ours is not None:
        made.append(
            _need(
                ctx,
                "need",
                "equipment",
                f"{ours.name} pour notre kermesse",
                start=today + timedelta(days=35),
                where=rng.choice(NEAR),
            )
        )
    for record in made:
        _owned(session, record, "need", rng.choice(partners))
    return len(made)
