import Foundation
import Testing
@testable import WaymarkKit

/// Issue 10: publishing is double-buffered. Real builds of a small project
/// (`KillTests.smallProject`) show that the swapped-out generation is kept as
/// `Build/.back-<channel>` and updated by the next build without touching what
/// did not change, that no existing inode is ever written into (a `cp -al`
/// deploy copy keeps its bytes), that a back buffer is checked, never trusted,
/// and that a build killed while updating it leaves the channel intact and the
/// next build equal to a clean one byte for byte.
@Suite(.serialized, .enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct BackBufferPublishTests {
    let manager = FileManager.default
    static let channels = ["web", "onion", "app"]
    static let trusting = ["WAYMARK_TEST_RACY_WINDOW_NS": "0"]

    private func build(_ root: URL, _ extra: [String] = [], environment: [String: String] = [:]) throws {
        // Every build here publishes: without the record of the last build, one with
        // nothing changed does the work too, instead of stopping (`CLIBuildJournalTests`).
        try? manager.removeItem(at: root.appendingPathComponent(".waymark-cache/last-build"))
        // Every stamp trusted, however recent: these builds take less than the racy window,
        // and the back buffer's state must be used (and be right) in each of them.
        let result = try WaymarkProcess.run(["build", "--project", root.path] + extra, environment: Self.trusting.merging(environment) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// Inode of every file of `Build/<channel>`, by path below `Build/`.
    private func inodes(_ root: URL) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for channel in Self.channels {
            let folder = root.appendingPathComponent("Build/\(channel)")
            for path in HardeningSupport.tree(folder).keys {
                result[channel + "/" + path] = try #require(manager.attributesOfItem(atPath: folder.appendingPathComponent(path).path)[.systemFileNumber] as? Int)
            }
        }
        return result
    }

    /// Each channel of `root` is valid and byte for byte what a clean `--no-cache` build of the same sources gives.
    private func expectEqualToCleanBuild(_ root: URL, _ context: String) throws {
        let clean = try IncrementalBuildHarness.freshCopy(of: root)
        defer { try? manager.removeItem(at: clean) }
        try build(clean, ["--no-cache"])
        for channel in Self.channels {
            let built = HardeningSupport.tree(root.appendingPathComponent("Build/\(channel)"))
            let expected = HardeningSupport.tree(clean.appendingPathComponent("Build/\(channel)"))
            #expect(IncrementalBuildHarness.differences(built, expected).isEmpty, "\(context): \(channel) differs in \(IncrementalBuildHarness.differences(built, expected).prefix(5))")
            #expect(ChannelVerifier.verify(files: built, publicKey: nil).isValid, "\(context): \(channel)")
        }
    }

    private func editStart(_ root: URL, _ text: String) throws {
        try HardeningSupport.write("---\ntitle: Start\n---\n\n\(text)\n", to: root.appendingPathComponent("Source-Content/guide/01-start.md"))
    }

    @Test func unchangedFilesKeepTheirInodeAndChangedOnesGetANewOne() throws {
        let root = try KillTests.smallProject()
        defer { try? manager.removeItem(at: root) }
        try build(root)
        let first = try inodes(root)
        try build(root)
        try build(root)
        #expect(try inodes(root) == first, "a build that changes nothing leaves every published file as it was")
        for channel in Self.channels {
            #expect(manager.fileExists(atPath: root.appendingPathComponent("Build/\(DiskChannelWriter.backPrefix)\(channel)/manifest.json").path))
        }

        // A deploy copy made of hard links shares every inode with the output.
        let deployed = root.appendingPathComponent("deployed")
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = ["-al", root.appendingPathComponent("Build/web").path, deployed.path]
        try copy.run()
        copy.waitUntilExit()
        let before = HardeningSupport.tree(deployed)
        try editStart(root, "A new first paragraph.")
        try build(root)
        let second = try inodes(root)
        let changed = Set(second.keys.filter { second[$0] != first[$0] })
        #expect(changed.contains("web/en/guide/01-start/index.html"), "\(changed.sorted())")
        #expect(second["web/waymark.css"] != nil && !changed.contains("web/waymark.css"), "an unchanged file keeps its inode")
        try build(root)
        #expect(HardeningSupport.tree(deployed) == before, "no file of the deploy copy was written into")
        let page = try String(contentsOf: root.appendingPathComponent("Build/web/en/guide/01-start/index.html"), encoding: .utf8)
        #expect(page.contains("A new first paragraph."))
        try expectEqualToCleanBuild(root, "after an edit")
    }

    @Test func aFileTheOutputNoLongerHasDisappears() throws {
        let root = try KillTests.smallProject()
        defer { try? manager.removeItem(at: root) }
        try build(root)
        try build(root)
        let next = "en/guide/02-next/index.html"
        #expect(manager.fileExists(atPath: root.appendingPathComponent("Build/web/\(next)").path))
        try manager.removeItem(at: root.appendingPathComponent("Source-Content/guide/02-next.md"))
        for _ in 0..<2 {
            // Twice: the second build stages into the generation that still had the page.
            try build(root)
            #expect(!manager.fileExists(atPath: root.appendingPathComponent("Build/web/\(next)").path))
            #expect(!manager.fileExists(atPath: root.appendingPathComponent("Build/web/en/guide/02-next").path), "its folder goes too")
            try expectEqualToCleanBuild(root, "page removed")
        }
    }

    /// Whatever happened to the back buffer (a file edited in place, one added,
    /// a folder replaced by a file, a link to elsewhere) is found and repaired,
    /// and what a link points to is never touched.
    @Test func aDamagedBackBufferIsCheckedNotTrusted() throws {
        let root = try KillTests.smallProject()
        defer { try? manager.removeItem(at: root) }
        try build(root)
        try build(root)
        let back = root.appendingPathComponent("Build/\(DiskChannelWriter.backPrefix)web")
        let elsewhere = root.appendingPathComponent("elsewhere")
        try HardeningSupport.write("keep me", to: elsewhere.appendingPathComponent("index.html"))
        // In place, same size: the published file shares this inode, so it changes too.
        let css = try Data(contentsOf: back.appendingPathComponent("waymark.css"))
        let handle = try FileHandle(forWritingTo: back.appendingPathComponent("waymark.css"))
        handle.write(Data(repeating: UInt8(ascii: "x"), count: min(css.count, 16)))
        try handle.close()
        try HardeningSupport.write("stray", to: back.appendingPathComponent("en/stray.html"))
        try manager.removeItem(at: back.appendingPathComponent("es"))
        try HardeningSupport.write("not a folder", to: back.appendingPathComponent("es"))
        try manager.removeItem(at: back.appendingPathComponent("fi"))
        try manager.createSymbolicLink(at: back.appendingPathComponent("fi"), withDestinationURL: elsewhere)
        try build(root)
        try expectEqualToCleanBuild(root, "damaged back buffer")
        #expect(try manager.contentsOfDirectory(atPath: elsewhere.path) == ["index.html"])
        #expect(try String(contentsOf: elsewhere.appendingPathComponent("index.html"), encoding: .utf8) == "keep me")
    }

    /// Killed after a few files of the back buffer were replaced, and again just
    /// before the swap (the back buffer complete and pruned): the published
    /// channels stay valid, and the next build equals a clean build.
    @Test func aBuildKilledWhileUpdatingTheBackBufferRecovers() throws {
        let root = try KillTests.smallProject()
        defer { try? manager.removeItem(at: root) }
        try build(root)
        try build(root)
        for (trial, point) in ["file-staged:3", "file-staged:20", "staged", "swapped:2"].enumerated() {
            try editStart(root, "Trial \(trial).")
            let killed = try WaymarkProcess.run(["build", "--project", root.path], environment: Self.trusting.merging([PublishTestHook.variable: point]) { $1 })
            #expect(killed.status != 0, "\(point): the build was killed")
            for channel in Self.channels {
                let report = ChannelVerifier.verify(files: HardeningSupport.tree(root.appendingPathComponent("Build/\(channel)")), publicKey: nil)
                #expect(report.isValid, "\(point): \(channel): \(report.problems.prefix(3))")
            }
            try build(root)
            try expectEqualToCleanBuild(root, "after a kill at \(point)")
            let hidden = try manager.contentsOfDirectory(atPath: root.appendingPathComponent("Build").path).filter { $0.hasPrefix(".") }
            // The back buffers, and states where one is known (a kill between a swap and its state leaves none to trust).
            #expect(hidden.allSatisfy(DiskChannelWriter.isBookkeeping), "\(point): \(hidden)")
            #expect(Set(Self.channels.map { DiskChannelWriter.backPrefix + $0 }).isSubset(of: hidden), "\(point): \(hidden)")
        }
    }

    /// The state of each generation is written, describes the very folders it was taken of, and
    /// lets the build after next trust a file by its stamp; what its stamps cannot vouch for
    /// (a file written in place with its modification time put back, a file added to a folder
    /// whose time is put back, a folder swapped for a link) is still found and repaired.
    @Test func theBackBuffersStateIsUsedButNeverBelievedOverAStamp() throws {
        let root = try KillTests.smallProject()
        defer { try? manager.removeItem(at: root) }
        for _ in 0..<3 { try build(root) }
        let buildFolder = root.appendingPathComponent("Build").path
        for channel in Self.channels {
            let paths = DiskChannelWriter.statePaths(channel, in: buildFolder)
            let published = try #require(GenerationState.read(paths.published, describing: buildFolder + "/" + channel), "\(channel)")
            let back = try #require(GenerationState.read(paths.back, describing: buildFolder + "/" + DiskChannelWriter.backPrefix + channel), "\(channel)")
            let tree = HardeningSupport.tree(root.appendingPathComponent("Build/\(channel)"))
            #expect(Set(published.files.keys) == Set(tree.keys), "\(channel): the state lists every published file")
            for (path, data) in tree { #expect(published.files[path]?.sha256 == Manifest.sha256Hex(data), "\(channel)/\(path)") }
            #expect(!back.files.isEmpty && back.rootInode != published.rootInode)
        }
        let back = root.appendingPathComponent("Build/\(DiskChannelWriter.backPrefix)web")
        // Same size, modification time put back: only the status-change time tells.
        let css = back.appendingPathComponent("waymark.css")
        let modified = try #require(manager.attributesOfItem(atPath: css.path)[.modificationDate] as? Date)
        let original = try Data(contentsOf: css)
        try Data(repeating: UInt8(ascii: "x"), count: original.count).write(to: css)
        try manager.setAttributes([.modificationDate: modified], ofItemAtPath: css.path)
        // A stray file in a folder whose modification time is put back.
        let folder = back.appendingPathComponent("en/guide")
        let folderTime = try #require(manager.attributesOfItem(atPath: folder.path)[.modificationDate] as? Date)
        try HardeningSupport.write("stray", to: folder.appendingPathComponent("stray.html"))
        try manager.setAttributes([.modificationDate: folderTime], ofItemAtPath: folder.path)
        try build(root)
        try expectEqualToCleanBuild(root, "tampered back buffer with times put back")
        try build(root)
        try expectEqualToCleanBuild(root, "the build after")
    }

    /// A page the back buffer already holds, as rendered from the very cache entry this build
    /// would read, is not read at all: with every page pack of the cache emptied, a build that
    /// changes nothing warns of nothing and publishes what a clean build does. The entries stay
    /// listed, and a later build that must read one finds the damage and renders it again.
    @Test func aPageAlreadyInPlaceIsNotReadFromTheCache() throws {
        let root = try KillTests.smallProject()
        defer { try? manager.removeItem(at: root) }
        for _ in 0..<3 { try build(root) }
        let pages = root.appendingPathComponent(".waymark-cache/pages")
        for channel in Self.channels {
            for pack in try manager.contentsOfDirectory(atPath: pages.appendingPathComponent(channel).path) where pack.hasSuffix(".pack") {
                try Data().write(to: pages.appendingPathComponent("\(channel)/\(pack)"))
            }
        }
        try? manager.removeItem(at: root.appendingPathComponent(".waymark-cache/last-build"))
        let kept = try WaymarkProcess.run(["build", "--project", root.path], environment: Self.trusting)
        #expect(kept.status == 0 && !kept.stderr.contains("cache-corrupt"), "\(kept.stderr)")
        try expectEqualToCleanBuild(root, "pages kept from the back buffer")
        // An edit: the pages that must be rendered again are, whatever their packs say.
        try editStart(root, "After the packs were emptied.")
        try build(root)
        try expectEqualToCleanBuild(root, "after an edit")
    }

    /// A build that stages into a fresh folder hard-links every unchanged file from the published
    /// channel, which moves those files' status-change times; the swapped-out generation's state
    /// takes in their new stamps, so the next build still trusts them instead of reading them all.
    @Test func filesLinkedIntoTheNewGenerationStayVouchedForInTheOld() throws {
        let root = try KillTests.smallProject()
        defer { try? manager.removeItem(at: root) }
        try build(root)
        try build(root)
        let buildFolder = root.appendingPathComponent("Build").path
        for channel in Self.channels {
            try manager.removeItem(atPath: buildFolder + "/" + DiskChannelWriter.backPrefix + channel)
        }
        try build(root)
        for channel in Self.channels {
            let backFolder = buildFolder + "/" + DiskChannelWriter.backPrefix + channel
            var back = try #require(GenerationState.read(DiskChannelWriter.statePaths(channel, in: buildFolder).back, describing: backFolder))
            back.racyWindow = 0
            var linked = 0
            for (path, file) in back.files {
                let now = try #require(FileStamp.of(backFolder + "/" + path))
                #expect(back.holds(file, now: now), "\(channel)/\(path)")
                if FileStamp.of(buildFolder + "/" + channel + "/" + path)?.inode == now.inode { linked += 1 }
            }
            #expect(linked > 0, "\(channel): unchanged files are shared by both generations")
        }
        try build(root)
        try expectEqualToCleanBuild(root, "after a build into a fresh folder")
    }
}
