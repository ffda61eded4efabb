import Foundation
import Testing
@testable import WaymarkKit

/// The byte-level rendering paths give exactly what the definitions they replaced
/// gave: HTML escaping, JSON string writing, the JSON block tree, the `{{` scan, the
/// prose trim, leaf walks and the change-tracking rewrites. The old definitions are
/// kept here (`RenderReference`) and compared on real pages (the GFM spec examples)
/// and on seeded inputs full of the bytes each path treats specially.
@Suite("Rendering fast paths agree with the old definitions")
struct RenderFastPathTests {
    /// Strings of escapes, controls (C0, DEL, C1 as `C2 80`-`C2 9F`), other `C2` scalars,
    /// braces, combining marks, accents, other scripts and ordinary text.
    static let samples: [String] = {
        let alphabet: [String] = ["a", "Z", " ", "&", "<", ">", "\"", "'", "\\", "/", "{", "}", "{{", "}}", "\t", "\n", "\r\n",
                                  "\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{A9}", "\u{BF}",
                                  "ä", "ñ", "\u{0301}", "\u{0308}", "Ω", "я", "日", "🚸", "\u{2028}", "\u{3000}", "%", "#", "=", "https://x.org/?a=1&b=2", "mailto:", "7"]
        var random = SeededRandom(seed: 0x5EED_4E4D)
        return ["", "plain words", "{{ui.next}}", "{{\u{0301}x}}", "a{{b}}\u{0301}", " lead", "trail ", "\u{A0}nbsp\u{A0}", "x\r\n"]
            + (0..<3000).map { _ in
                (0..<(1 + Int(random.next() % 14))).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            }
    }()

