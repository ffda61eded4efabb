/// A translation must keep its source's inline Markdown: the same number of
/// emphasis, strong, strikethrough, code spans, links, images, footnote
/// references and hard line breaks, and links to the same pages. `*x*` and
/// `_x_` are the same emphasis. Absolute URLs are `url-changed`'s concern.
struct MarkupMismatchRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "markup-mismatch", name: "Markup mismatch",
        summary: "A translation must keep the source's emphasis, strong, code spans, links, images and line breaks, and link to the same pages.",
        category: .translation, defaultSeverity: .error,
        triggeringExamples: [
            .translation("Never share your **password**.", "Nunca compartas tu contraseña.", triggering: true),
            .translation("Read [the next page](02-passwords.md).", "Lue [seuraava sivu](03-help.md).", locale: "fi", triggering: true,
                         files: linkedPages),
            .translation("Type `help` to start.", "Escribe help para empezar.", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Never share your *password*.", "Nunca compartas tu _contraseña_.", triggering: false),
            .translation("Read **[the next page](02-passwords.md)**.", "Lue **[seuraava sivu](02-passwords.md)**.", locale: "fi",
                         triggering: false, files: linkedPages),
        ])

    /// The pages the examples link to.
    static let linkedPages = [
        "Source-Content/guide/02-passwords.md": "---\ntitle: Passwords\n---\nKeep them secret.\n",
        "Source-Content/guide/03-help.md": "---\ntitle: Help\n---\nAsk a trusted adult.\n",
    ]

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard !(TranslationProse.isPlain(unit.sourceText) && TranslationProse.isPlain(unit.translation)) else { return [] }
        let source = InlineMarkupInventory(unit.sourceText)
        let translated = InlineMarkupInventory(unit.translation)
        var problems = Self.counted.compactMap { name, count -> String? in
            let (expected, found) = (count(source), count(translated))
            return expected == found ? nil : "\(name): \(expected) in the source, \(found) in the translation"
        }
        if source.linkDestinations.count == translated.linkDestinations.count {
            problems += Self.targetChanges(from: Self.pageTargets(source), to: Self.pageTargets(translated))
        }
        guard !problems.isEmpty else { return [] }
        return [diagnostic("markup differs from the source: \(problems.joined(separator: "; "))", at: unit.location)]
    }

    /// What is counted, by the name messages use.
    private static let counted: [(String, @Sendable (InlineMarkupInventory) -> Int)] = [
        ("emphasis", { $0.emphasis }), ("strong", { $0.strong }), ("strikethrough", { $0.strikethrough }),
        ("code spans", { $0.codeSpans }), ("links", { $0.linkDestinations.count }), ("images", { $0.imageSources.count }),
        ("footnote references", { $0.footnoteReferences.count }), ("line breaks", { $0.lineBreaks }),
    ]

    /// Link destinations that are not absolute URLs: pages, anchors, files.
    private static func pageTargets(_ inventory: InlineMarkupInventory) -> [String] {
        inventory.linkDestinations.filter { !ChannelPath.isExternal($0) && URLScanner.urls(in: $0).isEmpty }
    }

    /// Targets linked in the source but not the translation and vice versa,
    /// counted, in any order (word order may move links around).
    private static func targetChanges(from source: [String], to translated: [String]) -> [String] {
        var remaining = translated
        var missing: [String] = []
        for target in source {
            if let index = remaining.firstIndex(of: target) { remaining.remove(at: index) } else { missing.append(target) }
        }
        return missing.map { "no link to '\($0)'" } + remaining.map { "link to '\($0)' not in the source" }
    }
}
