#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
            try Self.writeTree(files, into: staging)
            if manager.fileExists(atPath: target.path) {
                try? manager.removeItem(at: previous)
                try manager.moveItem(at: target, to: previous)
            }
            try manager.moveItem(at: staging, to: target)
            Self.removeTree(previous)
        } catch {
            Self.removeTree(staging)
            if !manager.fileExists(atPath: target.path), manager.fileExists(atPath: previous.path) {
                try? manager.moveItem(at: previous, to: target)
            }
            throw error
        }
    }

    /// Writes every file under `root`: each folder is created once, files are
    /// written in parallel with plain `write(2)` (no fsync per file: the rename
    /// that publishes the channel is what must be atomic, not each file).
    static func writeTree(_ files: [OutputFile], into root: URL) throws {
        // Output paths are forward-slash relative paths; "" is the root itself.
        let folders = Set(files.map { $0.path.split(separator: "/").dropLast().joined(separator: "/") }).sorted()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in folders where !folder.isEmpty {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let failures = files.parallelMap { file -> String? in
            let path = root.appendingPathComponent(file.path).path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return "\(file.path): \(String(cString: strerror(errno)))" }
            defer { close(descriptor) }
            let written = file.contents.withUnsafeBytes { buffer -> Bool in
                var offset = 0
                while offset < buffer.count {
                    let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if count <= 0 { return false }
                    offset += count
                }
                return true
            }
            return written ? nil : "\(file.path): \(String(cString: strerror(errno)))"
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot write \(failure)"])
        }
    }

    /// Deletes a folder tree, files in parallel (a large site has thousands).
    static func removeTree(_ root: URL) {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root.path) else { return }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if walker.fileAttributes?[.type] as? FileAttributeType != .typeDirectory { files.append(root.path + "/" + relative) }
        }
        _ = files.parallelMap { unlink($0) }
        try? manager.removeItem(at: root)
    }

    /// Removes staging folders left by builds that were killed.
    public func removeStaleStaging() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: buildRoot.path)) ?? []
        for name in names where name.hasPrefix(".staging-") || name.hasPrefix(".previous-") {
            Self.removeTree(buildRoot.appendingPathComponent(name))
        }
    }
}
