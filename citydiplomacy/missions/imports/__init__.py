"""Importing the office's history of mission requests from Excel or CSV files."""

from .importer import STEPS, ImportResult, import_file, import_rows
from .reader import ImportFileError, RawRow, RowError, read_file

__all__ = [
    "STEPS",
    "ImportFileError",
    "ImportResult",
    "RawRow",
    "RowError",
    "import_file",
    "import_rows",
    "read_file",
]
