"""File intake: .eml, mbox and Maildir imports through accept(), idempotent on re-import.

Uses the shared ``factory`` fixture (tests/conftest.py): SQLite and PostgreSQL.
"""

from __future__ import annotations

import mailbox
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailflow.db.models import InboundMessage
from mailflow.intake.files import ingest_paths, iter_messages


def mail(n: int, eol: str = "\r\n") -> bytes:
    return eol.join(
        [
            f"From: p{n}@gemeente.nl",
            "To: d-loket@vng.nl",
            f"Subject: Aanmelding {n}",
            f"Message-ID: <f{n}@gemeente.nl>",
            "",
            f"Graag aanmelden voor sessie {n}.",
            "",
        ]
    ).encode()


def rows(factory: sessionmaker[Session]) -> list[InboundMessage]:
    with factory() as db:
        return list(db.scalars(select(InboundMessage).order_by(InboundMessage.id)))


def test_eml_is_stored_byte_for_byte(factory: sessionmaker[Session], tmp_path: Path) -> None:
    # Intent: a saved .eml (LF line endings here) is stored exactly as read, with its path.
    eml = tmp_path / "aanmelding.eml"
    eml.write_bytes(mail(1, "\n"))
    report = ingest_paths(factory, [eml])
    assert (report.new, report.duplicate, report.unreadable) == (1, 0, [])
    [row] = rows(factory)
    assert row.raw == mail(1, "\n") and row.source == "file" and row.source_ref == str(eml)
    assert report.ids == [row.id] and row.message_id == "<f1@gemeente.nl>"


def test_mbox_with_three_messages(factory: sessionmaker[Session], tmp_path: Path) -> None:
    # Intent: mbox messages are split by the library, "From " separators stripped, refs path#n.
    path = tmp_path / "export.mbox"
    box = mailbox.mbox(str(path))
    for n in (1, 2, 3):
        box.add(mail(n, "\n"))
    box.close()
    report = ingest_paths(factory, [path])
    assert (report.new, report.duplicate, report.unreadable) == (3, 0, [])
    stored = rows(factory)
    assert [r.source_ref for r in stored] == [f"{path}#{n}" for n in (1, 2, 3)]
    assert all(not r.raw.startswith(b"From ") and r.raw.startswith(b"From: ") for r in stored)
    assert stored[1].raw.rstrip(b"\n") == mail(2, "\n").rstrip(b"\n")


def test_maildir_reads_new_and_cur_not_tmp(factory: sessionmaker[Session], tmp_path: Path) -> None:
    # Intent: a Maildir's delivered mail is imported; tmp/ (in-progress deliveries) is not.
    md = mailbox.Maildir(str(tmp_path / "Maildir"))
    md.add(mailbox.MaildirMessage(mail(1)))
    msg = mailbox.MaildirMessage(mail(2))
    msg.set_subdir("cur")
    msg.set_flags("S")
    md.add(msg)
    (tmp_path / "Maildir" / "tmp" / "partial").write_bytes(mail(3))
    report = ingest_paths(factory, [tmp_path / "Maildir"])
    assert (report.new, report.duplicate, report.unreadable) == (2, 0, [])
    refs = [r.source_ref or "" for r in rows(factory)]
    assert [Path(r).parent.name for r in refs] == ["new", "cur"]


def test_reimport_counts_duplicates(factory: sessionmaker[Session], tmp_path: Path) -> None:
    # Intent: importing the same archive again, or the same mail in two formats, adds nothing.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.eml").write_bytes(mail(1))
    (tmp_path / "in" / "b.eml").write_bytes(mail(2))
    (tmp_path / "in" / "README.txt").write_text("not a mail, not picked up by the folder walk")
    box = mailbox.mbox(str(tmp_path / "in" / "old.mbox"))
    box.add(mail(1, "\n"))  # same Message-ID as a.eml, different bytes
    box.close()
    first = ingest_paths(factory, [tmp_path / "in"])
    assert (first.new, first.duplicate, first.unreadable) == (2, 1, [])
    again = ingest_paths(factory, [tmp_path / "in"])
    assert (again.new, again.duplicate) == (0, 3)
    assert again.summary() == "0 new, 3 already known, 0 unreadable"
    assert len(rows(factory)) == 2


