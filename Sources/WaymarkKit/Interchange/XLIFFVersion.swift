/// The XLIFF versions Waymark writes and reads.
public enum XLIFFVersion: String, Sendable, Hashable, CaseIterable {
    /// XLIFF 2.0 core (also reads 2.1/2.2, which share the namespace).
    case xliff2 = "2.0"
    /// XLIFF 1.2, written to validate against the strict schema.
    case xliff12 = "1.2"

    /// The `export --format` name: `xliff2` or `xliff12`.
    public var formatName: String {
        switch self {
        case .xliff2: "xliff2"
        case .xliff12: "xliff12"
        }
    }

    /// The version for an `export --format` name, if it names one.
    public init?(formatName: String) {
        guard let version = Self.allCases.first(where: { $0.formatName == formatName }) else { return nil }
        self = version
    }

    /// The text of `document` in this version.
    func write(_ document: InterchangeDocument) -> String {
        switch self {
        case .xliff2: XLIFF2Writer().write(document)
        case .xliff12: XLIFF12Writer().write(document)
        }
    }

    /// The root element's namespace.
    var namespace: String {
        switch self {
        case .xliff2: "urn:oasis:names:tc:xliff:document:2.0"
        case .xliff12: "urn:oasis:names:tc:xliff:document:1.2"
        }
    }

    /// Author of the note that carries `exportedTargetHash` (`from` / `category`).
    static let hashNoteAuthor = "waymark"
    /// Prefix of that note's text: `sha256:<64 hex digits>`.
    static let hashNotePrefix = "sha256:"

    /// Whether text needs `xml:space="preserve"`: newlines, tabs, runs of spaces or
    /// spaces at either end, which tools otherwise may normalize.
    static func needsPreserve(_ texts: [String?]) -> Bool {
        texts.contains { text in
            guard let text, !text.isEmpty else { return false }
            return text.contains("\n") || text.contains("\t") || text.contains("\r") || text.contains("  ")
                || text.first == " " || text.last == " "
        }
    }
}
