#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Puts a finished staging folder in place of a channel folder in one atomic
/// step: Linux `renameat2(RENAME_EXCHANGE)`, macOS `renamex_np(RENAME_SWAP)`.
/// Both names exist before and after, so no reader and no kill ever sees the
/// channel missing. Where neither exists (old kernels, other file systems),
/// the portable fallback is two renames (channel to `.previous-*`, staging to
/// channel); a kill between them is repaired by the next build, which renames
/// `.previous-*` back. Either way the swapped-out generation is not deleted but
/// kept as the channel's back buffer, which the next build stages into.
enum ChannelSwap {
    /// Set to `1` to force the two-rename fallback (tests of its recovery).
    static let portableVariable = "WAYMARK_TEST_PORTABLE_SWAP"

    static func install(_ staging: String, at target: String, previous: String, back: String) throws {
        var info = stat()
        guard lstat(target, &info) == 0 else {
            // First build of this channel: nothing to keep.
            try check(rename(staging, target), "cannot move \(staging) to \(target)")
            return
        }
        let portable = ProcessInfo.processInfo.environment[portableVariable] == "1"
        if !portable, exchange(staging, target) {
            PublishTestHook.reached(.swapped)
            // `staging` now holds the previous output.
            keep(staging, as: back)
            return
        }
        try check(rename(target, previous), "cannot move the previous \(target) aside")
        PublishTestHook.reached(.betweenRenames)
        if rename(staging, target) != 0 {
            let reason = String(cString: strerror(errno))
            // Put the last good output back before reporting.
            rename(previous, target)
            DiskChannelWriter.removeTree(staging)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot move the new output into \(target): \(reason)"])
        }
        PublishTestHook.reached(.swapped)
        keep(previous, as: back)
    }

    /// Makes the folder `generation` the back buffer `back` (one rename). Only
    /// a real folder is kept: a channel that was a symbolic link is dropped (the
    /// link only, never what it points to), and so is `generation` when `back`
    /// cannot be taken.
    static func keep(_ generation: String, as back: String) {
        var info = stat()
        guard lstat(generation, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            FileTree.remove(generation)
            return
        }
        if rename(generation, back) == 0 { return }
        FileTree.remove(back)
        if rename(generation, back) != 0 { FileTree.remove(generation) }
    }

    private static func check(_ result: Int32, _ message: String) throws {
        guard result != 0 else { return }
        throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(message): \(String(cString: strerror(errno)))"])
    }

    /// Exchanges two existing paths atomically; false when the system cannot.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        // renameat2 is in glibc >= 2.28 but not in Swift's Glibc module; look it up.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #elseif canImport(Darwin)
        return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }
}
