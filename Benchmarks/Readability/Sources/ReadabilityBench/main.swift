// Measures WaymarkKit's readability throughput in words per second per language.
//
// Usage: ReadabilityBench [--english FILE] [--words N] [--repeat R] [--only LANG]
//   --english FILE  English text to measure (one paragraph per line); bench.sh passes the
//                   same file to textstat so the two numbers are comparable.
//   --words N       approximate words per language corpus (default 200000).
//   --repeat R      runs per measurement; the fastest is reported (default 3).
//   --only LANG     measure only this language's sample corpus (for profiling).
// Prints `name formula words seconds words/s` lines: one per language (full report with
// hotspots, one core), then for the English file:
//   en-file             full report (counts, score, 3 hardest sentences), one core
//   en-file-score       counts and score only, what textstat computes, one core
//   en-file-all-cores   full report on every core (large input is split into runs)
import Foundation
import WaymarkKit

/// Short sample paragraphs per language; each corpus repeats them with a counter so no two
/// paragraphs are identical.
let samples: [String: String] = [
    "en": "Stop at the kerb and look both ways before you cross. If a car is coming, wait until it has passed. Dr. Lee says children under 9 should cross with an adult, e.g. a parent.",
    "es": "¿Necesitas ayuda? Llama al teléfono gratuito, p. ej. desde casa. El Sr. Pérez y la Dra. Ruiz te escucharán con tranquilidad y respeto.",
    "fi": "Pysähdy tien reunaan ja katso molempiin suuntiin. Jos auto tulee, odota. Esim. koulumatkalla kannattaa kulkea suojatien kautta.",
    "de": "Bleib am Bordstein stehen und schau nach links und rechts. Wenn ein Auto kommt, warte. Z.B. auf dem Schulweg hilft ein Zebrastreifen.",
    "fr": "Arrête-toi au bord du trottoir et regarde des deux côtés. Si une voiture arrive, attends qu'elle soit passée.",
    "it": "Fermati sul bordo del marciapiede e guarda da entrambe le parti. Se arriva un'auto, aspetta che sia passata.",
    "pt": "Pare na beira da calçada e olhe para os dois lados. Se vier um carro, espere até que ele passe.",
    "nl": "Stop bij de stoeprand en kijk naar beide kanten. Als er een auto komt, wacht dan tot hij voorbij is.",
    "sv": "Stanna vid trottoarkanten och titta åt båda hållen. Om en bil kommer, vänta tills den har passerat.",
    "ru": "Остановись у края тротуара и посмотри в обе стороны. Если едет машина, подожди, пока она проедет.",
]

func argument(_ name: String) -> String? {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else { return nil }
    return CommandLine.arguments[index + 1]
}

let repeats = max(1, Int(argument("--repeat") ?? "") ?? 3)

/// An analyzer for `language` that uses every core on large input, or only this thread.
func analyzer(_ language: String, allCores: Bool) -> ReadabilityAnalyzer {
    var analyzer = ReadabilityAnalyzer(languageTag: language)
    if !allCores { analyzer.parallelThresholdBytes = .max }
    return analyzer
}

/// Best of `repeats` timings of `work`, which returns the words it measured.
func fastest(_ work: () -> (words: Int, formula: String)) -> (words: Int, formula: String, seconds: Double) {
    _ = work()  // warm-up: loads the dictionary and fills the memos outside the timing
    var seconds = Double.infinity
    var result = (words: 0, formula: "")
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        result = work()
        seconds = min(seconds, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (result.words, result.formula, seconds)
}

func line(_ name: String, _ timing: (words: Int, formula: String, seconds: Double)) -> String {
    String(format: "%@ %@ %d %.4f %.0f", name, timing.formula, timing.words, timing.seconds, Double(timing.words) / timing.seconds)
}

/// The full report: counts, score and the three hardest sentences.
func report(_ language: String, _ blocks: [ProseBlock], allCores: Bool) -> (words: Int, formula: String, seconds: Double) {
    let analyzer = analyzer(language, allCores: allCores)
    return fastest {
        let report = analyzer.report(for: blocks)
        return (report.words, report.formulaID)
    }
}

/// What textstat computes: the counts and one score, no hotspots.
func score(_ language: String, _ blocks: [ProseBlock]) -> (words: Int, formula: String, seconds: Double) {
    let analyzer = analyzer(language, allCores: false)
    let formula = analyzer.defaultFormula
    return fastest {
        let statistics = analyzer.statistics(of: blocks)
        return formula.score(statistics).isNaN ? (0, formula.id) : (statistics.words, formula.id)
    }
}

let targetWords = Int(argument("--words") ?? "") ?? 200_000
print("name formula words seconds words_per_second")
for language in samples.keys.sorted() where argument("--only").map({ $0 == language }) ?? true {
    let sample = samples[language] ?? ""
    let perParagraph = max(1, sample.split(separator: " ").count)
    let blocks = (0..<(targetWords / perParagraph)).map {
        ProseBlock(text: "\(sample) \($0 % 97)", line: $0 + 1, kind: .paragraph)
    }
    print(line(language, report(language, blocks, allCores: false)))
}
if let path = argument("--english"), let text = try? String(contentsOfFile: path, encoding: .utf8) {
    let blocks = text.split(separator: "\n").enumerated().map {
        ProseBlock(text: String($0.element), line: $0.offset + 1, kind: .paragraph)
    }
    print(line("en-file", report("en", blocks, allCores: false)))
    print(line("en-file-score", score("en", blocks)))
    print(line("en-file-all-cores", report("en", blocks, allCores: true)))
}
