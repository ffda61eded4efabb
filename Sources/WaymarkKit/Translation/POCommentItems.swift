/// The items of `#:` reference and `#,` flag comments. ASCII text (nearly every
/// line) is split by bytes; other text is split by `Character`, as gettext files
/// were always read here: a space or comma followed by a combining mark is part
/// of its item, not a separator.
enum POCommentItems {
    /// Reference items of the comment text from byte `start`: split at spaces and tabs.
    static func references(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> [String] {
        guard POByte.isASCII(line, start..<line.count) else {
            return text(line, from: start).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        }
        var items: [String] = []
        var index = start
        while index < line.count {
            while index < line.count, POByte.isBlank(line[index]) { index += 1 }
            let itemStart = index
            while index < line.count, !POByte.isBlank(line[index]) { index += 1 }
            if index > itemStart { items.append(POByte.string(line, itemStart..<index)) }
        }
        return items
    }

    /// Flags of the comment text from byte `start`: split at commas, trimmed of spaces and tabs, empty ones dropped.
    static func flags(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> [String] {
        guard POByte.isASCII(line, start..<line.count) else {
            return text(line, from: start).split(separator: ",").map { trimmed(String($0)) }.filter { !$0.isEmpty }
        }
        var items: [String] = []
        var index = start
        while index < line.count {
            var itemStart = index
            while index < line.count, line[index] != UInt8(ascii: ",") { index += 1 }
            var itemEnd = index
            index += 1
            while itemStart < itemEnd, POByte.isBlank(line[itemStart]) { itemStart += 1 }
            while itemEnd > itemStart, POByte.isBlank(line[itemEnd - 1]) { itemEnd -= 1 }
            if itemEnd > itemStart { items.append(POByte.string(line, itemStart..<itemEnd)) }
        }
        return items
    }

    private static func text(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
        start < line.count ? POByte.string(line, start..<line.count) : ""
    }

    /// The text without leading and trailing space and tab `Character`s.
    private static func trimmed(_ text: String) -> String {
        let set = " \t"
        return String(text.drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
