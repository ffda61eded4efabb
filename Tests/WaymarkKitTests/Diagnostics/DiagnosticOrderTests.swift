import Foundation
import Testing
@testable import WaymarkKit

/// `sortedByPlace()` is `sorted()` without moving whole diagnostics: the same
/// stable order, ties included, on a real build's diagnostics in any order.
struct DiagnosticOrderTests {
    /// A real check's diagnostics: pages with broken links, unknown placeholders and
    /// missing images, so many places and several rules.
    static func realDiagnostics() -> [Diagnostic] {
        var pages: [String: String] = [:]
        for number in 1...6 {
            pages["Source-Content/guide/0\(number)-page.md"] = "---\ntitle: Page \(number)\n---\n"
                + "Read [this](0\(number + 6)-gone.md) and {{nothing.here}}.\n\n![A map](missing.svg) and [that](#nowhere).\n"
        }
        return Compiler().check(ProjectFixture.files(pages)).diagnostics
    }

    @Test func sortedByPlaceIsSorted() {
        let diagnostics = Self.realDiagnostics()
        #expect(diagnostics.count > 20)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            // Duplicates with other notes tie on place, rule and message: stability decides their order.
            let shuffled = (diagnostics + diagnostics.prefix(10).map { var copy = $0; copy.notes.append("copy"); return copy })
                .shuffled(using: &generator)
            #expect(shuffled.sortedByPlace() == shuffled.sorted())
            // The order is the documented one: place (path, line, column), then rule, then message.
            #expect(shuffled.sorted() == shuffled.sorted {
                ($0.location.path, $0.location.line, $0.location.column, $0.ruleID, $0.message)
                    < ($1.location.path, $1.location.line, $1.location.column, $1.ruleID, $1.message)
            })
        }
    }

    /// Past 8,192 diagnostics the paths are sorted in groups on several threads: the
    /// order is still `sorted()`'s, across group boundaries and with ties, and the
    /// same for every `--jobs`.
    @Test func manyPathsSortInParallelGroups() {
        let found = Self.realDiagnostics()
        // The real findings moved to 700 paths and shifted lines: about 17,000 diagnostics.
        var many: [Diagnostic] = []
        for copy in 0..<700 {
            for diagnostic in found {
                var moved = diagnostic
                moved.location.path = "Locales/es/guide/\(String(copy % 350).leftPadded(3))-page.po"
                moved.location.line += copy % 7
                many.append(moved)
            }
        }
        #expect(many.count > 2 * 8192)
        var generator = SystemRandomNumberGenerator()
        let shuffled = many.shuffled(using: &generator)
        let expected = shuffled.sorted()
        #expect(shuffled.sortedByPlace() == expected)
        #expect(Parallelism.$jobs.withValue(1) { shuffled.sortedByPlace() } == expected)
        #expect(shuffled.uniqueSortedByPlace().count == Set(shuffled).count)
    }

    /// `uniqueSortedByPlace()` is the set of diagnostics in sorted order: every
    /// distinct one once, repeats (a finding two stages report) dropped, even when
    /// a tie with other notes sits between two copies.
    @Test func uniqueSortedByPlaceDropsRepeatsOnly() {
        var pages: [String: String] = [:]
        for number in 1...4 {
            pages["Source-Content/guide/0\(number)-page.md"] = "---\ntitle: Page \(number)\n---\n"
                + "Read [this](0\(number + 6)-gone.md) and {{nothing.here}}.\n\n![A map](missing.svg).\n"
        }
        let diagnostics = Compiler().check(ProjectFixture.files(pages)).diagnostics
        #expect(diagnostics.count > 10)
        let ties = diagnostics.prefix(6).map { var copy = $0; copy.notes.append("copy"); return copy }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            let repeated = (diagnostics + diagnostics + ties + ties.prefix(3)).shuffled(using: &generator)
            let unique = repeated.uniqueSortedByPlace()
            #expect(unique.count == Set(repeated).count)
            #expect(Set(unique) == Set(repeated))
            #expect(unique == unique.sorted())
        }
    }

    /// Translation QA joins one list per catalog in parallel: the same list as `flatMap`,
    /// empty lists and all, for every `--jobs`.
    @Test func listsJoinInParallelInOrder() {
        let found = Self.realDiagnostics()
        #expect(!found.isEmpty)
        let lists: [[Diagnostic]] = (0..<500).map { index in
            index % 3 == 0 ? [] : Array(found.prefix(index % (found.count + 1)))
        }
        let expected = lists.flatMap { $0 }
        #expect([Diagnostic].joinedInParallel(lists) == expected)
        #expect(Parallelism.$jobs.withValue(1) { [Diagnostic].joinedInParallel(lists) } == expected)
        #expect([Diagnostic].joinedInParallel([]).isEmpty)
        #expect([Diagnostic].joinedInParallel([[], []]).isEmpty)
    }
}

private extension String {
    /// The string with zeros in front, to `width` characters.
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
