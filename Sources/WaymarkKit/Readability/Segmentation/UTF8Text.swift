/// Read-only UTF-8 bytes of one block with scalar decoding at byte offsets. The scanner
/// walks bytes so ASCII text (the common case) costs one table lookup per byte.
struct UTF8Text {
    /// The bytes (valid UTF-8: they come from a Swift `String`).
    let bytes: UnsafeBufferPointer<UInt8>

    /// Number of bytes.
    var count: Int { bytes.count }

    /// The scalar starting at byte `index` and the offset just after it.
    @inline(__always)
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), index + 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var position = index + 1
        while position < index + length, position < bytes.count {
            value = value << 6 | (UInt32(bytes[position]) & 0x3F)
            position += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", position)
    }

    /// The scalar ending just before byte `index` and the offset where it starts.
    @inline(__always)
    func scalar(before index: Int) -> (scalar: Unicode.Scalar, start: Int) {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(at: start).scalar, start)
    }

    /// The scalars of a byte range (for the slow paths: abbreviations, non-ASCII words).
    func scalars(_ range: Range<Int>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, next) = scalar(at: index)
            result.append(scalar)
            index = next
        }
        return result
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
