import Foundation
import Testing
@testable import WaymarkKit

/// Builds project folders as `waymark build` does (read, compile, publish
/// every channel that passed into `Build/`), with the project's cache or
/// without any, and compares what two builds produced.
enum IncrementalBuildHarness {
    /// A copy of the sample project (configuration, content, catalogs) in a new temporary folder.
    static func sampleCopy() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["waymark.yaml", "Source-Content", "Locales"] {
            try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        return root
    }

    /// A fresh copy of `project`'s sources, without its cache or output.
    static func freshCopy(of project: URL) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-clean-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for item in ["waymark.yaml", "Source-Content", "Locales"] where FileManager.default.fileExists(atPath: project.appendingPathComponent(item).path) {
            try FileManager.default.copyItem(at: project.appendingPathComponent(item), to: copy.appendingPathComponent(item))
        }
        return copy
    }

    /// Appends `text` to the project file at `path`.
    static func append(_ text: String, to path: String, in project: URL) throws {
        let url = project.appendingPathComponent(path)
        try (try String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Builds `project` with its cache, and a fresh copy of its sources without one: the two
    /// builds' diagnostics must be equal (and, with `comparingFiles`, their `Build/` trees).
    /// Returns the cached build's diagnostics.
    static func cachedBuildMatchingClean(_ project: URL, comparingFiles: Bool = false) throws -> [Diagnostic] {
        let incremental = try build(project, into: project.appendingPathComponent("Build"), cached: true)
        let fresh = try freshCopy(of: project)
        defer { try? FileManager.default.removeItem(at: fresh) }
        let clean = try build(fresh, into: fresh.appendingPathComponent("Build"), cached: false)
        #expect(incremental.diagnostics == clean.diagnostics)
        if comparingFiles {
            #expect(differences(tree(project.appendingPathComponent("Build")), tree(fresh.appendingPathComponent("Build"))).isEmpty)
        }
        return incremental.diagnostics
    }

    /// Builds `project` into `buildRoot` like `waymark build` (no `--strict`); `cached` uses `.waymark-cache/`.
    @discardableResult
    static func build(_ project: URL, into buildRoot: URL, cached: Bool) throws -> BuildResult {
        var options = BuildOptions()
        options.cache = cached ? BuildCache(projectRoot: project) : nil
        var writer = DiskChannelWriter(buildRoot: buildRoot)
        // Every stamp trusted, however recent: the back buffer's state is used (and must be right) in every build.
        writer.racyWindow = 0
        let result = Compiler(options: options).build(ProjectFileReader.read(projectRoot: project), into: writer)
        guard result.exitCode(strict: false) != 2 else {
            result.channels.forEach { $0.discard() }
            return result
        }
        for channel in result.channels { try channel.publish() }
        return result
    }

    /// Every file under `root`, by relative path, but for the channel writer's
    /// bookkeeping (`Build/.back-<channel>`, the previous generation, and the states: not output).
    static func tree(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walk = FileManager.default.enumerator(atPath: root.path) else { return files }
        for case let path as String in walk {
            if DiskChannelWriter.isBookkeeping(path) {
                walk.skipDescendants()
                continue
            }
            let url = root.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    /// Paths that differ between two trees (missing on one side or different bytes), sorted.
    static func differences(_ left: [String: Data], _ right: [String: Data]) -> [String] {
        Set(left.keys).union(right.keys).filter { left[$0] != right[$0] }.sorted()
    }

    /// Keys of the cache entries the indexes under `namespace` list (`pages` covers every `pages/<channel>`).
    static func entries(_ project: URL, namespace: String) -> Set<String> {
        guard let cache = BuildCache(projectRoot: project) else { return [] }
        let folder = project.appendingPathComponent(BuildCache.folderName).appendingPathComponent(namespace)
        var keys: Set<String> = []
        for path in tree(folder).keys where (path as NSString).lastPathComponent == CacheIndex.fileName {
            let below = (path as NSString).deletingLastPathComponent
            keys.formUnion(cache.storedKeys(in: below.isEmpty ? namespace : namespace + "/" + below).map(\.hex))
        }
        return keys
    }

    /// The files of `channel` in `Build/` whose page the last build rendered instead of taking from the
    /// cache: the entries of `pages/<channel>` missing from `before`, each matched to the output file
    /// with its bytes (each entry is a `CachedFile`: the file's SHA-256, a note line, the file).
    static func renderedFiles(_ project: URL, channel: String, before: Set<String>) -> Set<String> {
        guard let cache = BuildCache(projectRoot: project) else { return [] }
        let namespace = CacheContext.pagesNamespace(channel)
        let output = tree(project.appendingPathComponent("Build").appendingPathComponent(channel))
        let byContents = Dictionary(output.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var files: Set<String> = []
        for hex in entries(project, namespace: namespace).subtracting(before) {
            guard let key = CacheKey(hex: hex), case .success(let stored?) = cache.namespace(namespace).lookup(key) else { continue }
            if let file = CachedFile(payload: stored).flatMap({ byContents[$0.contents] }) { files.insert(file) } else { files.insert("unmatched entry \(hex)") }
        }
        return files
    }
}
