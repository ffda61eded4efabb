import Foundation

/// The header fields sync guarantees. Existing fields are kept; nothing that
/// changes on every run is added (`POT-Creation-Date` only from `SOURCE_DATE_EPOCH`).
enum CatalogHeaderDefaults {
    /// Adds missing header fields for `locale`.
    static func apply(to catalog: inout POCatalog, locale: String, options: CatalogSyncOptions) {
        let pluralForms = PluralRules.rule(for: locale)?.pluralForms ?? "nplurals=2; plural=(n != 1);"
        let charset = catalog.headerValue("Content-Type")?.lowercased()
        var defaults: [(String, String)] = [("Project-Id-Version", options.projectName ?? "PACKAGE VERSION")]
        if let epoch = options.sourceDateEpoch {
            defaults.append(("POT-Creation-Date", potDate(epoch)))
        }
        defaults += [
            ("Language", locale), ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"), ("Plural-Forms", pluralForms),
        ]
        let present = Set(catalog.headerFields.map { $0.name.lowercased() })
        for (name, value) in defaults where !present.contains(name.lowercased()) || name == "POT-Creation-Date" {
            catalog.setHeaderValue(name, value)
        }
        if let charset, !charset.contains("charset=utf-8") {
            // Waymark always writes UTF-8, so the declared charset must say so.
            catalog.setHeaderValue("Content-Type", "text/plain; charset=UTF-8")
        }
    }

    /// gettext's date format, in UTC: `2024-05-01 12:00+0000`.
    static func potDate(_ epoch: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(epoch))) + "+0000"
    }
}
