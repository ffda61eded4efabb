import Foundation

/// One file the project walk found, with what the watcher compares.
public struct ProjectEntry: Sendable, Hashable {
    /// Project-relative path with forward slashes (`Source-Content/a/01-b.md`).
    public var path: String
    public var url: URL
    /// A symbolic link whose target does not exist.
    public var isDanglingLink: Bool
    /// Any symbolic link (`serve` does not follow them).
    public var isSymbolicLink: Bool
    /// Size and modification time: any save changes one of them.
    public var stamp: String
}

/// The one walk over a project's files: `ProjectFileReader` loads what it
/// finds and `serve`'s watcher compares stamps of the same entries, so both
/// agree on what belongs to the project. It visits `waymark.yaml`,
/// `Source-Content/` and `Locales/` only (never `Build/`) and skips hidden
/// files and editor swap and backup files.
public enum ProjectWalk {
    /// Folders that belong to a project, besides `waymark.yaml`.
    static let contentFolders = ["Source-Content", "Locales"]
    private static let keys: [URLResourceKey] = [.isSymbolicLinkKey, .isDirectoryKey, .fileSizeKey, .contentModificationDateKey]

    /// Every project file, config first, then each folder in walk order.
    public static func entries(projectRoot: URL) -> [ProjectEntry] {
        let manager = FileManager.default
        var entries: [ProjectEntry] = []
        let config = projectRoot.appendingPathComponent(ConfigurationLoader.fileName)
        if manager.fileExists(atPath: config.path) {
            entries.append(entry(config, path: ConfigurationLoader.fileName, manager: manager))
        }
        for folder in contentFolders {
            let base = projectRoot.appendingPathComponent(folder)
            guard let walker = manager.enumerator(at: base, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                if isIgnored(url.lastPathComponent) {
                    walker.skipDescendants()
                    continue
                }
                let values = try? url.resourceValues(forKeys: Set(keys))
                guard values?.isDirectory != true else { continue }
                let relative = folder + "/" + url.path.dropFirst(base.path.count + 1)
                entries.append(entry(url, path: relative, manager: manager, values: values))
            }
        }
        return entries
    }

    /// Hidden files and what editors leave next to a file while saving:
    /// `.x.swp` (vim), `x~` (backups), `#x#` (Emacs autosave), `x.tmp`.
    public static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#"))
            || [".swp", ".swx", ".swo", ".tmp"].contains { name.hasSuffix($0) }
            || name == "4913"  // vim's probe file when it checks that a folder is writable
    }

    private static func entry(_ url: URL, path: String, manager: FileManager, values: URLResourceValues? = nil) -> ProjectEntry {
        let values = values ?? (try? url.resourceValues(forKeys: Set(keys)))
        let dangling = values?.isSymbolicLink == true && !manager.fileExists(atPath: url.path)
        let modified = values?.contentModificationDate?.timeIntervalSince1970 ?? 0
        // A symlink's own stamp does not change when its target does; ask the target.
        let target = values?.isSymbolicLink == true ? try? url.resolvingSymlinksInPath().resourceValues(forKeys: Set(keys)) : nil
        let stamp = "\(target?.fileSize ?? values?.fileSize ?? -1)@\(target?.contentModificationDate?.timeIntervalSince1970 ?? modified)"
        return ProjectEntry(path: path, url: url, isDanglingLink: dangling, isSymbolicLink: values?.isSymbolicLink == true, stamp: stamp)
    }
}
