import Foundation

/// `Locales/.untranslated.json`: for each segment untranslated in every
/// target locale, the day it was first seen so and how many syncs that
/// changed the catalogs it has stayed so. `waymark sync` keeps it (only when
/// `long-untranslated` is configured, and only when every locale is synced);
/// the `long-untranslated` rule reads it. Commit it with the catalogs.
struct UntranslatedLedger: Sendable, Codable, Equatable {
    /// The file's project-relative path.
    static let path = "Locales/.untranslated.json"

    /// One segment nobody has translated yet.
    struct Segment: Sendable, Codable, Equatable {
        /// Catalog name (source path below `Source-Content/`, no extension).
        var catalog: String
        var msgctxt: String?
        var msgid: String
        /// `yyyy-MM-dd`, UTC.
        var since: String
        /// Syncs that changed the catalogs while it stayed untranslated (the first included).
        var syncs: Int
    }

    var segments: [Segment] = []

    /// The ledger in `files`; empty when missing or unreadable (it is a record, not input to trust).
    static func read(_ files: ProjectFiles) -> UntranslatedLedger {
        guard let data = files.files[path], let ledger = try? JSONDecoder().decode(UntranslatedLedger.self, from: data) else { return UntranslatedLedger() }
        return ledger
    }

    /// The ledger after a sync: every translatable segment whose entry is not
    /// translated in any of `locales` (fuzzy counts as not translated), with its
    /// first day kept and, when `countsSync`, one more sync.
    func updated(units: [SourceFileUnits], locales: [String], catalog: (String) -> POCatalog?, day: String, countsSync: Bool) -> UntranslatedLedger {
        let previous = Dictionary(segments.map { (Key($0.catalog, $0.msgctxt, $0.msgid), $0) }, uniquingKeysWith: { first, _ in first })
        var next = UntranslatedLedger()
        for file in units where file.isTranslatable {
            let catalogs = locales.map { catalog(file.catalogPath(locale: $0)) }
            for source in CatalogSync.mergeDuplicates(file.sources) {
                let translatedSomewhere = catalogs.contains { $0?.entry(msgctxt: source.msgctxt, msgid: source.msgid)?.state == .translated }
                guard !translatedSomewhere else { continue }
                var segment = previous[Key(file.catalogName, source.msgctxt, source.msgid)]
                    ?? Segment(catalog: file.catalogName, msgctxt: source.msgctxt, msgid: source.msgid, since: day, syncs: 0)
                if countsSync || segment.syncs == 0 { segment.syncs += 1 }
                next.segments.append(segment)
            }
        }
        return next
    }

    /// The file's bytes.
    var data: Data { (try? StableJSON.encode(self)) ?? Data() }

    /// `yyyy-MM-dd` in UTC for `date`.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// Whole days from `since` (`yyyy-MM-dd`) to `date`; nil when `since` does not parse.
    static func days(since: String, until date: Date) -> Int? {
        let parts = since.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let start = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return nil }
        return calendar.dateComponents([.day], from: start, to: date).day
    }

    private struct Key: Hashable {
        var catalog: String
        var msgctxt: String?
        var msgid: String

        init(_ catalog: String, _ msgctxt: String?, _ msgid: String) {
            self.catalog = catalog
            self.msgctxt = msgctxt
            self.msgid = msgid
        }
    }
}
