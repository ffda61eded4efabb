import Foundation
import Testing
@testable import WaymarkKit

struct JSONChannelRendererTests {
    let rendering = ChannelFixture.site(ChannelFixture.json).render()

    @Test func emitsPagesIndexesSchemaAndAssets() {
        #expect(Set(rendering.files.map(\.path)) == [
            "index.json", "schema/page.schema.json", "assets/shield.svg",
            "en/index.json", "en/online-road-safety/01-welcome.json", "en/online-road-safety/02-strong-passwords.json",
            "en/finding-a-safer-path/01-reaching-out.json",
            "fi/index.json", "fi/online-road-safety/01-welcome.json", "fi/finding-a-safer-path/01-reaching-out.json",
        ])
        #expect(rendering.diagnostics.isEmpty)
    }

    @Test func pageCarriesMetadataFragmentAndTypedBlocks() throws {
        let text = try #require(rendering.text("fi/online-road-safety/01-welcome.json"))
        #expect(text.hasSuffix("}\n") && !text.contains(#"\/"#))
        let page = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(page["id"] as? String == "online-road-safety/01-welcome")
        #expect(page["locale"] as? String == "fi")
        #expect(page["readability"] is NSNull)
        #expect((page["translation"] as? [String: Any])?["fuzzy"] as? Int == 1)
        #expect((page["html"] as? String)?.contains(#"<p lang="en" class="wm-fallback">Stay safe online.</p>"#) == true)
        let blocks = try #require(page["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["type"] as? String } == ["heading", "paragraph", "paragraph", "paragraph", "table", "list"])
        #expect(blocks[2]["fallback"] as? Bool == true && blocks[2]["lang"] as? String == "en")
        #expect(blocks[1]["fallback"] == nil)
        let link = try #require((blocks[1]["children"] as? [[String: Any]])?[1])
        #expect(link["href"] as? String == "../../en/online-road-safety/02-strong-passwords.json")
        let image = try #require((blocks[3]["children"] as? [[String: Any]])?[0])
        #expect(image["src"] as? String == "../../assets/shield.svg" && image["alt"] as? String == "A shield")
        let item = try #require((blocks[5]["children"] as? [[String: Any]])?[0])
        #expect(item["type"] as? String == "listItem" && item["checked"] as? Bool == true)
    }

    @Test func indexesListPublishedLocalesAndEmittedPages() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data((rendering.text("index.json") ?? "").utf8)) as? [String: Any])
        let locales = try #require(root["locales"] as? [[String: Any]])
        #expect(locales.map { $0["path"] as? String } == ["en/index.json", "fi/index.json"])
        let fi = rendering.text("fi/index.json") ?? ""
        #expect(fi.contains(#""path": "fi/online-road-safety/01-welcome.json""#))
        #expect(!fi.contains("02-strong-passwords"))
    }

    @Test func writerSortsKeysEscapesAndStripsControlCharacters() {
        let value = JSONValue.object(["b": .array([.int(1), .double(0.5), .null]), "a": .string("x/y \"q\" \u{1}\u{1B}[2J\u{7}\u{85}\n")])
        #expect(value.serialized() == "{\n  \"a\": \"x/y \\\"q\\\" [2J\\n\",\n  \"b\": [\n    1,\n    0.5,\n    null\n  ]\n}\n")
    }

    @Test func stringsRoundTripThroughAStandardJSONReader() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let strings = ["", "\"", "\\", "plain", "¿Qué? Pysähdy 🚸 — “quoted”", "end\\", "\"start", controls,
                       "é\u{301} tab\there \r\n mixed \\\" \u{7F} \u{2028}"]
        for string in strings {
            let text = JSONValue.array([.string(string)]).serialized()
            let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String])
            // Control characters other than tab and newline are stripped from every output.
            #expect(decoded == [ControlCharacters.stripped(string)], "\(string.debugDescription)")
        }
    }

    @Test func everyPageFileValidatesAgainstThePublishedSchema() throws {
        guard let python = JSONSchemaValidator.python() else {
            // Recorded as a skip, not a pass: python3 with the jsonschema module is not installed here.
            withKnownIssue("python3 with the jsonschema module is unavailable; schema validation skipped") { Issue.record("skipped") }
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-json-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for file in rendering.files {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url)
        }
        let pages = rendering.files.map(\.path).filter { $0.hasSuffix(".json") && $0.split(separator: "/").count == 3 && !$0.hasPrefix("schema/") }
        #expect(pages.count == 5)
        let result = try JSONSchemaValidator.validate(pages, schema: "schema/page.schema.json", in: directory, python: python)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("validated 5"))
    }
}

/// Runs python3's `jsonschema` over emitted files (tests only; optional tool).
enum JSONSchemaValidator {
    static let script = """
    import json, sys
    from jsonschema import Draft202012Validator
    root, schema_path, *pages = sys.argv[1:]
    schema = json.load(open(f"{root}/{schema_path}"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    errors = [f"{p}: {e.json_path}: {e.message}" for p in pages for e in validator.iter_errors(json.load(open(f"{root}/{p}")))]
    print("\\n".join(errors) if errors else f"validated {len(pages)}")
    sys.exit(1 if errors else 0)
    """

    /// The python3 executable when it can import `jsonschema`, else nil.
    static func python() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { "\($0)/python3" } + ["/usr/bin/python3"]
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            if (try? ExternalTool.run(candidate, ["-c", "import jsonschema"]))?.status == 0 { return candidate }
        }
        return nil
    }

    /// Validates `pages` (paths under `directory`) against the schema file.
    static func validate(_ pages: [String], schema: String, in directory: URL, python: String) throws -> (status: Int32, output: String) {
        try ExternalTool.run(python, ["-c", script, directory.path, schema] + pages)
    }

}
