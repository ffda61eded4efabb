import Foundation

/// What `check --fix` would change: the safe suggestions of a check, applied to
/// the project snapshot. A suggestion is taken whole or not at all; one whose
/// range is outside its file or overlaps an earlier one is left for a person
/// (and stays a diagnostic), so applying a plan never garbles a file.
public struct FixPlan: Sendable {
    /// One file's edit: the bytes before and after.
    public struct FileChange: Sendable, Hashable {
        public var path: String
        public var before: Data
        public var after: Data
    }

    /// Changed files, sorted by path.
    public private(set) var changes: [FileChange] = []
    /// How many suggestions were applied.
    public private(set) var appliedCount = 0

    /// Applies the safe suggestions of `diagnostics` to `files`.
    public init(diagnostics: [Diagnostic], files: ProjectFiles) {
        var accepted: [String: [(range: Range<Int>, text: String)]] = [:]
        var lineTables: [String: [Int]] = [:]
        var seen: Set<[Replacement]> = []
        for suggestion in diagnostics.flatMap(\.suggestions) where suggestion.isSafe && !suggestion.replacements.isEmpty {
            guard seen.insert(suggestion.replacements).inserted else { continue }
            var edits: [(path: String, range: Range<Int>, text: String)] = []
            for replacement in suggestion.replacements {
                let path = replacement.range.lowerBound.path
                guard let data = files.files[path], replacement.range.upperBound.path == path else { edits = []; break }
                let table = lineTables[path] ?? Self.lineStarts(data)
                lineTables[path] = table
                guard let lower = Self.offset(of: replacement.range.lowerBound, table: table, data: data),
                      let upper = Self.offset(of: replacement.range.upperBound, table: table, data: data), lower <= upper,
                      replacement.expected.map({ Data($0.utf8) == data[lower..<upper] }) ?? true,
                      !(accepted[path] ?? []).contains(where: { Self.overlap($0.range, lower..<upper) }),
                      !edits.contains(where: { $0.path == path && Self.overlap($0.range, lower..<upper) })
                else { edits = []; break }
                edits.append((path, lower..<upper, replacement.text))
            }
            guard !edits.isEmpty else { continue }
            for edit in edits { accepted[edit.path, default: []].append((edit.range, edit.text)) }
            appliedCount += 1
        }
        for (path, edits) in accepted.sorted(by: { $0.key < $1.key }) {
            guard let before = files.files[path] else { continue }
            var bytes = [UInt8](before)
            for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                bytes.replaceSubrange(edit.range, with: Array(edit.text.utf8))
            }
            let after = Data(bytes)
            if after != before { changes.append(FileChange(path: path, before: before, after: after)) }
        }
    }

    /// `files` with every change applied, for the check after fixing.
    public func applied(to files: ProjectFiles) -> ProjectFiles {
        var result = files
        for change in changes { result.files[change.path] = change.after }
        return result
    }

    /// Byte offsets where each line starts.
    static func lineStarts(_ data: Data) -> [Int] {
        var starts = [0]
        for (index, byte) in data.enumerated() where byte == 0x0A { starts.append(index + 1) }
        return starts
    }

    /// The byte offset of a 1-based line and UTF-8 byte column, or nil when it is not inside that line.
    static func offset(of location: SourceLocation, table: [Int], data: Data) -> Int? {
        guard location.line <= table.count else { return nil }
        let start = table[location.line - 1]
        let end = location.line < table.count ? table[location.line] - 1 : data.count
        let offset = start + location.column - 1
        return offset <= end ? offset : nil
    }

    /// True when two edits touch the same bytes, or insert at the same place.
    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.overlaps(b) || (a.lowerBound == b.lowerBound) || (a.isEmpty && b.contains(a.lowerBound)) || (b.isEmpty && a.contains(b.lowerBound))
    }
}
