#!/usr/bin/env python3
"""Writes messages/NNN.eml and labels.jsonl for blind set 5 (numbered by Date)."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from gen_machine import M

msgs = sorted(M, key=lambda m: m[0])
shutil.rmtree("messages", ignore_errors=True)
os.makedirs("messages")
with open("labels.jsonl", "w") as f:
    for i, (d, raw, lab) in enumerate(msgs, 1):
        name = f"{i:03d}.eml"
        with open(f"messages/{name}", "wb") as g:
            g.write(raw)
        f.write(json.dumps({"file": name, **lab}, ensure_ascii=False) + "\n")
print(len(msgs), "messages")
