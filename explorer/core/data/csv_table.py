"""A strict reader for the user's numeric CSV files (numpy + the csv module, no eval).

Students open all kinds of files. Rather than guess, the reader accepts one clear shape — a
header row naming the columns, then rows of plain decimal numbers — and refuses anything else
with a :class:`DataError` that says where the problem is (row and column), so the lab can show
the message and keep the data it already had. No other exception type leaves :func:`parse_csv`.

Rows are numbered like the file's lines, as a text editor or spreadsheet shows them: a header
on line 1 is row 1, the first data row row 2 (a record whose quoted cell spans lines is named by
its last line). Cells are separated by commas, or by semicolons or tabs when the header has no
comma; numbers use a decimal point.
"""

from __future__ import annotations

import csv
import itertools
import math
import os
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

import numpy as np
from numpy.typing import NDArray

from explorer.core.i18n import tr_noop

__all__ = ["MAX_CLASSES", "MAX_ROWS", "DataError", "encode_classes", "parse_csv", "to_number"]

MAX_ROWS = 1_000_000
"""Most data rows (below the header) a CSV file may hold."""
MAX_CLASSES = 50
"""A classification target with more distinct values than this is refused (use regression)."""

FLOAT32_MAX = float(np.finfo(np.float32).max)
_CHUNK = 8_192  # rows held as text before conversion, to keep memory near 8 bytes per cell
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")  # the place after a "\r" that ends a line on its own
_UNUSUAL = re.compile(r"[^0-9eE+\-. \t]")  # a character plain decimal numbers never contain
_MISSING = {"na", "n/a", "nan", "null", "none", "?", "-", "missing"}


class DataError(ValueError):
    """Data the lab cannot use, with where it is: ``row`` (1-based, header = row 1), ``column``
    (its name, or 1-based index when it has none), ``offset`` (byte offset, for encoding errors).

    ``str(error)`` is the full message, e.g. "row 7, column 'age': 'abc' is not a number";
    ``detail`` is the part after the location.
    """

    def __init__(self, detail: str, *, row: int | None = None, column: str | int | None = None,
                 offset: int | None = None) -> None:
        self.detail = detail
        self.row = row
        self.column = column
        self.offset = offset
        where = location_parts(row, column, offset)
        super().__init__(f"{', '.join(where)}: {detail}" if where else detail)


# Every text a DataError says, marked for translation: the UI translates ``detail`` by its
# template (``explorer.ui.i18n.translate_marked``) and the location by these parts.
ROW = tr_noop("DataErrors", "row {row}")
ROW_BYTE = tr_noop("DataErrors", "row {row} (byte {offset})")
BYTE = tr_noop("DataErrors", "byte {offset}")
COLUMN = tr_noop("DataErrors", "column {column}")
MESSAGES = (
    tr_noop("DataErrors", "the cell is empty (missing values are not supported; fill or "
            "delete the row)"),
    tr_noop("DataErrors", "{cell} marks a missing value (not supported; fill or delete the "
            "row)"),
    tr_noop("DataErrors", "{cell} is not a finite number"),
    tr_noop("DataErrors", "{cell} is too large (the lab computes in float32, up to ±3.4e38)"),
    tr_noop("DataErrors", "{cell} is not a number (use a point as the decimal separator)"),
    tr_noop("DataErrors", "{cell} is not a number"),
    tr_noop("DataErrors", "the file is not UTF-8 text; save it as CSV UTF-8"),
    tr_noop("DataErrors", "the first row holds only numbers, so the file has no header; add a "
            "first row that names the columns (e.g. x1,x2,y)"),
    tr_noop("DataErrors", "the file has only one column; it needs at least two (features and a "
            "target); is the separator a comma?"),
    tr_noop("DataErrors", "the column has no name in the header"),
    tr_noop("DataErrors", "two columns have this name; names must be unique"),
    tr_noop("DataErrors", "the file is empty"),
    tr_noop("DataErrors", "the CSV structure is broken ({error})"),
    tr_noop("DataErrors", "the row has {cells} cells but the header names {width} columns"),
    tr_noop("DataErrors", "the file has more than {rows} data rows; use a smaller sample"),
    tr_noop("DataErrors", "the file has a header but no data rows below it"),
    tr_noop("DataErrors", "cannot read the file ({error})"),
    tr_noop("DataErrors", "{n} distinct values are too many classes for classification (at "
            "most {max}); choose regression to predict a number"),
    tr_noop("DataErrors", "every row has the value {value}; classification needs at least two "
            "classes"),
    tr_noop("DataErrors", "{n} classes; binary classification needs exactly 2, choose "
            "multiclass"),
)


