import Foundation

/// A source check (Weblate's "Long untranslated"): a segment nobody has
/// translated in any locale for a long time may be hard to translate, or not
/// worth translating, and the writer should look at it. Off by default; turn it
/// on with `long-untranslated: { syncs: 5, days: 30 }` (either or both) in
/// `waymark.yaml`. `waymark sync` keeps the record in `Locales/.untranslated.json`.
/// Reported at the segment's line in the source file.
struct LongUntranslatedRule: Rule {
    /// It reads the sync ledger of all catalogs; `TranslationStage` calls `check(project:units:ledger:date:)`.
    static let phase = RulePhase.catalog

    static let description = RuleDescription(
        id: "long-untranslated", name: "Long untranslated",
        summary: "A source segment untranslated in every locale for more than the configured syncs or days (off unless configured).",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            example(policy: "{ syncs: 2 }", since: "2026-01-05", syncs: 3, triggering: true),
            example(policy: "{ days: 30 }", since: "2020-01-01", syncs: 1, triggering: true),
        ],
        nonTriggeringExamples: [
            example(policy: "{ syncs: 3 }", since: "2020-01-01", syncs: 3, triggering: false),
            example(policy: nil, since: "2020-01-01", syncs: 9, triggering: false),
        ])

    /// A page whose paragraph has been untranslated since `since`, through `syncs` syncs.
    static func example(policy: String?, since: String, syncs: Int, triggering: Bool) -> RuleExample {
        let config = "source-locale: en\nlocales: [en, es]\n" + (policy.map { "long-untranslated: \($0)\n" } ?? "")
        let ledger = """
            {
              "segments" : [
                { "catalog" : "guide/01-start", "msgid" : "Ask a trusted adult.", "since" : "\(since)", "syncs" : \(syncs) }
              ]
            }

            """
        return RuleExample([
            "waymark.yaml": config,
            RuleExample.pagePath: "---\ntitle: Start\n---\n\(triggering ? "↓" : "")Ask a trusted adult.\n",
            UntranslatedLedger.path: ledger,
        ])
    }

    /// The diagnostics for `project`'s ledger on `date`: one per segment past a threshold that is still in the source.
    static func check(project: ContentProject, units: [SourceFileUnits], ledger: UntranslatedLedger, date: Date) -> [Diagnostic] {
        guard let policy = project.configuration.longUntranslated else { return [] }
        let files = Dictionary(units.map { ($0.catalogName, $0) }, uniquingKeysWith: { first, _ in first })
        return ledger.segments.compactMap { segment -> Diagnostic? in
            let days = UntranslatedLedger.days(since: segment.since, until: date) ?? 0
            var reasons: [String] = []
            if let limit = policy.syncs, segment.syncs > limit { reasons.append("through \(segment.syncs) syncs") }
            if let limit = policy.days, days > limit { reasons.append("for \(days) days (since \(segment.since))") }
            guard !reasons.isEmpty, let file = files[segment.catalog],
                  let source = file.sources.first(where: { $0.msgctxt == segment.msgctxt && $0.msgid == segment.msgid }) else { return nil }
            return LongUntranslatedRule().diagnostic(
                "\"\(segment.msgid.excerpt())\" has been untranslated in every locale \(reasons.joined(separator: " and ")); simplify it, or ask translators why",
                at: location(source, file: file))
        }
    }

    /// The source line of `source`: its first `#:` reference, `path:line`.
    private static func location(_ source: CatalogSource, file: SourceFileUnits) -> SourceLocation {
        guard let reference = source.references.first, let colon = reference.lastIndex(of: ":"),
              let line = Int(reference[reference.index(after: colon)...]) else { return SourceLocation(path: file.sourcePath) }
        return SourceLocation(path: String(reference[..<colon]), line: line)
    }
}
