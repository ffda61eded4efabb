#!/usr/bin/env python3
"""Keep the header, every msgctxt/msgid_plural entry, and the first N other entries
of a PO file written by gettext (entries separated by blank lines). Optionally
rewrite some msgids to build a changed template (--pot-edits SEED)."""
import sys, random
path, limit = sys.argv[1], int(sys.argv[2])
blocks = open(path, encoding="utf-8").read().strip("\n").split("\n\n")
header, rest = blocks[0], blocks[1:]
special = [b for b in rest if "msgctxt" in b or "msgid_plural" in b][: limit // 3]
plain = [b for b in rest if b not in special][: limit - len(special)]
keep = [b for b in rest if b in special or b in plain]
sys.stdout.write("\n\n".join([header] + keep) + "\n")
