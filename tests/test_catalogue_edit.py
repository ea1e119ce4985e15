"""Catalogue edits without a server: the TOML document, validation before writing, the atomic write, the
schedule-change rule, the export, the spreadsheet reader and ``[catalogue] web_file``."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
from pathlib import Path

import pytest
import tomlkit
from openpyxl import Workbook

from mailflow.catalogue import CatalogueError, load_catalogue
from mailflow.catalogue.edit import (
    Sources,
    add_session,
    find_event,
    find_session,
    schedule_changes,
    set_values,
    validate,
    write_atomic,
)
from mailflow.catalogue.export import before_text, dump_events
from mailflow.catalogue.fields import SESSION_PARSERS, parse
from mailflow.catalogue.load import load_texts
from mailflow.catalogue.table_import import column_letter, read
from mailflow.config import ConfigError, load_settings

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "catalogue.toml"


@pytest.fixture
def sources(tmp_path: Path) -> Sources:
    path = tmp_path / "catalogue.toml"
    shutil.copy(DEMO, path)
    return Sources((path,))


def edited(sources: Sources, change: dict[str, object], session: str = "dia-demo-utrecht") -> str:
    doc = tomlkit.parse(sources.files[0].read_text(encoding="utf-8"))
    table = find_session(find_event(doc, "dia-demo"), session)  # type: ignore[arg-type]
    assert table is not None
    set_values(table, change)
    return tomlkit.dumps(doc)


def test_an_edit_keeps_comments_and_other_keys_and_none_removes_a_key(sources: Sources) -> None:
    text = edited(sources, {"starts": dt.datetime(2030, 6, 10, 10, 0), "capacity": None})
    assert text.startswith("# Demo catalogue") and 'region = "Midden-west"' in text
    cat = validate(sources, {sources.files[0]: text})
    assert cat.session("dia-demo-utrecht").capacity is None
    assert cat.session("dia-demo-utrecht").starts.hour == 10


def test_validation_is_the_loaders_with_file_and_line(sources: Sources) -> None:
    text = edited(sources, {"ends": dt.datetime(2030, 6, 10, 8, 0)})
    with pytest.raises(CatalogueError, match=r"catalogue.toml:\d+: session 'dia-demo-utrecht'.ends: must be later"):
        validate(sources, {sources.files[0]: text})
    doc = tomlkit.parse(sources.files[0].read_text(encoding="utf-8"))
    add_session(
        find_event(doc, "planningsdag-demo"),
        {
            "key": "dia-demo-utrecht",
            "title": "Dubbel",  # type: ignore[arg-type]
            "starts": dt.datetime(2030, 1, 1, 9),
            "ends": dt.datetime(2030, 1, 1, 10),
        },
    )
    with pytest.raises(CatalogueError, match="session keys must be unique"):
        validate(sources, {sources.files[0]: tomlkit.dumps(doc)})


def test_write_atomic_replaces_the_file_and_keeps_its_mode(sources: Sources) -> None:
    path = sources.files[0]
    os.chmod(path, 0o640)
    write_atomic(path, "[[events]]\n")
    assert path.read_text(encoding="utf-8") == "[[events]]\n" and (path.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_schedule_changes_follow_the_sync_rule(sources: Sources) -> None:
    old = validate(sources, {})
    moved = validate(sources, {sources.files[0]: edited(sources, {"city": "Amersfoort", "capacity": 10})})
    assert schedule_changes(old, moved) == {"dia-demo-utrecht": "changed"}
    only_capacity = validate(sources, {sources.files[0]: edited(sources, {"capacity": 10, "title": "Nieuw"})})
    assert schedule_changes(old, only_capacity) == {}
    cancelled = validate(sources, {sources.files[0]: edited(sources, {"status": "cancelled"})})
    assert schedule_changes(old, cancelled) == {"dia-demo-utrecht": "cancelled"}


def test_export_reads_back_as_the_same_catalogue() -> None:
    cat = load_catalogue([DEMO])
    again = load_texts([(Path("export.toml"), dump_events(cat.events, header="export"))])
    assert again.events == cat.events
    assert [before_text(dt.timedelta(days=2)), before_text(dt.timedelta(hours=5))] == ["2 days", "5 hours"]


def test_form_values_parse_with_problems_per_field() -> None:
    values, problems = parse(
        {"starts": "2030-06-10T09:00", "capacity": "12", "online": "", "colour": "red", "online_url": "teams"},
        SESSION_PARSERS,
    )
    assert values["starts"] == dt.datetime(2030, 6, 10, 9) and values["capacity"] == 12 and values["online"] is None
    assert set(problems) == {"colour", "online_url"}
    assert problems["colour"].values["name"] == "colour"


def test_csv_with_semicolons_dutch_headers_and_problems_by_row_and_column() -> None:
    data = (
        "sleutel;titel;begin;einde;capaciteit\n"
        "a-1;A;2030-01-01 09:00;2030-01-01 10:00;5\n"
        "a-2;B;morgen;2030-01-01 10:00;-1\n"
        "a-1;C;2030-01-02 09:00;2030-01-02 10:00;\n"
    ).encode("utf-8-sig")
    table = read(data, "csv")
    assert table.columns == ["key", "title", "starts", "ends", "capacity"] and not table.problems
    assert [r.number for r in table.good] == [2]
    bad = {r.number: [c for c, _ in r.problems] for r in table.rows if r.problems}
    assert bad == {3: ["C (starts)", "E (capacity)"], 4: ["A (key)"]}
    assert read(b"key,kleur\nx,rood\n", "csv").problems[0][0] == "B (kleur)"
    assert read(b"", "csv").problems and read(b"not a zip", "xlsx").problems


def test_xlsx_cells_keep_their_types() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["key", "starts", "ends", "capacity", "online"])
    sheet.append(["x-1", dt.datetime(2030, 1, 1, 9), dt.datetime(2030, 1, 1, 10), 3.0, True])
    sheet.append(["x-2", dt.datetime(2030, 1, 1, 9), dt.datetime(2030, 1, 1, 10), 3.5, "misschien"])
    out = io.BytesIO()
    book.save(out)
    table = read(out.getvalue(), "xlsx")
    assert table.rows[0].values == {
        "key": "x-1",
        "starts": dt.datetime(2030, 1, 1, 9),
        "ends": dt.datetime(2030, 1, 1, 10),
        "capacity": 3,
        "online": True,
    }
    assert [c for c, _ in table.rows[1].problems] == ["D (capacity)", "E (online)"]
    assert [column_letter(i) for i in (0, 25, 26)] == ["A", "Z", "AA"]


def test_web_file_must_be_one_of_the_catalogue_files(tmp_path: Path) -> None:
    shutil.copy(DEMO, tmp_path / "a.toml")
    config = tmp_path / "mailflow.toml"
    config.write_text('[catalogue]\nfiles = ["a.toml"]\nweb_file = "b.toml"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"web_file: 'b.toml' is not one of \[catalogue\] files"):
        load_settings(config)
    config.write_text('[catalogue]\nfiles = ["a.toml"]\nweb_file = "a.toml"\n', encoding="utf-8")
    settings = load_settings(config)
    assert settings.catalogue_web_file == tmp_path / "a.toml"
    assert Sources(settings.catalogue_files, settings.catalogue_web_file).new_events_file == tmp_path / "a.toml"
