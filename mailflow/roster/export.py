"""Registrations as CSV or XLSX, safe to open in a spreadsheet.

A name or organisation comes from a stranger's mail, so a cell that starts like
a formula (=, +, -, @, tab, carriage return) gets a leading apostrophe (OWASP's
advice): shown as text, never evaluated. XLSX cells are also written as text.
"""

from __future__ import annotations

import csv
import io
from typing import Iterable, Sequence

from mailflow.roster.query import Row

HEADER = ("email", "name", "organisation", "event", "session", "session_title", "status", "registered_at", "changed_at")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _cells(row: Row) -> list[str]:
    return [
        safe_cell(v)
        for v in (
            row.email,
            row.name,
            row.organisation,
            row.event,
            row.session,
            row.session_title,
            row.status,
            row.created_at.isoformat(timespec="seconds"),
            row.updated_at.isoformat(timespec="seconds"),
        )
    ]


def to_csv(rows: Iterable[Row]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(HEADER)
    for r in rows:
        w.writerow(_cells(r))
    return out.getvalue()


def to_xlsx(rows: Sequence[Row], title: str = "registrations") -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title[:31] or "registrations"
    ws.append(list(HEADER))
    for r in rows:
        ws.append(_cells(r))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.data_type = "s"  # text, never a formula
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
