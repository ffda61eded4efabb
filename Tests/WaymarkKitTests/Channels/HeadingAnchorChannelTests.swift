import Foundation
import Testing
@testable import WaymarkKit

/// Headings keep their source-language ids in en, es and fi on every channel,
/// and a link to a heading of another page resolves there (SPEC §8).
@Suite struct HeadingAnchorChannelTests {
    static let configuration = """
        source-locale: en
        locales: [en, es, fi]
        channels:
          - { name: web, format: html, profile: web }
          - { name: onion, format: html, profile: tor, fallback: omit-page }
          - { name: app, format: json, fallback: fail }

        """

    static let sources = [
        "waymark.yaml": configuration,
        "Source-Content/guide/01-start.md": "---\ntitle: Start\n---\n## Strong passwords\n\nKeep them secret.\n\n## Ask for help {#help}\n\nTalk to an adult.\n",
        "Source-Content/guide/02-next.md": "---\ntitle: Next\n---\nSee [the tips](01-start.md#strong-passwords) or [get help](01-start.md#help).\n",
    ]

    static let translations: [String: [String: String]] = [
        "es": ["Guide": "Guía", "A small guide.": "Una guía pequeña.", "Start": "Inicio", "Next": "Siguiente",
               "Strong passwords": "Contraseñas seguras", "Keep them secret.": "Mantenlas en secreto.",
               "Ask for help": "Pide ayuda", "Talk to an adult.": "Habla con un adulto.",
               "See [the tips](01-start.md#strong-passwords) or [get help](01-start.md#help).":
                   "Lee [los consejos](01-start.md#strong-passwords) o [pide ayuda](01-start.md#help)."],
        "fi": ["Guide": "Opas", "A small guide.": "Pieni opas.", "Start": "Alku", "Next": "Seuraava",
               "Strong passwords": "Vahvat salasanat", "Keep them secret.": "Pidä ne salassa.",
               "Ask for help": "Pyydä apua", "Talk to an adult.": "Puhu aikuiselle.",
               "See [the tips](01-start.md#strong-passwords) or [get help](01-start.md#help).":
                   "Lue [vinkit](01-start.md#strong-passwords) tai [pyydä apua](01-start.md#help)."],
    ]

    /// The project with every catalog synced and fully translated.
    static func project() throws -> ProjectFiles {
        var files = ProjectFixture.files(sources)
        let synced = CatalogSynchronizer(useMemory: false).sync(files)
        #expect(!synced.diagnostics.hasErrors, "\(synced.diagnostics)")
        for update in synced.updates {
            let locale = String(update.path.split(separator: "/")[1])
            var catalog = update.catalog
            for index in catalog.entries.indices {
                catalog.entries[index].msgstr = try #require(translations[locale]?[catalog.entries[index].msgid], "\(catalog.entries[index].msgid)")
            }
            files.files[update.path] = POWriter.data(catalog)
        }
        return files
    }

    static func built() throws -> BuildResult {
        let result = ProjectFixture.build(try project())
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return result
    }

    static func text(_ channel: BuiltChannel, _ path: String) throws -> String {
        let file = try #require(channel.files.first(where: { $0.path == path }), "\(channel.name): \(path)")
        return String(decoding: file.contents, as: UTF8.self)
    }

    @Test(arguments: ["web", "onion"])
    func htmlHeadingsKeepSourceIDs(channelName: String) throws {
        let channel = try #require(try Self.built().channels.first { $0.name == channelName })
        for (locale, heading) in [("en", "Strong passwords"), ("es", "Contraseñas seguras"), ("fi", "Vahvat salasanat")] {
            let start = try Self.text(channel, "\(locale)/guide/01-start/index.html")
            #expect(start.contains("<h2 id=\"strong-passwords\">\(heading)</h2>"), "\(channelName) \(locale)")
            #expect(start.contains("<h2 id=\"help\">") && !start.contains("{#help}"), "\(channelName) \(locale)")
            let next = try Self.text(channel, "\(locale)/guide/02-next/index.html")
            // web links to folders, tor to files (it works from disk without a server).
            let target = channelName == "web" ? "../01-start/" : "../01-start/index.html"
            #expect(next.contains("href=\"\(target)#strong-passwords\"") && next.contains("href=\"\(target)#help\""),
                    "\(channelName) \(locale): \(next)")
        }
    }

    @Test func jsonHeadingBlocksCarryTheSameIDs() throws {
        let channel = try #require(try Self.built().channels.first { $0.name == "app" })
        for locale in ["en", "es", "fi"] {
            let start = try Self.text(channel, "\(locale)/guide/01-start.json")
            #expect(start.contains("\"id\": \"strong-passwords\"") && start.contains("\"id\": \"help\""), "\(locale): \(start)")
            #expect(start.contains("<h2 id=\\\"help\\\">") && !start.contains("{#help}"), "\(locale)")
            let next = try Self.text(channel, "\(locale)/guide/02-next.json")
            #expect(next.contains("\"href\": \"01-start.json#help\""), "\(locale): \(next)")
        }
    }

    @Test func linkToAMissingHeadingIsBrokenLink() {
        var files = Self.sources
        files["Source-Content/guide/02-next.md"] = "---\ntitle: Next\n---\nSee [the tips](01-start.md#ask-for-help).\n"
        let found = ProjectFixture.check(files).diagnostics.filter { $0.ruleID == "broken-link" }
        #expect(found.map(\.description) == [
            "Source-Content/guide/02-next.md:4:5: error: link target '01-start.md#ask-for-help': no heading with id 'ask-for-help' (its headings include #help, #strong-passwords) [broken-link]",
        ])
    }
}
