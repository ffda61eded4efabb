/// Helpers for BCP 47 language tags.
enum LanguageTag {
    /// The lowercased primary language subtag: `es-MX` -> `es`, `pt_BR` -> `pt`.
    static func primaryLanguage(of tag: String) -> String {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        return primary.lowercased()
    }
}
