#!/usr/bin/env python3
"""Turn a translated PO (stdin) into a changed template (stdout) for msgmerge:
drop every 7th entry, reword every 5th (append or replace a word), add new ones.
Deterministic (seeded)."""
import sys, random, re
random.seed(int(sys.argv[1]))
blocks = sys.stdin.read().strip("\n").split("\n\n")
out = []
for i, b in enumerate(blocks):
    if i == 0:
        out.append(b); continue
    if i % 7 == 0 or "#~ msgid" in b:
        continue
    lines = b.split("\n")
    # empty every msgstr (template)
    res, in_str = [], False
    for ln in lines:
        if ln.startswith("msgstr"):
            res.append(ln.split(" ", 1)[0] + ' ""'); in_str = True; continue
        if in_str and ln.startswith('"'):
            continue
        in_str = False
        if ln.startswith("#|") or ln.startswith("#, fuzzy"):
            continue
        res.append(ln)
    b = "\n".join(res)
    if i % 5 == 0:
        b = re.sub(r'(msgid ".*?)"$', lambda m: m.group(1) + ' now"', b, count=1, flags=re.M)
        b = b.replace('msgid ""\n"', 'msgid ""\n"Reworded: ', 1)
    out.append(b)
for k in range(5):
    out.append(f'msgid "A brand new message number {k} for template {sys.argv[1]}"\nmsgstr ""')
sys.stdout.write("\n\n".join(out) + "\n")
