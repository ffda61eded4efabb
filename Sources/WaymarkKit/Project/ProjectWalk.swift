import Foundation

/// One file the project walk found, with what the watcher compares.
public struct ProjectEntry: Sendable, Hashable {
    /// Project-relative path with forward slashes (`Source-Content/a/01-b.md`).
    public var path: String
    /// The file to read: the real path, every (project-internal) link resolved.
    public var url: URL
    /// Why the file must not be read (a link out of the project, dangling or
    /// looping, or a special file); `nil` for a usable file.
    public var refusal: String?
    /// The path, or a folder above it, is a symbolic link (`serve` does not follow them).
    public var isSymbolicLink: Bool
    /// Size and modification time of the real file: any save changes one of them.
    public var stamp: String
}

/// The one walk over a project's files: `ProjectFileReader` loads what it
/// finds and `serve`'s watcher compares stamps of the same entries, so both
/// agree on what belongs to the project. It visits `waymark.yaml`,
/// `Source-Content/` and `Locales/` only (never `Build/`), skips hidden files
/// and editor swap and backup files, and resolves every path through
/// `ProjectPathResolver`, the resolver the writers use.
public enum ProjectWalk {
    /// Folders that belong to a project, besides `waymark.yaml`.
    static let contentFolders = ["Source-Content", "Locales"]

    /// Every project file, config first, then each folder in walk order (sorted by name).
    public static func entries(projectRoot: URL) -> [ProjectEntry] {
        let resolver = ProjectPathResolver(projectRoot: projectRoot)
        var entries: [ProjectEntry] = []
        visit(ConfigurationLoader.fileName, resolver: resolver, ancestors: [], linked: false, into: &entries)
        for folder in contentFolders {
            visit(folder, resolver: resolver, ancestors: [], linked: false, into: &entries)
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

    /// Visits `relative` (a file, or a folder recursively). `ancestors` are the
    /// real paths of the folders above, so a link back up is refused, not walked forever.
    private static func visit(_ relative: String, resolver: ProjectPathResolver, ancestors: Set<String>,
                              linked: Bool, into entries: inout [ProjectEntry]) {
        let isLink = linked || isSymbolicLink(resolver.root + "/" + relative)
        let entry: ProjectPathResolver.Entry
        do {
            entry = try resolver.resolve(relative)
        } catch {
            entries.append(refused(relative, reason: error.reason, resolver: resolver))
            return
        }
        switch entry {
        case .missing: return
        case .file(let real):
            entries.append(ProjectEntry(path: relative, url: URL(fileURLWithPath: real), refusal: nil,
                                        isSymbolicLink: isLink, stamp: stamp(real)))
        case .folder(let real):
            guard !ancestors.contains(real) else {
                entries.append(refused(relative, reason: "it is a symbolic link to a folder that contains it (a loop)", resolver: resolver))
                return
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []
            for name in names.sorted() where !isIgnored(name) {
                visit(relative + "/" + name, resolver: resolver, ancestors: ancestors.union([real]), linked: isLink, into: &entries)
            }
        }
    }

    private static func refused(_ relative: String, reason: String, resolver: ProjectPathResolver) -> ProjectEntry {
        ProjectEntry(path: relative, url: URL(fileURLWithPath: resolver.root + "/" + relative), refusal: reason,
                     isSymbolicLink: true, stamp: "refused:\(reason)")
    }

    // One lstat/stat per file, not FileManager's attribute dictionaries: `serve`'s
    // watcher walks the whole project every few hundred milliseconds.
    private static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    private static func stamp(_ realPath: String) -> String {
        var status = stat()
        guard stat(realPath, &status) == 0 else { return "-1@0" }
        #if os(Linux)
        let modified = status.st_mtim
        #else
        let modified = status.st_mtimespec
        #endif
        return "\(status.st_size)@\(modified.tv_sec).\(modified.tv_nsec)"
    }
}
