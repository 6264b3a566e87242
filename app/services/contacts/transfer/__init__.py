"""Import and export of contacts: CSV as spreadsheets write it, and vCard.

Importing is two steps, so that nothing is written before the user has seen the report:
`plan_import` (or `plan_vcard_import`) checks every row and looks for duplicates without
writing; `apply_import` then writes the valid rows in the caller's transaction.
"""

from app.services.contacts.duplicates import DuplicateCandidate
from app.services.contacts.transfer.csv_export import CSV_HEADERS, export_contacts_csv, write_contacts_csv
from app.services.contacts.transfer.import_apply import ImportResult, apply_import
from app.services.contacts.transfer.import_plan import (
    ImportPlan,
    PlannedRow,
    RowError,
    plan_import,
    plan_rows,
)
from app.services.contacts.transfer.mapping import FIELD_LABELS, guess_mapping, row_values
from app.services.contacts.transfer.table_reader import (
    ImportFileError,
    RawTable,
    decode_bytes,
    parse_table,
    read_table,
    read_text_file,
)
from app.services.contacts.transfer.vcard import parse_vcards, plan_vcard_import
from app.services.contacts.transfer.vcard_export import contacts_to_vcard, export_contacts_vcard, write_vcards

__all__ = [
    "CSV_HEADERS",
    "FIELD_LABELS",
    "DuplicateCandidate",
    "ImportFileError",
    "ImportPlan",
    "ImportResult",
    "PlannedRow",
    "RawTable",
    "RowError",
    "apply_import",
    "contacts_to_vcard",
    "decode_bytes",
    "export_contacts_csv",
    "export_contacts_vcard",
    "guess_mapping",
    "parse_table",
    "parse_vcards",
    "plan_import",
    "plan_rows",
    "plan_vcard_import",
    "read_table",
    "read_text_file",
    "row_values",
    "write_contacts_csv",
    "write_vcards",
]
