import Foundation
import Testing
@testable import WaymarkKit

/// Issue 14: every payload of the hostile corpus, injected at every place a writer,
/// a translator or an agency can put text, is built into all three channels with the
/// blocking rules turned off, and every file is parsed (HTML with libxml2's HTML
/// parser, JSON with JSONSerialization, SVG with libxml2): no script element, no
/// event handler, no dangerous URL, nothing external on tor, no raw HTML from a
/// translation in a page body, no control character.
struct HostileCorpusTests {
    static let page = "Source-Content/guide/01-start.md"

    @Test func corpusHasAtLeast150Payloads() {
        #expect(HostileCorpus.html.count + HostileCorpus.urls.count >= 150)
        #expect(HostileCorpus.html.contains("<svg onload=alert(1)>"))
        #expect(HostileCorpus.urls.contains("java\tscript:alert(1)"))
    }

    @Test func sourcePagesPublishNothingDangerous() {
        // A NUL makes a page a binary file (refused whole); `&#0;` is as close as Markdown gets.
        let html = HostileCorpus.html.map { $0.replacingOccurrences(of: "\0", with: "&#0;") }
        let urls = HostileCorpus.urls.map { $0.replacingOccurrences(of: "\0", with: "&#0;") }
        var texts: [String: String] = [:]
        texts[Self.page] = "---\ntitle: Raw HTML\n---\n" + html.map { "Text \($0) more\n\n\($0)\n" }.joined(separator: "\n")
        texts["Source-Content/guide/02-urls.md"] = "---\ntitle: URLs\n---\n" + urls.enumerated().map { index, url in
            "Link [a \(index)](<\(url)>), [b \(index)](\(url)), image ![c \(index)](<\(url)>), <\(url)> and [ref \(index)][r\(index)].\n\n[r\(index)]: <\(url)>\n"
        }.joined(separator: "\n")
        expectClean(HostileCorpus.project(texts))
        // The writers' own HTML, allowed on web: its tags publish, but nothing active.
        expectClean(HostileCorpus.project(texts, allowRawHTML: true), bodiesAreMarkdownOnly: false)
    }

    @Test func translationsInCatalogsPublishNoHTMLAndNoNewURL() {
        let (files, translation) = Self.translationProject()
        expectClean(HostileCorpus.translated(files) { translation[$0.msgid] })
    }

