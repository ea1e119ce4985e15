"""Bounces mark only the recipients that failed: never the From, Reply-To, Cc, our own address or a Message-ID."""

from __future__ import annotations

import pytest

from mailflow.understand import Understander

from support import make_catalogue

ORIGINAL = (
    "Return-Path: <d-loket@vng.nl>\r\nFrom: Secretariaat <d-loket@vng.nl>\r\nTo: gone@example.net\r\n"
    "Cc: secretaris@gemeente.nl\r\nReply-To: antwoord@vng.nl\r\nMessage-ID: <conf.1@gemeente.nl>\r\n"
    "References: <orig.5@gemeente.nl>\r\nSubject: Bevestiging\r\n\r\n"
    "U bent ingeschreven. Vragen? Mail secretaris@gemeente.nl.\r\n"
)


@pytest.fixture(scope="module")
def u() -> Understander:
    return Understander(make_catalogue())


def dsn(*blocks: tuple[str, str], returned: str = ORIGINAL) -> bytes:
    status = "".join(f"Final-Recipient: rfc822; {a}\r\nAction: {act}\r\nStatus: 5.1.1\r\n\r\n" for a, act in blocks)
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\nTo: d-loket@vng.nl\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <b1@mx.example.net>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
        "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered to gone@example.net,\r\n"
        "copied to secretaris@gemeente.nl.\r\n"
        f"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n\r\n{status}"
        f"--B\r\nContent-Type: text/rfc822-headers\r\n\r\n{returned.split(chr(13) + chr(10) * 2)[0]}\r\n\r\n--B--\r\n"
    ).encode()


def test_dsn_marks_the_failed_final_recipient_only(u):
    # the delayed one is not marked; the Cc'd secretary and the From in the returned headers are not touched
    it = u.understand(dsn(("gone@example.net", "failed"), ("slow@example.net", "delayed")))
    assert it.kind == "bounce" and it.bounce_permanent and it.bounced == ["gone@example.net"]


def test_dsn_never_marks_our_own_address_or_a_message_id(u):
    it = u.understand(dsn(("d-loket@vng.nl", "failed"), ("conf.1@gemeente.nl", "failed")))
    assert it.kind == "bounce" and it.bounced == []


def test_dsn_with_an_encoded_word_marks_nobody(u):
    it = u.understand(dsn(("=?utf-8?B?8J+QiPCfkIg=?=@example.org", "failed")))
    assert it.kind == "bounce" and it.bounced == []


QMAIL = (
    "From: MAILER-DAEMON@mx.example.net\r\nTo: d-loket@vng.nl\r\nSubject: failure notice\r\n"
    "Message-ID: <b2@mx.example.net>\r\n\r\n"
    "Hi. This is the qmail-send program at mx.example.net.\r\n"
    "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
    "This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n"
    "<gone@example.net>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n\r\n"
    "--- Below this line is a copy of the message.\r\n\r\n" + ORIGINAL
)


def test_plain_text_bounce_marks_what_the_detector_names_not_every_address(u):
    # before: every address in the first 4,000 characters (From, Cc, Reply-To, Message-IDs) was marked
    it = u.understand(QMAIL.encode())
    assert it.kind == "bounce" and it.bounced == ["gone@example.net"] and it.bounce_permanent
    assert not it.may_reply


def test_plain_text_bounce_whose_detector_names_a_bystander_marks_nobody(u):
    # a text report that names the Cc'd secretary as failed: a text report cannot be trusted for her
    raw = QMAIL.replace("<gone@example.net>:", "<secretaris@gemeente.nl>:").encode()
    it = u.understand(raw)
    assert it.kind == "bounce" and it.bounced == []
    assert any(e.what == "bounce" and "secretaris@gemeente.nl" in e.text for e in it.evidence)


def test_unreadable_bounce_is_machine_mail_that_marks_nobody(u):
    raw = (
        "From: postmaster@mx.example.net\r\nTo: d-loket@vng.nl\r\nSubject: Delivery failure\r\n\r\n"
        "Something went wrong with a message from d-loket@vng.nl (Message-ID <conf.1@gemeente.nl>).\r\n"
    ).encode()
    it = u.understand(raw)
    assert it.kind == "bounce" and it.bounced == [] and not it.may_reply and not it.review


def test_spam_complaint_report_is_not_a_bounce(u):
    raw = (
        "From: staff@hotmail.example\r\nTo: d-loket@vng.nl\r\nSubject: complaint about message\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=feedback-report; boundary=B\r\n\r\n"
        "--B\r\nContent-Type: text/plain\r\n\r\nThis is an email abuse report.\r\n"
        "--B\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\n\r\n--B--\r\n"
    ).encode()
    it = u.understand(raw)
    assert it.kind == "other" and it.bounced == [] and not it.may_reply
