"""An import, from rows to contacts, a batch at a time, in the caller's one transaction.

The same run serves the preview (the caller rolls back: what it counted is exactly what the
import will do) and the import itself. Memory stays flat: rows are read, checked, matched and
written a batch at a time; what is said about them goes to a report sink and a bounded summary.
A row matching an existing contact follows the policy: "skip" (the default) leaves it out,
"update" completes the contact's empty fields, "new" creates it anyway. Rows of one file that
match each other are one contact: the later ones are reported, never created twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Role
from app.services.contacts.search_index import deferred_search_index
from app.services.contacts.transfer import matching as m
from app.services.contacts.transfer.import_write import (
    LINES_TABLE,
    PendingBatch,
    create_lines_table,
    lines_of,
)
from app.services.contacts.transfer.issues import REFUSED, SKIPPED, WARNING, Issue, Summary
from app.services.contacts.transfer.row_check import ORGANISATION, PERSON, OrgPart, RowChecker, RowPlan

POLICIES = ("skip", "update", "new")
BATCH = 1000

# A contact already known that a row matches, and the criteria it matches on.
Match = tuple[m.Known, list[str]]


class ImportCancelled(Exception):
    """The user stopped the import; the caller rolls the transaction back."""


@dataclass
class SourceRow:
    line: int
    values: dict[str, Any]
    cells: list[str] | None = None  # the row as the file has it, for the report
    issues: list[Issue] = field(default_factory=list)  # found while reading (vCard)


class ReportSink(Protocol):
    def add(self, row: SourceRow, issues: list[Issue]) -> None: ...


@dataclass
class ImportCounts:
    rows: int = 0
    created_people: int = 0
    created_organisations: int = 0  # rows that are organisations, and organisations people name
    matched: int = 0  # rows matching a contact already in the store
    completed: int = 0  # existing contacts whose empty fields were filled (policy "update")
    completable: int = 0  # matched rows that "update" would complete (counted whatever the policy)
    duplicates_in_file: int = 0
    refused: int = 0
    with_warnings: int = 0  # imported rows with something to check
    roles: int = 0

    @property
    def created(self) -> int:
        return self.created_people + self.created_organisations


@dataclass
class ImportOutcome:
    counts: ImportCounts = field(default_factory=ImportCounts)
    summary: Summary = field(default_factory=Summary)
    policy: str = "skip"


Progress = Callable[[int], bool]  # rows read so far -> False to stop


class _Run:
    def __init__(self, session: Session, checker: RowChecker, policy: str, report: ReportSink | None) -> None:
        self.session, self.checker, self.policy, self.report = session, checker, policy, report
        self.outcome = ImportOutcome(policy=policy)
        self.counts = self.outcome.counts
        self.orgs: dict[tuple[str, Any], m.Known] = {}  # organisations met: by SIRET, RNA and name
        self._orgs_done: dict[tuple[object, ...], str] = {}  # (name, values) applied -> organisation id
        self.pending = PendingBatch()
        self._said: list[tuple[SourceRow, list[Issue]]] = []  # this batch's, told in line order

    # --- one batch ---------------------------------------------------------------------
    def batch(self, rows: list[SourceRow]) -> None:
        plans: list[tuple[SourceRow, RowPlan]] = []
        for row in rows:
            if any(issue.severity == REFUSED for issue in row.issues):
                self._say(row, row.issues)
                self.counts.refused += 1
                continue
            outcome = self.checker.check(row.line, row.values)
            if isinstance(outcome, RowPlan):
                outcome.issues[:0] = row.issues
                plans.append((row, outcome))
            else:
                self._say(row, row.issues + outcome)
                self.counts.refused += 1
        self._load_organisations([p for _, p in plans])
        found = {
            kind: m.lookup(self.session, kind, _wanted([p for _, p in plans if p.kind == kind]))
            for kind in (PERSON, ORGANISATION)
        }
        matched = [k.id for f in found.values() for ks in f.values() for k in ks]
        from_file = lines_of(self.session, matched)
        roles = self._roles_of([k.id for ks in found[PERSON].values() for k in ks])
        new_keys: dict[str, dict[tuple[str, Any], list[m.Known]]] = {PERSON: {}, ORGANISATION: {}}
        for row, plan in plans:
            match = m.best_match(plan, found[plan.kind], new_keys[plan.kind]) or self._named_organisation(
                plan
            )
            self._decide(row, plan, match, from_file, roles, new_keys[plan.kind])
        self.pending.flush(self.session)
        self._tell()

    def _named_organisation(self, plan: RowPlan) -> Match | None:
        """An organisation row naming one that people of this file named already."""
        if plan.is_person:
            return None
        for key in m.row_keys(plan):
            if key in self.orgs:
                return self.orgs[key], [key[0]]
        return None

    def _decide(
        self,
        row: SourceRow,
        plan: RowPlan,
        match: Match | None,
        from_file: dict[str, int],
        roles: dict[str, set[str]],
        new_keys: dict[tuple[str, Any], list[m.Known]],
    ) -> None:
        extra: list[Issue] = []
        if match is not None and self.policy == "new" and self._origin(match[0].id, from_file) is None:
            match = None  # "create anyway" (never twice from one file, though)
        if match is None:
            contact_id = self.pending.add_contact(plan.contact, row.line)
            known = m.Known(contact_id, plan.kind, plan.contact["display_name"], plan.contact)
            known.orgs = {a.organisation.sort_key for a in plan.affiliations}
            for key in m.row_keys(plan):
                new_keys.setdefault(key, []).append(known)
            if plan.is_person:
                self.counts.created_people += 1
            else:
                self.counts.created_organisations += 1
                self._remember_org(known, plan.contact)
            self._add_roles(contact_id, plan, set())
        else:
            extra = self._matched(row, plan, match[0], match[1], from_file, roles)
        issues = plan.issues + extra
        self._say(row, issues)
        if match is None and any(i.severity == WARNING for i in issues):
            self.counts.with_warnings += 1

    def _origin(self, contact_id: str, from_file: dict[str, int]) -> int | None:
        """The line of this file a contact came from (0: an organisation people named), or None."""
        line = from_file.get(contact_id)
        return self.pending.lines.get(contact_id) if line is None else line

    def _matched(
        self,
        row: SourceRow,
        plan: RowPlan,
        known: m.Known,
        criteria: list[str],
        from_file: dict[str, int],
        roles: dict[str, set[str]],
    ) -> list[Issue]:
        earlier = self._origin(known.id, from_file)
        filling = m.fills(known.values, plan.contact)
        if earlier == 0 or (earlier is not None and not plan.is_person):
            # An organisation written from people's columns, or from another line: one record.
            if earlier == 0 and plan.contact.get("org_kind"):
                filling["org_kind"] = plan.contact["org_kind"]  # people's columns only guessed it
            self._fill(known, filling)
            if earlier == 0:
                return []
        elif earlier is not None:
            self._fill(known, filling)
            if self._add_roles(known.id, plan, roles.get(known.id, set())):
                return []  # the same person with another function: not a duplicate
        if earlier is not None:
            self.counts.duplicates_in_file += 1
            return [Issue(row.line, "duplicate_in_file", params={"other": earlier, "criteria": criteria})]
        self.counts.matched += 1
        existing = roles.get(known.id, set())
        completes = bool(filling) or self._completes_affiliations(plan, existing)
        self.counts.completable += completes
        if self.policy == "update":
            self._fill(known, filling)
            self._add_roles(known.id, plan, existing)
            self.counts.completed += completes
            return []
        if "name" not in criteria:  # the same e-mail or phone under another name: say so
            return [
                Issue(row.line, "already_present", params={"name": known.display_name, "criteria": criteria})
            ]
        return []

    def _fill(self, known: m.Known, filling: dict[str, Any]) -> None:
        self.pending.fill(known.id, filling)
        known.values.update(filling)

    # --- organisations and roles ---------------------------------------------------------
    def _completes_affiliations(self, plan: RowPlan, existing: set[str]) -> bool:
        """Whether "update" would give a person a role or her organisation a value it lacks
        (a SIRET corrected in the report, say): what a row completes beyond the person."""
        for affiliation in plan.affiliations if plan.is_person else ():
            org = affiliation.organisation
            known = next((self.orgs[k] for k in m.org_keys(org) if k in self.orgs), None)
            if known is None or known.id not in existing or m.fills(known.values, org.values):
                return True
        return False

    def _load_organisations(self, plans: list[RowPlan]) -> None:
        wanted: dict[str, set[Any]] = {}
        for plan in plans:
            for affiliation in plan.affiliations:
                for criterion, value in m.org_keys(affiliation.organisation):
                    if (criterion, value) not in self.orgs:
                        wanted.setdefault(criterion, set()).add(value)
        for key, knowns in m.lookup(self.session, ORGANISATION, wanted).items():
            self.orgs.setdefault(key, knowns[0])

    def _organisation(self, org: OrgPart, line: int) -> tuple[str, list[Issue]]:
        """The id of the organisation a row names: found (completed, and checked against the
        row's values) or created with them."""
        seen = (org.sort_key, *org.values.items())
        if seen in self._orgs_done:  # the same organisation with the same values: done already
            return self._orgs_done[seen], []
        known = next((self.orgs[k] for k in m.org_keys(org) if k in self.orgs), None)
        if known is None:
            values = {"kind": ORGANISATION, "display_name": org.name, "sort_key": org.sort_key, **org.values}
            contact_id = self.pending.add_contact(values, None)
            known = m.Known(contact_id, ORGANISATION, org.name, values)
            self._remember_org(known, values)
            self.counts.created_organisations += 1
            self._orgs_done[seen] = contact_id
            return contact_id, []
        issues = [
            Issue(
                line,
                "org_value_differs",
                org.columns.get(name, ""),
                given,
                {"field": name, "name": known.display_name, "known": value},
            )
            for name, value, given in m.differences(known.values, org.values)
        ]
        self._fill(known, m.fills(known.values, org.values))
        self._remember_org(known, known.values)
        if not issues:
            self._orgs_done[seen] = known.id
        return known.id, issues

    def _remember_org(self, known: m.Known, values: dict[str, Any]) -> None:
        for criterion in ("siret", "rna"):
            if values.get(criterion):
                self.orgs.setdefault((criterion, values[criterion]), known)
        self.orgs.setdefault(("name", values.get("sort_key") or known.values.get("sort_key")), known)

    def _add_roles(self, person_id: str, plan: RowPlan, existing: set[str]) -> int:
        if not plan.is_person:
            return 0
        added = 0
        for affiliation in plan.affiliations:
            org_id, issues = self._organisation(affiliation.organisation, plan.line)
            plan.issues += issues
            if org_id in existing or (person_id, org_id) in self.pending.role_keys:
                continue
            self.pending.add_role(person_id, org_id, affiliation.role, affiliation.title, affiliation.start)
            existing.add(org_id)
            added += 1
        self.counts.roles += added
        return added

    def _roles_of(self, person_ids: list[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for part in m.chunks(sorted(set(person_ids))):
            query = select(Role.person_id, Role.organisation_id).where(
                Role.person_id.in_(part), Role.deleted_at.is_(None)
            )
            for person_id, org_id in self.session.execute(query):
                out.setdefault(person_id, set()).add(org_id)
        return out

    def _say(self, row: SourceRow, issues: list[Issue]) -> None:
        if issues:
            self._said.append((row, issues))

    def _tell(self) -> None:
        """What the batch said, in the file's order (refused rows are decided first)."""
        self._said.sort(key=lambda said: said[0].line)
        for row, issues in self._said:
            for issue in issues:
                self.outcome.summary.add(issue)
            if self.report is not None:
                self.report.add(row, issues)
        self._said.clear()


def _wanted(plans: list[RowPlan]) -> dict[str, set[Any]]:
    wanted: dict[str, set[Any]] = {}
    for plan in plans:
        for criterion, value in m.row_keys(plan):
            wanted.setdefault(criterion, set()).add(value)
    return wanted


def _batches(rows: Iterable[SourceRow], size: int) -> Iterator[list[SourceRow]]:
    batch: list[SourceRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_import(
    session: Session,
    rows: Iterable[SourceRow],
    checker: RowChecker,
    *,
    policy: str = "skip",
    report: ReportSink | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH,
) -> ImportOutcome:
    """Import `rows` in the caller's transaction. Raises ImportCancelled when `progress` says stop."""
    if policy not in POLICIES:
        raise ValueError(policy)
    run = _Run(session, checker, policy, report)
    create_lines_table(session)
    with deferred_search_index(session) as to_index:
        to_index.table = LINES_TABLE
        for batch in _batches(rows, batch_size):
            run.batch(batch)
            run.counts.rows += len(batch)
            if progress is not None and not progress(run.counts.rows):
                raise ImportCancelled
    return run.outcome


__all__ = [
    "POLICIES",
    "REFUSED",
    "SKIPPED",
    "ImportCancelled",
    "ImportCounts",
    "ImportOutcome",
    "SourceRow",
    "run_import",
]
