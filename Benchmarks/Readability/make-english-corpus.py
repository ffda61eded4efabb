#!/usr/bin/env python3
"""Write the English benchmark text: the 115 reference paragraphs repeated to ~N words."""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
fixture = os.path.join(here, "../../Tests/WaymarkKitTests/Fixtures/Readability/textstat-english.json")
paragraphs = [p["text"] for p in json.load(open(fixture, encoding="utf-8"))["paragraphs"]]
target = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
lines, words, round_ = [], 0, 0
while words < target:
    for paragraph in paragraphs:
        lines.append(paragraph)
        words += len(paragraph.split())
    round_ += 1
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines) + "\n")
