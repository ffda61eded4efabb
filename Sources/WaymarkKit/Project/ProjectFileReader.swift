import Foundation

/// Reads a project folder from disk into a `ProjectFiles` snapshot: the only
/// place the loading stage touches the file system.
public enum ProjectFileReader {
    /// Folders that belong to a project, besides `waymark.yaml`.
    static let contentFolders = ["Source-Content", "Locales"]

    public static func read(projectRoot: URL) -> ProjectFiles {
        var snapshot = ProjectFiles()
        let manager = FileManager.default
        let config = projectRoot.appendingPathComponent(ConfigurationLoader.fileName)
        if manager.fileExists(atPath: config.path) {
            load(config, as: ConfigurationLoader.fileName, into: &snapshot)
        }
        for folder in contentFolders {
            let base = projectRoot.appendingPathComponent(folder)
            let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey, .isDirectoryKey]
            guard let walker = manager.enumerator(at: base, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                let values = try? url.resourceValues(forKeys: Set(keys))
                let relative = folder + "/" + url.path.dropFirst(base.path.count + 1)
                if values?.isSymbolicLink == true, !manager.fileExists(atPath: url.path) {
                    // A link to nothing is a file the writer meant to have: say so.
                    snapshot.unreadable[relative] = "it is a symbolic link to a file that does not exist"
                    continue
                }
                guard values?.isDirectory != true else { continue }
                load(url, as: relative, into: &snapshot)
            }
        }
        return snapshot
    }

    private static func load(_ url: URL, as path: String, into snapshot: inout ProjectFiles) {
        do {
            snapshot.files[path] = try Data(contentsOf: url)
        } catch {
            snapshot.unreadable[path] = (error as NSError).localizedFailureReason ?? "permission denied or unreadable"
        }
    }
}
