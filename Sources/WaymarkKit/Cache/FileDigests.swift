import Crypto
import Foundation

/// The SHA-256 of every file of one build's snapshot, each computed once per
/// build, so that every cache key reads a file's digest instead of its bytes
/// (a page's key is then a few dozen bytes, not the page's whole tree).
struct FileDigests: Sendable {
    /// Digest of each readable file, by project-relative path.
    let digests: [String: SHA256Digest]
    /// Every path of the snapshot in sorted order (readable ones only), for keys
    /// that cover "every file except ...".
    let sortedPaths: [String]
    /// Files that could not be read and links that were refused, with the reason, sorted by path:
    /// they become diagnostics and change what is built, so keys cover them too.
    let refused: [(path: String, reason: String)]

    /// The snapshot itself (shared storage, not a copy).
    private let files: [String: Data]

    init(_ files: ProjectFiles) {
        self.files = files.files
        let entries = Array(files.files)
        let hashed = entries.parallelMap { path, data in (path, SHA256.hash(data: data)) }
        digests = Dictionary(hashed, uniquingKeysWith: { first, _ in first })
        sortedPaths = digests.keys.sorted()
        refused = (files.unreadable.map { ("unreadable", $0.key, $0.value) } + files.refusedLinks.map { ("link", $0.key, $0.value) })
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .map { (path: $0.1, reason: "\($0.0): \($0.2)") }
    }

    subscript(path: String) -> SHA256Digest? { digests[path] }

    /// Whether `contents` are the snapshot's bytes of `path` (then its digest stands for them).
    func isSnapshot(_ contents: Data, at path: String) -> Bool {
        files[path] == contents
    }
}

extension Fingerprint {
    /// A file's presence and digest: "absent" hashes differently from any content.
    mutating func add(file path: String, in digests: FileDigests) {
        add(path)
        if let digest = digests[path] { add(digest) } else { add(false) }
    }

    mutating func add(_ digest: SHA256Digest) {
        add(true)
        digest.withUnsafeBytes { add(bytes: $0) }
    }

    /// Every file of the snapshot except `excluded` (path and digest), and every
    /// unreadable file or refused link with its reason.
    mutating func add(filesExcept excluded: Set<String>, in digests: FileDigests) {
        var count = 0
        for path in digests.sortedPaths where !excluded.contains(path) {
            add(path)
            if let digest = digests[path] { add(digest) }
            count += 1
        }
        add(count)
        add(refusedIn: digests)
    }

    /// Every unreadable file and refused link of the snapshot, with its reason.
    mutating func add(refusedIn digests: FileDigests) {
        add(digests.refused.count)
        for (path, reason) in digests.refused {
            add(path)
            add(reason)
        }
    }
}
