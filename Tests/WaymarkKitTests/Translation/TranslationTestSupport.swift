import Foundation
@testable import WaymarkKit

/// Paths and tools for the Translation tests (works in the main tree and in symlinked scratch packages).
enum TranslationTestSupport {
    /// The folder holding `Package.swift` of the main tree.
    static var projectRoot: URL { TestPaths.packageRoot }

    /// `Tests/WaymarkKitTests/Fixtures/Translation/PO`.
    static let poFixtures = projectRoot.appendingPathComponent("Tests/WaymarkKitTests/Fixtures/Translation/PO")

    /// The gettext-written fixture catalogs.
    static let fixtureNames = ["glib20-ru.po", "glib20-ar.po", "glib20-ja.po", "merge-pl.po", "xgettext-fr.po", "msgcat-wrapping.po", "msgcat-references.po", "msgcat-nowrap-ru.po"]

    /// Bytes of one fixture.
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: poFixtures.appendingPathComponent(name))
    }

    /// Full path of an executable on PATH, if present.
    static func tool(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tool; returns exit status and combined output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["LC_ALL": "C", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Parses text and returns the catalog and diagnostics.
    static func parse(_ text: String, path: String = "Locales/es/page.po") -> POParseResult {
        POParser.parse(text, path: path)
    }
}