    /// Byte sequences, valid UTF-8 or not (a lone `C2` at the end), for the generic writer entry.
    static let byteSamples: [[UInt8]] = {
        var random = SeededRandom(seed: 0xB17E5)
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x22, 0x26, 0x27, 0x3C, 0x3E, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xC2, 0xC3, 0xE2]
        return (0..<2000).map { _ in (0..<Int(random.next() % 10)).map { _ in interesting[Int(random.next() % UInt64(interesting.count))] } }
    }()

    static let documents: [MarkdownNode] = SpecExample.all.map { MarkdownParser().parse($0.markdown) }

    @Test("HTML text escaping on bytes equals the byte-by-byte filter")
    func htmlTextEscaping() {
        for text in Self.samples {
            var writer = HTMLWriter()
            writer.text(text)
            #expect(writer.bytes == RenderReference.escapedText(Array(text.utf8)), "\(text.debugDescription)")
            #expect(HTMLEscaping.escape(text).utf8.elementsEqual(RenderReference.escapedText(Array(text.utf8))))
        }
        for bytes in Self.byteSamples {
            var writer = HTMLWriter()
            writer.text(bytes)
            #expect(writer.bytes == RenderReference.escapedText(bytes), "\(bytes)")
            var sliced = HTMLWriter()
            sliced.text(bytes.lazy.map { $0 })
            #expect(sliced.bytes == RenderReference.escapedText(bytes), "\(bytes)")
        }
    }

    @Test("template nodes render as with string concatenation")
    func htmlNodes() {
        for (offset, text) in Self.samples.enumerated() {
            let node = HTMLNode.element("div", attrs(("class", "wm-\(offset)"), ("href", text), ("title", text)), [
                .text(text), .element("br"), .element("p", attrs(("lang", "en")), [.trusted("<b>\(offset)</b>"), .text(text)]),
                .element("input", [HTMLNode.Attribute("hidden", nil)]),
            ])
            #expect(node.render() == RenderReference.render(node), "\(text.debugDescription)")
        }
    }

    @Test("JSON strings and values write as with the String writer")
    func jsonValues() {
        var random = SeededRandom(seed: 0x750A)
        func value(depth: Int) -> JSONValue {
            let pick = Int(random.next() % (depth > 3 ? 5 : 7))
            let text = Self.samples[Int(random.next() % UInt64(Self.samples.count))]
            switch pick {
            case 0: return .null
            case 1: return .bool(random.next() % 2 == 0)
            case 2: return .int(Int(truncatingIfNeeded: random.next()) >> Int(random.next() % 60))
            case 3: return .double([0.5, 1, -2.25, 1e300, .nan, .infinity, 100.0 / 3][Int(random.next() % 7)])
            case 4: return .string(text)
            case 5: return .array((0..<Int(random.next() % 4)).map { _ in value(depth: depth + 1) })
            default:
                var members: [String: JSONValue] = [:]
                for _ in 0..<Int(random.next() % 5) { members[Self.samples[Int(random.next() % 40)]] = value(depth: depth + 1) }
                return .object(members)
            }
        }
        for _ in 0..<1500 {
            let sample = value(depth: 0)
            #expect(sample.serialized() == RenderReference.serialized(sample))
        }
    }

    @Test("JSON blocks stream as the JSONValue tree serialized", arguments: [false, true])
    func jsonBlocks(marked: Bool) {
        for document in Self.documents {
            let leaves = document.leafBlocks.count
            let fallback: Set<Int> = marked ? Set((0..<leaves).filter { $0 % 3 == 1 }) : []
            let ids: [Int: String] = marked ? Dictionary(uniqueKeysWithValues: (0..<leaves).filter { $0 % 2 == 0 }.map { ($0, "id-\($0)") }) : [:]
            var writer = JSONWriter()
            JSONBlocks(fallbackLeaves: fallback, sourceLocale: "en", headingIDs: ids).write(document, into: &writer)
            let reference = RenderReference.blocks(document, fallbackLeaves: fallback, sourceLocale: "en", headingIDs: ids)
            #expect(writer.finished() == Array(RenderReference.serialized(.array(reference)).utf8))
        }
    }

    @Test("JSON blocks flatten deep nesting as before")
    func jsonDeepBlocks() {
        let deep = MarkdownParser().parse(String(repeating: "> ", count: 40) + "- *deep* text\n\npara\n")
        var writer = JSONWriter()
        JSONBlocks(fallbackLeaves: [0], sourceLocale: "en").write(deep, into: &writer)
        #expect(writer.finished() == Array(RenderReference.serialized(.array(RenderReference.blocks(deep, fallbackLeaves: [0], sourceLocale: "en", headingIDs: [:]))).utf8))
    }

    @Test("the {{ scan answers like Foundation's contains")
    func placeholderScan() {
        for text in Self.samples {
            #expect(PlaceholderExpander.mayHoldPlaceholder(text) == text.contains("{{"), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("placeholder expansion of whole pages equals the copying expander")
    func placeholderTrees() {
        let values = ["name": "Ayuda & <más>", "helplines.0.phone": "+34 900 20 20 10 (gratis)", "ui.next": "Siguiente"]
        let resolve: (String) -> String? = { values[$0] }
        var random = SeededRandom(seed: 0x7B7B)
        let pages = Self.documents + (0..<300).map { _ in
            MarkdownParser().parse((0..<6).map { _ in
                ["Call {{helplines.0.phone}} now.", "- [{{name}}](x.md) and {{ unknown }}", "# {{ui.next}}", "plain *text*", "> {{name}}{{helplines.0.phone}}", "| {{name}} |\n|--|\n| a |", "{{\u{0301}name}}"][Int(random.next() % 7)]
            }.joined(separator: "\n\n"))
        }
        for page in pages {
            #expect(PlaceholderExpander.expand(page, resolve) == RenderReference.expand(page, resolve))
        }
    }

    @Test("prose trimming equals Foundation's")
    func proseTrim() {
        for text in Self.samples {
            #expect(ProseExtractor.trimmedWhitespace(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test("leaf and block walks visit what the copying walks visited")
    func walks() {
        for document in Self.documents {
            var leaves: [Int] = [], referenceLeaves: [Int] = []
            var contexts: [String] = [], referenceContexts: [String] = []
            document.forEachLeaf { index, leaf in leaves.append(index); leaves.append(leaf.range.startLine) }
            RenderReference.forEachLeaf(document) { index, leaf, context in
                referenceLeaves += [index, leaf.range.startLine]
                referenceContexts.append("\(index) \(leaf.kind) \(context.ancestors.map(\.kind)) \(context.path) \(String(describing: context.nextSibling?.kind))")
            }
            document.forEachLeaf { index, leaf, context in
                contexts.append("\(index) \(leaf.kind) \(context.ancestors.map(\.kind)) \(context.path) \(String(describing: context.nextSibling?.kind))")
            }
            #expect(leaves == referenceLeaves)
            #expect(contexts == referenceContexts)
            var blocks: [MarkdownNode] = []
            document.forEachBlock { blocks.append($0) }
            #expect(blocks == RenderReference.blocks(of: document))
            var inlines: [MarkdownNode] = []
            document.forEachInline { inlines.append($0) }
            #expect(inlines == RenderReference.inlines(of: document))
        }
    }

    @Test("rewrites that change nothing return the tree, others what rewritten gave")
    func changeTrackingRewrites() {
        let demote: (MarkdownNode) -> MarkdownNode = { node in
            guard case .heading(1, let setext) = node.kind else { return node }
            var demoted = node
            demoted.kind = .heading(level: 2, setext: setext)
            return demoted
        }
        for document in Self.documents {
            let changed = document.rewrittenIfChanged { node in
                guard case .heading(1, _) = node.kind else { return nil }
                return demote(node)
            }
            #expect((changed ?? document) == document.rewritten(demote))
            #expect(HeadingAnchors.strippingCustomIDs(document) == document.rewritten { node in
                guard case .heading = node.kind else { return node }
                return HeadingAnchors.strippingCustomID(node)
            })
        }
    }

    @Test("the plain-ASCII URL check answers like every decoded form")
    func urlSafety() {
        var random = SeededRandom(seed: 0x0421)
        let pieces = ["javascript", "JavaScript", "https", "mailto", "tel", "data", "vbscript", "x-y.z+1", ":", "//", "/", "a.md", "#frag", "?q=1",
                      "&#106;", "&amp;", "%6A", "%25", "&", "%", " ", "\t", "\u{0}", "\u{85}", "é", "1", "-", "."]
        let urls = ["", "https://example.org/a?b=c", "../a/b.md#x", "javascript:alert(1)", "JAVASCRIPT:x", "tel:+34900", "1http:x"]
            + (0..<3000).map { _ in (0..<(1 + Int(random.next() % 5))).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
        for url in urls {
            #expect(URLSafety.unsafeScheme(of: url) == URLSafety.decodedUnsafeScheme(of: url), "\(url.debugDescription)")
        }
    }

    @Test("channel paths and tel: links on bytes equal the Character definitions")
    func channelPaths() {
        var random = SeededRandom(seed: 0x9A7B)
        let pieces = ["a", "b", "en", "es", "index.html", "01-welcome", ".", "..", "/", "//", "x.md", "é", "e\u{301}", "/\u{301}", "\r\n", "#f", ":", "T", "tel:", "TEL:", "Tel:\u{301}", "tél:"]
        func path() -> String { (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
        for _ in 0..<4000 {
            let (first, second) = (path(), path())
            #expect(ChannelPath.resolve(first, in: second) == RenderReference.resolve(first, in: second), "\(first.debugDescription) in \(second.debugDescription)")
            #expect(ChannelPath.relative(from: first, to: second) == RenderReference.relative(from: first, to: second), "\(first.debugDescription) -> \(second.debugDescription)")
            #expect(BodyLinkRewriter.hasTelScheme(first) == first.lowercased().hasPrefix("tel:"), "\(first.debugDescription)")
        }
    }
}
