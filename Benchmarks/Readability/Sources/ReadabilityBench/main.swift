// Measures WaymarkKit's readability throughput in words per second per language.
//
// Usage: ReadabilityBench [--english FILE] [--words N] [--repeat R]
//   --english FILE  English text to measure (one paragraph per line); bench.sh passes the
//                   same file to textstat so the two numbers are comparable.
//   --words N       approximate words per language corpus (default 200000).
//   --repeat R      runs per measurement; the fastest is reported (default 3).
//   --only LANG     measure only this language's sample corpus (for profiling).
// Prints one line per language: `lang formula words seconds words/s`, then the English
// file's line `en-file ...` that bench.sh compares with textstat.
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

/// Best of `repeats` runs of one report over all blocks.
func measure(_ language: String, _ blocks: [ProseBlock]) -> String {
    let analyzer = ReadabilityAnalyzer(languageTag: language)
    _ = analyzer.report(for: Array(blocks.prefix(10)))  // load the dictionary outside the timing
    var seconds = Double.infinity
    var report = analyzer.report(for: [])
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        report = analyzer.report(for: blocks)
        seconds = min(seconds, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let rate = Double(report.words) / seconds
    return String(format: "%@ %@ %d %.4f %.0f", language, report.formulaID, report.words, seconds, rate)
}

let targetWords = Int(argument("--words") ?? "") ?? 200_000
print("language formula words seconds words_per_second")
for language in samples.keys.sorted() where argument("--only").map({ $0 == language }) ?? true {
    let sample = samples[language] ?? ""
    let perParagraph = max(1, sample.split(separator: " ").count)
    let blocks = (0..<(targetWords / perParagraph)).map {
        ProseBlock(text: "\(sample) \($0 % 97)", line: $0 + 1, kind: .paragraph)
    }
    print(measure(language, blocks))
}
if let path = argument("--english"), let text = try? String(contentsOfFile: path, encoding: .utf8) {
    let blocks = text.split(separator: "\n").enumerated().map {
        ProseBlock(text: String($0.element), line: $0.offset + 1, kind: .paragraph)
    }
    print(measure("en", blocks).replacingOccurrences(of: "en ", with: "en-file ", options: .anchored))
}
