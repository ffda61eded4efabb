import Foundation
import Testing
@testable import WaymarkKit

/// Issue 14, "Found": each reproduction as a test (items 2, 3 and the ESC/BEL and
/// SVG `<script>` cases of item 10). Each failed before the trust boundary existed.
struct TrustBoundaryRegressionTests {
    static let page = RuleExample.pagePath
    static let catalog = "Locales/es/guide/01-start.po"
    static let channels = """
        channels:
          - { name: web, format: html, profile: web, min-complete: 0 }
          - { name: onion, format: html, profile: tor, min-complete: 0 }
          - { name: app, format: json, min-complete: 0 }

        """

    /// A page with `source` as its one paragraph, translated into Spanish as `translation`.
    static func project(_ source: String, _ translation: String, rules: String = "", rawHTML: Bool = true) -> ProjectFiles {
        var files = RuleExample.translation(source, translation, triggering: false).files
        files["waymark.yaml"] = "source-locale: en\nlocales: [en, es]\nallow-raw-html: \(rawHTML)\n" + channels + rules
        return ProjectFixture.files(files)
    }

    /// Every published file of every channel, failed channels included.
    static func outputs(_ files: ProjectFiles) -> [String: String] {
        var out: [String: String] = [:]
        for channel in Compiler(options: BuildOptions(keepFailedChannels: true)).build(files).channels {
            for file in channel.files { out["\(channel.name)/\(file.path)"] = String(decoding: file.contents, as: UTF8.self) }
        }
        return out
    }

    static func problems(_ files: ProjectFiles) -> [String] {
        HostileCorpus.problems(of: files, allowedScripts: HostileCorpus.cleanScripts).problems
    }

    // Found 2: a script from a translator, with allow-raw-html: true.
    @Test(arguments: [
        "Hola <img src=x onerror=\"alert(1)\"> mundo.",
        "Hola <svg onload=alert(1)> mundo.",
        "Hola <a href=\"javascript:alert(1)\">mundo</a>.",
        "Hola <object data=\"https://tracker.example/x\"></object> mundo.",
        "Hola <meta http-equiv=\"refresh\" content=\"0;url=https://tracker.example/\"> mundo.",
        "Hola <span style=\"background:url(https://tracker.example/p.gif)\">mundo</span>.",
    ])
    func rawHTMLFromATranslationIsNeverPublished(translation: String) {
        let files = Self.project("Hello world.", translation)
        let diagnostics = Compiler().check(files).diagnostics
        #expect(diagnostics.contains { $0.ruleID == "unsafe-html" && $0.severity == .error && $0.location.path == Self.catalog && $0.location.line > 1 })
        #expect(Self.problems(files).isEmpty, "\(Self.problems(files))")
        // Whatever `rules:` says.
        #expect(Self.problems(Self.project("Hello world.", translation, rules: "rules: { unsafe-html: off }\n")).isEmpty)
    }

