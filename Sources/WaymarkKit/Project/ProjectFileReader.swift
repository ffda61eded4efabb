import Foundation

/// Reads a project folder from disk into a `ProjectFiles` snapshot: the only
/// place the loading stage touches the file system. Every path goes through
/// `ProjectPathResolver`, the same resolver the writers use: a symbolic link
/// is followed while it stays inside the project, and refused (recorded in
/// `ProjectFiles.refusedLinks`, never read) when it leaves it.
public enum ProjectFileReader {
    /// Folders that belong to a project, besides `waymark.yaml`.
    static let contentFolders = ["Source-Content", "Locales"]

    public static func read(projectRoot: URL) -> ProjectFiles {
        let resolver = ProjectPathResolver(projectRoot: projectRoot)
        var snapshot = ProjectFiles()
        visit(ConfigurationLoader.fileName, resolver: resolver, ancestors: [], into: &snapshot)
        for folder in contentFolders {
            visit(folder, resolver: resolver, ancestors: [], into: &snapshot)
        }
        return snapshot
    }

    /// Reads `relative` (a file, or a folder recursively). `ancestors` are the
    /// real paths of the folders above, so a link back up is refused, not walked forever.
    private static func visit(_ relative: String, resolver: ProjectPathResolver, ancestors: Set<String>, into snapshot: inout ProjectFiles) {
        let entry: ProjectPathResolver.Entry
        do {
            entry = try resolver.resolve(relative)
        } catch {
            snapshot.refusedLinks[relative] = error.reason
            return
        }
        switch entry {
        case .missing: return
        case .file(let real): load(real, as: relative, into: &snapshot)
        case .folder(let real):
            guard !ancestors.contains(real) else {
                snapshot.refusedLinks[relative] = "it is a symbolic link to a folder that contains it (a loop)"
                return
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []
            // Hidden files (editor backups, `.*.tmp` of an interrupted write) are not project files.
            for name in names.sorted() where !name.hasPrefix(".") {
                visit(relative + "/" + name, resolver: resolver, ancestors: ancestors.union([real]), into: &snapshot)
            }
        }
    }

    private static func load(_ path: String, as relative: String, into snapshot: inout ProjectFiles) {
        do {
            snapshot.files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            snapshot.unreadable[relative] = (error as NSError).localizedFailureReason ?? "permission denied or unreadable"
        }
    }
}
