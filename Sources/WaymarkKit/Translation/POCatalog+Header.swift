import Foundation

/// Header fields (`Name: value` lines of the header entry's `msgstr`).
extension POCatalog {
    /// The header fields in order; empty when there is no header.
    var headerFields: [(name: String, value: String)] {
        guard let text = header?.msgstr else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...].drop { $0 == " " }
            return (String(line[..<colon]), String(value))
        }
    }

    /// The value of a header field (case-insensitive name), if present.
    func headerValue(_ name: String) -> String? {
        headerFields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Sets a header field, keeping the position of an existing field and
    /// appending a new one; creates the header entry when missing.
    mutating func setHeaderValue(_ name: String, _ value: String) {
        var fields = headerFields
        if let index = fields.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
            guard fields[index].value != value else { return }
            fields[index].value = value
        } else {
            fields.append((name, value))
        }
        var entry = header ?? POEntry(msgid: "")
        entry.msgstr = fields.map { "\($0.name): \($0.value)\n" }.joined()
        header = entry
    }

    /// `nplurals` from the `Plural-Forms` header, if it parses.
    var pluralCount: Int? {
        guard let value = headerValue("Plural-Forms"), let range = value.range(of: "nplurals=") else { return nil }
        // A count no language needs is ignored (the parser reports it), so a
        // crafted header cannot make sync allocate millions of forms.
        guard let count = Int(value[range.upperBound...].prefix { $0.isASCII && $0.isNumber }),
              (1...PluralFormsCheck.maximumForms).contains(count) else { return nil }
        return count
    }
}
