"""The one guarded reader of import files (.xlsx and .csv) and the errors every importer reports.

    with open_spreadsheet(upload, name=upload.name) as book:
        for cells in book.rows():          # the header row first, then each row as a tuple
            ...

What a file may cost is bounded before and while it is read:

* the kind comes from the content (a zip for .xlsx, text for .csv) and must match the name;
* an .xlsx is a zip: its members' declared sizes, their compression ratio and, while inflating every member
  once as a stream, their actual sizes are held to `IMPORT_MAX_UNCOMPRESSED_BYTES` and
  `IMPORT_MAX_COMPRESSION_RATIO` (zip bombs) before openpyxl opens it, read-only;
* a .csv is at most `IMPORT_MAX_UNCOMPRESSED_BYTES`; its encoding is found from its byte-order mark or its
  first bytes (UTF-8, UTF-8 with BOM, UTF-16 and UTF-32 with BOM, Windows-1256) and it is decoded as a stream;
* rows are yielded one at a time and at most `IMPORT_MAX_ROWS` data rows are read.

Anything wrong with the file as a whole is an `ImportFileError` whose `errors` name the problem (and the
limit), in row 1, column "" — never an exception from the parsing libraries.
"""

import codecs
import csv
import io
import os
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from .uploads import UnsafeZip, guard_zip, megabytes

MAX_COLUMNS = 200
SHARED_STRINGS = "xl/sharedStrings.xml"
_SAMPLE = 64 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class RowError:
    """A problem of one cell or row (`row` as Excel numbers it, the header being row 1) or of the file."""

    row: int
    column: str
    message: str
    sheet: str = ""

    def __str__(self):
        text = _("row {row}, column {column}: {message}").format(
            row=self.row, column=self.column or "-", message=self.message
        )
        return f"{self.sheet}: {text}" if self.sheet else text


class ImportFileError(Exception):
    """The file cannot be read at all (format, encoding, size, limits, headers); `errors` say why."""

    def __init__(self, errors):
        errors = [RowError(1, "", str(e)) if not isinstance(e, RowError) else e for e in errors]
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def file_error(message):
    return ImportFileError([RowError(1, "", str(message))])


def _open_binary(source):
    """(binary handle rewound, whether to close it) for a path or an open file (an upload)."""
    if isinstance(source, (str, os.PathLike)):
        return open(source, "rb"), True
    handle = getattr(source, "file", None) or source  # an upload's own BytesIO or temporary file
    handle.seek(0)
    return handle, False


def _size(handle):
    position = handle.tell()
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    handle.seek(position)
    return size


def _limited(rows):
    """The rows as they come, refused past IMPORT_MAX_ROWS rows with content after the header."""
    limit = settings.IMPORT_MAX_ROWS
    count = -1
    for cells in rows:
        if any(value not in (None, "") for value in cells):
            count += 1
            if count > limit:
                raise _too_many_rows()
        yield cells


def _too_many_rows():
    limit = settings.IMPORT_MAX_ROWS
    return file_error(
        _("the file has more than {limit} rows (IMPORT_MAX_ROWS); split it into smaller files").format(
            limit=limit
        )
    )


class XlsxBook:
    kind = "xlsx"

    def __init__(self, handle):
        from openpyxl import load_workbook

        limit = settings.IMPORT_MAX_UNCOMPRESSED_BYTES
        try:
            with zipfile.ZipFile(handle) as archive:
                guard_zip(archive, max_bytes=limit, check_content=True)
                # openpyxl keeps the table of shared strings in memory: a quarter of the limit at most.
                strings = next((i for i in archive.infolist() if i.filename == SHARED_STRINGS), None)
                if strings is not None and strings.file_size > limit // 4:
                    raise UnsafeZip(
                        _("its table of texts would take more than {limit}").format(
                            limit=megabytes(limit // 4)
                        )
                    )
        except UnsafeZip as exc:
            setting = (
                "IMPORT_MAX_COMPRESSION_RATIO" if exc.limit == "ratio" else "IMPORT_MAX_UNCOMPRESSED_BYTES"
            )
            raise file_error(
                _("{problem} (setting {setting})").format(problem=exc, setting=setting)
            ) from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError):
            raise file_error(_("the file is not a readable .xlsx workbook")) from None
        handle.seek(0)
        try:
            self.workbook = load_workbook(handle, read_only=True, data_only=True)
        except Exception:  # openpyxl raises many kinds for a damaged workbook: each is the file's fault
            raise file_error(_("the file is not a readable .xlsx workbook")) from None

    def sheet_names(self):
        return [sheet.title for sheet in self.workbook.worksheets]

    def rows(self, sheet=None):
        try:
            worksheet = self.workbook.worksheets[0] if sheet is None else self.workbook[sheet]
            # Rows are padded to the sheet's declared width: never wider than MAX_COLUMNS.
            width = min(MAX_COLUMNS, worksheet.max_column or MAX_COLUMNS)
            yield from _limited(worksheet.iter_rows(values_only=True, max_col=width))
        except ImportFileError:
            raise
        except Exception:
            raise file_error(_("the file is not a readable .xlsx workbook")) from None

    def close(self):
        self.workbook.close()


