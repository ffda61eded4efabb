import Testing
@testable import WaymarkKit

/// `min-complete` as a map per locale (issue 13): each locale its own gate, `default` for the rest.
struct MinCompletePerLocaleTests {
    let loader = ConfigurationLoader(knownFormulas: Set(ReadabilityFormulas.allIDs), knownRules: RuleRegistry.ids)

    @Test func readsAMapWithDefault() throws {
        let (configuration, diagnostics) = loader.load("source-locale: en\nlocales: [en, es, fi]\nchannels:\n  - name: app\n    format: json\n    min-complete: { es: 1.0, default: 0.5 }\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let channel = try #require(configuration?.channels.first)
        #expect(channel.minComplete(for: "es") == 1.0 && channel.minComplete(for: "fi") == 0.5)
    }

    @Test(arguments: [
        ("min-complete: { sv: 1.0 }", "6:21", "unknown locale 'sv' in 'min-complete'"),
        ("min-complete: { es: 2 }", "6:25", "'min-complete.es' must be between 0 and 1"),
        ("min-complete: { Spanish: 1 }", "6:21", "'min-complete' keys are locales or 'default'"),
    ])
    func reportsBadMaps(line: String, place: String, message: String) {
        let (_, diagnostics) = loader.load("source-locale: en\nlocales: [en, es]\nchannels:\n  - name: app\n    format: json\n    \(line)\n")
        #expect(diagnostics.contains { "\($0.location.line):\($0.location.column)" == place && $0.message.contains(message) }, "\(diagnostics)")
    }

    /// es has 5 of 6 words translated: a 0.8 gate for es publishes it (fi, at 0, misses the 0.9 default);
    /// a 0.9 gate for es alone leaves it out while fi (default 0) is published.
    @Test(arguments: [("{ es: 0.8, default: 0.9 }", true), ("{ es: 0.9 }", false)])
    func gatesEachLocaleOnItsOwn(map: String, publishesSpanish: Bool) throws {
        let files = ProjectFixture.files([
            "waymark.yaml": "source-locale: en\nlocales: [en, es, fi]\nchannels:\n  - { name: web, format: html, min-complete: \(map) }\n",
            "Locales/es/guide/01-start.po": RuleExample.catalogHeader(locale: "es") + "\nmsgid \"Start\"\nmsgstr \"Inicio\"\n",
            "Locales/es/guide/_program.po": RuleExample.catalogHeader(locale: "es")
                + "\nmsgid \"Guide\"\nmsgstr \"Guía\"\n\nmsgid \"A small guide.\"\nmsgstr \"Una guía pequeña.\"\n",
        ])
        let web = try #require(ProjectFixture.build(files).channels.first)
        #expect(web.files.contains { $0.path.hasPrefix("es/") } == publishesSpanish)
        #expect(web.files.contains { $0.path.hasPrefix("fi/") } == !publishesSpanish)
    }
}
