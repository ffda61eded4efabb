/// Byte-level helpers of the PO parser, which reads a file's UTF-8 bytes
/// directly. Every line it reads is valid UTF-8 (an invalid file is repaired
/// first), so a slice between ASCII bytes is always valid text.
enum POByte {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// True for a space or a tab, the only separators PO knows.
    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// The text of `range` of valid UTF-8 `bytes`.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The one scalar starting at byte `index`, as a string (for messages).
    static func scalarString(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> String {
        string(bytes, index..<min(bytes.count, index + scalarLength(bytes[index])))
    }

    /// Length of the UTF-8 sequence a lead byte starts.
    static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: 1
        case 0xF0...: 4
        case 0xE0...: 3
        default: 2
        }
    }

    /// The number of scalars in the first `offset` bytes: a byte offset as the
    /// scalar offset that diagnostics count columns in.
    static func scalarOffset(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var count = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count + max(0, offset - bytes.count)
    }

    /// `scalarOffset` over an array.
    static func scalarOffset(_ bytes: [UInt8], _ offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { scalarOffset($0, offset) }
    }

    /// The UTF-8 bytes of `scalars`.
    static func utf8(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return bytes
    }

    /// True when every byte of `range` is ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range where bytes[index] >= 0x80 { return false }
        return true
    }
}
