import Foundation

/// Writes each channel into `Build/.staging-<channel>-<pid>/` and only when
/// every file is written swaps it into `Build/<channel>`. A failed or
/// interrupted build leaves the previous channel untouched (SPEC §8); the
/// window between the two renames is microseconds, and a stale `.staging-*`
/// or `.previous-*` folder from a killed run is removed by the next build.
public struct DiskChannelWriter: ChannelWriter {
    public var buildRoot: URL

    public init(buildRoot: URL) {
        self.buildRoot = buildRoot
    }

    public func publish(channel: String, files: [OutputFile]) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: buildRoot, withIntermediateDirectories: true)
        let suffix = "\(channel)-\(ProcessInfo.processInfo.processIdentifier)"
        let staging = buildRoot.appendingPathComponent(".staging-\(suffix)")
        let previous = buildRoot.appendingPathComponent(".previous-\(suffix)")
        let target = buildRoot.appendingPathComponent(channel)
        try? manager.removeItem(at: staging)
        do {
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
            if manager.fileExists(atPath: target.path) {
                try? manager.removeItem(at: previous)
                try manager.moveItem(at: target, to: previous)
            }
            try manager.moveItem(at: staging, to: target)
            try? manager.removeItem(at: previous)
        } catch {
            try? manager.removeItem(at: staging)
            if !manager.fileExists(atPath: target.path), manager.fileExists(atPath: previous.path) {
                try? manager.moveItem(at: previous, to: target)
            }
            throw error
        }
    }

    /// Removes staging folders left by builds that were killed.
    public func removeStaleStaging() {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: buildRoot.path)) ?? []
        for name in names where name.hasPrefix(".staging-") || name.hasPrefix(".previous-") {
            try? manager.removeItem(at: buildRoot.appendingPathComponent(name))
        }
    }
}
