import Foundation

/// One build's view of the cache: the store, the key of everything every
/// entry depends on (Waymark build, configuration, built-in resources, build
/// options) and the digest of every file of the snapshot, each hashed once.
struct CacheContext: Sendable {
    var store: BuildCache
    var project: CacheKey
    /// SHA-256 of each file of the build's snapshot (the inputs page and QA keys are made of).
    var digests: FileDigests

    init(store: BuildCache, files: ProjectFiles, options: BuildOptions) {
        self.store = store
        digests = FileDigests(files)
        var print = Fingerprint()
        print.add(CacheContext.buildIdentity)
        print.add(files.files[ConfigurationLoader.fileName] ?? Data())
        print.add(options.sourceRevision)
        print.add(options.sourceDateEpoch ?? -1)
        for resource in [ChannelResource.stylesheet, ChannelResource.favicon, ChannelResource.pageSchema] {
            print.add(resource ?? Data())
        }
        project = print.key()
    }

    /// The Waymark version plus the size and date of the running executable, so
    /// a rebuilt `waymark` (same version, new code) never reads a page the old one rendered.
    static let buildIdentity: String = {
        var identity = WaymarkVersion.current
        if let path = Bundle.main.executablePath,
           let attributes = try? FileManager.default.attributesOfItem(atPath: path) {
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            identity += " \(size) \(modified)"
        }
        return identity
    }()

    /// The key of a value (`kind`) that is a function of one file's bytes alone, read by this
    /// Waymark build (a catalog's parse, a page's load): nil when the snapshot has no bytes at `path`.
    func fileKey(_ kind: String, path: String) -> CacheKey? {
        guard let digest = digests[path] else { return nil }
        var print = Fingerprint()
        print.add(CacheContext.buildIdentity)
        print.add(kind)
        print.add(path)
        print.add(digest)
        return print.key()
    }

    /// The namespace of `channel`'s rendered pages.
    static func pagesNamespace(_ channel: String) -> String {
        "pages/\(channel)"
    }
}
