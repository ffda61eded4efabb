import Foundation

/// Applies an imported package to the PO catalogs, purely: it returns new catalogs,
/// diagnostics and the list of changes; the caller writes all catalogs atomically (or,
/// when any diagnostic is an error, none).
///
/// Rules (SPEC §9, `import`):
/// - units go only into existing live entries, found by unit id, then by context and
///   source, then (stale) by the `#| msgid` sync kept; a unit that matches nothing, or a
///   file that is not a catalog, is an error (`stale-import`): re-export;
/// - a unit whose source no longer matches the entry's `msgid` is imported as fuzzy
///   with a `stale-import` warning;
/// - a unit whose entry changed since export (its translation no longer hashes to the
///   unit's `exportedTargetHash`; without a hash: it has any translation) and whose new
///   target differs is an `import-conflict` warning and is skipped, unless `force`;
/// - units without a target change nothing; `initial` imports as fuzzy, the other
///   states as translated (clearing `#|` previous fields with the fuzzy flag).
struct ImportMerge {
    /// Overwrite translations changed since export (`import --force`).
    var force = false
    /// Ids of the project's pages, so an imported link may point at another page that
    /// exists; nil accepts only the source's own targets.
    var pageIDs: Set<String>? = nil

    /// The result of importing `document` (read from `xliffPath`, with unit `locations`)
    /// into `catalogs`, keyed by catalog path.
    func apply(
        _ document: InterchangeDocument, to catalogs: [String: POCatalog],
        xliffPath: String, locations: [InterchangeUnitReference: SourceLocation] = [:]
    ) -> ImportMergeResult {
        var result = ImportMergeResult(catalogs: catalogs)
        for file in document.files {
            guard var catalog = result.catalogs[file.path] else {
                let message = "\(file.path) is not a catalog of this project for this locale; re-export"
                result.diagnostics.append(StaleImportRule.diagnostic(message, at: SourceLocation(path: xliffPath)))
                continue
            }
            var index = ImportEntryIndex(catalog)
            for unit in file.units {
                let place = locations[InterchangeUnitReference(filePath: file.path, unitID: unit.id)]
                    ?? SourceLocation(path: xliffPath)
                apply(unit, path: file.path, to: &catalog, index: &index, at: place, into: &result)
            }
            result.catalogs[file.path] = catalog
        }
        return result
    }

    private func apply(
        _ unit: InterchangeUnit, path: String, to catalog: inout POCatalog, index: inout ImportEntryIndex,
        at place: SourceLocation, into result: inout ImportMergeResult
    ) {
        guard let match = index.match(unit) else {
            let message = "unit \(unit.id) (\"\(unit.source)\") matches no entry of \(path); re-export"
            result.diagnostics.append(StaleImportRule.diagnostic(message, at: place))
            return
        }
        guard let newTarget = unit.target, !newTarget.isEmpty else { return }
        var entry = catalog.entries[match.entryIndex]
        // The trust boundary (SPEC §4): raw HTML, an unsafe URL or a changed target (an
        // XLIFF `<data>` element carrying a new URL) never imports as a translation.
        let refusals = gate(newTarget, source: match.source, path: path, at: place)
        if !refusals.isEmpty {
            result.diagnostics += refusals
            return
        }
        let poPlace = "\(path):\(entry.line)"
        let current = entry.translations.indices.contains(match.form) ? entry.translations[match.form] : ""
        let stale = match.isStale || match.source != unit.source
        if stale {
            result.diagnostics.append(StaleImportRule.sourceChanged(now: match.source, at: place, entry: poPlace))
        }
        if let conflict = ImportConflictRule.check(unit, importing: newTarget, over: current, force: force, at: place, entry: poPlace) {
            result.diagnostics.append(conflict)
            if !force { return }
        }
        let fuzzy = stale || unit.state == .initial
        guard newTarget != current || fuzzy != entry.isFuzzy else { return }
        result.changes.append(ImportChange(
            path: path, msgctxt: entry.msgctxt, msgid: entry.msgid, form: entry.msgidPlural == nil ? nil : match.form,
            oldTarget: current, oldFuzzy: entry.isFuzzy, newTarget: newTarget, newFuzzy: fuzzy
        ))
        while entry.translations.count <= match.form { entry.translations.append("") }
        entry.translations[match.form] = newTarget
        entry.isFuzzy = fuzzy
        if !fuzzy {
            entry.previousMsgctxt = nil
            entry.previousMsgid = nil
            entry.previousMsgidPlural = nil
        }
        catalog.entries[match.entryIndex] = entry
    }
}

extension ImportMerge {
    /// The errors of the import gate rules for `target` as the translation of `source`, at the unit.
    func gate(_ target: String, source: String, path: String, at place: SourceLocation) -> [Diagnostic] {
        let sourcePath = ContentLoader.contentFolder + "/" + Self.sourceName(ofCatalog: path) + ".md"
        let scope = pageIDs.map { TranslationLinkScope(sourcePath: sourcePath, pageIDs: $0) }
        let unit = TranslationUnitCheck(sourceText: source, translation: target, locale: "", location: place, linkScope: scope)
        return TranslationUnitRules.check(unit, rules: TranslationUnitRules.importGate).filter { $0.severity == .error }
    }

    /// `Locales/es/guide/01-start.po` -> `guide/01-start`.
    static func sourceName(ofCatalog path: String) -> String {
        let parts = path.split(separator: "/").dropFirst(2)
        return parts.joined(separator: "/").replacingOccurrences(of: ".po", with: "", options: [.anchored, .backwards])
    }
}

/// What `ImportMerge.apply` produced.
struct ImportMergeResult: Sendable {
    /// Every catalog passed in, with imported translations applied.
    var catalogs: [String: POCatalog]
    /// `stale-import` and `import-conflict` findings; errors mean: write nothing.
    var diagnostics: [Diagnostic] = []
    /// What changed, in import order.
    var changes: [ImportChange] = []

    /// Paths of the catalogs that changed, sorted.
    var changedPaths: [String] { Set(changes.map(\.path)).sorted() }

    /// The `--dry-run` listing: one block per change.
    var diffDescription: String { changes.map(\.description).joined(separator: "\n\n") }
}
