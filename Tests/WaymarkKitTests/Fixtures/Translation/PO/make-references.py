#!/usr/bin/env python3
"""Entries with many #: references of varied length, to pin gettext's 79-column filling."""
import random
random.seed(4)
po = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
for k in range(60):
    refs = " ".join(f"Source-Content/{'p' * random.randint(1, 30)}.md:{random.randint(1, 999)}" for _ in range(random.randint(1, 9)))
    po += f'#: {refs}\nmsgid "message {k}"\nmsgstr ""\n\n'
print(po, end="")
