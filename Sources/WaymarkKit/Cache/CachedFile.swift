import Foundation

/// A rendered file as the page cache stores it: `<SHA-256 hex>\n<note>\n<bytes>`.
/// The digest is the manifest's: a hit is verified once (`CacheEntry` hashes the
/// whole payload) and is then emitted with the digest it carries, instead of
/// hashing the file a second time for the manifest. The note is one line the
/// renderer keeps beside the file (an HTML page's weight; empty for JSON).
struct CachedFile: Sendable {
    /// The file's bytes (indices from 0).
    var contents: Data
    /// `Manifest.sha256Hex(contents)`.
    var sha256: String
    var note: String

    init(contents: Data, note: String) {
        self.contents = contents
        sha256 = Manifest.sha256Hex(contents)
        self.note = note
    }

    /// Reads a payload `store(for:in:)` wrote; nil when it does not have that shape.
    init?(payload: Data) {
        let start = payload.startIndex
        guard payload.count > 65, payload[start + 64] == 0x0A,
              let newline = payload[(start + 65)...].firstIndex(of: 0x0A) else { return nil }
        sha256 = String(decoding: payload[start..<(start + 64)], as: UTF8.self)
        note = String(decoding: payload[(start + 65)..<newline], as: UTF8.self)
        // A fresh `Data`: files go on with indices from 0.
        contents = Data(payload[(newline + 1)...])
    }

    /// Stores the payload (digest, note and bytes, each of the first two on its own
    /// line) under `key`, in two parts, so the file is not copied for it.
    func store(for key: CacheKey, in cache: CachedPages) {
        let header = Array("\(sha256)\n\(note)\n".utf8)
        header.withUnsafeBytes { header in
            contents.withUnsafeBytes { cache.store([header, $0], for: key) }
        }
    }
}
