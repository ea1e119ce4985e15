"""Small helpers to write raw RFC 5322 messages (LF inside, CRLF on disk)."""
import base64, quopri, hashlib, html
from datetime import datetime
from zoneinfo import ZoneInfo
from email.utils import formataddr, format_datetime
from email.header import Header

AMS = ZoneInfo("Europe/Amsterdam")
_seq = [0]

def dt(s, tz=AMS):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)

def fmtdate(d):
    return format_datetime(d)

def addr(name, a):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset="utf-8")

def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name="Subject").encode()

def mid(domain, seed, style="plain"):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if style == "outlook":
        pre = ["AM9PR", "DB9PR", "GV1PR", "DU0PR", "AS8PR", "PA4PR", "VI1PR", "AM6PR"][int(h[0], 16) % 8]
        host = f"{pre}{int(h[1:3],16)%10:02d}MB{int(h[3:7],16)%9000+1000}"
        return f"<{host}{h[8:40]}@{host}.eurprd{int(h[1:3],16)%10:02d}.prod.outlook.com>"
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "_").replace("=", "")
        return f"<CA{b}{h[:8].lower()}@mail.gmail.com>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:16].lower()}.{h[16:28].lower()}@{domain}>"

def encode(text, cte, charset="utf-8"):
    if cte == "base64":
        data = text.replace("\n", "\r\n").encode(charset)
        b = base64.encodebytes(data).decode("ascii")
        return b
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).decode("ascii")
    text.encode(charset)  # must be encodable
    return text

def part(ctype, text, cte="quoted-printable", charset="utf-8", params="", extra=()):
    hdr = [f'Content-Type: {ctype}; charset="{charset}"{params}']
    hdr += list(extra)
    if cte:
        hdr.append(f"Content-Transfer-Encoding: {cte}")
    body = encode(text, cte or "7bit", charset)
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(hdr) + "\n\n" + body

def multipart(subtype, parts, boundary, params=""):
    out = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"{params}\n\n']
    for p in parts:
        out.append(f"--{boundary}\n{p}\n")
    out.append(f"--{boundary}--\n")
    return "".join(out)

def text_to_outlook_html(text, charset):
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f'<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}}\n'
            f'span.E-mailStijl17\n\t{{mso-style-type:personal-compose;}}\n--></style>\n</head>\n'
            f'<body lang="NL" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")

def text_to_gmail_html(text):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append(f"<div>{html.escape(line, quote=False)}</div>")
    return '<div dir="ltr">' + "".join(out) + "</div>\n"

def headers(h):
    lines = []
    for k, v in h:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    return "\n".join(lines) + "\n"

def build(hdrs, body):
    raw = headers(hdrs) + "MIME-Version: 1.0\n" + body if not any(k == "MIME-Version" for k, _ in hdrs) else headers(hdrs) + body
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return raw.encode("utf-8")
