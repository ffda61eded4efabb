/// Which entries `export --only` puts in a package.
public enum InterchangeSelection: String, Sendable, Hashable, CaseIterable {
    /// Every live entry.
    case all
    /// Entries that are not translated: untranslated and fuzzy (SPEC §5.2).
    case untranslated
    /// Fuzzy entries only.
    case fuzzy

    func includes(_ entry: POEntry) -> Bool {
        switch self {
        case .all: entry.state != .obsolete
        case .untranslated: entry.state == .untranslated || entry.state == .fuzzy
        case .fuzzy: entry.state == .fuzzy
        }
    }
}

/// Converts PO catalogs to interchange units for `export`: one unit per live entry
/// (per form for plural entries), with references, comments, state and the hash of the
/// exported target that `ImportMerge` uses to detect conflicting edits.
enum CatalogInterchangeMapping {
    /// The package for `catalogs` (path, catalog) in the given order.
    static func document(
        sourceLocale: String, targetLocale: String,
        catalogs: [(path: String, catalog: POCatalog)], selection: InterchangeSelection = .all
    ) -> InterchangeDocument {
        InterchangeDocument(
            sourceLocale: sourceLocale, targetLocale: targetLocale,
            files: catalogs.map { path, catalog in
                InterchangeFile(path: path, units: catalog.entries.filter(selection.includes).flatMap(units(for:)))
            }
        )
    }

    /// The units of one entry: one, or one per plural form (`id` suffix `-pN`, source
    /// `msgid` for form 0 and `msgid_plural` for the others).
    static func units(for entry: POEntry) -> [InterchangeUnit] {
        let id = InterchangeUnit.stableID(context: entry.msgctxt, source: entry.msgid)
        guard let plural = entry.msgidPlural else {
            return [unit(entry, id: id, source: entry.msgid, target: entry.msgstr, notes: notes(entry))]
        }
        return entry.translations.indices.map { form in
            let note = InterchangeNote(category: .context, text: "plural form \(form) of \"\(entry.msgid)\"")
            return unit(entry, id: "\(id)-p\(form)", source: form == 0 ? entry.msgid : plural,
                        target: entry.translations[form], notes: [note] + notes(entry))
        }
    }

    private static func unit(_ entry: POEntry, id: String, source: String, target: String, notes: [InterchangeNote]) -> InterchangeUnit {
        InterchangeUnit(
            id: id, context: entry.msgctxt, source: source, target: target.isEmpty ? nil : target,
            state: entry.state == .translated ? .translated : .initial, notes: notes,
            exportedTargetHash: InterchangeUnit.targetHash(target)
        )
    }

    private static func notes(_ entry: POEntry) -> [InterchangeNote] {
        entry.extractedComments.map { InterchangeNote(category: .developer, text: $0) }
            + entry.references.map { InterchangeNote(category: .location, text: $0) }
            + entry.translatorComments.map { InterchangeNote(category: .translator, text: $0) }
    }
}