def location_parts(row: int | None, column: str | int | None, offset: int | None
                   ) -> list[str]:
    """Where a DataError is, in English: ["row 7", "column 'age'"]."""
    where = []
    if row is not None:
        where.append(ROW_BYTE.format(row=row, offset=offset) if offset is not None
                     else ROW.format(row=row))
    elif offset is not None:
        where.append(BYTE.format(offset=offset))
    if column is not None:
        where.append(COLUMN.format(column=repr(column) if isinstance(column, str) else column))
    return where


def _show(cell: str, limit: int = 40) -> str:
    """A cell quoted for a message, shortened so a huge cell cannot flood the dialog."""
    return repr(cell if len(cell) <= limit else cell[:limit] + "…")


def to_number(cell: str) -> float | None:
    """The cell as a finite float if it is a plain decimal number ("-1.5", "2e3", " 7 "), else
    None. Stricter than float(): no "nan"/"inf", no "1_000", no non-ASCII digits, and within
    float32 range (±3.4e38), since the model trains in float32."""
    text = cell.strip()
    if not text or not text.isascii() or "_" in text:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if abs(value) <= FLOAT32_MAX else None  # the lab computes in float32


def _why_not_a_number(cell: str, delimiter: str) -> str:
    text = cell.strip()
    if not text:
        return "the cell is empty (missing values are not supported; fill or delete the row)"
    if text.lower() in _MISSING:
        return MESSAGES[1].format(cell=_show(cell))
    if text.isascii() and "_" not in text:
        try:
            value = float(text)
            if not math.isfinite(value):
                return MESSAGES[2].format(cell=_show(cell))
            if abs(value) > FLOAT32_MAX:
                return MESSAGES[3].format(cell=_show(cell))
        except ValueError:
            pass
    comma = "," in text and delimiter != ","
    return (MESSAGES[4] if comma else MESSAGES[5]).format(cell=_show(cell))


def _number_or_raise(cell: str, column: str, row: int, delimiter: str) -> float:
    value = to_number(cell)
    if value is None:
        raise DataError(_why_not_a_number(cell, delimiter), row=row, column=column)
    return value


def _decoded_lines(stream: BinaryIO) -> Iterator[str]:
    """The file's lines as text, refusing bytes that are not UTF-8 with their position.

    Lines are split on b"\\n", which never occurs inside a multi-byte UTF-8 character, so each
    line decodes on its own; then on a lone "\\r" (old Mac line ends). A leading byte-order mark
    (as Excel writes) is dropped.
    """
    line_no = offset = 0
    for raw in stream:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            before = raw[: exc.start].decode("utf-8")
            raise DataError("the file is not UTF-8 text; save it as CSV UTF-8",
                            row=line_no + 1 + len(_LONE_CR.findall(before)),
                            offset=offset + exc.start) from None
        if offset == 0 and text.startswith("\ufeff"):
            text = text[1:]
        offset += len(raw)
        for piece in _LONE_CR.split(text) if "\r" in text else (text,):
            if piece:
                line_no += 1
                yield piece


def _sniff_delimiter(first_line: str) -> str:
    """',' if the header has one, else ';' or a tab (spreadsheets in many locales write these)."""
    if "," in first_line:
        return ","
    semicolons, tabs = first_line.count(";"), first_line.count("\t")
    if semicolons or tabs:
        return ";" if semicolons >= tabs else "\t"
    return ","


def _is_blank(cells: list[str]) -> bool:
    return not cells or (len(cells) == 1 and not cells[0].strip())


def _header(cells: list[str], row: int) -> tuple[str, ...]:
    if all(to_number(c) is not None for c in cells):
        raise DataError("the first row holds only numbers, so the file has no header; add a "
                        "first row that names the columns (e.g. x1,x2,y)", row=row)
    if len(cells) < 2:
        raise DataError("the file has only one column; it needs at least two (features and a "
                        "target); is the separator a comma?", row=row)
    names = tuple(c.strip() for c in cells)
    seen: set[str] = set()
    for index, name in enumerate(names, start=1):
        if not name:
            raise DataError("the column has no name in the header", row=row, column=index)
        if name in seen:
            raise DataError("two columns have this name; names must be unique", row=row,
                            column=name)
        seen.add(name)
    return names


def _parse_lines(lines: Iterator[str], max_rows: int
                 ) -> tuple[tuple[str, ...], NDArray[np.float64]]:
    leading: list[str] = []
    for line in lines:
        leading.append(line)
        if line.strip():
            break
    else:
        raise DataError("the file is empty")
    delimiter = _sniff_delimiter(leading[-1])
    reader = csv.reader(itertools.chain(leading, lines), delimiter=delimiter, strict=True)
    try:
        return _parse_records(reader, delimiter, max_rows)
    except csv.Error as exc:
        raise DataError(MESSAGES[12].format(error=exc), row=reader.line_num) from None


