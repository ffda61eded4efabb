/// A fuzzy entry holds a translation of an older source (kept by `sync`, with
/// the old source in `#| msgid`); it is not published until a translator
/// reviews it and removes the flag. Reported at the entry's `msgstr` line.
struct FuzzyRule: CatalogEntryRule {
    static let description = RuleDescription(
        id: "fuzzy", name: "Fuzzy translation",
        summary: "A fuzzy entry's source changed since it was translated; review the translation and remove the 'fuzzy' flag.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Call a trusted adult today.", "Llama a un adulto de confianza.", triggering: true,
                         flags: ["fuzzy"], previous: "Call a trusted adult."),
        ],
        nonTriggeringExamples: [
            .translation("Call a trusted adult today.", "Llama hoy a un adulto de confianza.", triggering: false),
        ])

    /// A fuzzy entry: a translation-memory suggestion to review, or a translation of an older source.
    func check(_ entry: POEntry, at location: SourceLocation, path: String) -> [Diagnostic] {
        guard entry.state == .fuzzy else { return [] }
        if TranslationMemory.isSuggestion(entry) {
            let origin = entry.translatorComments.filter { $0.hasPrefix(TranslationMemory.commentPrefix) }
            return [diagnostic("suggestion for \"\(entry.msgid.excerpt())\" from translation memory: review it and remove the 'fuzzy' flag",
                               at: location, notes: origin + (entry.previousMsgid.map { ["suggested for: \"\($0)\""] } ?? []))]
        }
        // The previous source is a place of its own (the `#| msgid` line) when the entry was read from a file.
        let previous = entry.previousMsgid.map { "previous source: \"\($0)\"" }
        let place = previous.flatMap { text in Self.previousSourceLine(of: entry).map { RelatedLocation(text, at: SourceLocation(path: path, line: $0)) } }
        return [diagnostic("fuzzy translation of \"\(entry.msgid.excerpt())\": the source changed; review it and remove the 'fuzzy' flag",
                           at: location, notes: place == nil ? previous.map { [$0] } ?? [] : [], related: place.map { [$0] } ?? [])]
    }

    /// The line of `#| msgid` in the entry as read, or nil for an entry made in memory.
    static func previousSourceLine(of entry: POEntry) -> Int? {
        guard let origin = entry.origin, entry.line > 0 else { return nil }
        for (index, raw) in origin.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var scalars = Array(raw.unicodeScalars)
            if scalars.last == "\r" { scalars.removeLast() }
            if case .keyword(.previousMsgid, _, _, _) = POLine.classify(scalars) { return entry.line + index }
        }
        return nil
    }
}
