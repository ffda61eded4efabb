import Foundation
import Testing
@testable import WaymarkKit

/// Quick exit, onion-location only where the onion has the page, and phone links (issue 15).
struct ReaderSafetyTests {
    static func build(_ edit: (inout [String: Data]) -> Void) -> BuildResult {
        var files = TestPaths.sampleProject
        edit(&files.files)
        return Compiler(options: BuildOptions(sourceRevision: "test")).build(files)
    }

    static func text(_ result: BuildResult, _ channel: String, _ path: String) -> String {
        String(decoding: result.channels.first { $0.name == channel }?.files.first { $0.path == path }?.contents ?? Data(), as: UTF8.self)
    }

    @Test func quickExitComesFirstOnEveryPageOfItsProgramOnly() {
        let result = Self.build { _ in }
        let exit = #"<body><div class="wm-exit-bar"><a class="wm-exit" id="wm-exit" href="https://example.org/weather" rel="noreferrer">"#
        let web = Self.text(result, "web", "es/finding-a-safer-path/02-understanding-urges/index.html")
        #expect(web.contains(exit + "Salir de este sitio</a>"), "first in body, in the reader's language")
        #expect(web.contains("<script>") && web.contains("pageshow"), "web adds the Shift x3 script")
        let onion = Self.text(result, "onion", "en/finding-a-safer-path/index.html")
        #expect(onion.contains(exit + "Leave this site</a>") && !onion.contains("<script"), "the onion gets the link only")
        let course = Self.text(result, "web", "en/online-road-safety/01-your-personal-information/index.html")
        #expect(!course.contains("wm-exit"), "the children's course has no quick exit configured")
    }

    @Test func aQuickExitWithoutAnAbsoluteURLIsAnError() {
        let result = Self.build { files in
            let config = String(decoding: files["waymark.yaml"] ?? Data(), as: UTF8.self) + "quick-exit: { url: weather.html }\n"
            files["waymark.yaml"] = Data(config.utf8)
        }
        #expect(result.diagnostics.contains { $0.location.path == "waymark.yaml" && $0.message.contains("quick-exit") && $0.severity == .error })
        #expect(result.channels.isEmpty)
    }

    @Test func onionLocationOnlyWhereTheOnionHasThePage() {
        let result = Self.build { _ in }
        let onion = Set(result.channels.first { $0.name == "onion" }?.files.map(\.path) ?? [])
        #expect(!onion.contains("fi/online-road-safety/06-when-something-feels-wrong/index.html"))
        #expect(!Self.text(result, "web", "fi/online-road-safety/06-when-something-feels-wrong/index.html").contains("onion-location"))
        #expect(Self.text(result, "web", "fi/online-road-safety/01-your-personal-information/index.html")
            .contains(#"<meta http-equiv="onion-location" content="http://exampleonionaddressxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion/fi/online-road-safety/01-your-personal-information/">"#))
    }

    @Test func phonePlaceholdersBecomeTelephoneLinksOnBothProfiles() {
        let result = Self.build { _ in }
        for channel in ["web", "onion"] {
            #expect(Self.text(result, channel, "en/online-road-safety/06-when-something-feels-wrong/index.html")
                .contains(#"<a href="tel:0800000000">0800 000 000 (sample number)</a>"#), "\(channel)")
        }
        #expect(PlaceholderExpander.telephoneURL("+44 20 7946 0000 (sample)") == "tel:+442079460000")
        #expect(PlaceholderExpander.telephoneURL("ask at the desk") == nil)
    }
}
