/// A catalog must be a valid gettext PO file. Reported by `POParser` with the
/// line and column of the problem; a catalog with errors is not used, so its
/// pages fall back to the source.
struct POSyntaxRule: SyntaxRule {
    static let description = RuleDescription(
        id: "po-syntax", name: "PO syntax",
        summary: "Catalogs under Locales/ must be valid UTF-8 gettext PO files (as msgfmt --check accepts them).",
        category: .syntax, defaultSeverity: .error,
        triggeringExamples: [
            RuleExample([RuleExample.catalogPath(locale: "es"): RuleExample.catalogHeader(locale: "es")
                + "\n#: \(RuleExample.pagePath):4\nmsgid \"Hello.\"\nmsgstr ↓\"Hola.\n"]),
            RuleExample([RuleExample.catalogPath(locale: "es"): RuleExample.catalogHeader(locale: "es")
                + "\n#: \(RuleExample.pagePath):4\nmsgid \"Hello.\"\n↓msgstr[0] \"Hola.\"\n"]),
        ].map(\.withSpanishLocale),
        nonTriggeringExamples: [
            .translation("Hello.", "Hola.", triggering: false),
        ])

    /// A compendium (`sync --compendium`) that could not be used: a warning, as the
    /// sync still runs without it.
    static func unusedCompendium(_ message: String, at location: SourceLocation) -> Diagnostic {
        diagnostic(message, at: location, severity: .warning)
    }
}

extension RuleExample {
    /// The example with `waymark.yaml` listing `es`, so `Locales/es/` is read.
    fileprivate var withSpanishLocale: RuleExample {
        RuleExample(files.merging(["waymark.yaml": "source-locale: en\nlocales: [en, es]\n"]) { old, _ in old })
    }
}
