/// The abbreviations of one language, looked up straight from the text's bytes.
///
/// A period is checked against this list at nearly every sentence end, so the ASCII
/// entries of up to 8 bytes (all but a few) are packed into integers and found by binary
/// search: no string is built and nothing is hashed. Text with other bytes takes the
/// general path (Unicode lowercasing and a set of strings).
struct AbbreviationList: Sendable {
    private let packed: [UInt64]
    private let words: Set<String>

    /// A list of lowercased abbreviations written without their final period.
    init(_ words: Set<String>) {
        self.words = words
        packed = words.compactMap { Self.pack(Array($0.utf8)[...]) }.sorted()
    }

    /// Whether the text at `range` is listed, ignoring case.
    func contains(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        let bytes = UnsafeBufferPointer(rebasing: text.bytes[range])
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return words.contains(text.string(range).lowercased()) }
        guard let key = Self.pack(bytes) else { return false }  // no listed ASCII entry is longer
        var low = 0
        var high = packed.count
        while low < high {
            let middle = (low + high) / 2
            if packed[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < packed.count && packed[low] == key
    }

    /// Up to 8 ASCII bytes, lowercased, first byte lowest; nil for longer or non-ASCII text.
    private static func pack<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
        guard !bytes.isEmpty, bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            key |= UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) << shift
            shift += 8
        }
        return key
    }
}
