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
/// one (SPEC §8). Publishing is double-buffered: the swapped-out previous output
/// is kept as `Build/.back-<channel>/`, and the next build claims it (renames it
/// to its staging name) and updates it in place of a fresh folder, so an
/// unchanged file or folder costs a comparison, not a create and a delete
/// (`DiskChannelStaging`). Leftovers of a killed build are cleaned by the next one
/// (`removeStaleStaging`), which never deletes the last good output and never
/// touches a folder of a build still running.
public struct DiskChannelWriter: ChannelWriter {
    public var buildRoot: URL
    /// How recent a recorded stamp may be and still be trusted (`GenerationState.racyWindow`).
    var racyWindow = GenerationState.defaultRacyWindow
    /// The name prefix of a channel's back buffer in the build folder.
    public static let backPrefix = ".back-"
    /// The name prefix of a published channel's `GenerationState` file.
    public static let publishedStatePrefix = ".published-"

    /// True for the build folder's own bookkeeping entries (back buffers and states), which are not output.
    public static func isBookkeeping(_ name: String) -> Bool {
        name.hasPrefix(backPrefix) || (name.hasPrefix(publishedStatePrefix) && name.hasSuffix(".state"))
    }

    public init(buildRoot: URL) {
        self.buildRoot = buildRoot
    }

    public func stage(channel: String) -> any ChannelStaging {
        let token = "\(channel).\(getpid()).\(UUID().uuidString.prefix(8).lowercased())"
        let root = buildRoot.path
        let target = root + "/" + channel
        let path = root + "/.staging-\(token)"
        var reused = false
        var problem: String?
        do {
            try FileManager.default.createDirectory(at: buildRoot, withIntermediateDirectories: true)
            reused = Self.claim(root + "/" + Self.backPrefix + channel, as: path)
            if !reused { try FileTree.makeDirectory(path) }
        } catch {
            problem = error.localizedDescription
        }
        let staging = DiskChannelStaging(
            root: path, target: target, previous: root + "/.previous-\(token)", back: root + "/" + Self.backPrefix + channel,
            reused: reused, statePaths: Self.statePaths(channel, in: root), racyWindow: racyWindow)
        if let problem { staging.fail(problem) }
        return staging
    }

    /// Where the `GenerationState` of the published channel and of its back buffer are kept:
    /// `Build/.published-<channel>.state` and `Build/.back-<channel>.state` (a channel name has no dot).
    static func statePaths(_ channel: String, in root: String) -> (published: String, back: String) {
        (root + "/" + publishedStatePrefix + channel + ".state", root + "/" + backPrefix + channel + ".state")
    }

    /// Renames the back buffer `back` to the staging name `path`; true when that
    /// gave a real folder to stage into (anything else found there is deleted).
    static func claim(_ back: String, as path: String) -> Bool {
        guard rename(back, path) == 0 else { return false }
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return true }
        FileTree.remove(path)
        return false
    }

    /// Path -> size of every file the manifest of the channel at `folder` lists; empty
    /// when there is none. Only a hint of what may be linked: each file is compared first.
    static func publishedSizes(_ folder: String) -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: folder + "/" + Manifest.fileName) else { return [:] }
        return Manifest.entrySizes(in: data) ?? [:]
    }

    /// Deletes a folder tree (`FileTree.remove`).
    static func removeTree(_ root: String) {
        FileTree.remove(root)
    }

    /// Cleans up after builds that were killed: a channel whose folder is
    /// missing while a `.previous-<channel>.*` exists (a kill inside the
    /// portable two-rename swap) gets that previous output back; the staging
    /// folder of a killed build becomes the channel's back buffer when it has
    /// none (it is checked file by file when it is used, so a half-written one
    /// is fine); every other `.staging-*`/`.previous-*` of a process that no
    /// longer runs is deleted, and so is a state file it was writing.
    public func removeStaleStaging() {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: buildRoot.path)) ?? []).sorted()
        // A state a killed build was writing (`GenerationState.write`): `<state file>.<pid>`.
        for name in names where name.contains(".state.") && (name.hasPrefix(Self.backPrefix) || name.hasPrefix(Self.publishedStatePrefix)) {
            guard let pid = name.split(separator: ".").last.flatMap({ Int32($0) }), pid != getpid(), !(kill(pid, 0) == 0 || errno == EPERM) else { continue }
            unlink(buildRoot.appendingPathComponent(name).path)
        }
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
            if name.hasPrefix(".staging-"), parts.count == 4 {
                let back = buildRoot.appendingPathComponent(Self.backPrefix + parts[1].dropFirst("staging-".count)).path
                var info = stat()
                if lstat(back, &info) != 0, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, rename(path, back) == 0 { continue }
            }
            Self.removeTree(path)
        }
    }
}
