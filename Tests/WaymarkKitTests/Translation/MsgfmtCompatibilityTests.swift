import Foundation
import Testing
@testable import WaymarkKit

/// `msgfmt --check --statistics` accepts what Waymark writes and counts the
/// same translated/fuzzy/untranslated messages (SPEC §5, issue 4).
@Suite struct MsgfmtCompatibilityTests {
    static func catalogs() -> [(String, POCatalog)] {
        let sources = ["Keep your password secret.", "Never share photos online.", "Ask an adult for help.", "Block and report strangers."]
            .enumerated().map { CatalogSource(msgid: $0.element, references: ["Source-Content/safety/01-intro.md:\($0.offset + 3)"]) }
        let fresh = CatalogSync.sync(sources: sources, existing: nil, locale: "es", options: .init(projectName: "Waymark")).catalog
        var translated = fresh
        for index in translated.entries.indices { translated.entries[index].msgstr = "Traducción \(index) con \"comillas\"\ny salto." }
        let edited = [CatalogSource(msgid: "Keep your passwords secret."), CatalogSource(msgid: "Ask an adult for help."),
                      CatalogSource(msgid: "A completely new sentence appears here.")]
        let synced = CatalogSync.sync(sources: edited, existing: translated, locale: "es").catalog
        let plural = CatalogSource(msgctxt: "ui.messages", msgid: "%d new message", msgidPlural: "%d new messages")
        var ru = CatalogSync.sync(sources: [plural, CatalogSource(msgid: "Hello")], existing: nil, locale: "ru").catalog
        ru.entries[0].translations = ["%d новое сообщение", "%d новых сообщения", "%d новых сообщений"]
        var cy = CatalogSync.sync(sources: [plural], existing: nil, locale: "cy").catalog
        cy.entries[0].translations = (0..<6).map { "%d neges \($0)" }
        return [("fresh-es", fresh), ("synced-es", synced), ("plural-ru", ru), ("plural-cy", cy), ("long-ja", longJapanese())]
    }

    /// Long Markdown paragraphs, Japanese translations, then an edit: wrapped
    /// fuzzy `#|` and obsolete `#~` entries.
    static func longJapanese() -> POCatalog {
        let paragraphs = [
            "If someone you only know online asks for photos, your address or your school, **stop** and talk to an adult you trust before you answer anything at all.",
            "Use a different password for every account. A password manager (see [the guide](02-passwords.md)) remembers them for you, so you only need one strong passphrase.",
            "Line one of a list item\nLine two after a hard break, long enough to wrap once more at the seventy-ninth column.",
        ]
        let sources = paragraphs.enumerated().map { CatalogSource(msgid: $0.element, references: ["Source-Content/online-road-safety/01-welcome.md:\($0.offset * 4 + 7)"]) }
        var catalog = CatalogSync.sync(sources: sources, existing: nil, locale: "ja").catalog
        catalog.entries[0].msgstr = "オンラインでしか知らない人に写真や住所、学校を聞かれたら、何かに答える前に**立ち止まって**、信頼できる大人に相談しましょう。"
        catalog.entries[1].msgstr = "アカウントごとに違うパスワードを使いましょう。パスワードマネージャー（[ガイド](02-passwords.md)を参照）が覚えてくれるので、強いパスフレーズを一つ覚えるだけで済みます。"
        catalog.entries[2].msgstr = "リスト項目の一行目\n改行の後の二行目。七十九桁目でもう一度折り返すのに十分な長さがあります。"
        var edited = sources
        edited[0].msgid = paragraphs[0].replacingOccurrences(of: "an adult you trust", with: "a grown-up you trust")
        edited.remove(at: 1)
        return CatalogSync.sync(sources: edited, existing: catalog, locale: "ja").catalog
    }

    /// Writes the named catalog to a temporary file and runs a gettext tool on it;
    /// nil (recorded as a skip) when the tool is not installed.
    static func runTool(_ tool: String, _ arguments: [String], on name: String) throws -> (catalog: POCatalog, status: Int32, output: String)? {
        guard let executable = ExternalTool.path(tool) else {
            print("\(tool) unavailable: skipping \(name) (install the gettext apt package)")
            return nil
        }
        let catalog = try #require(catalogs().first { $0.0 == name }?.1)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-\(tool)-\(name)-\(UUID().uuidString).po")
        defer { try? FileManager.default.removeItem(at: url) }
        try POWriter.data(catalog).write(to: url)
        let (status, output) = try ExternalTool.run(executable, arguments + [url.path], environment: ["LC_ALL": "C", "PATH": "/usr/bin:/bin"])
        return (catalog, status, output)
    }

    @Test(arguments: catalogs().map(\.0))
    func msgfmtAcceptsCatalogAndAgreesOnCounts(name: String) throws {
        guard let (catalog, status, output) = try Self.runTool("msgfmt", ["--check", "--statistics", "-o", "/dev/null"], on: name) else { return }
        #expect(status == 0, "\(output)")
        let summary = TranslationSummary(catalog: catalog)
        #expect(Self.count(in: output, before: " translated message") == summary.translated, "\(output)")
        #expect(Self.count(in: output, before: " fuzzy translation") == summary.fuzzy, "\(output)")
        #expect(Self.count(in: output, before: " untranslated message") == summary.untranslated, "\(output)")
    }

    /// New and changed entries are written exactly as `msgcat` would write them.
    @Test(arguments: catalogs().map(\.0))
    func msgcatRewritesCatalogIdentically(name: String) throws {
        guard let (catalog, status, output) = try Self.runTool("msgcat", [], on: name) else { return }
        #expect(status == 0)
        #expect(output == POWriter.write(catalog))
    }

    @Test func syncedCatalogHasFuzzyAndObsoleteEntries() {
        let synced = Self.catalogs()[1].1
        #expect(synced.entries.map(\.state).contains(.fuzzy) && synced.entries.map(\.state).contains(.obsolete))
    }

    /// The number msgfmt prints before `label` (0 when the label is absent).
    static func count(in output: String, before label: String) -> Int {
        guard let range = output.range(of: label) else { return 0 }
        let digits = output[..<range.lowerBound].reversed().prefix { $0.isNumber }
        return Int(String(digits.reversed())) ?? 0
    }
}
