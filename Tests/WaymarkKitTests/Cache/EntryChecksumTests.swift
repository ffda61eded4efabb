import Foundation
import Testing
@testable import WaymarkKit

/// The cache records' checksum is the same however the payload is split into parts,
/// and changes with any flipped bit, any truncation and any byte moved.
struct EntryChecksumTests {
    static let payload = Data((0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ $0 / 7) })

    @Test func partsGiveTheChecksumOfTheWhole() {
        let whole = EntryChecksum.of(Self.payload)
        for split in [0, 1, 7, 8, 31, 32, 33, 64, 500, 999, 1_000] {
            let first = Self.payload.prefix(split), second = Self.payload.dropFirst(split)
            let parts = first.withUnsafeBytes { a in second.withUnsafeBytes { b in EntryChecksum.of([a, b]) } }
            #expect(parts == whole, "split at \(split)")
        }
        // Three parts, one of them shorter than a stripe.
        let three = Self.payload.prefix(10).withUnsafeBytes { a in
            Self.payload.dropFirst(10).prefix(5).withUnsafeBytes { b in
                Self.payload.dropFirst(15).withUnsafeBytes { c in EntryChecksum.of([a, b, c]) }
            }
        }
        #expect(three == whole)
        #expect(EntryChecksum.hex(whole).count == 16)
    }

    @Test func anyDamageChangesTheChecksum() {
        let whole = EntryChecksum.of(Self.payload)
        var seen: Set<UInt64> = [whole]
        for index in stride(from: 0, to: Self.payload.count, by: 13) {
            for bit in [0, 3, 7] {
                var flipped = Self.payload
                flipped[index] ^= 1 << bit
                #expect(seen.insert(EntryChecksum.of(flipped)).inserted, "byte \(index) bit \(bit)")
            }
        }
        for length in [0, 1, 31, 32, 999] {
            #expect(seen.insert(EntryChecksum.of(Self.payload.prefix(length))).inserted, "truncated to \(length)")
        }
        // Two 8-byte words swapped: the lanes are not a sum of independent words.
        var swapped = Self.payload
        swapped.replaceSubrange(0..<8, with: Self.payload[8..<16])
        swapped.replaceSubrange(8..<16, with: Self.payload[0..<8])
        #expect(EntryChecksum.of(swapped) != whole)
        // Zero bytes of different lengths differ.
        #expect(EntryChecksum.of(Data(count: 40)) != EntryChecksum.of(Data(count: 41)))
    }
}
