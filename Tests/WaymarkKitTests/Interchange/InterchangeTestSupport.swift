import Foundation
@testable import WaymarkKit

/// Paths, sample documents and external tools for the Interchange tests.
enum InterchangeTestSupport {
    /// The main tree (the folder holding Package.swift), found from this file.
    static var projectRoot: URL { TestPaths.packageRoot }

    /// `../shared/conformance/schemas`.
    static let schemas = projectRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/conformance/schemas")

    /// `Tests/WaymarkKitTests/Fixtures/Interchange`.
    static let fixtures = projectRoot.appendingPathComponent("Tests/WaymarkKitTests/Fixtures/Interchange")

    /// A document with the awkward cases: markup of every kind, XML specials, a carriage
    /// return, a control character, whitespace, all states, notes and hashes.
    static let sampleDocument = InterchangeDocument(
        sourceLocale: "en", targetLocale: "es",
        files: [
            InterchangeFile(path: "Locales/es/guide/01-start.po", units: [
                unit("Stay **safe** and *calm*.", "Mantén la **calma** y la *seguridad*.", .translated,
                     notes: [.init(category: .location, text: "content/guide/01-start.md:3")]),
                unit("Read [the guide](guide.md \"Guide & more\") or call {{helpline.phone}}.", nil, .initial,
                     notes: [.init(category: .developer, text: "Keep the phone placeholder <as is> & \"quoted\"")]),
                unit("Run `rm -rf <tmp>` then ![logo](img/logo.png)  \nnext line\\\nand \\*not emphasis\\*", "Ejecuta `rm -rf <tmp>`", .reviewed),
                unit("***Nested** emphasis* and ~~gone~~ and <https://example.org?a=1&b=2>", "Énfasis ***anidado***", .final),
                unit("Tabs\tand\r\ncarriage return, bell \u{07} and  double space ", " x ", .initial),
                unit("Title", "Título", .translated, context: "front-matter.title",
                     notes: [.init(category: .context, text: "Page title"), .init(category: .translator, text: "checked")]),
            ]),
            InterchangeFile(path: "Locales/es/_ui.po", units: [
                unit("[Next](02.md) _page_ <b>bold</b>", "[Siguiente](02.md) _página_", .translated, context: "ui.next"),
            ]),
        ]
    )

    private static func unit(
        _ source: String, _ target: String?, _ state: InterchangeState, context: String? = nil,
        notes: [InterchangeNote] = []
    ) -> InterchangeUnit {
        InterchangeUnit(
            id: InterchangeUnit.stableID(context: context, source: source), context: context, source: source,
            target: target, state: state, notes: notes, exportedTargetHash: InterchangeUnit.targetHash(target)
        )
    }

    /// `count` deterministic pseudo-random strings over the characters inline Markdown
    /// and XML care about, for round-trip properties.
    static func markupSoup(count: Int, seed start: UInt64 = 0x5EED) -> [String] {
        let alphabet = Array("*_~`[]()!<>{}\\ \n\"'&a:@/.é\r\t")
        var seed = start
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        return (0..<count).map { _ in
            String((0..<(next() % 24 + 1)).map { _ in alphabet[next() % alphabet.count] })
        }
    }

    /// A document whose units have `markupSoup` sources and targets.
    static func soupDocument(count: Int) -> InterchangeDocument {
        let texts = markupSoup(count: count * 2)
        let units = (0..<count).map { index in
            InterchangeUnit(
                id: "u\(index)", source: texts[2 * index], target: index % 3 == 0 ? nil : texts[2 * index + 1],
                state: index % 3 == 0 ? .initial : .translated, exportedTargetHash: "h"
            )
        }
        return InterchangeDocument(sourceLocale: "en", targetLocale: "de", files: [InterchangeFile(path: "a.po", units: units)])
    }

    /// A fresh temporary folder; callers remove it.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-interchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }



    /// Writes `text` to a temporary file, validates it with `xmllint --schema`, and
    /// returns xmllint's result; `nil` when xmllint is not installed.
    static func validate(_ text: String, schema: String) throws -> (status: Int32, output: String)? {
        guard let xmllint = ExternalTool.path("xmllint") else { return nil }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("out.xlf")
        try Data(text.utf8).write(to: file)
        let schemaPath = schemas.appendingPathComponent(schema).path
        return try ExternalTool.run(xmllint, ["--noout", "--nonet", "--schema", schemaPath, file.path])
    }
}
