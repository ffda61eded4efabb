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



    /// Parses text and returns the catalog and diagnostics.
    static func parse(_ text: String, path: String = "Locales/es/page.po") -> POParseResult {
        POParser.parse(text, path: path)
    }
}
