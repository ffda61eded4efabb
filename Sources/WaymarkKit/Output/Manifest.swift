import Crypto
import Foundation

/// `manifest.json` at every channel root: what was published, so a mirror or
/// an app can check it received exactly that (SPEC §8).
public struct Manifest: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Equatable {
        public var path: String
        public var bytes: Int
        public var sha256: String
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
        waymark = WaymarkVersion.current
        self.channel = channel
        self.sourceRevision = sourceRevision
        generated = sourceDateEpoch.map { ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval($0))) }
        self.files = files
            .map { Entry(path: $0.path, bytes: $0.contents.count, sha256: Self.sha256Hex($0.contents)) }
            .sorted { $0.path < $1.path }
    }

    public static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// Stable bytes: sorted keys, two-space indentation, trailing newline.
    public func encoded() -> Data {
        (try? StableJSON.encode(self)) ?? Data()
    }
}

/// The version printed by `--version` and recorded in manifests.
public enum WaymarkVersion {
    public static let current = "0.1.0"
}
