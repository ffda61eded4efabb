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
            guard let walker = manager.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = folder + "/" + url.path.dropFirst(base.path.count + 1)
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
