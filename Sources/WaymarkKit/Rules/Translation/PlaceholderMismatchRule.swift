/// A translation must keep every `{{placeholder}}` of its source and add none:
/// a lost `{{helplines.0.phone}}` hides a phone number from the reader, an
/// unknown one shows braces. Order may change with the language's word order.
struct PlaceholderMismatchRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "placeholder-mismatch", name: "Placeholder mismatch",
        summary: "A translation must contain the same set of {{placeholders}} as its source (any order).",
        category: .translation, defaultSeverity: .error,
        triggeringExamples: [
            .translation("Call {{helplines.0.phone}} now.", "Llama ahora.", triggering: true, files: helplines),
            .translation("Call {{helplines.0.phone}} now.", "Soita numeroon {{helplines.0.name}} nyt.", locale: "fi",
                         triggering: true, files: helplines),
            .translation("Call {{helplines.0.phone}} now.", "Llama al {{helplines.0.phne}} ahora.", triggering: true, files: helplines),
        ],
        nonTriggeringExamples: [
            .translation("Call {{helplines.0.name}} on {{helplines.0.phone}}.",
                         "Llama al {{helplines.0.phone}} ({{helplines.0.name}}).", triggering: false, files: helplines),
            .translation("Call {{ helplines.0.phone }} now.", "Soita nyt {{helplines.0.phone}}.", locale: "fi",
                         triggering: false, files: helplines),
        ])

    /// A `_data` file that defines the placeholders the examples use.
    static let helplines = ["Source-Content/_data/helplines.yaml": "- name: Sample Helpline\n  phone: '0800 000 000'\n"]

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        let source = Set(Placeholder.scan(unit.sourceText).map(\.name))
        let found = Placeholder.scan(unit.translation)
        let translated = Set(found.map(\.name))
        guard source != translated else { return [] }
        var problems: [String] = []
        let missing = source.subtracting(translated)
        let added = translated.subtracting(source)
        if !missing.isEmpty { problems.append("missing \(Self.list(missing))") }
        if !added.isEmpty { problems.append("\(Self.list(added)) not in the source") }
        var suggestions: [Suggestion] = []
        var range: Range<SourceLocation>?
        for (wrong, right) in Self.misspellings(added: added, missing: missing) {
            let spots = found.filter { $0.name == wrong }.compactMap { Self.nameRange(of: $0, in: unit.translation) }
            range = range ?? spots.first.flatMap(unit.fileRange)
            let replacements = spots.compactMap { unit.replacement(of: $0, with: right) }
            guard !replacements.isEmpty, replacements.count == spots.count else { continue }
            suggestions.append(Suggestion("replace {{\(wrong)}} with {{\(right)}}", replacements: replacements, isSafe: true))
        }
        return [diagnostic("placeholders differ from the source: \(problems.joined(separator: "; "))", at: unit.location,
                           range: range, suggestions: suggestions)]
    }

    /// Pairs of an added placeholder and the missing one it misspells: one edit apart,
    /// and neither close to any other, so the fix is the only reading.
    static func misspellings(added: Set<String>, missing: Set<String>) -> [(String, String)] {
        added.sorted().compactMap { wrong in
            let near = missing.filter { EditDistance.levenshtein(wrong, $0) == 1 }
            guard near.count == 1, let right = near.first,
                  added.filter({ EditDistance.levenshtein($0, right) == 1 }).count == 1 else { return nil }
            return (wrong, right)
        }
    }

    /// The range of the placeholder's name (inside the braces) in `text`.
    static func nameRange(of placeholder: Placeholder, in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        guard let open = utf8.index(utf8.startIndex, offsetBy: placeholder.utf8Offset + 2, limitedBy: utf8.endIndex),
              let name = text[open...].range(of: placeholder.name) else { return nil }
        return name
    }

    private static func list(_ names: Set<String>) -> String {
        names.sorted().map { "{{\($0)}}" }.joined(separator: ", ")
    }
}
