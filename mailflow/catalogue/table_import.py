"""Sessions from a spreadsheet (CSV or XLSX): each row checked on its own, every problem named by row and column.

The first row names the columns (the catalogue's session keys, or their Dutch
names: ``begin``, ``einde``, ``plaats``, ...). A row whose ``key`` is a session
of the event updates the columns it fills (an empty cell leaves that value as it
is); another key adds a session. Rows and columns are numbered as the
spreadsheet shows them (row 1 is the header, column A the first), so a person
can find the cell. Nothing here writes: the page previews, then applies the good
rows with ``catalogue.edit``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from mailflow.catalogue.fields import SESSION_FIELDS, SESSION_PARSERS, Invalid, Problem

MAX_ROWS = 2000
ALIASES = {
    "sleutel": "key",
    "titel": "title",
    "begin": "starts",
    "start": "starts",
    "einde": "ends",
    "eind": "ends",
    "end": "ends",
    "plaats": "city",
    "stad": "city",
    "regio": "region",
    "locatie": "venue",
    "adres": "address",
    "capaciteit": "capacity",
    "plaatsen": "capacity",
    "link": "online_url",
    "status": "status",
    "beschrijving": "description",
}


@dataclass
class Row:
    number: int  # as the spreadsheet shows it (the header is row 1)
    values: dict[str, Any] = field(default_factory=dict)  # parsed, by session key
    cells: dict[str, str] = field(default_factory=dict)  # as typed, for the preview
    problems: list[tuple[str, Problem]] = field(default_factory=list)  # (column label, problem)

    @property
    def key(self) -> str | None:
        return self.values.get("key")


@dataclass
class Table:
    columns: list[str]  # session keys, in the file's order
    rows: list[Row]
    problems: list[tuple[str, Problem]] = field(default_factory=list)  # about the file or a column

    @property
    def good(self) -> list[Row]:
        return [r for r in self.rows if not r.problems] if not self.problems else []


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def read(data: bytes, kind: str) -> Table:
    """``kind``: 'csv' or 'xlsx'. A file that cannot be read is a Table with one problem, never an exception."""
    try:
        grid = _xlsx(data) if kind == "xlsx" else _csv(data)
    except Invalid as exc:
        return Table([], [], [("", exc.problem)])
    grid = [r for r in grid if any(c not in (None, "") for c in r)]
    if not grid:
        return Table(
            [],
            [],
            [("", Problem("het bestand is leeg; de eerste rij noemt de kolommen, zoals key, title, starts, ends"))],
        )
    if len(grid) > MAX_ROWS + 1:
        return Table(
            [],
            [],
            [
                (
                    "",
                    Problem(
                        "te veel rijen ({n}); hoogstens {max} sessies per keer", {"n": len(grid) - 1, "max": MAX_ROWS}
                    ),
                )
            ],
        )
    return _table(grid)


def _table(grid: list[list[Any]]) -> Table:
    columns, problems = [], []
    for i, name in enumerate(grid[0]):
        label = f"{column_letter(i)}"
        raw = str(name or "").strip().lower()
        found = ALIASES.get(raw, raw)
        if found not in SESSION_FIELDS:
            problems.append(
                (
                    f"{label} ({name})",
                    Problem(
                        "onbekende kolom {name}; gebruik: {allowed}",
                        {"name": name, "allowed": ", ".join(SESSION_FIELDS)},
                    ),
                )
            )
        elif found in columns:
            problems.append((f"{label} ({name})", Problem("kolom {name} staat er twee keer in", {"name": found})))
        columns.append(found)
    if "key" not in columns:
        problems.append(("", Problem("de kolom key ontbreekt: elke rij noemt de sessie die ze toevoegt of wijzigt")))
    rows = [_row(n, columns, cells) for n, cells in enumerate(grid[1:], start=2)]
    seen: dict[str, int] = {}
    for row in rows:
        if row.key and row.key in seen:
            row.problems.append(
                (
                    _label(columns, "key"),
                    Problem("sessie {key} staat ook in rij {n}", {"key": row.key, "n": seen[row.key]}),
                )
            )
        elif row.key:
            seen[row.key] = row.number
    return Table(columns, rows, problems)


def _row(number: int, columns: list[str], cells: list[Any]) -> Row:
    row = Row(number)
    for i, column in enumerate(columns):
        value = cells[i] if i < len(cells) else None
        if isinstance(value, str):
            value = value.strip()
        row.cells[column] = "" if value is None else str(value)
        if value in (None, "") or column not in SESSION_PARSERS:
            continue
        try:
            row.values[column] = SESSION_PARSERS[column](value)
        except Invalid as exc:
            row.problems.append((f"{column_letter(i)} ({column})", exc.problem))
    if "key" in columns and not row.key and not any(p[0].endswith("(key)") for p in row.problems):
        row.problems.append(
            (_label(columns, "key"), Problem("geen key: noem de sessie die deze rij toevoegt of wijzigt"))
        )
    return row


def _label(columns: list[str], name: str) -> str:
    return f"{column_letter(columns.index(name))} ({name})" if name in columns else name


def _csv(data: bytes) -> list[list[Any]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise Invalid(Problem("dit CSV-bestand is geen tekst in UTF-8; sla het op als 'CSV UTF-8'")) from None
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ("\t" if first.count("\t") > first.count(",") else ",")
    return [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _xlsx(data: bytes) -> list[list[Any]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise Invalid(
            Problem("dit is geen Excel-bestand (XLSX) dat te lezen is; sla het op als .xlsx of als CSV")
        ) from None
    try:
        sheet = book.worksheets[0]
        return [list(r) for _, r in zip(range(MAX_ROWS + 2), sheet.iter_rows(values_only=True))]
    finally:
        book.close()
