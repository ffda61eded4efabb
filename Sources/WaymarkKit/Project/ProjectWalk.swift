import Foundation

/// One file the project walk found, with what the watcher compares.
public struct ProjectEntry: Sendable, Hashable {
    /// Project-relative path with forward slashes (`Source-Content/a/01-b.md`).
    public var path: String
    /// The file to read: the real path, every (project-internal) link resolved.
    public var realPath: String
    /// `realPath` as a file URL (made on demand: the watcher walks every few hundred milliseconds).
    public var url: URL { URL(fileURLWithPath: realPath) }
    /// Why the file must not be read (a link out of the project, dangling or
    /// looping, or a special file); `nil` for a usable file.
    public var refusal: String?
    /// The path, or a folder above it, is a symbolic link (`serve` does not follow them).
    public var isSymbolicLink: Bool
    /// Size, times and inode of the real file (`FileStamp.text`): any save changes one of them.
    public var stamp: String
    /// The same as a value; nil for a refused entry.
    public var fileStamp: FileStamp? = nil
}

/// The one walk over a project's files: `ProjectFileReader` loads what it
/// finds and `serve`'s watcher compares stamps of the same entries, so both
/// agree on what belongs to the project. It visits `waymark.yaml`,
/// `Source-Content/` and `Locales/` only (never `Build/`), skips hidden files
/// (but for the ones Waymark writes there itself, `keptHiddenPaths`) and editor
/// swap and backup files, and resolves every path through `ProjectPathResolver`,
/// the resolver the writers use.
public enum ProjectWalk {
    /// Folders that belong to a project, besides `waymark.yaml`.
    static let contentFolders = ["Source-Content", "Locales"]

    /// Every project file, config first, then each folder in walk order (sorted by name).
    ///
    /// What is inside each content folder (its programs, its locales) is walked in parallel,
    /// each part in order, and the parts joined in order: the same list as one walk, and a
    /// project of 30,000 files is listed and stamped on every core.
    public static func entries(projectRoot: URL) -> [ProjectEntry] {
        let resolver = ProjectPathResolver(projectRoot: projectRoot)
        var parts: [Part] = []
        for name in [ConfigurationLoader.fileName] + contentFolders {
            // A name gives entries (a file, a refusal) or, being a folder, children: never both.
            var entries: [ProjectEntry] = []
            var children: [Child] = []
            visit(name, relative: name, in: resolver.root, resolver: resolver, ancestors: [], linked: false, into: &entries) { children.append($0) }
            parts.append(.entries(entries))
            parts += children.map(Part.folder)
        }
        return parts.parallelMap { part -> [ProjectEntry] in
            switch part {
            case .entries(let entries): return entries
            case .folder(let child):
                var entries: [ProjectEntry] = []
                visit(child.name, relative: child.relative, in: child.folder, resolver: resolver, ancestors: child.ancestors,
                      linked: child.linked, into: &entries)
                return entries
            }
        }.flatMap { $0 }
    }

    /// A piece of the walk: entries found already, or a folder's child still to visit.
    private enum Part: Sendable {
        case entries([ProjectEntry])
        case folder(Child)
    }

    /// What `visit` needs to walk one name inside an already resolved folder.
    private struct Child: Sendable {
        var name: String
        var relative: String
        var folder: String
        var ancestors: Set<String>
        var linked: Bool
    }

    /// Hidden files `waymark` itself keeps in the project and reads back: the
    /// `long-untranslated` record `sync` writes. Skipped with the other hidden
    /// files, it was never read, so its counts never grew and the rule never fired.
    static let keptHiddenPaths: Set<String> = [UntranslatedLedger.path]

    /// Hidden files and what editors leave next to a file while saving:
    /// `.x.swp` (vim), `x~` (backups), `#x#` (Emacs autosave), `x.tmp`.
    public static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#"))
            || [".swp", ".swx", ".swo", ".tmp"].contains { name.hasSuffix($0) }
            || name == "4913"  // vim's probe file when it checks that a folder is writable
    }

    /// Visits `relative` (a file, or a folder recursively), named `name` inside the
    /// folder whose real path is `folder`: each folder is resolved once, when it is
    /// visited, not again for every file below it. `ancestors` are the real paths of
    /// the folders above, so a link back up is refused, not walked forever. With `deferring`,
    /// a folder's children are handed to it, in order, instead of being visited.
    private static func visit(_ name: String, relative: String, in folder: String, resolver: ProjectPathResolver,
                              ancestors: Set<String>, linked: Bool, into entries: inout [ProjectEntry],
                              deferring: ((Child) -> Void)? = nil) {
        let found: ProjectPathResolver.Found
        let entry: ProjectPathResolver.Entry
        do {
            guard let existing = try resolver.lookUp(name, in: folder, walked: relative) else { return }
            (found, entry) = (existing, try resolver.entry(existing, walked: relative))
        } catch {
            entries.append(refused(relative, reason: error.reason, resolver: resolver))
            return
        }
        let isLink = linked || found.isLink
        switch entry {
        case .missing: return
        case .file(let real):
            entries.append(ProjectEntry(path: relative, realPath: real, refusal: nil, isSymbolicLink: isLink,
                                        stamp: found.stamp.text, fileStamp: found.stamp))
        case .folder(let real):
            guard !ancestors.contains(real) else {
                entries.append(refused(relative, reason: "it is a symbolic link to a folder that contains it (a loop)", resolver: resolver))
                return
            }
            let inside = ancestors.union([real])
            for child in names(in: real).sorted() where !isIgnored(child) || keptHiddenPaths.contains(relative + "/" + child) {
                if let deferring {
                    deferring(Child(name: child, relative: relative + "/" + child, folder: real, ancestors: inside, linked: isLink))
                } else {
                    visit(child, relative: relative + "/" + child, in: real, resolver: resolver, ancestors: inside, linked: isLink, into: &entries)
                }
            }
        }
    }

    private static func refused(_ relative: String, reason: String, resolver: ProjectPathResolver) -> ProjectEntry {
        ProjectEntry(path: relative, realPath: resolver.root + "/" + relative, refusal: reason,
                     isSymbolicLink: true, stamp: "refused:\(reason)")
    }

    /// The names in a folder (`FileTree.forEachEntry`'s `readdir`, no Foundation
    /// attributes: `serve`'s watcher walks the whole project every few hundred milliseconds).
    private static func names(in folder: String) -> [String] {
        var names: [String] = []
        FileTree.forEachEntry(of: folder) { name, _, _ in names.append(name) }
        return names
    }
}
