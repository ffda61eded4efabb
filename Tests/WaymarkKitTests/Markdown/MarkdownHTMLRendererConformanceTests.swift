import Foundation
import Testing
@testable import WaymarkKit

/// Every GFM spec example without raw HTML must render exactly like cmark-gfm.
@Suite struct MarkdownHTMLRendererConformanceTests {
    /// Examples where Waymark's output may differ from cmark-gfm, with the reason.
    /// Empty: no difference is known.
    static let knownDifferences: [String: String] = [:]

    static let examples = (SpecExample.load("gfm-spec.txt") + SpecExample.load("gfm-extensions.txt"))
        .filter { !$0.hasRawHTML }

    @Test func specFilesAreLoaded() {
        #expect(Self.examples.count > 600)
    }

    /// Primary assertion: identical bytes to cmark's C renderer on the same parse.
    @Test func matchesInProcessCmarkRenderer() {
        var passed = 0
        var failures: [String] = []
        for example in Self.examples {
            let ours = MarkdownHTMLRenderer().render(MarkdownParser().parse(example.markdown))
            let reference = CmarkReferenceRenderer.html(example.markdown)
            let same = ours == reference
            if same { passed += 1 }
            if same == (Self.knownDifferences[example.description] != nil) {
                failures.append("\(example): ours \(ours.debugDescription) cmark \(reference.debugDescription)")
            }
        }
        print("Markdown conformance (in-process cmark): \(passed)/\(Self.examples.count) identical")
        #expect(failures.isEmpty, "\(failures.count) unexpected results:\n\(failures.prefix(20).joined(separator: "\n"))")
    }

    /// With raw HTML allowed, every example (raw HTML included) matches `--unsafe`.
    @Test func matchesUnsafeCmarkRendererOnAllExamples() {
        let all = SpecExample.load("gfm-spec.txt") + SpecExample.load("gfm-extensions.txt")
        let renderer = MarkdownHTMLRenderer(options: MarkdownHTMLOptions(allowRawHTML: true))
        let failures = all.filter { example in
            renderer.render(MarkdownParser().parse(example.markdown)) != CmarkReferenceRenderer.html(example.markdown, unsafe: true)
        }
        print("Markdown conformance (unsafe, in-process cmark): \(all.count - failures.count)/\(all.count) identical")
        #expect(failures.isEmpty, "\(failures.map(\.description))")
    }

    /// Secondary assertion: the reference CLI, when installed, agrees up to
    /// whitespace between tags.
    @Test func matchesCmarkGFMCommandLine() throws {
        let cli = "/usr/bin/cmark-gfm"
        guard FileManager.default.isExecutableFile(atPath: cli) else {
            print("Markdown conformance (cmark-gfm CLI): skipped, \(cli) unavailable")
            return
        }
        var passed = 0
        var failures: [String] = []
        for example in Self.examples {
            let expected = try Self.runCLI(cli, input: example.markdown)
            let ours = MarkdownHTMLRenderer().render(MarkdownParser().parse(example.markdown))
            if normalizedHTML(ours) == normalizedHTML(expected) {
                passed += 1
            } else if Self.knownDifferences[example.description] == nil {
                failures.append("\(example): ours \(ours.debugDescription) cli \(expected.debugDescription)")
            }
        }
        print("Markdown conformance (cmark-gfm CLI): \(passed)/\(Self.examples.count) identical")
        #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
    }

    static func runCLI(_ path: String, input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["table", "strikethrough", "autolink", "tagfilter", "tasklist", "footnotes"]
            .flatMap { ["-e", $0] }
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
