import Foundation
import Testing
@testable import WaymarkKit

/// Each cached page's key covers only what its file shows of other pages
/// (`SiteOutline`): after one edit, a channel renders again the edited page and
/// the pages whose file really changes (pager neighbours, pages that fall back
/// to it, its other locales' language switchers), every other page comes from
/// the cache, and the output equals a clean build's. The rendered pages are
/// read from the store: the entries the build added, matched to `Build/` files.
struct PageKeyNarrowingTests {
    typealias Harness = IncrementalBuildHarness

    static let program = "online-road-safety"

    /// The HTML file of page `slug` of `program` in `locale`.
    static func html(_ locale: String, _ slug: String) -> String { "\(locale)/\(program)/\(slug)/index.html" }

    /// A body edit in the source (the bench's one-page edit): in the `omit-page` onion channel
    /// the page drops out of es and fi, so only what shows it there renders again, not the channel.
    @Test func sourceBodyEditRendersOnlyWhatShowsThePage() throws {
        let rendered = try renders(after: "Source-Content/\(Self.program)/03-kind-talk-online.md", page: "\(Self.program)/03-kind-talk-online") {
            $0 + "\nOne more kind sentence.\n"
        }
        #expect(rendered["web"] == Set(["en", "es", "fi"].map { Self.html($0, "03-kind-talk-online") }))
        let onion = try #require(rendered["onion"])
        // The es pager neighbours now lead to the English page, marked as such.
        for file in [Self.html("en", "03-kind-talk-online"), Self.html("es", "02-strong-passwords"), Self.html("es", "04-strangers-and-friend-requests")] {
            #expect(onion.contains(file), "\(file) not rendered again: \(onion.sorted())")
        }
        #expect(onion.count <= 8, "onion rendered \(onion.count) pages again: \(onion.sorted())")
    }

    /// A translated title (the bench's one-catalog edit) shows on the page and on its pager neighbours.
    @Test func titleEditRendersThePageAndItsNeighbours() throws {
        let rendered = try renders(after: "Locales/es/\(Self.program)/02-strong-passwords.po", page: "\(Self.program)/02-strong-passwords") {
            $0.replacingOccurrences(of: "msgstr \"Contraseñas fuertes\"", with: "msgstr \"Contraseñas seguras\"")
        }
        let neighbours = ["01-your-personal-information", "02-strong-passwords", "03-kind-talk-online"].map { Self.html("es", $0) }
        #expect(rendered["web"] == Set(neighbours))
        #expect(rendered["onion"] == Set(neighbours))
        #expect(rendered["app"] == ["es/\(Self.program)/02-strong-passwords.json"])
    }

    /// A translation marked fuzzy drops the Finnish page from the onion channel: its English and
    /// Spanish pages lose the Finnish link and `hreflang`, and the Finnish neighbour's pager changes.
    @Test func aPageLeavingALocaleRendersItsOtherLocalesAndNeighbours() throws {
        let rendered = try renders(after: "Locales/fi/\(Self.program)/05-pictures-and-sharing.po", page: "\(Self.program)/05-pictures-and-sharing") {
            $0.replacingOccurrences(of: "#. Heading\n#: Source-Content/\(Self.program)/05-pictures-and-sharing.md:6\n",
                                    with: "#. Heading\n#: Source-Content/\(Self.program)/05-pictures-and-sharing.md:6\n#, fuzzy\n")
        }
        #expect(rendered["web"] == [Self.html("fi", "05-pictures-and-sharing")])
        let onion = try #require(rendered["onion"])
        for file in [Self.html("en", "05-pictures-and-sharing"), Self.html("es", "05-pictures-and-sharing"), Self.html("fi", "04-strangers-and-friend-requests")] {
            #expect(onion.contains(file), "\(file) not rendered again: \(onion.sorted())")
        }
    }

    /// Builds a sample copy, rewrites `path` with `edit`, builds again and returns each channel's
    /// re-rendered page files. Checks on the way that the result equals a clean build, that no page
    /// whose file changed came from the cache, and that every page rendered again is one of `page`'s
    /// own files or one whose bytes changed (in the HTML channels, whose locales the edit keeps).
    private func renders(after path: String, page: String, edit: (String) -> String) throws -> [String: Set<String>] {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let build = project.appendingPathComponent("Build")
        try Harness.build(project, into: build, cached: true)
        let channels = ["web", "onion", "app"]
        var before: [String: Set<String>] = [:], old: [String: [String: Data]] = [:]
        for channel in channels {
            before[channel] = Harness.entries(project, namespace: CacheContext.pagesNamespace(channel))
            old[channel] = Harness.tree(build.appendingPathComponent(channel))
        }
        let file = project.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text, "the edit of \(path) changes nothing")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let incremental = try Harness.build(project, into: build, cached: true)

        let fresh = try Harness.freshCopy(of: project)
        defer { try? FileManager.default.removeItem(at: fresh) }
        let cleanBuild = fresh.appendingPathComponent("Build")
        let clean = try Harness.build(fresh, into: cleanBuild, cached: false)
        #expect(incremental.diagnostics == clean.diagnostics)
        #expect(Harness.differences(Harness.tree(build), Harness.tree(cleanBuild)).isEmpty)

        var rendered: [String: Set<String>] = [:]
        for channel in channels {
            let files = Harness.renderedFiles(project, channel: channel, before: before[channel] ?? [])
            rendered[channel] = files
            let now = Harness.tree(build.appendingPathComponent(channel))
            let pageFiles = Set(now.keys).filter { Self.isPageFile($0, channel: channel) }
            let changed = pageFiles.filter { old[channel]?[$0] != now[$0] }
            #expect(changed.isSubset(of: files), "\(channel): changed but not rendered: \(changed.subtracting(files).sorted())")
            guard channel != "app" else { continue }
            let own = Set(["en", "es", "fi"].map { "\($0)/\(page)/index.html" })
            #expect(files.isSubset(of: changed.union(own)), "\(channel): rendered though unchanged: \(files.subtracting(changed.union(own)).sorted())")
        }
        return rendered
    }

    /// A content page's file (the files the page cache holds), not an index, asset or manifest.
    private static func isPageFile(_ path: String, channel: String) -> Bool {
        let parts = path.split(separator: "/")
        return channel == "app" ? parts.count == 3 && path.hasSuffix(".json") : parts.count == 4 && path.hasSuffix("/index.html")
    }
}
