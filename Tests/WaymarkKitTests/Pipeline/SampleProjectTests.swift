import Foundation
import Testing
@testable import WaymarkKit

/// The sample project is the product's own acceptance fixture (issues 3 and 4):
/// it must check clean and publish exactly what each channel's policy allows.
struct SampleProjectTests {
    static let files = TestPaths.sampleProject
    static let result = Compiler(options: BuildOptions(sourceRevision: "test")).build(files)

    static func channel(_ name: String) -> [String: Data] {
        Dictionary((result.channels.first { $0.name == name }?.files ?? []).map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
    }

    static func text(_ data: Data?) -> String { String(decoding: data ?? Data(), as: UTF8.self) }

    @Test func checksCleanAndBuildsEveryChannel() {
        #expect(!Self.result.diagnostics.hasErrors, "\(Self.result.diagnostics.map(\.description))")
        #expect(Self.result.channels.map(\.name) == ["web", "onion", "app"])
        #expect(Self.result.failedChannels.isEmpty)
    }

    @Test func spanishIsCompleteEverywhere() {
        for name in ["web", "onion", "app"] {
            let files = Self.channel(name)
            let source = files.keys.filter { $0.hasPrefix("en/") && ($0.hasSuffix("/index.html") || $0.hasSuffix(".json")) && $0.split(separator: "/").count >= 3 }
            for path in source {
                #expect(files["es/" + path.dropFirst(3)] != nil, "\(name): es is missing \(path)")
            }
            #expect(!files.filter { $0.key.hasPrefix("es/") }.values.contains { Self.text($0).contains("wm-fallback\"") }, "\(name): es has no fallback text")
        }
    }

    @Test func webShowsFinnishFallbackMarkedAsEnglish() throws {
        let web = Self.channel("web")
        let lesson6 = try #require(web["fi/online-road-safety/06-when-something-feels-wrong/index.html"], "untranslated page still published on web")
        let html = Self.text(lesson6)
        #expect(html.contains("<html lang=\"fi\""))
        #expect(html.contains("lang=\"en\" class=\"wm-fallback\""))
        #expect(html.contains("<h1><span lang=\"en\" class=\"wm-fallback\">When something feels wrong</span></h1>"), "an untranslated title is marked too")
        let notice = try #require(TestPaths.sampleUI["fallback-notice-page"])
        let finnishNotice = try #require(Self.finnishUI["fallback-notice-page"])
        #expect(html.contains(HTMLEscaping.escape(finnishNotice)), "a wholly English page says so in Finnish, not the English \(notice)")
        let partly = Self.text(web["fi/finding-a-safer-path/index.html"])
        for key in ["fallback-notice", "fallback-marking"] {
            let text = try #require(Self.finnishUI[key])
            #expect(partly.contains(HTMLEscaping.escape(text)), "a page with some English says \(key) in Finnish")
        }
        let complete = Self.text(web["fi/online-road-safety/01-your-personal-information/index.html"])
        #expect(!complete.contains("wm-fallback\""), "a fully translated page has no fallback blocks")
    }

    @Test func onionHasOnlyCompleteFinnishPages() {
        let onion = Self.channel("onion")
        let finnishPages = onion.keys.filter { $0.hasPrefix("fi/") && $0.split(separator: "/").count == 4 }
        #expect(!finnishPages.isEmpty)
        for path in finnishPages {
            let article = Self.text(onion[path]).components(separatedBy: "<article").last?.components(separatedBy: "</article>").first ?? ""
            #expect(!article.contains("wm-fallback\""), "\(path) is incomplete")
        }
        #expect(onion["fi/online-road-safety/06-when-something-feels-wrong/index.html"] == nil)
        #expect(onion["fi/finding-a-safer-path/03-coping-skills/index.html"] == nil)
    }

    @Test func appPublishesOnlyCompleteLocalesAndFailsWhenFinnishIsForced() throws {
        let app = Self.channel("app")
        #expect(app.keys.contains { $0.hasPrefix("es/") })
        #expect(!app.keys.contains { $0.hasPrefix("fi/") }, "fi is below min-complete 1.0")
        // Lower the gate so fi is included: fallback: fail must name every missing unit.
        var files = Self.files
        let config = Self.text(files.files["waymark.yaml"]).replacingOccurrences(of: "min-complete: 1.0", with: "min-complete: 0.5")
        files.files["waymark.yaml"] = Data(config.utf8)
        let forced = Compiler(options: BuildOptions(channels: ["app"])).build(files)
        let untranslated = forced.diagnostics.filter { $0.ruleID == "untranslated" }
        let (status, _) = StatusReport.make(files, locales: ["fi"])
        let finnish = try #require(status?.locales.first)
        let pageUnits = finnish.programs.filter { $0.program != "(shared)" }.reduce(0) { $0 + $1.untranslated }
        // Program titles are not page units, so count the missing units of pages only.
        #expect(untranslated.count == pageUnits - Self.untranslatedProgramUnits(files, locale: "fi"))
        #expect(untranslated.allSatisfy { $0.location.path.hasPrefix("Locales/fi/") && $0.location.path.hasSuffix(".po") })
        #expect(forced.failedChannels == ["app"])
        #expect(forced.exitCode(strict: false) == 1)
    }

    @Test func torOutputIsSelfContained() {
        let onion = Self.channel("onion")
        let allowed = ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"]
        for (path, data) in onion where path.hasSuffix(".html") {
            let html = Self.text(data)
            #expect(!html.contains("<script"), "\(path)")
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'\">"), "\(path) has the CSP meta")
            #expect(!html.contains(".svg"), "\(path) references an SVG, which Tor Browser's Safest level does not show")
            // The quick-exit link is the one absolute URL: leaving is its purpose.
            var scrubbed = html.replacingOccurrences(of: #"<a class="wm-exit" id="wm-exit" href="https://example.org/weather" rel="noreferrer">"#, with: "")
            for namespace in allowed { scrubbed = scrubbed.replacingOccurrences(of: namespace, with: "") }
            #expect(!scrubbed.contains("http://") && !scrubbed.contains("https://"), "\(path) has an absolute URL")
        }
        #expect(!onion.keys.contains { $0.hasSuffix(".svg") }, "every SVG is drawn as PNG on tor")
        for (path, data) in onion where path.hasSuffix(".png") {
            #expect(AssetMetadataStripper.stripPNG(data) == data, "\(path) keeps PNG metadata")
        }
    }

    @Test func everyJSONFileValidatesAgainstTheSchema() throws {
        guard let python = JSONSchemaValidator.python() else {
            // Shown as a known issue (a visible skip), not a pass: `make test` installs the tool.
            withKnownIssue("python3 with the jsonschema module is required (make test installs it); skipped") { Issue.record("skipped") }
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wm-app-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Self.channel("app")
        for (path, data) in app {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let pages = app.keys.filter { $0.hasSuffix(".json") && $0.split(separator: "/").count == 3 && !$0.hasPrefix("schema/") }.sorted()
        #expect(pages.count >= 22, "every en and es page")
        let outcome = try JSONSchemaValidator.validate(pages, schema: "schema/page.schema.json", in: folder, python: python)
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(outcome.output.contains("validated \(pages.count)"))
    }

    @Test func twoBuildsAreByteIdentical() {
        let again = Compiler(options: BuildOptions(sourceRevision: "test")).build(Self.files)
        for (a, b) in zip(Self.result.channels, again.channels) {
            #expect(a.files == b.files, "\(a.name) differs")
        }
    }

    static let finnishUI: [String: String] = {
        let catalog = POParser.parse(data: files.files["Locales/fi/_ui.po"] ?? Data(), path: "fi").catalog
        return Dictionary(catalog.liveEntries.compactMap { entry in entry.msgctxt.map { ($0, entry.msgstr) } }, uniquingKeysWith: { $1 })
    }()

    static func untranslatedProgramUnits(_ files: ProjectFiles, locale: String) -> Int {
        files.files.keys.filter { $0.hasPrefix("Locales/\(locale)/") && $0.hasSuffix("/_program.po") }.reduce(0) { count, path in
            count + (POParser.parse(data: files.files[path] ?? Data(), path: path).catalog.liveEntries.filter { $0.state != .translated }.count)
        }
    }
}

extension TestPaths {
    static var sampleUI: [String: String] {
        let files = sampleProject
        let node = YAMLLoader.parse(String(decoding: files.files["Source-Content/_ui.yaml"] ?? Data(), as: UTF8.self), path: "ui").node
        return Dictionary((node?.pairs ?? []).compactMap { pair in pair.value.string.map { (pair.key, $0) } }, uniquingKeysWith: { $1 })
    }
}
