#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether the UTF-8 of this string holds `byte`: `memchr` over the contiguous
    /// storage (native strings always have it) instead of `utf8.contains`, which
    /// steps through the view one byte at a time. Most texts the stages ask this of
    /// ("any `{` for a placeholder?", "any carriage return?") answer no.
    func containsUTF8(_ byte: UInt8) -> Bool {
        var copy = self
        return copy.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }
}