def _encoding(sample):
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    if b"\x00" in sample:
        # UTF-16 without its byte-order mark: every other byte of Latin text is zero.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) // 4:
            return "utf-16-le"
        if even > len(sample) // 4:
            return "utf-16-be"
        raise file_error(_("the file is not text: save it as “CSV UTF-8” or as an .xlsx workbook"))
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # a character cut by the end of the sample
            return "utf-8"
    try:
        sample.decode("cp1256")
        return "cp1256"
    except UnicodeDecodeError:
        raise file_error(
            _("the text encoding of the file is unknown: save it as “CSV UTF-8” (or UTF-16) and try again")
        ) from None


class CsvBook:
    kind = "csv"

    def __init__(self, handle):
        limit = settings.IMPORT_MAX_UNCOMPRESSED_BYTES
        if _size(handle) > limit:
            raise file_error(
                _("the file is larger than {limit} (IMPORT_MAX_UNCOMPRESSED_BYTES)").format(
                    limit=megabytes(limit)
                )
            )
        handle.seek(0)
        sample = handle.read(_SAMPLE)
        handle.seek(0)
        self.encoding = _encoding(sample)
        self.text = io.TextIOWrapper(handle, encoding=self.encoding, newline="")
        first = self.text.readline()
        self.text.seek(0)
        self.delimiter = "\t" if "\t" in first and "," not in first else ","

    def sheet_names(self):
        return [""]

    def rows(self, sheet=None):
        reader = csv.reader(self.text, delimiter=self.delimiter)
        try:
            for number, cells in enumerate(_limited(reader)):
                if number == 0 and cells:
                    cells[0] = cells[0].lstrip("\ufeff")
                yield tuple(cells[:MAX_COLUMNS])
        except UnicodeDecodeError:
            raise file_error(
                _("the file is not valid {encoding} text: save it as “CSV UTF-8” and try again").format(
                    encoding=self.encoding.upper()
                )
            ) from None
        except csv.Error as exc:
            raise file_error(_("the CSV file cannot be read: {detail}").format(detail=exc)) from None

    def close(self):
        self.text.detach()


class Spreadsheet:
    """A context manager around an XlsxBook or CsvBook; closes what it opened."""

    def __init__(self, source, *, name=None, formats=("xlsx", "csv")):
        name = (
            name
            or getattr(source, "name", None)
            or (source if isinstance(source, (str, os.PathLike)) else "")
        )
        suffix = os.path.splitext(str(name))[1].lower()
        wanted = {"xlsx": {".xlsx"}, "csv": {".csv", ".txt"}}
        allowed = set().union(*(wanted[f] for f in formats))
        if suffix and suffix not in allowed:
            raise file_error(
                _("upload an .xlsx or .csv file") if "csv" in formats else _("upload an .xlsx file")
            )
        self.handle, self._close = _open_binary(source)
        self.book = None
        try:
            head = self.handle.read(8)
            self.handle.seek(0)
            is_zip = head.startswith(b"PK\x03\x04")
            if not suffix:  # a stream without a name or extension: its content alone says which
                suffix = ".xlsx" if is_zip or "csv" not in formats else ".csv"
            if suffix == ".xlsx":
                if head.startswith(b"\xd0\xcf\x11\xe0"):
                    raise file_error(
                        _("the file is an old Excel 97-2003 workbook: save it as .xlsx and try again")
                    )
                if not is_zip:
                    raise file_error(
                        _(
                            "the file is named .xlsx but is not an Excel workbook (its content is not a zip archive)"
                        )
                    )
                self.book = XlsxBook(self.handle)
            else:
                if is_zip or head.startswith(b"\xd0\xcf\x11\xe0"):
                    raise file_error(_("the file is named .csv but is an Excel workbook: name it .xlsx"))
                self.book = CsvBook(self.handle)
        except BaseException:
            self.close()
            raise

    @property
    def kind(self):
        return self.book.kind

    def sheet_names(self):
        return self.book.sheet_names()

    def rows(self, sheet=None):
        return self.book.rows(sheet)

    def close(self):
        if self.book is not None:
            self.book.close()
            self.book = None
        if self._close:
            self.handle.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_spreadsheet(source, *, name=None, formats=("xlsx", "csv")):
    """A `Spreadsheet` for a path or an open binary file (an upload); `name` (or the path) gives the kind
    the content must have. Raises ImportFileError."""
    return Spreadsheet(source, name=name, formats=formats)
