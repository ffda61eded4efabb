import Foundation

/// Checks a published channel folder against its `manifest.json` and, when
/// present, `manifest.json.sig` (`waymark verify DIR`).
public enum ChannelVerifier {
    public struct Report: Sendable {
        /// Problems, one line each; empty means the channel is intact.
        public var problems: [String]
        /// "signed", "unsigned" or "bad signature".
        public var signatureStatus: String
        public var fileCount: Int

        public var isValid: Bool { problems.isEmpty }
    }

    /// `files` holds every file of the folder by relative path, manifest included.
    public static func verify(files: [String: Data], publicKey: String?) -> Report {
        guard let manifestData = files[Manifest.fileName] else {
            return Report(problems: ["no \(Manifest.fileName) in this folder"], signatureStatus: "unsigned", fileCount: 0)
        }
        guard let manifest = try? JSONDecoder().decode(Manifest.self, from: manifestData) else {
            return Report(problems: ["\(Manifest.fileName) is not a Waymark manifest"], signatureStatus: "unsigned", fileCount: 0)
        }
        var problems: [String] = []
        var listed: Set<String> = [Manifest.fileName, Manifest.signatureFileName]
        for entry in manifest.files {
            listed.insert(entry.path)
            guard let data = files[entry.path] else {
                problems.append("missing: \(entry.path)")
                continue
            }
            if data.count != entry.bytes || Manifest.sha256Hex(data) != entry.sha256 {
                problems.append("changed: \(entry.path)")
            }
        }
        for path in files.keys.sorted() where !listed.contains(path) {
            problems.append("not in manifest: \(path)")
        }
        var status = "unsigned"
        if let signature = files[Manifest.signatureFileName] {
            if ManifestSigner.verify(manifest: manifestData, signatureFile: signature, expectedPublicKey: publicKey) {
                status = "signed"
            } else {
                status = "bad signature"
                problems.append("\(Manifest.signatureFileName) does not match manifest.json\(publicKey == nil ? "" : " and the given public key")")
            }
        } else if publicKey != nil {
            problems.append("a public key was given but the channel is not signed")
        }
        return Report(problems: problems, signatureStatus: status, fileCount: manifest.files.count)
    }
}
