/// The consistency rules over every catalog of one locale (`inconsistent`,
/// `reused-translation`): they need all catalogs at once, so the translation
/// stage runs them after the per-entry QA. Reviewed (translated, non-fuzzy)
/// live entries only; places are the entries' `msgstr` lines.
enum ConsistencyCheck {
    /// One reviewed entry and where it is.
    private struct Place {
        var entry: POEntry
        var location: SourceLocation
    }

    /// Every consistency diagnostic of `catalogs` (path, catalog), in the order given.
    static func check(_ catalogs: [(path: String, catalog: POCatalog)]) -> [Diagnostic] {
        var places: [Place] = []
        for (path, catalog) in catalogs {
            for entry in catalog.entries where entry.state == .translated {
                places.append(Place(entry: entry, location: SourceLocation(path: path, line: entry.msgstrLine > 0 ? entry.msgstrLine : entry.line)))
            }
        }
        return inconsistent(places) + reused(places)
    }

    /// A later place translating the same message differently from its first place.
    private static func inconsistent(_ places: [Place]) -> [Diagnostic] {
        var first: [POMessageKey: Place] = [:]
        var diagnostics: [Diagnostic] = []
        for place in places {
            guard let earlier = first[place.entry.key] else {
                first[place.entry.key] = place
                continue
            }
            guard earlier.entry.translations != place.entry.translations else { continue }
            diagnostics.append(InconsistentRule().diagnostic(
                "\"\(place.entry.msgid.excerpt())\" is translated as \"\(place.entry.msgstr.excerpt())\" here but differently elsewhere; use one translation",
                at: place.location, related: [RelatedLocation("translated as \"\(earlier.entry.msgstr.excerpt())\"", at: earlier.location)]))
        }
        return diagnostics
    }

    /// A later place whose translation an earlier place already uses for a different source.
    private static func reused(_ places: [Place]) -> [Diagnostic] {
        var first: [String: Place] = [:]
        var diagnostics: [Diagnostic] = []
        for place in places where place.entry.msgidPlural == nil {
            let translation = place.entry.msgstr
            guard let earlier = first[translation] else {
                first[translation] = place
                continue
            }
            guard folded(earlier.entry.msgid) != folded(place.entry.msgid) else { continue }
            diagnostics.append(ReusedTranslationRule().diagnostic(
                "\"\(translation.excerpt())\" also translates a different source; here the source is \"\(place.entry.msgid.excerpt())\"",
                at: place.location, related: [RelatedLocation("the same translation for \"\(earlier.entry.msgid.excerpt())\"", at: earlier.location)]))
        }
        return diagnostics
    }

    /// A source without case, whitespace and punctuation, so `Help` and `Help:` are one text.
    private static func folded(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
