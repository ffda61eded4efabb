import Foundation
import Testing
@testable import WaymarkKit

/// Issue 14, item 7: identical segments repeated many times. Merging their
/// references compared each with all earlier ones (quadratic: 100,000 copies
/// took over a minute). These run in well under a second now; before the fix
/// the first one would not finish in any sensible test timeout. Timings are
/// in Benchmarks/repeated-segments.sh, not here.
struct RepeatedSegmentsTests {
    @Test func mergingOneHundredThousandCopiesKeepsEveryReferenceOnce() {
        let copies = (1...100_000).map { line in
            CatalogSource(msgid: "[Next page](02-strong-passwords.md)", references: ["guide/01-start.md:\(line)"])
        }
        let merged = CatalogSync.mergeDuplicates(copies + copies)
        #expect(merged.count == 1)
        #expect(merged[0].references.count == 100_000)
        #expect(merged[0].references.first == "guide/01-start.md:1" && merged[0].references.last == "guide/01-start.md:100000")
    }

    @Test func pageWithTenThousandIdenticalParagraphsSyncs() {
        let body = String(repeating: "[Next page](01-start.md)\n\n", count: 10_000)
        let files = ProjectFixture.files([
            "waymark.yaml": "source-locale: en\nlocales: [en, es]\n",
            RuleExample.pagePath: "---\ntitle: Start\n---\n" + body,
        ])
        let result = CatalogSynchronizer().sync(files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.prefix(3))")
        let page = result.updates.first { $0.path.hasSuffix("01-start.po") }
        #expect(page?.catalog.entries.first { $0.msgid == "[Next page](01-start.md)" }?.references.count == 10_000)
    }
}
