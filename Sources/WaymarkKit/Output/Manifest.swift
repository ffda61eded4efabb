import Crypto
import Foundation

/// `manifest.json` at every channel root: what was published, so a mirror or
/// an app can check it received exactly that (SPEC §8).
public struct Manifest: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Equatable {
        public var path: String
        public var bytes: Int
        public var sha256: String

        /// The entry of `file`: its path, size and SHA-256.
        public init(_ file: OutputFile) {
            self.init(file, sha256: Manifest.sha256Hex(file.contents))
        }

        /// An entry for a file that is already in place (`ChannelOutput.keep`).
        init(path: String, bytes: Int, sha256: String) {
            self.path = path
            self.bytes = bytes
            self.sha256 = sha256
        }

        /// The entry of `file` whose SHA-256 (lowercase hex) is already known: a cached
        /// page stores its file's digest, so a hit does not hash the file a second time.
        init(_ file: OutputFile, sha256: String) {
            path = file.path
            bytes = file.contents.count
            self.sha256 = sha256
        }
    }

    public var waymark: String
    public var channel: String
    /// Commit of the project the build came from, when it is a git checkout.
    public var sourceRevision: String?
    /// ISO 8601 build time, only when `SOURCE_DATE_EPOCH` is set (reproducible builds).
    public var generated: String?
    public var files: [Entry]

    enum CodingKeys: String, CodingKey {
        case waymark, channel, files, generated
        case sourceRevision = "source-revision"
    }

    public static let fileName = "manifest.json"
    public static let signatureFileName = "manifest.json.sig"

    /// The manifest of `files` (which must not include the manifest itself), sorted by path.
    public init(channel: String, files: [OutputFile], sourceRevision: String?, sourceDateEpoch: Int?) {
        self.init(channel: channel, entries: files.map(Entry.init), sourceRevision: sourceRevision, sourceDateEpoch: sourceDateEpoch)
    }

    /// The manifest of files already written elsewhere, from their entries (any order).
    public init(channel: String, entries: [Entry], sourceRevision: String?, sourceDateEpoch: Int?) {
        waymark = WaymarkVersion.current
        self.channel = channel
        self.sourceRevision = sourceRevision
        generated = sourceDateEpoch.map { ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval($0))) }
        files = entries.sorted { $0.path < $1.path }
    }

    /// Lowercase hex SHA-256 of `data`.
    public static func sha256Hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Stable bytes: sorted keys, two-space indentation, trailing newline
    /// (`StableJSON`'s format, written directly: `Manifest+Encoding.swift`).
    public func encoded() -> Data {
        directlyEncoded()
    }
}

/// The version printed by `--version` and recorded in manifests.
public enum WaymarkVersion {
    public static let current = "0.1.0"
}
