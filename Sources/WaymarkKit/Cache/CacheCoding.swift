import Foundation

/// A compact binary form for cached values: variable-length integers and
/// length-prefixed UTF-8. Decoding tens of thousands of QA diagnostics this
/// way costs milliseconds, where `JSONDecoder` costs seconds.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        // Zig-zag, then 7 bits a byte.
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    /// Length-prefixed raw bytes (a value another coder wrote, such as `DiagnosticCoding`'s).
    mutating func data(_ value: Data) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    /// The exact bits of `value`.
    mutating func double(_ value: Double) {
        int(Int(Int64(bitPattern: value.bitPattern)))
    }

    var data: Data { Data(bytes) }
}

/// Reads what `CacheWriter` wrote; throws when the bytes end early or do not fit.
struct CacheReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset: Int
    /// Where the bytes to read end (`bytes.count`, or the end of a range of them).
    private let end: Int

    init(_ data: Data) {
        bytes = [UInt8](data)
        offset = 0
        end = bytes.count
    }

    /// Reads `range` of `bytes` without copying them (a value inside a larger record).
    init(_ bytes: [UInt8], in range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { offset == end }

    mutating func int() throws(Malformed) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    mutating func bool() throws(Malformed) -> Bool {
        guard offset < end else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] != 0
    }

    mutating func string() throws(Malformed) -> String {
        let count = try int()
        guard count >= 0, count <= end - offset else { throw Malformed() }
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    mutating func optional() throws(Malformed) -> String? {
        try bool() ? try string() : nil
    }

    /// What `CacheWriter.data` wrote.
    mutating func data() throws(Malformed) -> Data {
        let count = try int()
        guard count >= 0, count <= end - offset else { throw Malformed() }
        defer { offset += count }
        return Data(bytes[offset..<offset + count])
    }

    /// Where the bytes not read yet are; the reader is then at its end.
    mutating func rest() -> Range<Int> {
        defer { offset = end }
        return offset..<end
    }

    /// What `CacheWriter.double` wrote.
    mutating func double() throws(Malformed) -> Double {
        Double(bitPattern: UInt64(bitPattern: Int64(try int())))
    }

    /// `count` then that many elements.
    mutating func array<T>(_ element: (inout CacheReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try int()
        guard count >= 0, count <= end - offset else { throw Malformed() }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }
}
