"""Helpers shared by the table pages (agencies, entitlements): filter
errors, and spreadsheet downloads (XLSX and CSV) of the tables they show.

Public surface:
    InvalidFilter               a bad filter value (HTTP 400, message shown)
    Column                      one exported column: header, width, kind
    slugify(text)               an ASCII-safe file-name slug
    xlsx_response(...)          an Excel workbook as a download
    csv_response(...)           a UTF-8 (with BOM) CSV as a download

The pages build their rows once; these functions only lay them out, so the
HTML table, the JSON and both downloads hold the same rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from flask import Response
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from kb.errors import KBError
from kb.ingest.normalize import fold_diacritics

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Excel reads a CSV as UTF-8 only when it starts with a byte-order mark.
CSV_ENCODING = "utf-8-sig"
# A spreadsheet cell starting with one of these is run as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class InvalidFilter(KBError, ValueError):
    """A filter value a page does not know; the message lists the valid ones."""

    status = 400


@dataclass(frozen=True)
class Column:
    """One exported column.

    Attributes:
        header: the header cell (Vietnamese).
        width: the XLSX column width, in characters.
        kind: "text", "date" (a :class:`datetime.date`, shown dd/mm/yyyy) or
            "link" (a URL, made a hyperlink in XLSX).
    """

    header: str
    width: float = 20
    kind: str = "text"


def slugify(text: str, fallback: str = "bang") -> str:
    """An ASCII-safe slug for a download's file name.

    >>> slugify("Nhiệm vụ Sở Lao động - Thương binh và Xã hội")
    'nhiem-vu-so-lao-dong-thuong-binh-va-xa-hoi'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", fold_diacritics(text).lower()).strip("-")
    return slug[:100].strip("-") or fallback


def xlsx_response(
    rows: Sequence[Sequence], columns: Sequence[Column], *, sheet_title: str, filename: str
) -> Response:
    """The rows as an Excel workbook, sent as an attachment.

    The header row is bold and frozen, every cell wraps its text, each column
    has its width, and the header carries an auto-filter. Text that looks like
    a formula is stored as text, never as a formula.

    Args:
        rows: one sequence of cell values per row, in ``columns`` order.
        columns: the columns.
        sheet_title: the worksheet's name (cut to Excel's 31 characters).
        filename: the download's file name, ending in ``.xlsx``.
    """
    book = Workbook()
    sheet = book.active
    sheet.title = _SHEET_TITLE_FORBIDDEN.sub(" ", sheet_title)[:31]
    sheet.append([column.header for column in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for values in rows:
        sheet.append([None] * len(columns))
        for cell, value, column in zip(sheet[sheet.max_row], values, columns):
            _fill_cell(cell, value, column)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, sheet.max_row)}"
    buffer = io.BytesIO()
    book.save(buffer)
    return _download(buffer.getvalue(), XLSX_MIMETYPE, filename)


def _fill_cell(cell, value, column: Column) -> None:
    """Put one value in a cell: dates as dates, links as hyperlinks, the
    rest as plain (never formula) text."""
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if value is None or value == "":
        return
    if column.kind == "date" and isinstance(value, date):
        cell.value = value
        cell.number_format = "DD/MM/YYYY"
        return
    cell.value = str(value)
    cell.data_type = "s"  # openpyxl would store "=…" as a formula
    if column.kind == "link":
        cell.hyperlink = str(value)
        cell.style = "Hyperlink"
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def csv_response(rows: Sequence[Sequence], columns: Sequence[Column], *, filename: str) -> Response:
    """The rows as a CSV file (UTF-8 with BOM, comma-separated, CRLF lines).

    Dates are written dd/mm/yyyy; a cell that a spreadsheet would run as a
    formula is prefixed with an apostrophe.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column.header for column in columns])
    for values in rows:
        writer.writerow([_csv_value(value, column) for value, column in zip(values, columns)])
    return _download(buffer.getvalue().encode(CSV_ENCODING), "text/csv; charset=utf-8", filename)


def _csv_value(value, column: Column) -> str:
    if value is None:
        return ""
    if column.kind == "date" and isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _download(body: bytes, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response
