"""Import and export of contacts: CSV as spreadsheets write it, workbooks, and vCard.

An import reads the file a batch at a time, checks each row (row_check), finds the contacts it
matches (matching), writes what the duplicate policy decides (import_run, import_write) and says
what needs attention, grouped by reason on screen and line by line in a report file beside the
input (issues, report). A preview is the same run rolled back.
"""

from app.services.contacts.transfer.csv_export import CSV_HEADERS, export_contacts_csv, write_contacts_csv
from app.services.contacts.transfer.file_import import (
    FileImport,
    TablePreview,
    apply_columns,
    columns_of,
    default_policy,
    import_file,
    is_vcard,
    preview_file,
    unknown_columns,
)
from app.services.contacts.transfer.import_run import (
    POLICIES,
    ImportCancelled,
    ImportCounts,
    ImportOutcome,
    SourceRow,
    run_import,
)
from app.services.contacts.transfer.issues import Issue, Summary, describe
from app.services.contacts.transfer.mapping import FIELD_LABELS, RowMapper, guess_mapping
from app.services.contacts.transfer.report import report_path_for
from app.services.contacts.transfer.table_reader import open_table
from app.services.contacts.transfer.tables import ImportFileError, TableSource
from app.services.contacts.transfer.vcard import parse_vcards, vcard_rows
from app.services.contacts.transfer.vcard_export import contacts_to_vcard, export_contacts_vcard, write_vcards

__all__ = [
    "CSV_HEADERS",
    "FIELD_LABELS",
    "POLICIES",
    "FileImport",
    "ImportCancelled",
    "ImportCounts",
    "ImportFileError",
    "ImportOutcome",
    "Issue",
    "RowMapper",
    "SourceRow",
    "Summary",
    "TablePreview",
    "TableSource",
    "apply_columns",
    "columns_of",
    "contacts_to_vcard",
    "default_policy",
    "describe",
    "export_contacts_csv",
    "export_contacts_vcard",
    "guess_mapping",
    "import_file",
    "is_vcard",
    "open_table",
    "parse_vcards",
    "preview_file",
    "report_path_for",
    "run_import",
    "unknown_columns",
    "vcard_rows",
    "write_contacts_csv",
    "write_vcards",
]
