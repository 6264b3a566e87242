"""contact search: an FTS5 index kept in step with contacts and roles by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Triggers, not application code, keep the index current, so that every writer
(forms, imports, sync, a future script) updates it. FTS5 rows need an integer
rowid that never changes; contact ids are UUIDs, so contact_search_map gives each
contact a stable integer (an implicit SQLite rowid could change on VACUUM).
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Phones are stored in E.164; also index the digits without "+" and the French
# national form, so "0612" and "33612" both find "+33612345678".
_PHONES = (
    "coalesce(c.phone, '') || CASE WHEN c.phone LIKE '+33%' "
    "THEN ' 0' || substr(c.phone, 4) ELSE '' END"
)
_ORGS = (
    "(SELECT group_concat(o.display_name, ' ') FROM roles r "
    "JOIN contacts o ON o.id = r.organisation_id "
    "WHERE r.person_id = c.id AND r.deleted_at IS NULL AND o.deleted_at IS NULL)"
)


def _refresh(where: str) -> str:
    """Statements that rebuild the index rows of the contacts matched by `where` (on c.id)."""
    return f"""
    DELETE FROM contact_fts WHERE rowid IN (
        SELECT m.docid FROM contact_search_map m WHERE m.contact_id IN (
            SELECT c.id FROM contacts c WHERE {where}));
    INSERT INTO contact_fts(rowid, name, orgs, emails, phones, tags, notes)
        SELECT m.docid, c.display_name, coalesce({_ORGS}, ''), coalesce(c.email, ''),
               {_PHONES}, coalesce(c.tags, ''), coalesce(c.notes, '')
        FROM contacts c JOIN contact_search_map m ON m.contact_id = c.id
        WHERE ({where}) AND c.deleted_at IS NULL;
    """


_PEOPLE_OF_ORG = "c.id IN (SELECT person_id FROM roles WHERE organisation_id = {org})"

STATEMENTS = [
    "CREATE TABLE contact_search_map ("
    " docid INTEGER PRIMARY KEY, contact_id VARCHAR(36) NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE contact_fts USING fts5("
    " name, orgs, emails, phones, tags, notes,"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')",
    f"""CREATE TRIGGER contacts_search_ai AFTER INSERT ON contacts BEGIN
        INSERT OR IGNORE INTO contact_search_map(contact_id) VALUES (new.id);
        {_refresh("c.id = new.id")}
    END""",
    f"""CREATE TRIGGER contacts_search_au AFTER UPDATE ON contacts BEGIN
        {_refresh("c.id = new.id")}
    END""",
    f"""CREATE TRIGGER contacts_search_org_au AFTER UPDATE OF display_name, deleted_at ON contacts
    WHEN new.kind = 'organisation' BEGIN
        {_refresh(_PEOPLE_OF_ORG.format(org="new.id"))}
    END""",
    """CREATE TRIGGER contacts_search_ad AFTER DELETE ON contacts BEGIN
        DELETE FROM contact_fts WHERE rowid IN (
            SELECT docid FROM contact_search_map WHERE contact_id = old.id);
        DELETE FROM contact_search_map WHERE contact_id = old.id;
    END""",
    f"""CREATE TRIGGER roles_search_ai AFTER INSERT ON roles BEGIN
        {_refresh("c.id = new.person_id")}
    END""",
    f"""CREATE TRIGGER roles_search_au AFTER UPDATE ON roles BEGIN
        {_refresh("c.id IN (old.person_id, new.person_id)")}
    END""",
    f"""CREATE TRIGGER roles_search_ad AFTER DELETE ON roles BEGIN
        {_refresh("c.id = old.person_id")}
    END""",
    # A name match counts most, then organisations, e-mails and phones.
    "INSERT INTO contact_fts(contact_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 3.0, 3.0, 2.0, 1.0)')",
    # Contacts that already exist (a store made at 0001) get their index rows now.
    "INSERT INTO contact_search_map(contact_id) SELECT id FROM contacts ORDER BY id",
    f"""INSERT INTO contact_fts(rowid, name, orgs, emails, phones, tags, notes)
        SELECT m.docid, c.display_name, coalesce({_ORGS}, ''), coalesce(c.email, ''),
               {_PHONES}, coalesce(c.tags, ''), coalesce(c.notes, '')
        FROM contacts c JOIN contact_search_map m ON m.contact_id = c.id
        WHERE c.deleted_at IS NULL""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for trigger in (
        "contacts_search_ai", "contacts_search_au", "contacts_search_org_au",
        "contacts_search_ad", "roles_search_ai", "roles_search_au", "roles_search_ad",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS contact_fts")
    op.execute("DROP TABLE contact_search_map")
