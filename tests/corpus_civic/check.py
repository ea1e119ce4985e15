#!/usr/bin/env python3
import email, json, os, sys, tomllib, re
from email import policy
from email.utils import parsedate_to_datetime
from collections import Counter
os.chdir(os.path.dirname(os.path.abspath(__file__)))
cat = tomllib.load(open("catalogue.toml", "rb"))
keys = {s["key"] for e in cat["events"] for s in e["sessions"]}
labels = [json.loads(l) for l in open("labels.jsonl")]
files = sorted(os.listdir("messages"))
ok = True
def bad(*a):
    global ok; ok = False; print("FAIL", *a)
assert [l["file"] for l in labels] == files
mids = set(); prev = None
for lab in labels:
    fn = lab["file"]; data = open("messages/" + fn, "rb").read()
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data): bad(fn, "non-CRLF line")
    if not data.endswith(b"\r\n"): bad(fn, "no final CRLF")
    m = email.message_from_bytes(data, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if m[h] is None: bad(fn, "missing", h)
    mid = str(m["Message-ID"]).strip()
    if mid in mids: bad(fn, "dup mid")
    mids.add(mid)
    d = parsedate_to_datetime(str(m["Date"]))
    if not ("2026-11-23" <= d.strftime("%Y-%m-%d") <= "2027-03-31"): bad(fn, "date", d)
    if prev and d < prev: bad(fn, "not date order")
    prev = d
    texts = []
    for p in m.walk():
        if p.defects: bad(fn, "defects", p.defects)
        if p.get_content_maintype() == "text":
            try: texts.append(p.get_content())
            except Exception as e: bad(fn, "decode", e)
        if p.get_content_type() == "message/rfc822":
            pass
    for h in m.keys():
        try: str(m[h])
        except Exception as e: bad(fn, "header", h, e)
    full = "\n".join(texts) + "\n" + "\n".join(str(v) for v in m.values())
    for s in lab["sessions"] + lab.get("from_sessions", []):
        if s not in keys: bad(fn, "bad key", s)
    if ("from_sessions" in lab) != (lab["kind"] == "change"): bad(fn, "from_sessions")
    if lab["kind"] in ("auto_reply", "bounce", "calendar_reply", "other") and (lab["sessions"] or lab["participants"]): bad(fn, "machine nonempty")
    if lab["kind"] == "question" and (lab["participants"] or lab["review"] is not True): bad(fn, "question rule")
    for p in lab["participants"]:
        if p != p.lower() or p not in full.lower(): bad(fn, "participant", p)
    if lab["review"] not in (True, False, "any"): bad(fn, "review")
print(Counter(l["kind"] for l in labels))
print(Counter(str(l["review"]) for l in labels))
ev = Counter()
for l in labels:
    ss = set(l["sessions"]) | set(l.get("from_sessions", []))
    for e in cat["events"]:
        if ss & {s["key"] for s in e["sessions"]}: ev[e["key"]] += 1
print(ev)
print("OK" if ok else "FAILED"); sys.exit(0 if ok else 1)
