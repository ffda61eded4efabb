#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes each channel into `Build/.staging-<channel>.<pid>.<random>/` and,
/// only when every file is written, swaps it with `Build/<channel>` in one
/// atomic step (`ChannelSwap`): at every instant `Build/<channel>` is either
/// the complete previous output or the complete new one (SPEC §8). The
/// swapped-out previous output is then deleted. Leftovers of a killed build
/// are cleaned by the next one (`removeStaleStaging`), which never deletes
/// the last good output and never touches a folder of a build still running.
public struct DiskChannelWriter: ChannelWriter {
    public var buildRoot: URL

    public init(buildRoot: URL) {
        self.buildRoot = buildRoot
    }

    public func publish(channel: String, files: [OutputFile]) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: buildRoot, withIntermediateDirectories: true)
        let token = "\(channel).\(getpid()).\(UUID().uuidString.prefix(8).lowercased())"
        let staging = buildRoot.appendingPathComponent(".staging-\(token)").path
        let target = buildRoot.appendingPathComponent(channel).path
        do {
            try Self.writeTree(files, into: URL(fileURLWithPath: staging))
        } catch {
            Self.removeTree(staging)
            throw error
        }
        PublishTestHook.reached(.staged)
        try ChannelSwap.install(staging, at: target, previous: buildRoot.appendingPathComponent(".previous-\(token)").path)
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
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
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
    /// A symbolic link is removed itself, never what it points to.
    static func removeTree(_ root: String) {
        var info = stat()
        guard lstat(root, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(root)
            return
        }
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root) else { return }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if walker.fileAttributes?[.type] as? FileAttributeType != .typeDirectory { files.append(root + "/" + relative) }
        }
        _ = files.parallelMap { unlink($0) }
        try? manager.removeItem(atPath: root)
    }

    /// Cleans up after builds that were killed: a channel whose folder is
    /// missing while a `.previous-<channel>.*` exists (a kill inside the
    /// portable two-rename swap) gets that previous output back; every other
    /// `.staging-*`/`.previous-*` of a process that no longer runs is deleted.
    public func removeStaleStaging() {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: buildRoot.path)) ?? []).sorted()
        for name in names where name.hasPrefix(".staging-") || name.hasPrefix(".previous-") {
            let parts = name.split(separator: ".", omittingEmptySubsequences: false)
            // "", "staging-<channel>", "<pid>", "<random>" (older builds: ".staging-<channel>-<pid>").
            let pid = parts.count == 4 ? Int32(parts[2]) : name.split(separator: "-").last.flatMap { Int32($0) }
            if let pid, pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            let path = buildRoot.appendingPathComponent(name).path
            if name.hasPrefix(".previous-"), parts.count == 4 {
                let channel = buildRoot.appendingPathComponent(String(parts[1].dropFirst("previous-".count))).path
                if !FileManager.default.fileExists(atPath: channel), rename(path, channel) == 0 { continue }
            }
            Self.removeTree(path)
        }
    }
}
