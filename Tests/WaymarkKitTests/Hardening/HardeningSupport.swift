import Foundation
@testable import WaymarkKit

/// Real projects on disk for the hardening tests: a copy of the sample
/// project, counts of the translations in its catalogs, and small file helpers.
enum HardeningSupport {
    /// A fresh copy of the repository's sample project (waymark.yaml, Source-Content, Locales).
    static func copySample() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wm-hard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["waymark.yaml", "Source-Content", "Locales"] {
            try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        return root
    }

    /// Every `.po` file below `folder` (following links), sorted.
    static func catalogs(in folder: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: nil)
        return ((walker?.allObjects as? [URL]) ?? []).filter { $0.pathExtension == "po" }.sorted { $0.path < $1.path }
    }

    /// Translated (non-empty msgstr, not obsolete) entries per catalog, keyed by path below `folder`.
    static func translations(in folder: URL) throws -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        let base = folder.resolvingSymlinksInPath().path
        for url in catalogs(in: folder) {
            let parsed = POParser.parse(data: try Data(contentsOf: url), path: url.lastPathComponent)
            let done = parsed.catalog.entries.filter { !$0.isObsolete && !$0.msgstr.isEmpty }.map { "\($0.msgid)\u{1}\($0.translations.joined(separator: "\u{2}"))" }
            result[String(url.resolvingSymlinksInPath().path.dropFirst(base.count))] = Set(done)
        }
        return result
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// All files of a folder tree, by relative path (for comparing outputs).
    static func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        for case let url as URL in FileManager.default.enumerator(at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: [.isRegularFileKey]) ?? .init() {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            files[String(url.resolvingSymlinksInPath().path.dropFirst(base.count + 1))] = try? Data(contentsOf: url)
        }
        return files
    }
}