    @Test func imageAltTextAndFrontMatterCarryNoMarkup() {
        var texts: [String: String] = [:]
        let payloads = HostileCorpus.html + HostileCorpus.urls
        texts[Self.page] = "---\ntitle: Alt text\n---\n" + payloads.map { "![\($0.replacingOccurrences(of: "\0", with: "&#0;"))](../_assets/ok.png)\n" }.joined(separator: "\n")
        for (batch, start) in stride(from: 0, to: payloads.count, by: 12).enumerated() {
            let chunk = payloads[start..<min(start + 12, payloads.count)]
            let title = HostileCorpus.yaml(chunk.joined(separator: " | "))
            texts["Source-Content/guide/\(String(format: "%02d", batch + 10))-front.md"] =
                "---\ntitle: \(title)\ndescription: \(HostileCorpus.yaml(chunk.reversed().joined(separator: " ")))\n---\nBody \(batch).\n"
        }
        let files = HostileCorpus.project(texts, allowRawHTML: true)
        // Translators get the same titles, descriptions and alt texts.
        var index = 0
        expectClean(HostileCorpus.translated(files) { entry in
            index += 1
            return payloads[index % payloads.count]
        })
    }

    @Test func dataAndUIStringsCarryNoMarkup() {
        let payloads = HostileCorpus.html + HostileCorpus.urls
        var texts: [String: String] = [:]
        texts["Source-Content/_data/helplines.yaml"] = payloads.map {
            "- name: \(HostileCorpus.yaml($0))\n  phone: \"112\"\n  description: \(HostileCorpus.yaml("Call " + $0))\n"
        }.joined()
        var ui = ["site-title", "footer-note", "fallback-notice", "home", "next", "previous", "skip-link"].enumerated().map { index, key in
            "\(key): \(HostileCorpus.yaml(payloads[index]))\n"
        }
        ui += payloads.indices.map { "custom-\($0): \(HostileCorpus.yaml(payloads[$0]))\n" }
        texts["Source-Content/_ui.yaml"] = ui.joined()
        texts[Self.page] = "---\ntitle: Data\n---\n" + payloads.indices.map {
            "Call {{helplines.\($0).name}} ({{helplines.\($0).description}}) or see {{ui.custom-\($0)}}.\n"
        }.joined(separator: "\n")
        let files = HostileCorpus.project(texts, allowRawHTML: true)
        var index = 0
        expectClean(HostileCorpus.translated(files) { _ in
            index += 1
            return payloads[index % payloads.count]
        })
    }

    @Test func svgAssetsArePublishedSafeOrNotAtAll() {
        let svgs = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script><circle r=\"2\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"javascript:alert(1)\"><text>x</text></a><image href=\"https://tracker.example/p.gif\"/><use xlink:href=\"https://tracker.example/s.svg#a\"/></svg>",
            "<?xml-stylesheet href=\"https://tracker.example/x.css\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://tracker.example/x.css);</style><rect style=\"fill:url(https://tracker.example/p.gif)\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"><iframe src=\"javascript:alert(1)\"/></div></foreignObject><set attributeName=\"onclick\" to=\"alert(1)\"/><animate attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">alert(1)</html:script><rect fill=\"url(#g)\"/></svg>",
            "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&c;</text></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)",
        ]
        var texts: [String: String] = [:]
        for (index, svg) in svgs.enumerated() { texts["Source-Content/_assets/evil\(index).svg"] = svg }
        texts[Self.page] = "---\ntitle: Pictures\n---\n" + svgs.indices.map { "![picture \($0)](../_assets/evil\($0).svg)\n" }.joined(separator: "\n")
        let files = HostileCorpus.project(texts)
        expectClean(files)
        let built = Compiler(options: BuildOptions(keepFailedChannels: true)).build(files)
        for channel in built.channels {
            let published = Set(channel.files.map(\.path))
            // The last three cannot be made safe (entities, no SVG namespace, not well-formed): never published.
            for index in 5..<8 { #expect(!published.contains("assets/evil\(index).svg"), "\(channel.name) published evil\(index).svg") }
            // The onion publishes the sanitised SVG drawn as PNG instead (Tor Browser Safest shows no SVG).
            #expect(published.contains("assets/evil0.svg") || published.contains("assets/evil0.png"))
        }
        var defaults = files
        defaults.files["waymark.yaml"] = Data("source-locale: en\nlocales: [en]\n".utf8)
        let diagnostics = Compiler().check(defaults).diagnostics.filter { $0.ruleID == "unsafe-svg" }
        #expect(diagnostics.contains { $0.location.path == "Source-Content/_assets/evil0.svg" && $0.severity == .warning })
        #expect(diagnostics.contains { $0.location.path == "Source-Content/_assets/evil6.svg" && $0.severity == .error })
    }

    @Test func xliffImportRefusesMarkupAndNewURLsAndWhatItTakesIsHarmless() throws {
        let (files, _) = Self.translationProject()
        let export = try #require(CatalogExporter(locale: "es").export(files).contents)
        let exported = String(decoding: export, as: UTF8.self)
        let first = HostileXLIFF(exported: exported)
        let imported = CatalogImporter().importPackage(Data(first.text.utf8), path: "es.xlf", into: files)
        #expect(imported.writes.isEmpty, "a package with refused units is imported all or nothing")
        #expect(!imported.diagnostics.contains { $0.ruleID == "xliff-syntax" }, "\(imported.diagnostics.filter { $0.ruleID == "xliff-syntax" }.prefix(3))")
        let refusedLines = Set(imported.diagnostics.filter { $0.severity == .error && $0.location.path == "es.xlf" }.map(\.location.line))
        // Every unit whose <data> carries a new URL is refused at that unit.
        for unit in first.units where unit.kind != .html {
            #expect(refusedLines.contains(unit.line), "unit at es.xlf:\(unit.line) (\(unit.kind)) was not refused")
        }
        let refusedHTML = first.units.filter { $0.kind == .html && refusedLines.contains($0.line) }.count
        #expect(refusedHTML >= HostileCorpus.html.count * 9 / 10, "only \(refusedHTML) of \(HostileCorpus.html.count) HTML units refused")
        // What is left imports cleanly and publishes nothing dangerous.
        let second = HostileXLIFF(exported: exported, skipping: Set(first.units.filter { refusedLines.contains($0.line) }.map(\.index)))
        let accepted = CatalogImporter().importPackage(Data(second.text.utf8), path: "es.xlf", into: files)
        #expect(!accepted.diagnostics.contains { $0.severity == .error }, "\(accepted.diagnostics.prefix(3))")
        var result = files
        for write in accepted.writes { result.files[write.path] = write.contents }
        expectClean(result)
    }

    /// A page with one segment per HTML payload and two per URL payload, and the
    /// Spanish translations that inject them (`allow-raw-html: true`, the worst case).
    static func translationProject() -> (ProjectFiles, [String: String]) {
        var paragraphs: [String] = []
        var translation: [String: String] = [:]
        for (index, payload) in HostileCorpus.html.enumerated() {
            paragraphs.append("Paragraph number \(index).")
            translation["Paragraph number \(index)."] = "Párrafo número \(index). \(payload)"
        }
        for (index, url) in HostileCorpus.urls.enumerated() {
            paragraphs.append("Link [number \(index)](https://example.org/\(index)).")
            translation["Link [number \(index)](https://example.org/\(index))."] = "Enlace [número \(index)](<\(url)>)."
            paragraphs.append("Image ![picture \(index)](../_assets/ok.png) here.")
            translation["Image ![picture \(index)](../_assets/ok.png) here."] = "Imagen ![foto \(index)](<\(url)>) aquí."
        }
        let texts = [page: "---\ntitle: Start\n---\n" + paragraphs.joined(separator: "\n\n") + "\n"]
        return (HostileCorpus.project(texts, allowRawHTML: true), translation)
    }

    private func expectClean(_ files: ProjectFiles, bodiesAreMarkdownOnly: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (problems, count) = HostileCorpus.problems(of: files, allowedScripts: HostileCorpus.cleanScripts, bodiesAreMarkdownOnly: bodiesAreMarkdownOnly)
        #expect(count > 10, "too few files were built: \(count)", sourceLocation: sourceLocation)
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(15).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
}

/// An exported XLIFF 2.0 package with the hostile corpus in it: HTML payloads in
/// targets, and the URL payloads in the `<data>` elements that carry link and image
/// targets (the way an agency's tool could change a URL).
struct HostileXLIFF {
    enum Kind { case html, link, image }
    struct Unit { var index: Int; var kind: Kind; var line: Int }

    var text = ""
    var units: [Unit] = []

    init(exported: String, skipping: Set<Int> = []) {
        let pieces = exported.components(separatedBy: "<unit ")
        text = pieces[0]
        for (offset, piece) in pieces.dropFirst().enumerated() {
            var unit = "<unit " + piece
            let line = text.filter { $0 == "\n" }.count + 1
            if let (kind, changed) = Self.inject(unit), !skipping.contains(offset) {
                unit = changed
                units.append(Unit(index: offset, kind: kind, line: line))
            }
            text += unit
        }
    }

    private static func inject(_ unit: String) -> (Kind, String)? {
        guard let source = between(unit, "<source>", "</source>") else { return nil }
        var unit = unit.replacingOccurrences(of: "state=\"initial\"", with: "state=\"translated\"")
        if source.hasPrefix("Paragraph number "), let number = Int(source.dropFirst(17).dropLast()) {
            let target = "Párrafo número \(number). " + escape(HostileCorpus.html[number])
            return (.html, unit.replacingOccurrences(of: "</source>", with: "</source>\n        <target>\(target)</target>"))
        }
        let kind: Kind
        if let data = between(unit, "](https://example.org/", ")</data>"), let number = Int(data) {
            unit = unit.replacingOccurrences(of: "](https://example.org/\(data))</data>", with: "](&lt;\(escape(HostileCorpus.urls[number]))&gt;)</data>")
            kind = .link
        } else if let data = between(unit, "![picture ", "](../_assets/ok.png)"), let number = Int(data) {
            unit = unit.replacingOccurrences(of: "](../_assets/ok.png)</data>", with: "](&lt;\(escape(HostileCorpus.urls[number]))&gt;)</data>")
            kind = .image
        } else {
            return nil
        }
        return (kind, unit.replacingOccurrences(of: "</source>", with: "</source>\n        <target>\(source)</target>"))
    }

    private static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let open = text.range(of: start), let close = text[open.upperBound...].range(of: end) else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    /// XML text; characters XML cannot hold become XLIFF `<cp hex="..."/>`.
    static func escape(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            default:
                return XMLSerializer.isXMLCharacter(scalar) && scalar != "\r" ? String(scalar) : "<cp hex=\"\(String(scalar.value, radix: 16, uppercase: true))\"/>"
            }
        }.joined()
    }
}
