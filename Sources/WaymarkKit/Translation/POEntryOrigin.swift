import Foundation

/// Where a parsed entry came from: its exact text, so an unchanged entry is
/// written back byte for byte (whatever tool wrapped it).
///
/// It holds no text of its own: every entry of a file shares the file's bytes
/// (the `Data` the project snapshot already holds) and keeps offsets into them.
/// The entry as it was read is not kept either; it is a function of the text,
/// so the writer parses it again when it needs it.
struct POEntryOrigin: Sendable {
    /// The bytes the entry was read from, shared with the rest of its file.
    private let source: Data
    /// Offsets into `source`: blank lines before the entry start at `leadingStart`,
    /// the entry's lines at `textStart` and end at `textEnd`.
    private let leadingStart: Int, textStart: Int, textEnd: Int
    /// True when the entry was the first one in its file.
    var wasFirst: Bool

    /// An origin inside `source` (the parser's: every entry of the file shares it).
    init(source: Data, leading: Range<Int>, text: Range<Int>, wasFirst: Bool) {
        self.source = source
        leadingStart = leading.lowerBound
        textStart = text.lowerBound
        textEnd = text.upperBound
        self.wasFirst = wasFirst
    }

    /// An origin holding its own copy of `leading` and `text`.
    init(leading: String, text: String, wasFirst: Bool) {
        var bytes = Data(leading.utf8)
        bytes.append(contentsOf: text.utf8)
        self.init(source: bytes, leading: 0..<leading.utf8.count, text: leading.utf8.count..<bytes.count, wasFirst: wasFirst)
    }

    /// Blank lines before the entry.
    var leading: String { string(leadingStart..<textStart) }

    /// The entry's lines, with their original line endings.
    var text: String { string(textStart..<textEnd) }

    /// The entry as it was read: the writer reuses `text` while the entry's fields still
    /// equal these (comparing fields is far cheaper than formatting every entry on read).
    var original: POEntry? {
        withBytes(textStart..<textEnd) { POEntryReader.entry(in: $0) }
    }

    private func string(_ range: Range<Int>) -> String {
        withBytes(range) { String(decoding: $0, as: UTF8.self) }
    }

    private func withBytes<T>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        source.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return body(UnsafeBufferPointer(rebasing: bytes[range]))
        }
    }
}

extension POEntryOrigin: Hashable {
    /// Two origins are equal when they hold the same text (where it is stored does not matter).
    static func == (lhs: POEntryOrigin, rhs: POEntryOrigin) -> Bool {
        lhs.wasFirst == rhs.wasFirst && lhs.textStart - lhs.leadingStart == rhs.textStart - rhs.leadingStart
            && lhs.withBytes(lhs.leadingStart..<lhs.textEnd) { left in rhs.withBytes(rhs.leadingStart..<rhs.textEnd) { left.elementsEqual($0) } }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(wasFirst)
        withBytes(leadingStart..<textEnd) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension POEntryOrigin: CustomReflectable {
    /// Reflected (and `dump`ed) as the text it stands for, not as offsets.
    var customMirror: Mirror {
        Mirror(self, children: ["leading": leading, "text": text, "wasFirst": wasFirst])
    }
}