    // Found 2 and 3, from XLIFF: markup and a new URL in a <data> element never import.
    @Test(arguments: [
        ("Call a trusted adult.", "Llama &lt;img src=x onerror=alert(1)&gt; a un adulto.", "unsafe-html"),
        ("Call a trusted adult.", "Llama a un <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">adulto</pc>.", "markup-mismatch"),
    ])
    func xliffWithMarkupOrANewURLIsRefused(source: String, target: String, rule: String) {
        var example = RuleExample.xliffImport(catalogTranslation: "", unit: RuleExample.xliffUnit(source: source, target: target, marked: true))
        let unit = example.files[RuleExample.importPath]!
        example.files[RuleExample.importPath] = unit.replacingOccurrences(of: "      <segment", with: """
                  <originalData>
                    <data id="d1">[</data>
                    <data id="d2">](javascript:alert(1))</data>
                  </originalData>
                  <segment
            """)
        let (files, markers) = RuleExamplesTests.prepare(example)
        var project = files
        let package = project.removeValue(forKey: RuleExample.importPath)!
        let result = CatalogImporter().importPackage(Data(package.utf8), path: RuleExample.importPath, into: ProjectFixture.files(project))
        #expect(result.writes.isEmpty)
        #expect(result.diagnostics.contains { $0.ruleID == rule && $0.severity == .error && markers == [$0.location] }, "\(result.diagnostics)")
    }

    // Found 3: a translator swaps an image for a tracker, a link for javascript:, data:, vbscript:, file:.
    @Test(arguments: [
        ("See ![a map](https://example.org/map.png).", "Mira ![un mapa](http://tracker.example/p.gif)."),
        ("See [the guide](https://example.org/guide).", "Lee [la guía](javascript:alert(1))."),
        ("See [the guide](https://example.org/guide).", "Lee [la guía](data:text/html;base64,PHNjcmlwdD4=)."),
        ("See [the guide](https://example.org/guide).", "Lee [la guía](vbscript:msgbox(1))."),
        ("See [the guide](https://example.org/guide).", "Lee [la guía](file:///etc/passwd)."),
        ("See ![a map](https://example.org/map.png).", "Mira ![un mapa](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)."),
    ])
    func aTranslatorCannotChangeATarget(source: String, translation: String) {
        let files = Self.project(source, translation)
        let errors = Compiler().check(files).diagnostics.filter { $0.severity == .error && $0.location.path == Self.catalog }
        #expect(errors.contains { $0.ruleID == "markup-mismatch" || $0.ruleID == "unsafe-url" }, "\(errors)")
        #expect(!errors.contains { $0.ruleID == "url-changed" })
        let outputs = Self.outputs(Self.project(source, translation, rules: "rules: { markup-mismatch: off, unsafe-url: off }\n"))
        for (path, text) in outputs where path.hasSuffix(".html") || path.hasSuffix(".json") {
            for needle in ["tracker.example", "javascript:", "vbscript:", "data:", "file:"] {
                #expect(!text.contains(needle), "\(path) contains \(needle)")
            }
        }
    }

    // Found 3: writer-side javascript: and file: links were kept in the JSON blocks.
    @Test func writerSideUnsafeLinksAreNotInTheJSONBlocks() throws {
        let markdown = "Click [here](javascript:alert(1)) or [there](file:///etc/passwd) or ![x](data:image/svg+xml,x)."
        var files = ProjectFixture.files([Self.page: "---\ntitle: Start\n---\n\(markdown)\n",
                                          "waymark.yaml": "source-locale: en\nlocales: [en]\n" + Self.channels + "rules: { unsafe-url: off, broken-link: off, missing-asset: off }\n"])
        let outputs = Self.outputs(files)
        let json = try #require(outputs["app/en/guide/01-start.json"])
        let page = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(!"\(page["blocks"] ?? "")".contains("javascript:") && !"\(page["blocks"] ?? "")".contains("file:"))
        #expect(!json.contains("javascript:") && !json.contains("file:///") && !json.contains("data:image"))
        files.files["waymark.yaml"] = Data("source-locale: en\nlocales: [en]\n".utf8)
        let errors = Compiler().check(files).diagnostics.filter { $0.ruleID == "unsafe-url" }
        #expect(errors.map(\.location.column) == [7, 38, 69], "\(errors)")
        #expect(errors.allSatisfy { $0.location.path == Self.page && $0.location.line == 4 && $0.severity == .error })
    }

    // Found 10: ESC and BEL from a PO were copied into HTML.
    @Test func controlCharactersFromACatalogAreStripped() throws {
        let files = Self.project("Hello world.", "Hola \u{1B}[31mmundo\u{07}.", rawHTML: false)
        let warnings = Compiler().check(files).diagnostics.filter { $0.ruleID == "control-character" }
        #expect(warnings.contains { $0.severity == .warning && $0.location.path == Self.catalog }, "\(warnings)")
        let outputs = Self.outputs(files)
        let html = try #require(outputs["web/es/guide/01-start/index.html"])
        #expect(html.contains("Hola [31mmundo."))
        for (path, text) in outputs where path.hasSuffix(".html") || path.hasSuffix(".json") {
            #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(path)")
            #expect(!text.contains("\\u001b") && !text.contains("\\u0007"), "\(path)")
        }
    }

    // Found 10: SVG assets with <script> were copied unchanged.
    @Test func svgScriptsAreRemovedOnEveryChannel() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script>\n<circle r=\"4\" onclick=\"alert(2)\"/>\n</svg>\n"
        let files = ProjectFixture.files([
            "Source-Content/_assets/logo.svg": svg,
            Self.page: "---\ntitle: Start\n---\n![Logo](../_assets/logo.svg)\n",
            "waymark.yaml": "source-locale: en\nlocales: [en]\n" + Self.channels,
        ])
        let outputs = Self.outputs(files)
        for channel in ["web", "app"] {
            let published = try #require(outputs["\(channel)/assets/logo.svg"], "\(channel) has no logo.svg")
            #expect(!published.contains("<script") && !published.contains("onclick") && published.contains("<circle"))
        }
        // The onion draws the sanitised SVG as PNG (Tor Browser's Safest level shows no SVG).
        #expect(outputs["onion/assets/logo.svg"] == nil)
        #expect(outputs["onion/assets/logo.png"] != nil && outputs["onion/assets/logo@2x.png"] != nil)
        let warnings = Compiler().check(files).diagnostics.filter { $0.ruleID == "unsafe-svg" }
        #expect(warnings.map(\.location.line) == [2, 3], "\(warnings)")
    }
}
