#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes each channel into `Build/.staging-<channel>.<pid>.<random>/` while it
/// renders and, only when every file and then the manifest are written, swaps it
/// with `Build/<channel>` in one atomic step (`ChannelSwap`): at every instant
/// `Build/<channel>` is either the complete previous output or the complete new
/// one (SPEC §8). The swapped-out previous output is then deleted. Leftovers of
/// a killed build are cleaned by the next one (`removeStaleStaging`), which never
/// deletes the last good output and never touches a folder of a build still running.
public struct DiskChannelWriter: ChannelWriter {
    public var buildRoot: URL

    public init(buildRoot: URL) {
        self.buildRoot = buildRoot
    }

    public func stage(channel: String) -> any ChannelStaging {
        let token = "\(channel).\(getpid()).\(UUID().uuidString.prefix(8).lowercased())"
        let root = buildRoot.path
        let target = root + "/" + channel
        let staging = DiskChannelStaging(
            root: root + "/.staging-\(token)", target: target, previous: root + "/.previous-\(token)",
            published: Self.publishedSizes(target))
        do {
            try FileManager.default.createDirectory(at: buildRoot, withIntermediateDirectories: true)
            try FileTree.makeDirectory(staging.root)
        } catch {
            staging.fail(error.localizedDescription)
        }
        return staging
    }

    /// Path -> size of every file the manifest of the channel at `folder` lists; empty
    /// when there is none. Only a hint of what may be linked: each file is compared first.
    static func publishedSizes(_ folder: String) -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: folder + "/" + Manifest.fileName),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return [:] }
        return Dictionary(manifest.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }

    /// Deletes a folder tree (`FileTree.remove`).
    static func removeTree(_ root: String) {
        FileTree.remove(root)
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
