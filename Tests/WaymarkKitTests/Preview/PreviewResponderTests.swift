import Foundation
import Testing
@testable import WaymarkKit

/// The preview's answers, straight from the responder (no sockets): pages
/// carry the overlay, broken projects show their errors, and only GET and HEAD are served.
struct PreviewResponderTests {
    static func responder(_ files: ProjectFiles, selection: PreviewSelection = PreviewSelection()) async -> PreviewResponder {
        let state = PreviewState(selection: selection)
        await state.publish(PreviewBuilder(selection: selection).build(files))
        return PreviewResponder(state: state)
    }

    static func body(_ response: PreviewResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    @Test func pageCarriesOverlayWithReadingLevelHotspotsAndDiagnostics() async throws {
        let responder = await Self.responder(TestPaths.sampleProject)
        let response = await responder.respond(method: "GET", rawPath: "/en/online-road-safety/02-strong-passwords/", query: [:])
        #expect(response.status == 200)
        let html = Self.body(response)
        #expect(html.contains("<waymark-preview"))
        #expect(html.contains("<template shadowrootmode=\"open\">"))
        #expect(html.contains("id=\"wm-reading\""))
        #expect(html.contains("Reading level: flesch-kincaid-grade"))
        #expect(html.contains("id=\"wm-preview-data\""))
        #expect(html.contains("\"hotspots\":[{"))
        #expect(html.contains("Source: Source-Content/online-road-safety/02-strong-passwords.md"))
        #expect(html.contains("src=\"/__waymark/preview.js\""))
        #expect(html.contains("Channel: "), "the switcher lists the channels")
    }

    @Test func translatedPageSaysHowMuchFallsBack() async throws {
        var files = TestPaths.sampleProject
        // Drop one translation so a segment falls back to English.
        let path = "Locales/es/online-road-safety/02-strong-passwords.po"
        let catalog = try #require(files.files[path].map { String(decoding: $0, as: UTF8.self) })
        let entries = catalog.components(separatedBy: "\n\n")
        let emptied = entries.enumerated().map { index, entry in
            index == 2 ? entry.replacingOccurrences(of: #"msgstr "[^\n]*"(\n"[^\n]*")*"#, with: "msgstr \"\"", options: .regularExpression) : entry
        }
        files.files[path] = Data(emptied.joined(separator: "\n\n").utf8)
        let responder = await Self.responder(files, selection: PreviewSelection(channel: "web", locale: "es"))
        let html = Self.body(await responder.respond(method: "GET", rawPath: "/es/online-road-safety/02-strong-passwords/", query: [:]))
        #expect(html.contains("id=\"wm-fallback\""))
        #expect(html.contains("1 segment fall back to the source (en)") || html.contains("segments fall back to the source (en)"))
        #expect(html.contains("translation: Locales/es/online-road-safety/02-strong-passwords.po"))
    }

    @Test func onlyTheSelectedLocaleIsBuilt() async {
        let build = PreviewBuilder(selection: PreviewSelection(channel: "web", locale: "es")).build(TestPaths.sampleProject)
        #expect(build.channel == "web")
        #expect(build.files["es/index.html"] != nil)
        #expect(build.files["en/index.html"] != nil, "the source locale is always built")
        #expect(build.files["fi/index.html"] == nil)
        #expect(build.locales == ["en", "es", "fi"], "the switcher still offers every locale")
    }

    @Test func headAnswersLikeGetWithoutChangingState() async {
        let responder = await Self.responder(ProjectFixture.files())
        let get = await responder.respond(method: "GET", rawPath: "/en/guide/01-start/", query: [:])
        let head = await responder.respond(method: "HEAD", rawPath: "/en/guide/01-start/", query: [:])
        #expect(get.status == 200)
        #expect(head.status == 200)
        #expect(head.body == get.body, "the server drops the body of HEAD and keeps its length")
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"])
    func otherMethodsGet405(_ method: String) async {
        let responder = await Self.responder(ProjectFixture.files())
        let response = await responder.respond(method: method, rawPath: "/", query: [:])
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, HEAD")
    }

    @Test func traversalIsRefusedAndFoldersRedirect() async {
        let responder = await Self.responder(ProjectFixture.files())
        #expect(await responder.respond(method: "GET", rawPath: "/%2e%2e/waymark.yaml", query: [:]).status == 400)
        #expect(await responder.respond(method: "GET", rawPath: "/../../etc/passwd", query: [:]).status == 400)
        #expect(await responder.respond(method: "GET", rawPath: "/waymark.yaml", query: [:]).status == 404, "project files are not site files")
        let folder = await responder.respond(method: "GET", rawPath: "/en/guide/01-start", query: [:])
        #expect(folder.status == 303)
        #expect(folder.headers["Location"] == "/en/guide/01-start/")
    }

    @Test func brokenConfigurationShowsItsErrorAndFixingItBringsThePageBack() async {
        let state = PreviewState(selection: PreviewSelection())
        let responder = PreviewResponder(state: state)
        await state.publish(PreviewBuilder(selection: PreviewSelection()).build(ProjectFixture.files()))
        let broken = ProjectFixture.files(["waymark.yaml": "source-locale: en\nlocales: [en\n"])
        await state.publish(PreviewBuilder(selection: PreviewSelection()).build(broken))
        let error = await responder.respond(method: "GET", rawPath: "/en/guide/01-start/", query: [:])
        #expect(error.status == 500)
        let html = Self.body(error)
        #expect(html.contains("The build failed"))
        #expect(html.contains("waymark.yaml:"), "the error names its place")
        #expect(html.contains("/__waymark/preview.js"), "the error page reloads itself")
        #expect(!html.contains("Hello."), "no old page is shown")
        await state.publish(PreviewBuilder(selection: PreviewSelection()).build(ProjectFixture.files()))
        let fixed = await responder.respond(method: "GET", rawPath: "/en/guide/01-start/", query: [:])
        #expect(fixed.status == 200)
        #expect(Self.body(fixed).contains("Hello."))
    }

    @Test func pageDiagnosticsComeFirstWithTheirPlaces() async {
        let files = ProjectFixture.files([
            "Source-Content/guide/01-start.md": "---\ntitle: Start\n---\nSee [gone](09-gone.md).\n",
            "Source-Content/guide/02-next.md": "---\ntitle: Next\n---\nAlso [gone](08-gone.md).\n",
        ])
        let responder = await Self.responder(files)
        let html = Self.body(await responder.respond(method: "GET", rawPath: "/en/guide/01-start/", query: [:]))
        let own = html.range(of: "Source-Content/guide/01-start.md:4:5: error:")
        let other = html.range(of: "Source-Content/guide/02-next.md:4:6: error:")
        #expect(own != nil && other != nil)
        if let own, let other { #expect(own.lowerBound < other.lowerBound) }
        #expect(html.contains("<details id=\"wm-panel\" open>"), "a page with errors opens the panel")
    }

    @Test func switcherRebuildsAnotherChannelAndLandsOnTheSamePage() async {
        let state = PreviewState(selection: PreviewSelection())
        let responder = PreviewResponder(state: state)
        let files = TestPaths.sampleProject
        await state.publish(PreviewBuilder(selection: PreviewSelection()).build(files))
        // Stand in for the session: rebuild whenever a selection is requested.
        let session = Task {
            for await _ in await state.rebuildRequestStream() {
                await state.publish(PreviewBuilder(selection: await state.selection).build(files))
            }
        }
        defer { session.cancel() }
        try? await Task.sleep(for: .milliseconds(50))
        let response = await responder.respond(method: "GET", rawPath: "/__waymark/select",
                                               query: ["channel": "onion", "locale": "es", "from": "en/online-road-safety/01-your-personal-information/index.html"])
        #expect(response.status == 303)
        let build = await state.current().build
        #expect(build.channel == "onion")
        #expect(build.selection.locale == "es")
        #expect(response.headers["Location"]?.hasPrefix("/es/") == true, "\(response.headers)")
    }

    @Test func buildOutputNeverCarriesThePreview() {
        let result = Compiler().build(TestPaths.sampleProject)
        for channel in result.channels {
            for file in channel.files {
                #expect(!String(decoding: file.contents, as: UTF8.self).contains("__waymark"), "\(channel.name)/\(file.path)")
            }
        }
    }

    @Test func torPolicyIsWidenedOnlyForThePreviewScript() {
        let html = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'\"></head>"
        #expect(PreviewDocument.widenPolicy(html).contains("content=\"default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'\""))
    }
}

/// `serve` never follows a symbolic link, so a link to a file outside the project cannot be served.
struct PreviewSymlinkTests {
    @Test func linkedFilesStayOutOfThePreview() async throws {
        let root = try WaymarkProcess.makeProject(ProjectFixture.minimalFiles)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("wm-outside-\(UUID().uuidString).svg")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: outside)
        }
        try Data("<svg>TOP SECRET</svg>".utf8).write(to: outside)
        let assets = root.appendingPathComponent("Source-Content/_assets")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: assets.appendingPathComponent("logo.svg"), withDestinationURL: outside)
        let files = ProjectFileReader.read(ProjectWalk.entries(projectRoot: root), followingLinks: false)
        // A link out of the project is refused by the shared resolver, as in `build`.
        let reason = files.refusedLinks["Source-Content/_assets/logo.svg"] ?? files.unreadable["Source-Content/_assets/logo.svg"]
        #expect(reason?.contains("symbolic link") == true)
        #expect(files.files["Source-Content/_assets/logo.svg"] == nil)
        let build = PreviewBuilder(selection: PreviewSelection()).build(files)
        #expect(!build.files.values.contains { String(decoding: $0, as: UTF8.self).contains("TOP SECRET") })
        let responder = PreviewResponder(state: PreviewState(selection: PreviewSelection()))
        await responder.state.publish(build)
        #expect(await responder.respond(method: "GET", rawPath: "/assets/logo.svg", query: [:]).status == 404)
    }
}
