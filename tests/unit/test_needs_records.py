"""Needs and offers: what is kept, what a form is told to fix (and keeps), who sees them, who
edits them, where each stands."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import inspect

from app.errors import InvalidInput
from app.models import Need, NeedDecision, NeedOutcome, NeedResponse
from app.models import needs as m
from app.models.sync_spec import spec_of
from app.services.needs import records as r
from tests.unit.needs_helpers import COMITE, TODAY, US, VELO, enrol, fields, posted


def _errors(db, **values) -> dict:
    with pytest.raises(InvalidInput) as caught:
        db.run(lambda s: r.create_need(s, fields(**values), TODAY))
    return caught.value.errors


def test_a_need_is_kept_with_its_commune_and_default_expiry(db):
    need_id = db.run(lambda s: r.create_need(s, fields(quantity=2, contact_phone="06 12 34 56 78"), TODAY))
    record = db.run(lambda s: r.load(s, need_id).__dict__.copy())
    assert record["commune_code"] == "69387" and record["postal_code"] == "69007"
    assert record["place_name"] == "Lyon 7e Arrondissement"
    assert record["end_date"] == date(2027, 3, 14)  # one day: the same date twice
    assert record["expires_on"] == date(2027, 3, 14)  # expires with its last day
    assert record["contact_phone"] == "+33612345678"
    assert record["status"] == "open" and record["visibility"] == "network"
    undated = db.run(lambda s: r.create_need(s, fields(timing="open", start_date=None), TODAY))
    assert db.run(lambda s: r.load(s, undated).expires_on) == TODAY + timedelta(days=90)
    assert db.run(lambda s: r.load(s, undated).start_date) is None


def test_empty_fields_get_a_message_each(db):
    errors = _errors(db, title="  ", place="", start_date=None, contact_email="pas-une-adresse")
    assert set(errors) == {"title", "place", "start_date", "contact_email"}
    assert "titre" in errors["title"] and "commune" in errors["place"]


def test_a_commune_that_does_not_exist_is_named_in_the_message(db):
    errors = _errors(db, place="Trifouillis-les-Oies")
    assert "Trifouillis-les-Oies" in str(errors["place"])
    assert "69007" in str(errors["place"])  # an example of what works


def test_an_ambiguous_commune_asks_for_the_postal_code(db):
    assert "code postal" in str(_errors(db, place="Saint-Martin")["place"])
    need_id = db.run(lambda s: r.create_need(s, fields(place="Saint-Martin (32300)"), TODAY))
    assert db.run(lambda s: r.load(s, need_id).postal_code) == "32300"


def test_dates_recurrence_quantity_and_expiry_are_checked(db):
    assert "end_date" in _errors(db, end_date=date(2027, 3, 1))
    assert "recurrence" in _errors(db, timing="recurring", recurrence=" ")
    assert "quantity" in _errors(db, quantity=0)
    assert "expires_on" in _errors(db, expires_on=TODAY - timedelta(days=1))
    assert "kind" in _errors(db, kind="licorne")


def test_remote_needs_have_no_place_and_recurring_ones_say_when(db):
    need_id = db.run(
        lambda s: r.create_need(
            s, fields(remote=True, place="", timing="recurring", recurrence="le mardi soir"), TODAY
        )
    )
    record = db.run(lambda s: r.fields_of(r.load(s, need_id)))
    assert record.remote and record.place == "" and record.recurrence == "le mardi soir"


def test_named_associations_make_a_parties_audience(db):
    db.run(enrol)
    assert "audience_ids" in _errors(db, visibility="associations", audience_ids=[])
    assert "audience_ids" in _errors(db, visibility="associations", audience_ids=["inconnue"])
    assert "audience_ids" in _errors(db, visibility="associations", audience_ids=[US])  # not ourselves
    need_id = db.run(
        lambda s: r.create_need(s, fields(visibility="associations", audience_ids=[VELO, COMITE]), TODAY)
    )
    assert db.run(lambda s: r.load(s, need_id).audience()) == ("parties", sorted([VELO, COMITE]))
    network = db.run(lambda s: r.create_need(s, fields(), TODAY))
    assert db.run(lambda s: r.load(s, network).audience()) == ("network", [])


def test_only_the_author_edits_or_closes(db):
    db.run(enrol)
    theirs = db.run(lambda s: posted(s, VELO))
    with pytest.raises(InvalidInput):
        db.run(lambda s: r.update_need(s, theirs, fields(title="Pris en main"), TODAY))
    with pytest.raises(InvalidInput):
        db.run(r.close_need, theirs, "withdrawn")
    assert db.run(lambda s: r.load(s, theirs).title) == "Un barnum pour la fête de quartier"
    ours = db.run(posted)
    db.run(lambda s: r.update_need(s, ours, fields(title="Deux barnums"), TODAY))
    db.run(r.close_need, ours, "met")
    assert db.run(lambda s: (r.load(s, ours).title, r.load(s, ours).status)) == ("Deux barnums", "met")


def test_an_open_need_past_its_expiry_shows_as_expired_and_reopens(db):
    need_id = db.run(posted)
    record = db.run(lambda s: r.load(s, need_id).expires_on)
    later = record + timedelta(days=1)
    assert r.effective_status("open", record, record) == "open"
    assert r.effective_status("open", record, later) == "expired"
    assert r.effective_status("met", record, later) == "met"
    db.run(r.close_need, need_id, "withdrawn")
    db.run(lambda s: r.reopen_need(s, need_id, later))
    reopened = db.run(lambda s: (r.load(s, need_id).status, r.load(s, need_id).expires_on))
    assert reopened == ("open", later + timedelta(days=90))


def test_the_records_declare_their_constraints_and_sync_fields():
    """What a hub needs to derive the value schemas: every synced field is a column, every text
    column a length, every fixed choice listed."""
    for model in (Need, NeedResponse, NeedDecision, NeedOutcome):
        columns = inspect(model).columns
        for name in spec_of(model).fields:
            assert name in columns, (model.__name__, name)
    assert Need.__table__.c.title.type.length == m.TITLE_MAX
    assert Need.__table__.c.postal_code.type.length == m.POSTAL_CODE_LENGTH
    assert set(m.CHOICES["kind"]) == {"equipment", "volunteers", "know_how", "room", "transport", "other"}
    assert "expired" not in m.CHOICES["status"]  # never stored
    assert spec_of(NeedOutcome).audience is None  # private: the type's default visibility
