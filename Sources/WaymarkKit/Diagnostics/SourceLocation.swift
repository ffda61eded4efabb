/// A place in a project file that a person can open and edit.
///
/// `path` is relative to the project root; `line` and `column` are 1-based.
/// Locations are captured while parsing (cmark positions, Yams marks, PO line
/// numbers) and carried on values, never recomputed from text afterwards.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        // Field by field, not as tuples: building the tuples copied (retained) the paths on every comparison.
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.column < rhs.column
    }
}

extension SourceLocation {
    /// The half-open range from here to `end` (an empty one when `end` comes first), so a
    /// producer's miscounted end can never make an invalid `Range`.
    public func span(to end: SourceLocation) -> Range<SourceLocation> {
        self..<Swift.max(self, end)
    }

    /// The place `bytes` UTF-8 bytes further on the same line.
    public func advanced(by bytes: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column + bytes)
    }
}
