import Foundation
import Testing
@testable import WaymarkKit

/// Issue 4: `msgfmt --check --statistics` accepts every catalog of the sample
/// project and counts translated, fuzzy and untranslated exactly as Waymark does.
struct MsgfmtAgreementTests {
    static let msgfmt = ExternalTool.path("msgfmt")

    @Test func msgfmtAgreesWithWaymarkOnEverySampleCatalog() throws {
        guard let msgfmt = Self.msgfmt else {
            // Shown as a known issue (a visible skip), not a pass: `make test` installs the tool.
            withKnownIssue("msgfmt (gettext) is required; make test installs it; skipped") { Issue.record("skipped") }
            return
        }
        let files = TestPaths.sampleProject.files.filter { $0.key.hasSuffix(".po") }
        #expect(files.count == 30)
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            // msgfmt writes its statistics to standard error; `-o /dev/null` leaves standard output empty.
            let (status, output) = try ExternalTool.run(
                msgfmt, ["--check", "--statistics", "-o", "/dev/null", TestPaths.packageRoot.appendingPathComponent(path).path])
            #expect(status == 0, "\(path): \(output)")
            let summary = TranslationSummary(catalog: POParser.parse(data: data, path: path).catalog)
            #expect(Self.count("translated message", in: output) == summary.translated, "\(path): \(output)")
            #expect(Self.count("fuzzy translation", in: output) == summary.fuzzy, "\(path): \(output)")
            #expect(Self.count("untranslated message", in: output) == summary.untranslated, "\(path): \(output)")
        }
    }

    /// The number before `label` in msgfmt's statistics line ("12 translated messages, 3 untranslated messages.").
    static func count(_ label: String, in output: String) -> Int {
        guard let range = output.range(of: label) else { return 0 }
        let before = output[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        return Int(before.split(whereSeparator: { !$0.isNumber }).last ?? "0") ?? 0
    }
}
