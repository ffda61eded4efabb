extension String {
    /// The text on one line, cut to `limit` characters with "...", for quoting
    /// source text in diagnostics and listings; control characters and tabs are shown
    /// as control pictures (`␛`, `␉`), so a message never carries an escape sequence.
    func excerpt(_ limit: Int = 60) -> String {
        let flat = ControlCharacters.visible(replacingOccurrences(of: "\n", with: " "), tabs: true)
        return flat.count > limit ? String(flat.prefix(limit - 3)) + "..." : flat
    }
}