def test_nested_folders_are_walked(factory: sessionmaker[Session], tmp_path: Path) -> None:
    # Intent: a folder of folders of .eml files (and a Maildir inside) is imported in full.
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.eml").write_bytes(mail(1))
    (tmp_path / "a" / "b" / "two.EML").write_bytes(mail(2))
    md = mailbox.Maildir(str(tmp_path / "a" / "md"))
    md.add(mail(3))
    assert ingest_paths(factory, [tmp_path / "a"]).new == 3


def test_unreadable_files_are_reported_one_line_each(factory: sessionmaker[Session], tmp_path: Path) -> None:
    # Intent: bad inputs are named with a reason and skipped; the good ones still go in.
    good = tmp_path / "good.eml"
    good.write_bytes(mail(1))
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"\n")
    missing = tmp_path / "missing.eml"
    report = ingest_paths(factory, [missing, empty, good])
    assert report.new == 1
    assert report.unreadable == [
        f"{missing}: cannot read: No such file or directory",
        f"{empty}: empty file, not a message",
    ]
    assert all("\n" not in line and "Traceback" not in line for line in report.unreadable)


BOUNCE = (
    b"From MAILER-DAEMON Mon Nov 23 09:00:00 2026\n"
    b"From: Mail Delivery System <MAILER-DAEMON@mx.gemeente.nl>\n"
    b"To: d-loket@vng.nl\nSubject: Undelivered Mail Returned to Sender\n"
    b"Message-ID: <bounce1@mx.gemeente.nl>\n\n"
    b"This is the mail system. Your message could not be delivered.\n\n"
    b"From d-loket@vng.nl Sun Nov 22 10:00:00 2026\n"
    b"From: d-loket@vng.nl\nTo: oud@gemeente.nl\nSubject: Aanmelding Utrecht\n"
    b"Message-ID: <orig1@vng.nl>\n\nIk wil graag aansluiten in Utrecht.\n"
)


def test_an_eml_that_starts_with_a_from_line_is_one_message(factory: sessionmaker[Session], tmp_path: Path) -> None:
    # A saved bounce with an mbox-style "From " line holds the original mail after another
    # "From " line: split as an mbox, the original became a second inbound message.
    eml = tmp_path / "bounce.eml"
    eml.write_bytes(BOUNCE)
    report = ingest_paths(factory, [eml])
    assert (report.new, report.duplicate, report.unreadable) == (1, 0, [])
    [row] = rows(factory)
    assert row.raw == BOUNCE and row.message_id == "<bounce1@mx.gemeente.nl>"
    assert row.source_ref == str(eml)


def test_a_file_without_mbox_suffix_is_split_only_when_asked(factory: sessionmaker[Session], tmp_path: Path) -> None:
    # Thunderbird keeps folders as suffix-less mbox files ("Inbox"): one message with a hint,
    # unless the operator says --mbox.
    path = tmp_path / "Inbox"
    box = mailbox.mbox(str(path))
    for n in (1, 2):
        box.add(mail(n, "\n"))
    box.close()
    errors: list[str] = []
    hints: list[str] = []
    assert [ref for ref, _raw in iter_messages(path, errors, hints=hints)] == [str(path)]
    assert errors == [] and hints == [
        f"{path}: starts with a 'From ' line but was read as one message; if it is an mbox file, import it with --mbox"
    ]
    split = ingest_paths(factory, [path], mbox=True)
    assert (split.new, split.duplicate, split.hints) == (2, 0, [])
    assert [r.source_ref for r in rows(factory)] == [f"{path}#1", f"{path}#2"]


def test_an_mbox_file_without_messages_is_reported(factory: sessionmaker[Session], tmp_path: Path) -> None:
    # A single mail saved as .mbox has no "From " line: say so instead of importing nothing silently.
    path = tmp_path / "saved.mbox"
    path.write_bytes(mail(1))
    report = ingest_paths(factory, [path])
    assert report.new == 0
    assert report.unreadable == [
        f"{path}: no messages found: an mbox file starts with a 'From ' line; save a single message as .eml"
    ]
