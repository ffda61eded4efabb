import Foundation
import Testing
@testable import WaymarkKit

/// `GenerationState` on a real folder: what it records round-trips, a damaged
/// or misplaced state is refused, and a stamp vouches for a file or a folder
/// only while it is exactly the recorded one and was old enough when recorded.
struct GenerationStateTests {
    let manager = FileManager.default

    /// A folder with `a/b/page.html` and `a/other.html`, and its state taken `age` nanoseconds after the files were last changed.
    private func folderWithState(age: Int64 = 10_000_000_000) throws -> (root: URL, state: GenerationState) {
        let root = manager.temporaryDirectory.appendingPathComponent("waymark-generation-\(UUID().uuidString)")
        try manager.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try Data("page".utf8).write(to: root.appendingPathComponent("a/b/page.html"))
        try Data("other".utf8).write(to: root.appendingPathComponent("a/other.html"))
        var files: [String: GenerationState.File] = [:]
        for path in ["a/b/page.html", "a/other.html"] {
            let data = try Data(contentsOf: root.appendingPathComponent(path))
            files[path] = GenerationState.File(bytes: data.count, sha256: Manifest.sha256Hex(data), stamp: try #require(FileStamp.of(root.appendingPathComponent(path).path)))
        }
        var folders: [String: FileStamp] = [:]
        for path in ["", "a", "a/b"] { folders[path] = try #require(FileStamp.of(path.isEmpty ? root.path : root.appendingPathComponent(path).path)) }
        let state = GenerationState(rootInode: folders[""]!.inode, recordedAt: FileStamp.now() + age, files: files, folders: folders)
        return (root, state)
    }

    @Test func whatIsRecordedReadsBackAndAnythingElseIsRefused() throws {
        let (root, state) = try folderWithState()
        defer { try? manager.removeItem(at: root) }
        let path = root.path + ".state"
        defer { try? manager.removeItem(atPath: path) }
        state.write(to: path)
        let read = try #require(GenerationState.read(path, describing: root.path))
        #expect(read.files == state.files && read.folders == state.folders && read.recordedAt == state.recordedAt)
        // The same bytes describe only the folder they were taken of.
        let elsewhere = manager.temporaryDirectory.appendingPathComponent("waymark-generation-other-\(UUID().uuidString)")
        try manager.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: elsewhere) }
        #expect(GenerationState.read(path, describing: elsewhere.path) == nil)
        // One flipped byte, a truncation or another format: refused.
        var bytes = state.encoded()
        bytes[bytes.count / 2] ^= 0x01
        #expect(GenerationState.decode(bytes) == nil)
        #expect(GenerationState.decode(state.encoded().dropLast(1)) == nil)
        #expect(GenerationState.decode(Data("waymark generation-state 9\n".utf8) + state.encoded().dropFirst(GenerationState.magic.count)) == nil)
    }

    @Test func aFileIsVouchedForOnlyByItsOwnOldEnoughStamp() throws {
        let (root, state) = try folderWithState()
        defer { try? manager.removeItem(at: root) }
        let page = root.appendingPathComponent("a/b/page.html")
        let recorded = try #require(state.files["a/b/page.html"])
        #expect(state.holds(recorded, now: try #require(FileStamp.of(page.path))))
        // Recorded within the racy window of its last change: compared, not trusted.
        var recent = state
        recent.recordedAt = recorded.stamp.changed + 1_000
        #expect(!recent.holds(recorded, now: recorded.stamp))
        // Written in place with the same size and its modification time put back: the status-change time moved.
        let modified = try #require(manager.attributesOfItem(atPath: page.path)[.modificationDate] as? Date)
        Thread.sleep(forTimeInterval: 0.02)
        try Data("PAGE".utf8).write(to: page)
        try manager.setAttributes([.modificationDate: modified], ofItemAtPath: page.path)
        #expect(!state.holds(recorded, now: try #require(FileStamp.of(page.path))))
    }

    @Test func aChangedFolderAndEveryFolderBelowItAreWalked() throws {
        let (root, state) = try folderWithState()
        defer { try? manager.removeItem(at: root) }
        #expect(state.untrustedFolders(under: root.path).isEmpty)
        // A file added to `a` (its time put back): `a` and `a/b` below it are walked, the root never.
        let folder = root.appendingPathComponent("a")
        let time = try #require(manager.attributesOfItem(atPath: folder.path)[.modificationDate] as? Date)
        Thread.sleep(forTimeInterval: 0.02)
        try Data("stray".utf8).write(to: folder.appendingPathComponent("stray.html"))
        try manager.setAttributes([.modificationDate: time], ofItemAtPath: folder.path)
        #expect(state.untrustedFolders(under: root.path) == ["a", "a/b"])
        // A folder swapped for a link to a copy of itself is no folder of this generation.
        let (other, otherState) = try folderWithState()
        defer { try? manager.removeItem(at: other) }
        let moved = other.appendingPathComponent("moved-b")
        try manager.moveItem(at: other.appendingPathComponent("a/b"), to: moved)
        try manager.createSymbolicLink(at: other.appendingPathComponent("a/b"), withDestinationURL: moved)
        #expect(otherState.untrustedFolders(under: other.path).contains("a/b"))
    }
}

extension GenerationState: Equatable {
    public static func == (left: GenerationState, right: GenerationState) -> Bool {
        left.rootInode == right.rootInode && left.recordedAt == right.recordedAt && left.files == right.files && left.folders == right.folders
    }
}
