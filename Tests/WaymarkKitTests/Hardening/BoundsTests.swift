import Foundation
import Testing
@testable import WaymarkKit

/// Issue 14, items 5 and 10: YAML alias bombs and deep nesting in every YAML
/// file give `yaml-syntax` with a place, never a crash; deep Markdown gives
/// JSON of bounded depth with a `block-depth` warning; CRLF is accepted.
struct BoundsTests {
    /// Nine levels of ten aliases: 10^9 values from about 550 bytes.
    static let bomb: String = {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test(arguments: ["waymark.yaml", "Source-Content/_data/bomb.yaml", "Source-Content/_ui.yaml", "Source-Content/guide/_program.yaml", RuleExample.pagePath])
    func aliasBombIsAYAMLSyntaxError(path: String) {
        var text = Self.bomb
        if path == "waymark.yaml" { text = "source-locale: en\nlocales: [en]\n" + text }
        if path == RuleExample.pagePath { text = "---\ntitle: Start\n" + text + "---\nBody.\n" }
        let result = Compiler().check(ProjectFixture.files([path: text]))
        let found = result.diagnostics.filter { $0.ruleID == "yaml-syntax" && $0.location.path == path }
        #expect(found.count == 1, "\(result.diagnostics)")
        #expect(found.first?.message.contains("more than") == true)
        #expect((found.first?.location.line ?? 0) >= 1)
    }

    /// 150 levels hit Waymark's limit; 5,000 hit libyaml's own (1,000); both are `yaml-syntax` errors.
    @Test(arguments: [150, 5_000])
    func deeplyNestedYAMLIsAnErrorNotACrash(depth: Int) {
        let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let result = Compiler().check(ProjectFixture.files(["Source-Content/_data/deep.yaml": "list: " + deep]))
        let found = result.diagnostics.filter { $0.ruleID == "yaml-syntax" }
        #expect(found.count == 1 && found[0].location.line == 1 && found[0].message.contains("nest"), "\(found)")
    }

    /// Pages load on worker threads (smaller stacks): nesting just under libyaml's limit must not overflow them.
    @Test func deeplyNestedFrontMatterOnWorkerThreads() {
        let deep = String(repeating: "[", count: 990) + String(repeating: "]", count: 990)
        var pages: [String: String] = [:]
        for index in 1...4 { pages["Source-Content/guide/0\(index)-deep.md"] = "---\ntitle: Deep\nextra: \(deep)\n---\nBody.\n" }
        let result = Compiler().check(ProjectFixture.files(pages))
        #expect(result.diagnostics.filter { $0.ruleID == "yaml-syntax" }.count == 4)
    }

    @Test func ordinaryAnchorsStillWork() {
        let text = "base: &base {name: Sample Helpline, phone: '0800'}\nhelplines:\n  - *base\n  - *base\n"
        let result = Compiler().check(ProjectFixture.files(["Source-Content/_data/lines.yaml": text]))
        #expect(!result.diagnostics.contains { $0.ruleID == "yaml-syntax" })
    }

    /// Item 10: a 10,000-deep list became 2,400-level JSON before the fix.
    @Test func deepListGivesBoundedJSONAndAWarning() throws {
        let page = "---\ntitle: Start\n---\n" + String(repeating: "- ", count: 10_000) + "deep\n\nMiddle.\n\n" + String(repeating: "> ", count: 40) + "quoted deep\n"
        let result = Compiler().build(ProjectFixture.files([RuleExample.pagePath: page, "waymark.yaml": "source-locale: en\nlocales: [en]\nchannels:\n  - name: app\n    format: json\n"]))
        let warning = result.diagnostics.filter { $0.ruleID == "block-depth" }
        #expect(warning.count == 1 && warning[0].location.path == RuleExample.pagePath && warning[0].location.line == 4, "\(result.diagnostics)")
        let app = try #require(result.channels.first { $0.name == "app" })
        let pageFile = try #require(app.files.first { String(decoding: $0.contents, as: UTF8.self).contains("\"blocks\"") }, "\(app.files.map(\.path))")
        let depth = Self.jsonDepth(pageFile.contents)
        #expect(depth <= 2 * JSONBlocks.maximumDepth + 10, "JSON nests \(depth) levels")
        #expect((try? JSONSerialization.jsonObject(with: pageFile.contents)) != nil)
        let blocks = try #require((try JSONSerialization.jsonObject(with: pageFile.contents) as? [String: Any])?["blocks"])
        let blockText = String(decoding: try JSONSerialization.data(withJSONObject: blocks), as: UTF8.self)
        #expect(blockText.contains("quoted deep"), "flattened text is still published")
    }

    /// Deepest bracket nesting of a JSON text (strings skipped).
    static func jsonDepth(_ data: Data) -> Int {
        var depth = 0, deepest = 0, inString = false, escaped = false
        for byte in data {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1; deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// Item 10: CRLF front matter was "page has no front matter".
    @Test func crlfIsAcceptedInFrontMatterYAMLAndPO() throws {
        let crlf: (String) -> String = { $0.replacingOccurrences(of: "\n", with: "\r\n") }
        let files = ProjectFixture.files([
            "waymark.yaml": crlf("source-locale: en\nlocales: [en, es]\n"),
            RuleExample.pagePath: crlf("---\ntitle: Start\ndescription: First page.\n---\n## Part\n\nHello.\n"),
            "Source-Content/_ui.yaml": crlf("footer-note: Call your local emergency number.\n"),
            "Locales/es/guide/01-start.po": crlf("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\nmsgid \"Hello.\"\nmsgstr \"Hola.\"\n"),
        ])
        let result = Compiler().check(files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let loaded = try ProjectAnalysis.load(files)
        #expect(loaded.project.programs.first?.pages.first?.frontMatter.title == "Start")
    }
}
