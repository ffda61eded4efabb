import Foundation
import Testing
@testable import WaymarkKit

/// The rendered-page key is made of the page's own files and the channel key;
/// these tests pin the paths it takes for a page's own files to the ones the
/// loader and the catalogs really use, so no page's file escapes every key.
struct CachedPagesKeyTests {
    @Test func ownFilesAreTheOnesTheLoaderAndCatalogsRead() throws {
        let files = ProjectFileReader.read(projectRoot: TestPaths.packageRoot)
        let segmented = try ProjectAnalysis.load(files).segmented()
        let pages = segmented.project.pages
        #expect(!pages.isEmpty)
        let units = Dictionary(segmented.units.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        for page in pages {
            #expect(CachedPages.sourcePath(id: page.id) == page.path)
            #expect(files.files[CachedPages.sourcePath(id: page.id)] != nil)
            #expect(CachedPages.isPageSource(page.path))
            let file = try #require(units[page.path])
            for locale in segmented.project.configuration.targetLocales {
                #expect(CachedPages.catalogPath(id: page.id, locale: locale) == file.catalogPath(locale: locale))
                // The channel key leaves out a page's catalog in every locale by this reading of its path.
                #expect(CachedPages.catalogPageID(file.catalogPath(locale: locale)) == page.id)
            }
        }
    }

    @Test func digestsCoverEveryFileAndRefusal() {
        var files = ProjectFiles(texts: ["a.md": "one", "b.md": "two", "link": ProjectFiles.linkPrefix + "/etc/passwd"])
        files.unreadable["c.md"] = "permission denied"
        let digests = FileDigests(files)
        #expect(digests.sortedPaths == ["a.md", "b.md"])
        #expect(digests.refused.map(\.path) == ["c.md", "link"])
        var all = Fingerprint(), withoutB = Fingerprint(), changedB = Fingerprint()
        all.add(filesExcept: [], in: digests)
        withoutB.add(filesExcept: ["b.md"], in: digests)
        var edited = files
        edited.files["b.md"] = Data("three".utf8)
        changedB.add(filesExcept: [], in: FileDigests(edited))
        #expect(all.key() != withoutB.key())
        #expect(all.key() != changedB.key())
        var unreadableGone = files
        unreadableGone.unreadable = [:]
        var noRefusal = Fingerprint()
        noRefusal.add(filesExcept: [], in: FileDigests(unreadableGone))
        #expect(all.key() != noRefusal.key())
    }

    /// The links a page's key follows are the ones the rewriter resolves to pages.
    @Test func linkedPageIDsAreTheRewritersTargets() {
        let page = "online-road-safety/02-strong-passwords"
        #expect(BodyLinkRewriter.linkedPageID("03-kind-talk-online.md", from: page) == "online-road-safety/03-kind-talk-online")
        #expect(BodyLinkRewriter.linkedPageID("03-kind-talk-online.md#top", from: page) == "online-road-safety/03-kind-talk-online")
        #expect(BodyLinkRewriter.linkedPageID("../finding-a-safer-path/01-welcome.md", from: page) == "finding-a-safer-path/01-welcome")
        #expect(BodyLinkRewriter.linkedPageID("../_assets/wave.svg", from: page) == nil)
        #expect(BodyLinkRewriter.linkedPageID("#top", from: page) == nil)
    }
}
