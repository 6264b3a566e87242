"""The adoption count kept in each practice's row (what the library's adoptions order walks)
follows every change its definition depends on, on a real store: adoptions added, edited,
withdrawn, deleted for good; owners learnt, changed, forgotten; two laptops of one association;
a practice arriving after its adoptions; our association's id set by the first sync and changed
by a new enrolment. After each step, the kept counts equal the definition the search used before
and the adoptions order equals a sort by hand (tests/unit/adoption_checks.py)."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from app.models import Practice, PracticeFeedback, SyncedRecord, SyncState
from app.services import trash
from app.services.practices import feedback as fb
from app.services.practices.adoptions import recount_adoptions
from app.sync import outgoing
from app.sync.records import Registry
from tests.unit.adoption_checks import check_adoptions
from tests.unit.practice_helpers import ME, OTHER, as_theirs, enrolled, theirs

THIRD = "00000000-0000-7000-8000-00000000000c"
TEXTS = ("", "benevoles", "atelier")


def _adoption(session, practice: str) -> str:
    """An adoption written as a pull or another laptop would (no check of ours)."""
    item = PracticeFeedback(practice_id=practice, kind="adopted", outcome="en_cours")
    session.add(item)
    session.flush()
    return item.id


def _library(session) -> list[str]:
    titles = ["Atelier vélo", "Atelier couture", "Accueil des bénévoles", "Jardin partagé", "Repair café"]
    return [theirs(session, title=title) for title in titles]


def test_counts_follow_adoptions_owners_and_our_id(db):
    practices = db.run(_library)
    db.run(check_adoptions, TEXTS)
    # Before the first sync: ours are "~ours"; one of them learnt to be ME's (our other laptop).
    db.run(fb.adopt, practices[0])
    second = db.run(_adoption, practices[0])
    db.run(as_theirs, second, "practice_feedback", ME)
    assert db.run(check_adoptions, TEXTS)[practices[0]] == 2  # "~ours" and ME: not yet the same
    db.run(enrolled)  # the first sync tells our id: the two are one association
    assert db.run(check_adoptions, TEXTS)[practices[0]] == 1
    db.run(enrolled, THIRD)  # enrolled again under another id: ME's adoption is another's now
    assert db.run(check_adoptions, TEXTS)[practices[0]] == 2
    db.run(enrolled)

    # Other associations, two laptops of one of them, edits, withdrawals.
    for practice, owner in [(practices[1], OTHER), (practices[1], THIRD), (practices[2], OTHER)]:
        db.run(as_theirs, db.run(_adoption, practice), "practice_feedback", owner)
    twin = db.run(_adoption, practices[1])
    db.run(as_theirs, twin, "practice_feedback", OTHER)  # OTHER's second laptop: still one
    db.run(fb.adopt, practices[1])
    counts = db.run(check_adoptions, TEXTS)
    assert [counts[p] for p in practices] == [1, 3, 1, 0, 0]
    db.run(fb.adopt, practices[1], "Tenue toute l'année", "reussie")  # an edit counts nothing new
    db.run(fb.withdraw_adoption, practices[0])
    assert db.run(check_adoptions, TEXTS)[practices[0]] == 0
    db.run(
        lambda s: s.execute(update(PracticeFeedback).where(PracticeFeedback.id == twin).values(kind="useful"))
    )
    db.run(check_adoptions, TEXTS)

    # An owner changed, then forgotten; an adoption deleted for good.
    db.run(
        lambda s: s.execute(update(SyncedRecord).where(SyncedRecord.record_id == twin).values(owner_id=THIRD))
    )
    db.run(
        lambda s: s.execute(
            update(PracticeFeedback).where(PracticeFeedback.id == twin).values(kind="adopted")
        )
    )
    db.run(check_adoptions, TEXTS)
    db.run(lambda s: s.execute(delete(SyncedRecord).where(SyncedRecord.record_id == twin)))
    db.run(check_adoptions, TEXTS)
    db.run(lambda s: trash.purge(s, [s.get(PracticeFeedback, twin)]))
    counts = db.run(check_adoptions, TEXTS)
    assert [counts[p] for p in practices] == [0, 3, 1, 0, 0]
    db.run(check_adoptions, ("atelier",), "formation")


def test_a_practice_arriving_after_its_adoptions_gets_its_count(db):
    db.run(enrolled)
    practice = db.run(theirs)
    adoptions = [db.run(_adoption, practice) for _ in range(2)]
    for adoption, owner in zip(adoptions, (OTHER, THIRD), strict=True):
        db.run(as_theirs, adoption, "practice_feedback", owner)
    # The practice leaves and comes back as a pull inserts it: its columns off the wire empty.
    row = db.run(lambda s: dict(s.connection().exec_driver_sql("SELECT * FROM practices").mappings().one()))
    db.run(lambda s: s.execute(delete(Practice)))
    row["adoptions"] = None
    names = ", ".join(row)
    values = ", ".join(f":{name}" for name in row)
    db.run(
        lambda s: s.connection().exec_driver_sql(f"INSERT INTO practices ({names}) VALUES ({values})", row)
    )
    assert db.run(check_adoptions)[practice] == 2


def test_owners_written_without_the_recount_are_what_the_recount_is_for(db):
    """The one event left to the code (an owner learnt): the count waits for `recount_adoptions`."""
    db.run(enrolled)
    practice = db.run(theirs)
    ours, other = db.run(fb.adopt, practice), db.run(_adoption, practice)
    assert db.run(check_adoptions)[practice] == 1  # both unsynced: ours
    db.run(
        lambda s: s.add(
            SyncedRecord(record_id=other, entity_type="practice_feedback", version=1, owner_id=OTHER)
        )
    )
    stale = db.run(lambda s: s.scalar(select(Practice.adoptions)))
    assert stale == 1  # the row was inserted without the recount its writers call
    db.run(recount_adoptions, [other, ours])
    assert db.run(check_adoptions)[practice] == 2
    assert db.run(lambda s: s.scalar(select(SyncState.association_id))) == ME


def test_the_hubs_answer_to_a_push_recounts_what_it_owns(db):
    """Enrolled again under a new id (a replaced hub), our adoptions are acknowledged under it
    before the sync's end stores it: the counts follow the owners at once."""
    db.run(enrolled)
    practice = db.run(theirs)
    ours, from_other_laptop = db.run(fb.adopt, practice), db.run(_adoption, practice)
    db.run(as_theirs, from_other_laptop, "practice_feedback", THIRD)  # already under the new id
    assert db.run(check_adoptions)[practice] == 2  # ours (ME, unsynced) and THIRD
    operation = {"op_id": "op-1", "entity_type": "practice_feedback", "record_id": ours, "deleted": False}
    result = {"op_id": "op-1", "record_id": ours, "status": "applied", "version": 7}
    db.run(lambda s: outgoing.record_results(s, Registry(), THIRD, [operation], [result]))
    assert db.run(lambda s: s.get(SyncedRecord, ours).owner_id) == THIRD
    assert db.run(check_adoptions)[practice] == 1
