import Testing
@testable import WaymarkKit

struct ConfigurationLoaderTests {
    let loader = ConfigurationLoader(knownFormulas: Set(ReadabilityFormulas.allIDs), knownRules: RuleRegistry.ids)

    /// Each broken configuration and the exact `line:column: message` it must produce.
    @Test(arguments: [
        ("source-locale: en\nlocales: [en]\ncolour: blue\n", "3:1", "unknown key 'colour'"),
        ("source-locale: en\nlocales: [en]\nchanels: []\n", "3:1", "unknown key 'chanels' in waymark.yaml"),
        ("source-locale: en\nlocales: en\n", "2:10", "'locales' must be a list"),
        ("source-locale: en\nlocales: [en, 'Spanish']\n", "2:15", "'Spanish' is not a BCP 47 language tag"),
        ("source-locale: de\nlocales: [en]\n", "1:16", "source locale 'de' is not in 'locales'"),
        ("locales: [en]\n", "1:1", "missing required key 'source-locale'"),
        ("source-locale: en\nlocales: [en]\naudiences:\n  kids:\n    readability: { sv: { lix: { max: 40 } } }\n", "5:20", "unknown locale 'sv'"),
        ("source-locale: en\nlocales: [en]\naudiences:\n  kids:\n    readability: { en: { flesch-kincaid: { max: 5 } } }\n", "5:26", "unknown readability formula 'flesch-kincaid'"),
        ("source-locale: en\nlocales: [en]\naudiences:\n  kids:\n    readability: { en: { lix: { max: five } } }\n", "5:38", "'max' must be a number"),
        ("source-locale: en\nlocales: [en]\nchannels:\n  - name: web\n    format: pdf\n", "5:13", "'format' must be one of html, json"),
        ("source-locale: en\nlocales: [en]\nchannels:\n  - name: web\n    format: html\n    fallback: english\n", "6:15", "'fallback' must be one of source, omit-page, fail"),
        ("source-locale: en\nlocales: [en]\nchannels:\n  - name: web\n    format: html\n    min-complete: 1.5\n", "6:19", "'min-complete' must be between 0 and 1"),
        ("source-locale: en\nlocales: [en]\nchannels:\n  - name: web\n    format: html\n    base-url: example.org\n", "6:15", "'base-url' must be an absolute http(s) URL"),
        ("source-locale: en\nlocales: [en]\nchannels:\n  - name: web\n    format: html\n    profle: tor\n", "6:5", "unknown key 'profle' in a channel"),
        ("source-locale: en\nlocales: [en]\nchannels:\n  - format: html\n", "4:5", "a channel needs a 'name'"),
        ("source-locale: en\nlocales: [en]\nallow-raw-html: sometimes\n", "3:17", "'allow-raw-html' must be true or false"),
        ("source-locale: en\nlocales: [en]\nrules:\n  raw-htm: warning\n", "4:3", "unknown rule 'raw-htm'"),
        ("source-locale: en\nlocales: [en]\nrules:\n  raw-html: loud\n", "4:13", "must be error, warning or off"),
        ("source-locale: en\nlocales: [en\n", "3:1", "invalid YAML"),
    ])
    func reportsOffendingKeyAndValue(yaml: String, place: String, message: String) {
        let (configuration, diagnostics) = loader.load(yaml)
        #expect(configuration == nil)
        let match = diagnostics.first { $0.message.contains(message) }
        #expect(match != nil, "expected '\(message)', got \(diagnostics.map(\.description))")
        if let match {
            #expect("\(match.location.line):\(match.location.column)" == place, "\(match)")
            #expect(match.location.path == "waymark.yaml")
        }
    }

    /// "Did you mean" is a suggestion with the key's range, not text in the message; one edit away it is safe for `--fix`.
    @Test(arguments: [
        ("source-locale: en\nlocales: [en]\nchanels: []\n", "channels", 3, 1, 8, true),
        ("source-locale: en\nlocales: [en]\nchannels:\n  - name: web\n    format: html\n    profle: tor\n", "profile", 6, 5, 11, true),
        ("source-locale: en\nlocales: [en]\nrules:\n  raw-htm: warning\n", "raw-html", 4, 3, 10, true),
        ("source-locale: en\nlocales: [en]\nnmae: X\n", "name", 3, 1, 5, false),
        ("source-locale: en\nlocales: [en]\nname: X\nnme: Y\n", "name", 4, 1, 4, false),
        ("source-locale: en\nlocales: [en]\n'nme': X\n", "name", 3, 1, nil, false),
    ] as [(String, String, Int, Int, Int?, Bool)])
    func suggestsTheClosestKnownName(yaml: String, closest: String, line: Int, column: Int, endColumn: Int?, safe: Bool) throws {
        let diagnostic = try #require(loader.load(yaml).1.first { $0.message.hasPrefix("unknown") })
        #expect(!diagnostic.message.contains("did you mean"))
        let suggestion = try #require(diagnostic.suggestions.first)
        #expect(suggestion.summary == "did you mean '\(closest)'?")
        #expect(suggestion.isSafe == safe)
        #expect(diagnostic.location == WaymarkKit.SourceLocation(path: "waymark.yaml", line: line, column: column))
        #expect(diagnostic.range?.lowerBound == (endColumn == nil ? nil : diagnostic.location), "a quoted key has no exact range")
        #expect(diagnostic.range?.upperBound.column == endColumn)
        #expect(suggestion.replacements.map { $0.text } == (endColumn == nil ? [] : [closest]))
    }

    @Test func readsTheSpecExample() throws {
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("waymark.yaml"), encoding: .utf8)
        let (configuration, diagnostics) = loader.load(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let config = try #require(configuration)
        #expect(config.sourceLocale == "en")
        #expect(config.locales == ["en", "es", "fi"])
        #expect(config.channels.map(\.name) == ["web", "onion", "app"])
        #expect(config.channels[1].profile == .tor)
        #expect(config.channels[1].fallback == .omitPage)
        #expect(config.channels[2].format == .json)
        #expect(config.channels[2].minComplete == 1.0)
        #expect(config.channels[0].onionLocation?.hasSuffix(".onion/") == true)
        let children = try #require(config.audience(named: "children-9-12"))
        #expect(children.readability["en"] == [ReadabilityTarget(formulaID: "flesch-kincaid-grade", max: 5)])
        #expect(children.readability["es"] == [ReadabilityTarget(formulaID: "fernandez-huerta", min: 80)])
        #expect(config.translatableDataFields["helplines"] == ["name", "phone", "hours", "description"])
    }

    @Test func defaultsNeedOnlyLocales() throws {
        let (configuration, diagnostics) = loader.load("source-locale: fi\nlocales: [fi, sv]\n")
        #expect(diagnostics.isEmpty)
        let config = try #require(configuration)
        #expect(config.channels == ProjectConfiguration.defaultChannels)
        #expect(config.targetLocales == ["sv"])
        #expect(config.allowRawHTML == false)
    }

    @Test func emptyFileIsAnError() {
        let (configuration, diagnostics) = loader.load("")
        #expect(configuration == nil)
        #expect(diagnostics.first?.ruleID == "config")
    }
}
