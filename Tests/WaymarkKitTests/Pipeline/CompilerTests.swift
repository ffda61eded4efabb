import Foundation
import Testing
@testable import WaymarkKit

struct CompilerTests {
    static let twoPages: [String: String] = [
        "Source-Content/guide/01-start.md": "---\ntitle: Start\ndescription: First.\n---\n## Hello\n\nGo to [the next page](02-next.md).\n",
        "Source-Content/guide/02-next.md": "---\ntitle: Next\n---\n## Later\n\nCall {{helplines.0.phone}}.\n",
        "Source-Content/_data/helplines.yaml": "- name: Sample Helpline\n  phone: '0800 000 000 (sample)'\n",
        "waymark.yaml": "source-locale: en\nlocales: [en]\nchannels:\n  - { name: web, format: html, profile: web, base-url: 'https://example.org/' }\n  - { name: onion, format: html, profile: tor }\n  - { name: app, format: json }\n",
    ]

    @Test func buildsEveryChannelWithManifest() throws {
        let result = ProjectFixture.build(ProjectFixture.files(Self.twoPages))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        #expect(result.channels.map(\.name) == ["web", "onion", "app"])
        for channel in result.channels {
            #expect(channel.files.contains { $0.path == Manifest.fileName }, "\(channel.name) has a manifest")
        }
        let web = try #require(result.channels.first).files
        let page = try #require(web.first { $0.path.hasSuffix("guide/02-next/index.html") })
        #expect(String(decoding: page.contents, as: UTF8.self).contains("0800 000 000 (sample)"), "placeholders are expanded")
    }

    @Test func sameInputGivesIdenticalBytes() {
        let files = ProjectFixture.files(Self.twoPages)
        let first = ProjectFixture.build(files, options: BuildOptions(sourceRevision: "abc"))
        let second = ProjectFixture.build(files, options: BuildOptions(sourceRevision: "abc"))
        #expect(first.channels.count == 3)
        for (a, b) in zip(first.channels, second.channels) {
            #expect(a.files == b.files, "\(a.name) differs between two builds")
        }
    }

    @Test func contentErrorPublishesNothing() {
        var broken = Self.twoPages
        broken["Source-Content/guide/02-next.md"] = "---\ntitle: Next\n---\nSee [x](03-missing.md).\n"
        let result = ProjectFixture.build(ProjectFixture.files(broken))
        #expect(result.channels.isEmpty)
        #expect(Set(result.failedChannels) == ["web", "onion", "app"])
        #expect(result.exitCode(strict: false) == 1)
    }

    @Test func severityOverridesApply() {
        var files = Self.twoPages
        files["waymark.yaml"] = "source-locale: en\nlocales: [en]\nrules:\n  raw-html: warning\n  broken-link: off\n"
        files["Source-Content/guide/02-next.md"] = "---\ntitle: Next\n---\nSee [x](03-missing.md) and <b>bold</b>.\n"
        let result = ProjectFixture.build(ProjectFixture.files(files))
        #expect(!result.diagnostics.contains { $0.ruleID == "broken-link" })
        #expect(result.diagnostics.contains { $0.ruleID == "raw-html" && $0.severity == .warning })
        #expect(result.exitCode(strict: false) == 0)
        #expect(result.exitCode(strict: true) == 1)
    }

    /// Overrides apply to what channels find too: a `page-weight` turned into a
    /// warning no longer stops the tor channel, and an `off` one is not reported.
    @Test func severityOverridesApplyToChannelRules() {
        let page = "---\ntitle: Start\n---\n" + String(repeating: "A long sentence for the slow network. ", count: 80) + "\n"
        let channel = "channels:\n  - { name: onion, format: html, profile: tor, page-weight-budget: 2000 }\n"
        for (setting, reported) in [("warning", true), ("off", false)] {
            let yaml = "source-locale: en\nlocales: [en]\n" + channel + "rules:\n  page-weight: \(setting)\n"
            let result = ProjectFixture.build(ProjectFixture.files(["waymark.yaml": yaml, RuleExample.pagePath: page]))
            let weight = result.diagnostics.filter { $0.ruleID == PageWeightRule.description.id }
            #expect(weight.map(\.severity) == (reported ? [.warning] : []), "\(setting): \(weight)")
            #expect(result.failedChannels.isEmpty)
            #expect(result.channels.map(\.name) == ["onion"])
        }
    }

    @Test func unknownChannelSelectionIsAUsageError() {
        let result = Compiler(options: BuildOptions(channels: ["print"])).build(ProjectFixture.files(Self.twoPages))
        #expect(result.exitCode(strict: false) == 2)
        #expect(result.diagnostics.first?.message == "no channel named 'print' in waymark.yaml")
    }
}
