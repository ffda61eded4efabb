import Foundation

/// Writes several project files (catalogs from `sync` or `import`) all or
/// none: every file goes to a temporary sibling first, and only when all are
/// written are they renamed over the originals.
public enum ProjectFileWriter {
    public static func writeAll(_ files: [(path: String, contents: Data)], projectRoot: URL) throws {
        let manager = FileManager.default
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        var staged: [(temporary: URL, target: URL)] = []
        do {
            for file in files {
                let target = projectRoot.appendingPathComponent(file.path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(token).tmp")
                try file.contents.write(to: temporary)
                staged.append((temporary, target))
            }
        } catch {
            for file in staged { try? manager.removeItem(at: file.temporary) }
            throw error
        }
        // rename(2) replaces each file atomically; all content is already on disk.
        for file in staged {
            if rename(file.temporary.path, file.target.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.target.path])
            }
        }
    }
}
