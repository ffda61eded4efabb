/// `{{placeholder}}` values in one locale: translated `_data` fields and UI
/// strings where a usable translation exists, the source value otherwise.
struct PlaceholderValues: Sendable {
    var source: DataLookup
    /// Translated values by placeholder name (`helplines.0.name`, `ui.next`).
    var translated: [String: String]

    func value(of name: String) -> String? {
        translated[name] ?? source.sourceValue(of: name)
    }

    func expand(_ text: String) -> String {
        Placeholder.expand(text, value(of:))
    }
}
