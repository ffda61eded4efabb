/// Decodes the HTML character references a browser would decode in an attribute value
/// (`&#106;`, `&#x6A;`, `&colon;`, `&Tab;` ...), so `URLSafety` sees a URL as the
/// reader's browser will. Numeric references work without their `;`, as browsers accept.
enum HTMLCharacterReferences {
    /// Named references that can spell or hide a URL scheme.
    private static let named: [String: String] = [
        "colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">", "quot": "\"",
        "apos": "'", "sol": "/", "period": ".", "lpar": "(", "rpar": ")", "num": "#", "percnt": "%", "nbsp": "\u{A0}",
    ]

    /// `text` with every numeric reference and the named references above decoded.
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let (value, end) = reference(in: after) {
                output += value
                rest = after[end...]
            } else {
                output += "&"
                rest = after
            }
        }
        return output + rest
    }

    /// The decoded value of the reference at the start of `text` (after the `&`) and where it ends.
    private static func reference(in text: Substring) -> (String, Substring.Index)? {
        if text.first == "#" {
            var digits = text.dropFirst()
            let hex = digits.first == "x" || digits.first == "X"
            if hex { digits = digits.dropFirst() }
            let number = digits.prefix { hex ? $0.isHexDigit : $0.isASCII && $0.isNumber }
            guard !number.isEmpty, number.count < 9, let value = UInt32(number, radix: hex ? 16 : 10) else { return nil }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            var end = number.endIndex
            if end < text.endIndex, text[end] == ";" { end = text.index(after: end) }
            return (String(Character(scalar)), end)
        }
        let name = text.prefix { $0.isASCII && $0.isLetter }
        guard name.endIndex < text.endIndex, text[name.endIndex] == ";", let value = named[name.lowercased()] else { return nil }
        return (value, text.index(after: name.endIndex))
    }
}