def _parse_records(reader: Any, delimiter: str, max_rows: int
                   ) -> tuple[tuple[str, ...], NDArray[np.float64]]:
    """The header, then the data rows, collected as text and converted a chunk at a time.
    ``reader.line_num`` (lines read so far) is the row number of the record just read."""
    names: tuple[str, ...] = ()
    for cells in reader:
        if not _is_blank(cells):
            names = _header(cells, reader.line_num)
            break
    header_row, width = reader.line_num, len(names)
    chunks: list[NDArray[np.float64]] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    for cells in reader:
        if not cells or (len(cells) == 1 and not cells[0].strip()):  # a blank line
            continue
        if len(cells) != width or len(chunks) * _CHUNK + len(rows) == max_rows:
            _convert(rows, lines, names, delimiter)  # report an earlier bad cell first
            if len(cells) != width:
                raise DataError(MESSAGES[13].format(cells=len(cells), width=width),
                                row=reader.line_num)
            raise DataError(MESSAGES[14].format(rows=f"{max_rows:,}"), row=reader.line_num)
        rows.append(cells)
        lines.append(reader.line_num)
        if len(rows) == _CHUNK:
            chunks.append(_convert(rows, lines, names, delimiter))
            rows, lines = [], []
    if rows:
        chunks.append(_convert(rows, lines, names, delimiter))
    if not chunks:
        raise DataError("the file has a header but no data rows below it", row=header_row + 1)
    return names, np.ascontiguousarray(np.concatenate(chunks))


def _convert(rows: list[list[str]], lines: list[int], names: tuple[str, ...], delimiter: str
             ) -> NDArray[np.float64]:
    """Rows of cell text as a float array. Fast path: numpy parses the chunk when every cell
    is made of plain number characters; otherwise (or if numpy refuses) each cell is checked
    in order, so the error names the first bad one."""
    if not rows:
        return np.empty((0, len(names)))
    try:
        if _UNUSUAL.search("".join(itertools.chain.from_iterable(rows))) is None:
            values = np.array(rows, dtype=np.float64)
            if (np.abs(values) <= FLOAT32_MAX).all():
                return values
    except ValueError:
        pass
    return np.array([[_number_or_raise(cell, name, line, delimiter)
                      for name, cell in zip(names, cells, strict=True)]
                     for cells, line in zip(rows, lines, strict=True)], dtype=np.float64)


def _locate_bad_utf8(path: str | os.PathLike[str]) -> DataError:
    """The error for the first bytes that are not UTF-8 (a slower, line-by-line second look,
    only taken when decoding already failed)."""
    try:
        with open(path, "rb") as stream:
            for _ in _decoded_lines(stream):
                pass
    except DataError as exc:
        return exc
    except OSError:
        pass
    return DataError("the file is not UTF-8 text; save it as CSV UTF-8")


def parse_csv(path: str | os.PathLike[str], *, max_rows: int = MAX_ROWS
              ) -> tuple[tuple[str, ...], NDArray[np.float64]]:
    """Column names and an (n_rows, n_columns) float64 array from a numeric CSV file.

    Raises only :class:`DataError`, for: an unreadable or empty file, bytes that are not UTF-8,
    a first row of numbers (no header), one column, unnamed or repeated column names, ragged
    rows, empty or non-numeric cells, broken quoting, more than ``max_rows`` data rows.
    Line ends may be \\n, \\r\\n or \\r; a UTF-8 byte-order mark is ignored.
    """
    if not isinstance(path, str | os.PathLike):
        raise DataError(f"not a file path: {path!r}")
    try:
        # newline="" hands csv the line ends untouched, as the csv module requires
        lines = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 (closed below)
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        raise DataError(MESSAGES[16].format(error=getattr(exc, "strerror", None) or exc)) \
            from None
    try:
        with lines:
            return _parse_lines(lines, max_rows)
    except UnicodeDecodeError:
        raise _locate_bad_utf8(path) from None
    except OSError as exc:
        raise DataError(MESSAGES[16].format(error=exc.strerror or exc)) from None


def _class_name(value: float) -> str:
    """A class value as text: "3" rather than "3.0", full precision otherwise."""
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def encode_classes(y: NDArray[np.float64], task: str, column: str
                   ) -> tuple[NDArray[np.intp], tuple[str, ...]]:
    """A classification target column as class indices 0..k−1 and their names (the distinct
    values as text, sorted). Refuses one class, more than MAX_CLASSES (suggesting regression),
    and binary with k ≠ 2, naming the column."""
    classes = np.unique(y)
    if len(classes) > MAX_CLASSES:
        raise DataError(MESSAGES[17].format(n=len(classes), max=MAX_CLASSES), column=column)
    if len(classes) < 2:
        raise DataError(MESSAGES[18].format(value=_class_name(classes[0])), column=column)
    if task == "binary" and len(classes) != 2:
        raise DataError(MESSAGES[19].format(n=len(classes)), column=column)
    return np.searchsorted(classes, y), tuple(_class_name(v) for v in classes)
