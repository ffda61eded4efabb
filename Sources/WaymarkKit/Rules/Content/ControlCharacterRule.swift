/// Control characters other than tab and newline (ESC, BEL, NUL, DEL, C1) have no
/// place in reading material: terminal escapes and bells attack the tools that read
/// the output, and NULs hide text from checks. Every channel strips them
/// (`ControlCharacters`); this warning says where they were written: in a source
/// file under `Source-Content/`, or in a translation at its `.po` line.
struct ControlCharacterRule: ProjectRule, TranslationUnitRule {
    /// Its first phase (every text file of the project); it also runs on every translation (`check(unit:)`).
    static let phase = RulePhase.project

    static let description = RuleDescription(
        id: "control-character", name: "Control character",
        summary: "Text must not contain control characters other than tab and newline (ESC, BEL, NUL, ...); they are removed from the output.",
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            .page("Ring the bell ↓\u{07} now."),
            .translation("Hello.", "Hola\u{1B}[31m.", triggering: true),
        ],
        nonTriggeringExamples: [
            .page("Tabs\tand\nnewlines are fine."),
            .translation("Hello.", "Hola.", triggering: false),
        ])

    /// Files written in `Source-Content/`: pages, program files, `_ui.yaml`, `_data`.
    static let checkedExtensions: Set<String> = ["md", "yaml", "yml"]

    /// The most reported per file; a binary file pasted by mistake would flood the report.
    static let perFileLimit = 5

    /// Every file is scanned, on every core: a project of 10,000 pages is megabytes of text.
    func check(_ context: RuleContext) -> [Diagnostic] {
        let files = context.project.files.files
        let paths = files.keys.filter { path in
            guard path.hasPrefix(ContentLoader.contentFolder + "/"), !path.contains("/_assets/"),
                  let ext = path.split(separator: ".").last else { return false }
            return Self.checkedExtensions.contains(ext.lowercased())
        }
        let flagged = paths.parallelMap { path in files[path]!.withUnsafeBytes(ControlCharacters.mayAppear(inUTF8:)) }
        return zip(paths, flagged).filter(\.1).map(\.0).sorted().flatMap { path -> [Diagnostic] in
            guard let data = files[path] else { return [] }
            return Self.places(in: String(decoding: data, as: UTF8.self)).prefix(Self.perFileLimit).map { place in
                diagnostic("control character \(place.name) in the text; it is removed from the output", at: SourceLocation(path: path, line: place.line, column: place.column))
            }
        }
    }

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard let first = Self.places(in: unit.translation).first else { return [] }
        return [diagnostic("control character \(first.name) in the translation; it is removed from the output", at: unit.location)]
    }

    /// Each stripped control character: line, UTF-8 byte column and its code point (`U+001B`).
    static func places(in text: String) -> [(line: Int, column: Int, name: String)] {
        guard ControlCharacters.appear(in: text) else { return [] }
        var places: [(line: Int, column: Int, name: String)] = []
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if ControlCharacters.isStripped(scalar), scalar != "\r" {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                places.append((line, column, "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex))
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += String(scalar).utf8.count }
        }
        return places
    }
}
