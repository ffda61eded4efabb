#!/usr/bin/env python3
"""textstat throughput on the same English file as ReadabilityBench (one paragraph per line).

Prints two lines, `name words seconds words_per_second`:
  textstat            one flesch_kincaid_grade call on the whole text (its fastest mode);
  textstat-paragraphs one call per paragraph (how a page-by-page tool calls it); each
                      paragraph gets a distinct suffix so textstat's memo cache cannot help.
textstat computes words, sentences and syllables for each call, as Waymark's report does.
A warm-up call loads NLTK's CMUdict before timing.
"""
import sys
import time

import textstat

text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = [line for line in text.split("\n") if line]
textstat.flesch_kincaid_grade("Warm up the dictionary. It loads once.")
words = textstat.lexicon_count(text)

start = time.perf_counter()
textstat.flesch_kincaid_grade(text)
seconds = time.perf_counter() - start
print(f"textstat {words} {seconds:.4f} {words / seconds:.0f}")

start = time.perf_counter()
for number, paragraph in enumerate(paragraphs):
    textstat.flesch_kincaid_grade(f"{paragraph} {number}")
seconds = time.perf_counter() - start
print(f"textstat-paragraphs {words} {seconds:.4f} {words / seconds:.0f}")
