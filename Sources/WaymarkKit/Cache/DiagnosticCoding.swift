import Foundation

/// Diagnostics in the cache's binary form (`CacheWriter`), every field kept.
enum DiagnosticCoding {
    static func encode(_ diagnostics: [Diagnostic]) -> Data {
        var writer = CacheWriter()
        encode(diagnostics, countedInto: &writer)
        return writer.data
    }

    /// The count, then the diagnostics: a list inside a larger value (`decode(counted:)` reads it back).
    static func encode(_ diagnostics: [Diagnostic], countedInto writer: inout CacheWriter) {
        writer.int(diagnostics.count)
        encode(diagnostics[...], into: &writer)
    }

    /// The diagnostics one after another, without their count: what `encode` writes after it,
    /// so a long list can be written a piece at a time.
    static func encode(_ diagnostics: ArraySlice<Diagnostic>, into writer: inout CacheWriter) {
        for diagnostic in diagnostics {
            location(diagnostic.location, &writer)
            writer.string(diagnostic.severity.rawValue)
            writer.string(diagnostic.message)
            writer.string(diagnostic.ruleID)
            writer.int(diagnostic.notes.count)
            for note in diagnostic.notes { writer.string(note) }
            writer.int(diagnostic.related.count)
            for related in diagnostic.related {
                location(related.location, &writer)
                writer.string(related.message)
            }
            writer.bool(diagnostic.range != nil)
            if let range = diagnostic.range { self.range(range, &writer) }
            writer.int(diagnostic.suggestions.count)
            for suggestion in diagnostic.suggestions {
                writer.string(suggestion.summary)
                writer.bool(suggestion.isSafe)
                writer.int(suggestion.replacements.count)
                for replacement in suggestion.replacements {
                    range(replacement.range, &writer)
                    writer.string(replacement.text)
                    writer.optional(replacement.expected)
                }
            }
        }
    }

    static func decode(_ data: Data) throws(CacheReader.Malformed) -> [Diagnostic] {
        try decode(CacheReader(data))
    }

    /// What `encode` wrote, read to its end from `reader` (a range of a larger record).
    static func decode(_ reader: CacheReader) throws(CacheReader.Malformed) -> [Diagnostic] {
        var reader = reader
        let diagnostics = try decode(counted: &reader)
        guard reader.isAtEnd else { throw CacheReader.Malformed() }
        return diagnostics
    }

    /// What `encode(_:countedInto:)` wrote, read from `reader`, which then stands after it.
    static func decode(counted reader: inout CacheReader) throws(CacheReader.Malformed) -> [Diagnostic] {
        try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) -> Diagnostic in
            let at = try location(&reader)
            guard let severity = Severity(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
            let message = try reader.string(), rule = try reader.string()
            let notes = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) in try reader.string() }
            let related = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) -> RelatedLocation in
                let at = try location(&reader)
                return RelatedLocation(try reader.string(), at: at)
            }
            let span = try reader.bool() ? try range(&reader) : nil
            let suggestions = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) -> Suggestion in
                let summary = try reader.string(), safe = try reader.bool()
                let replacements = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) -> Replacement in
                    let span = try range(&reader)
                    return Replacement(span, with: try reader.string(), expecting: try reader.optional())
                }
                return Suggestion(summary, replacements: replacements, isSafe: safe)
            }
            return Diagnostic(severity, message, at: at, rule: rule, notes: notes, related: related, range: span, suggestions: suggestions)
        }
    }

    private static func location(_ location: SourceLocation, _ writer: inout CacheWriter) {
        writer.string(location.path)
        writer.int(location.line)
        writer.int(location.column)
    }

    private static func location(_ reader: inout CacheReader) throws(CacheReader.Malformed) -> SourceLocation {
        SourceLocation(path: try reader.string(), line: try reader.int(), column: try reader.int())
    }

    private static func range(_ range: Range<SourceLocation>, _ writer: inout CacheWriter) {
        location(range.lowerBound, &writer)
        location(range.upperBound, &writer)
    }

    private static func range(_ reader: inout CacheReader) throws(CacheReader.Malformed) -> Range<SourceLocation> {
        let lower = try location(&reader), upper = try location(&reader)
        guard lower <= upper else { throw CacheReader.Malformed() }
        return lower..<upper
    }
}
