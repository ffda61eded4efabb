import Foundation
@testable import WaymarkKit

/// Paths for Markdown tests, found relative to this file so they work in any checkout.
enum MarkdownTestPaths {
    /// The folder holding `Package.swift` of the main tree.
    static var projectRoot: URL { TestPaths.packageRoot }

    /// `/work/shared/conformance` next to the main tree.
    static let conformance = projectRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance")
}

/// One example of the GFM spec files: Markdown input and the expected HTML.
struct SpecExample: Sendable, CustomStringConvertible {
    var file: String
    var number: Int
    var markdown: String
    var html: String
    var extensions: [String]

    var description: String { "\(file) #\(number)" }

    /// True when input or expected output holds raw HTML (cmark would omit it).
    var hasRawHTML: Bool {
        CmarkReferenceRenderer.html(markdown).contains("<!-- raw HTML omitted -->")
    }

    /// All examples of `name` (e.g. `gfm-spec.txt`), numbered from 1 in file order.
    static func load(_ name: String) -> [SpecExample] {
        let url = MarkdownTestPaths.conformance.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var state = 0 // 0 outside, 1 markdown, 2 html
        var markdown = "", html = "", extensions: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if state == 0, line.hasPrefix(fence + " example") {
                extensions = line.dropFirst(fence.count + 8).split(separator: " ").map(String.init)
                markdown = ""; html = ""; state = 1
            } else if state == 1, line == "." {
                state = 2
            } else if state != 0, line == fence {
                let tab = { (s: String) in s.replacingOccurrences(of: "→", with: "\t") }
                examples.append(SpecExample(file: name, number: examples.count + 1, markdown: tab(markdown),
                                            html: tab(html), extensions: extensions))
                state = 0
            } else if state == 1 {
                markdown += line + "\n"
            } else if state == 2 {
                html += line + "\n"
            }
        }
        return examples
    }

    /// Examples of all three spec files.
    static let all: [SpecExample] = ["gfm-spec.txt", "gfm-extensions.txt", "gfm-regression.txt"].flatMap(load)
}

/// Whitespace between tags is not significant for conformance comparisons.
func normalizedHTML(_ html: String) -> String {
    var result = html.replacingOccurrences(of: ">\\s+<", with: "><", options: .regularExpression)
    result = result.trimmingCharacters(in: .whitespacesAndNewlines)
    return result
}

/// A small realistic page (no front matter) used by segmenter and reassembler tests.
let samplePage = """
# Staying safe online

Welcome to **Waymark**. This page explains
how to stay safe.

## Passwords ##

- Use a *long* password.
- Never share it with
  anyone, not even friends.
- [ ] Check your settings

> **Tip:** ask an adult
> if you are unsure.

| Word | Meaning |
|:-----|--------:|
| PIN  | a `1\\|2` code |
| [link](02-next.md) | |

![A padlock on a phone](_assets/padlock.png "Locked")

1. First step
2. Second step

   With a second paragraph.

```swift
let x = 1
```

Read more[^1].

[^1]: A footnote with
    two lines.

[ref]: https://example.org
"""

/// Segments, reassembles with `translations` (by segment text; others keep
/// their source) and returns the new source, its HTML and the problems.
func translate(_ source: String, _ translations: [String: String]) -> (source: String, html: String, problems: [ReassemblyProblem]) {
    let segments = Segmenter().segments(source: source)
    let result = Reassembler().reassemble(source: source, segments: segments, translations: segments.map { translations[$0.text] })
    return (result.source, MarkdownHTMLRenderer().render(MarkdownParser().parse(result.source)), result.problems)
}
