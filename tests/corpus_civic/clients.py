"""Mail-client styles built on mime.py."""
import hashlib
from datetime import timezone
from mime import *

def _b(seed, n=24):
    return hashlib.md5(seed.encode()).hexdigest()[:n]

def received(frm_addr, to_addr, d, host=None):
    dom = frm_addr.split("@")[1]
    todom = to_addr.split("@")[1]
    host = host or f"mail.{dom}"
    ip = f"198.51.100.{int(_b(frm_addr+str(d),2),16)%250+2}"
    return ("Received", f"from {host} ({host} [{ip}])\n\tby mx1.{todom} (Postfix) with ESMTPS id {_b(str(d)+frm_addr,12).upper()}\n\tfor <{to_addr}>; {fmtdate(d)}")

def _to(to):
    return addr(*to) if isinstance(to, tuple) else to

def _cc(cc):
    if not cc:
        return None
    return ", ".join(addr(*c) if isinstance(c, tuple) else c for c in cc)

def outlook(frm, to, subject, date, text, *, cc=None, charset="windows-1252", cte="quoted-printable",
            reply=None, extra=(), lang="nl-NL", html_text=None, tz=AMS):
    d = dt(date, tz)
    toaddr = to[1] if isinstance(to, tuple) else to
    du = d.astimezone(timezone.utc)
    b = "_000_" + _b(frm[1] + date).upper() + "_"
    h = [received(frm[1], toaddr, d, host=f"EUR0{int(_b(date,1),16)%6+1}-AM0-obe.outbound.protection.outlook.com"),
         ("From", addr(*frm)), ("To", _to(to)), ("CC", _cc(cc)), ("Subject", subj(subject)),
         ("Thread-Topic", subj(subject.split(": ", 1)[-1] if reply else subject)),
         ("Thread-Index", "AQH" + _b(subject + date, 20)),
         ("Date", fmtdate(du).replace("-0000", "+0000")),
         ("Message-ID", mid(frm[1], frm[1] + date + subject, "outlook")),
         ("In-Reply-To", reply), ("References", reply),
         ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang)] + list(extra)
    htm = html_text if html_text is not None else text_to_outlook_html(text, charset)
    body = multipart("alternative", [part("text/plain", text, cte, charset), part("text/html", htm, cte, charset)], b)
    return build(h, body), d

def gmail(frm, to, subject, date, text, *, cc=None, cte="quoted-printable", reply=None, extra=(), html_text=None, tz=AMS, attach=None):
    d = dt(date, tz)
    toaddr = to[1] if isinstance(to, tuple) else to
    b = "0000000000" + _b(frm[1] + date, 14)
    h = [received(frm[1], toaddr, d, host="mail-ed1-f44.google.com"), ("MIME-Version", "1.0"),
         ("References", reply), ("In-Reply-To", reply),
         ("From", addr(*frm)), ("Date", fmtdate(d)), ("Message-ID", mid(frm[1], frm[1] + date + subject, "gmail")),
         ("Subject", subj(subject)), ("To", _to(to)), ("Cc", _cc(cc))] + list(extra)
    htm = html_text if html_text is not None else text_to_gmail_html(text)
    alt = multipart("alternative", [part("text/plain", text, cte, "UTF-8"), part("text/html", htm, cte, "UTF-8")], b)
    if attach:
        b2 = "0000000000" + _b(frm[1] + date + "m", 14)
        alt = multipart("mixed", [alt] + attach, b2)
    return build(h, alt), d

def iphone(frm, to, subject, date, text, *, cte="quoted-printable", reply=None, footer="Verstuurd vanaf mijn iPhone", extra=(), tz=AMS):
    d = dt(date, tz)
    toaddr = to[1] if isinstance(to, tuple) else to
    if footer:
        text = text.rstrip("\n") + "\n\n" + footer + "\n"
    h = [received(frm[1], toaddr, d, host="p-east3-cluster2-host7-snip4-10.eps.apple.com" if "icloud" in frm[1] else None),
         ("Content-Type", 'text/plain;\n\tcharset=utf-8'), ("Content-Transfer-Encoding", cte),
         ("From", addr(*frm)), ("Mime-Version", "1.0 (1.0)"), ("Date", fmtdate(d)),
         ("Subject", subj(subject)), ("Message-Id", mid(frm[1].split("@")[1], frm[1] + date, "apple")),
         ("In-Reply-To", reply), ("References", reply), ("To", _to(to)), ("X-Mailer", "iPhone Mail (22D72)")] + list(extra)
    raw = headers([x for x in h]) + "\n" + encode(text, cte, "utf-8")
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return raw.encode("ascii"), d

def plain(frm, to, subject, date, text, *, cc=None, cte="8bit", charset="utf-8", params="", reply=None,
          extra=(), xmailer=None, tz=AMS, reply_to=None, msgid_style="plain"):
    d = dt(date, tz)
    toaddr = to[1] if isinstance(to, tuple) else to
    h = [received(frm[1], toaddr, d), ("From", addr(*frm)), ("To", _to(to)), ("Cc", _cc(cc)),
         ("Reply-To", addr(*reply_to) if reply_to else None), ("Subject", subj(subject)), ("Date", fmtdate(d)),
         ("Message-ID", mid(frm[1].split("@")[1], frm[1] + date + subject, msgid_style)),
         ("In-Reply-To", reply), ("References", reply), ("User-Agent", xmailer)] + list(extra)
    body = part("text/plain", text, cte, charset, params)
    return build(h, body), d

def html_only(frm, to, subject, date, htm, *, cte="quoted-printable", charset="utf-8", extra=(), tz=AMS, xmailer=None):
    d = dt(date, tz)
    toaddr = to[1] if isinstance(to, tuple) else to
    h = [received(frm[1], toaddr, d), ("From", addr(*frm)), ("To", _to(to)), ("Subject", subj(subject)),
         ("Date", fmtdate(d)), ("Message-ID", mid(frm[1].split("@")[1], frm[1] + date + subject)),
         ("X-Mailer", xmailer)] + list(extra)
    return build(h, part("text/html", htm, cte, charset)), d

def raw(date, text, tz=AMS):
    """Hand-written full message (headers + body) with LF; Date header must be in text."""
    d = dt(date, tz)
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii"), d

def attachment(ctype, filename, data_bytes):
    import base64
    b = base64.encodebytes(data_bytes).decode()
    return (f'Content-Type: {ctype}; name="{filename}"\nContent-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b}")
