#!/usr/bin/env python3
"""Build the Spanish syllabification gold list used by SpanishSyllabifierTests.

Writes Tests/WaymarkKitTests/Fixtures/Readability/spanish-gold.tsv with lines
    word<TAB>syl-la-bles<TAB>source

Sources, stated exactly:
  * "curated": hand-written cases for the hard rules (hiatus with written accent, h between
    vowels, gue/gui/güe, qu, ll, rr, ch, triphthongs, final y, the prefix sub-), divided by
    the rules of the Real Academia Española, Ortografía de la lengua española (2010), §4.1.1.
  * "agreed": words sampled deterministically (sha256) from the Debian package `wspanish`
    (/usr/share/dict/spanish), kept only where two independent syllabifiers published on
    PyPI, `pylabeador` (0.9) and `silabeador` (1.2), give the same division. Words where
    they disagree are dropped (printed with --show-disagreements), so no answer in the
    list comes from Waymark's own syllabifier.

Usage: apt-get install wspanish; pip install pylabeador silabeador;
       python3 Scripts/generate-spanish-gold.py
"""

import hashlib
import os
import re
import sys

import pylabeador
import silabeador

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests/WaymarkKitTests/Fixtures/Readability/spanish-gold.tsv")
WORDLIST = "/usr/share/dict/spanish"
SAMPLE_PER_MILLE = 16
SPANISH_WORD = re.compile(r"^[a-záéíóúüñ]{3,}$")

CURATED = """
país pa-ís
baúl ba-úl
reír re-ír
oír o-ír
raíz ra-íz
maíz ma-íz
río rí-o
día dí-a
tía tí-a
policía po-li-cí-a
frío frí-o
leíste le-ís-te
creíais cre-í-ais
búho bú-ho
prohíbe pro-hí-be
ahí a-hí
reúne re-ú-ne
aúlla a-ú-lla
león le-ón
poeta po-e-ta
caer ca-er
teatro te-a-tro
héroe hé-ro-e
aéreo a-é-re-o
chiita chi-i-ta
duunviro du-un-vi-ro
ciudad ciu-dad
cuidado cui-da-do
viuda viu-da
huevo hue-vo
aire ai-re
causa cau-sa
peine pei-ne
deuda deu-da
oiga oi-ga
estadounidense es-ta-dou-ni-den-se
buey buey
averiguáis a-ve-ri-guáis
limpiáis lim-piáis
miau miau
guau guau
hoy hoy
rey rey
muy muy
ley ley
reyes re-yes
yate ya-te
ayer a-yer
guerra gue-rra
guitarra gui-ta-rra
guiso gui-so
seguir se-guir
pingüino pin-güi-no
cigüeña ci-güe-ña
vergüenza ver-güen-za
agüero a-güe-ro
antigua an-ti-gua
agua a-gua
queso que-so
quiero quie-ro
química quí-mi-ca
tranquilo tran-qui-lo
calle ca-lle
llave lla-ve
caballo ca-ba-llo
perro pe-rro
carro ca-rro
tierra tie-rra
chico chi-co
coche co-che
muchacho mu-cha-cho
ahumar ahu-mar
prohibir prohi-bir
rehusar rehu-sar
alcohol al-co-hol
deshacer des-ha-cer
inhumano in-hu-ma-no
subrayar sub-ra-yar
subrogar sub-ro-gar
sublunar sub-lu-nar
subliminal sub-li-mi-nal
sublime su-bli-me
submarino sub-ma-ri-no
subterráneo sub-te-rrá-ne-o
instrumento ins-tru-men-to
construir cons-truir
obstáculo obs-tá-cu-lo
abstracto abs-trac-to
explicar ex-pli-car
extraño ex-tra-ño
transporte trans-por-te
hablar ha-blar
siempre siem-pre
padre pa-dre
otro o-tro
cofre co-fre
iglesia i-gle-sia
aplauso a-plau-so
bicicleta bi-ci-cle-ta
niño ni-ño
año a-ño
examen e-xa-men
taxi ta-xi
ninguno nin-gu-no
guante guan-te
""".strip().splitlines()


def divisions(word):
    """The divisions of both reference syllabifiers (None where a tool fails on the word)."""
    results = []
    for tool in (pylabeador.syllabify, silabeador.syllabify):
        try:
            results.append("-".join(tool(word)))
        except Exception:  # a reference tool failing on a word just drops the word
            results.append(None)
    return results


def sampled(word):
    digest = hashlib.sha256(word.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 1000 < SAMPLE_PER_MILLE


def main():
    show = "--show-disagreements" in sys.argv
    rows = [(w, d, "curated") for w, d in (line.split() for line in CURATED)]
    curated_words = {w for w, _, _ in rows}
    with open(WORDLIST, encoding="utf-8") as handle:
        words = sorted({w.strip() for w in handle if SPANISH_WORD.match(w.strip())})
    dropped = 0
    for word in words:
        if word in curated_words or not sampled(word):
            continue
        first, second = divisions(word)
        if first is None or first != second:
            dropped += 1
            if show:
                print("disagree:", word, first, second)
            continue
        division = first
        rows.append((word, division, "agreed"))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Spanish syllabification gold list; see Scripts/generate-spanish-gold.py\n")
        for word, division, source in rows:
            out.write(f"{word}\t{division}\t{source}\n")
    print(f"{len(rows)} words ({len(curated_words)} curated), {dropped} dropped on disagreement -> {OUT}")


if __name__ == "__main__":
    main()
