import Foundation

/// A localized page in the cache's binary form (`CacheWriter`): everything later
/// stages read except the spliced tree, which comes back as a recipe (`PageTree`).
extension LocalizedPage {
    func encode() -> Data {
        var writer = CacheWriter()
        writer.string(editPath)
        writer.string(title)
        writer.string(description)
        writer.bool(titleIsFallback)
        writer.bool(descriptionIsFallback)
        writer.int(fallbackLeaves.count)
        for leaf in fallbackLeaves.sorted() { writer.int(leaf) }
        Self.encode(summary, &writer)
        writer.int(missing.count)
        for unit in missing {
            writer.string(unit.msgid)
            writer.string(unit.location.path)
            writer.int(unit.location.line)
            writer.int(unit.location.column)
            writer.bool(unit.isFuzzy)
        }
        writer.data(DiagnosticCoding.encode(diagnostics))
        writer.bool(measured != nil)
        measured?.encode(into: &writer)
        let linked = tree.linkedPageIDs(from: page.id)
        writer.int(linked.count)
        for id in linked { writer.string(id) }
        return writer.data
    }

    /// The page `encode` wrote, for `recipe`'s page and locale; its tree is spliced when read.
    static func decode(_ data: Data, recipe: PageTree.Recipe) throws(CacheReader.Malformed) -> LocalizedPage {
        var reader = CacheReader(data)
        let editPath = try reader.string(), title = try reader.string(), description = try reader.string()
        let titleIsFallback = try reader.bool(), descriptionIsFallback = try reader.bool()
        let leaves = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) in try reader.int() }
        let summary = try decodeSummary(&reader)
        let missing = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) -> MissingTranslation in
            let msgid = try reader.string()
            let location = SourceLocation(path: try reader.string(), line: try reader.int(), column: try reader.int())
            return MissingTranslation(msgid: msgid, location: location, isFuzzy: try reader.bool())
        }
        let diagnostics = try DiagnosticCoding.decode(try reader.data())
        let measured = try reader.bool() ? try PageReadability.decode(from: &reader) : nil
        let linked = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) in try reader.string() }
        guard reader.isAtEnd else { throw CacheReader.Malformed() }
        var page = LocalizedPage(page: recipe.page, locale: recipe.locale, editPath: editPath, title: title, description: description,
                                 tree: PageTree(deferred: recipe, linkedPageIDs: linked), fallbackLeaves: Set(leaves), summary: summary, missing: missing,
                                 diagnostics: diagnostics, leafLines: [:])
        page.titleIsFallback = titleIsFallback
        page.descriptionIsFallback = descriptionIsFallback
        page.measured = measured
        return page
    }

    private static func encode(_ summary: TranslationSummary, _ writer: inout CacheWriter) {
        for count in [summary.translated, summary.fuzzy, summary.untranslated, summary.obsolete, summary.translatedWords, summary.totalWords] {
            writer.int(count)
        }
    }

    private static func decodeSummary(_ reader: inout CacheReader) throws(CacheReader.Malformed) -> TranslationSummary {
        TranslationSummary(translated: try reader.int(), fuzzy: try reader.int(), untranslated: try reader.int(),
                           obsolete: try reader.int(), translatedWords: try reader.int(), totalWords: try reader.int())
    }
}
