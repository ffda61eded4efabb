/// A package given to `waymark import` must be well-formed XLIFF 1.2 or 2.0
/// (parsed with external entities off). Reported by the XLIFF reader at the
/// line and column libxml2 gives (just after the offending tag); nothing is
/// imported from a broken package.
struct XLIFFSyntaxRule: SyntaxRule {
    static let description = RuleDescription(
        id: "xliff-syntax", name: "XLIFF syntax",
        summary: "An imported package must be well-formed XLIFF 1.2 or 2.0 without external entities.",
        category: .syntax, defaultSeverity: .error,
        triggeringExamples: [
            .xliffImport(catalogTranslation: "", unit: """
                    <unit id="u1">
                      <segment state="translated">
                        <source>Call a trusted adult.</source>
                        <target>Llama a un adulto de confianza.</targte>↓
                      </segment>
                    </unit>
                """),
        ],
        nonTriggeringExamples: [
            .xliffImport(catalogTranslation: "", unit: RuleExample.xliffUnit(
                source: "Call a trusted adult.", target: "Llama a un adulto de confianza.")),
        ])

    /// An inline code whose original markup is missing. In a source it only loses
    /// formatting (another tool's file): a warning. In a target it would corrupt the
    /// translation: an error, so the import stops.
    static func missingInlineData(_ message: String, at location: SourceLocation, inSource: Bool) -> Diagnostic {
        diagnostic(message, at: location, severity: inSource ? .warning : nil)
    }
}
