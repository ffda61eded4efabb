extension String {
    /// The text on one line, cut to `limit` characters with "...", for quoting
    /// source text in diagnostics and listings.
    func excerpt(_ limit: Int = 60) -> String {
        let flat = replacingOccurrences(of: "\n", with: " ")
        return flat.count > limit ? String(flat.prefix(limit - 3)) + "..." : flat
    }
}
