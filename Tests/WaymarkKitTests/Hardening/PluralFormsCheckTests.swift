import Foundation
import Testing
@testable import WaymarkKit

/// Issue 14, item 6: a translator's `Plural-Forms` is checked as
/// `msgfmt --check` checks it (compared with Debian's msgfmt when present),
/// and `nplurals` is at most 6, so a header cannot make sync allocate millions of forms.
struct PluralFormsCheckTests {
    /// Headers msgfmt accepts or rejects; Waymark must agree on each.
    static let headers = [
        "nplurals=2; plural=(n != 1);", "nplurals=1; plural=0;", "nplurals=2; plural=n/0;", "nplurals=0; plural=0;",
        "nplurals=2; plural=(n!=1;", "nplurals=2; plural=n?x:1;", "nplurals=2; plural=n;", "nplurals=2; plural=n-1;",
        "nplurals=2; plural=(n-5<3);", "nplurals=x; plural=0;", "nplurals=2; plural=n%(n-3)?0:1;", "nplurals=2; plural=n>1 ? 1;",
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
        "nplurals=2; plural=n==0 || 1/n;", "nplurals=2; plural=n>5 && 10/(n-3);", "nplurals=2; plural=(((n>1)));",
        "nplurals=2; plural=n @ 1;", "nplurals=3; plural=n%3;", "nplurals=2; plural=!n;",
    ]

    static func catalog(_ forms: String) -> String {
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Plural-Forms: \(forms)\\n\"\n"
    }

    @Test(arguments: headers)
    func agreesWithMsgfmt(header: String) throws {
        let parsed = POParser.parse(Self.catalog(header), path: "t.po")
        let problems = parsed.diagnostics.filter { $0.ruleID == "po-syntax" }
        if !problems.isEmpty {
            #expect(problems.allSatisfy { $0.location.line == 4 }, "reported at the Plural-Forms line: \(problems)")
        }
        guard let msgfmt = ExternalTool.path("msgfmt") else {
            Issue.record("msgfmt is not installed (make deps installs gettext); only the self-check ran")
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("wm-plural-\(UUID().uuidString).po")
        try Data(Self.catalog(header).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let reference = try ExternalTool.run(msgfmt, ["--check", "-o", "/dev/null", file.path])
        #expect((reference.status == 0) == problems.isEmpty, "msgfmt: \(reference.output); waymark: \(problems.map(\.message))")
    }

    @Test func moreThanSixFormsIsRefusedAndIgnored() {
        let parsed = POParser.parse(Self.catalog("nplurals=99999999; plural=0;"), path: "t.po")
        #expect(parsed.diagnostics.contains { $0.ruleID == "po-syntax" && $0.location.line == 4 && $0.message.contains("more than 6") })
        #expect(parsed.catalog.pluralCount == nil, "sync must not size entries from this header")
    }

    /// Before the fix, sync with nplurals=1000000 rewrote _ui.po to 36 MB.
    @Test func syncRefusesACatalogWithAPluralBomb() throws {
        let files = ProjectFixture.files([
            "waymark.yaml": "source-locale: en\nlocales: [en, es]\n",
            "Source-Content/_ui.yaml": "items:\n  one: one item\n  other: '{count} items'\n",
            "Locales/es/_ui.po": Self.catalog("nplurals=1000000; plural=n;"),
        ])
        let result = CatalogSynchronizer().sync(files)
        #expect(result.diagnostics.contains { $0.ruleID == "po-syntax" && $0.location.path == "Locales/es/_ui.po" })
        #expect(result.changed.allSatisfy { $0.contents.count < 100_000 })
    }

    @Test func deepExpressionIsRefusedNotAStackOverflow() {
        let deep = String(repeating: "(", count: 100_000) + "n" + String(repeating: ")", count: 100_000)
        let parsed = POParser.parse(Self.catalog("nplurals=2; plural=\(deep);"), path: "t.po")
        #expect(parsed.diagnostics.contains { $0.ruleID == "po-syntax" && $0.message.contains("nests") })
    }

    /// gettext evaluates with unsigned arithmetic; the runtime index agrees with msgfmt's check.
    @Test func evaluationIsUnsignedLikeGettext() throws {
        #expect(try PluralExpression(parsing: "(n-5<3)").evaluate(0) == 0)
        #expect(try PluralExpression(parsing: "n%10==1 && n%100!=11 ? 0 : 1").evaluate(21) == 0)
    }
}
