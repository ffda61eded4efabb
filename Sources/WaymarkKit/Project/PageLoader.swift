import Foundation

/// Reads one page: splits the YAML front matter from the Markdown body,
/// validates the front matter and parses the body with cmark-gfm.
enum PageLoader {
    static let keys = ["title", "description", "audience", "draft", "translate"]

    static func load(path: String, program: String, files: ProjectFiles, diagnostics: inout [Diagnostic]) -> SourcePage? {
        guard let text = files.text(path, rule: FileEncodingRule.self, diagnostics: &diagnostics) else { return nil }
        let slug = slug(path)
        guard let split = FrontMatterSplitter.split(text) else {
            diagnostics.append(FrontMatterRule.diagnostic("page has no front matter; start the file with '---', a 'title:' line and '---'", at: SourceLocation(path: path)))
            return nil
        }
        guard let frontMatter = readFrontMatter(split.yaml, path: path, diagnostics: &diagnostics) else { return nil }
        let body = split.body
        return SourcePage(id: "\(program)/\(slug)", program: program, slug: slug, path: path,
                          frontMatter: frontMatter, body: body, document: MarkdownParser().parse(body))
    }

    /// The body of the page at `path` as `load` cuts it (nil when the file does not read as a page):
    /// what a page answered by the page-load cache takes from the snapshot.
    static func body(path: String, files: ProjectFiles) -> String? {
        guard case .success(let text) = files.text(path, rule: FileEncodingRule.self) else { return nil }
        return FrontMatterSplitter.split(text)?.body
    }

    /// The page `load` would give for `path`, from its front matter, body and heading ids as an
    /// earlier load found them; its tree is parsed when first read.
    static func page(path: String, program: String, frontMatter: FrontMatter, body: String, headingIDs: [String]) -> SourcePage {
        let slug = slug(path)
        return SourcePage(id: "\(program)/\(slug)", program: program, slug: slug, path: path,
                          frontMatter: frontMatter, body: body, headingIDs: headingIDs)
    }

    /// `<slug>` of `Source-Content/<program>/<slug>.md`.
    private static func slug(_ path: String) -> String {
        let utf8 = path.utf8
        let start = utf8.lastIndex(of: UInt8(ascii: "/")).map(utf8.index(after:)) ?? utf8.startIndex
        return String(path[start...].dropLast(3))
    }

    private static func readFrontMatter(_ yaml: String, path: String, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        // Front matter starts on line 2, after the opening '---'.
        let (node, yamlDiagnostics) = YAMLLoader.parse(yaml, path: path, lineOffset: 1)
        diagnostics += yamlDiagnostics
        guard yamlDiagnostics.isEmpty else { return nil }
        guard let node else {
            diagnostics.append(FrontMatterRule.diagnostic("front matter is empty; a page needs a 'title'", at: SourceLocation(path: path, line: 1)))
            return nil
        }
        var reader = YAMLSchemaReader(path: path, rule: FrontMatterRule.self)
        var matter = FrontMatter()
        for pair in reader.mapping(node, known: keys, what: "front matter") {
            let value = pair.value
            switch pair.key {
            case "title":
                matter.title = reader.string(value, key: "title") ?? ""
                matter.titleLine = value.line
                if matter.title.trimmingCharacters(in: .whitespaces).isEmpty, value.string != nil { reader.error("'title' must not be empty", at: value) }
            case "description":
                matter.description = reader.string(value, key: "description")
                matter.descriptionLine = value.line
            case "audience":
                matter.audience = reader.string(value, key: "audience")
                matter.audienceLocation = SourceLocation(path: path, line: value.line, column: value.column)
            case "draft": matter.draft = reader.bool(value, key: "draft") ?? false
            case "translate": matter.translate = reader.bool(value, key: "translate") ?? true
            default: break
            }
        }
        if node.pairs != nil, node["title"] == nil { reader.error("front matter needs a 'title'", line: 2, column: 1) }
        diagnostics += reader.diagnostics
        return reader.diagnostics.isEmpty ? matter : nil
    }
}

/// Separates `---` YAML front matter from the Markdown body.
enum FrontMatterSplitter {
    /// The YAML text and the body with the front matter lines blanked out, so
    /// Markdown line numbers stay file line numbers. Nil when there is no front matter.
    /// CRLF line ends are accepted and become LF.
    static func split(_ text: String) -> (yaml: String, body: String)? {
        guard text.containsUTF8(UInt8(ascii: "\r")) else { return splitLines(text) }
        // "\r\n" is one Character in Swift, so CRLF text must be normalised
        // before it is split into lines; the body keeps LF line ends only.
        let text = text.replacingOccurrences(of: "\r\n", with: "\n")
        // "\r\r\n" normalises to "\r\n" again, which a Character split keeps whole.
        return text.containsUTF8(UInt8(ascii: "\r")) ? splitCharacters(text) : splitLines(text)
    }

    /// `split` of text without CR, by bytes: the front matter ends at the first later line `---` or `...`.
    private static func splitLines(_ text: String) -> (yaml: String, body: String)? {
        var text = text
        return text.withUTF8 { bytes -> (yaml: String, body: String)? in
            func lineEnd(from start: Int) -> Int {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                return end
            }
            func isFence(_ range: Range<Int>, _ fence: StaticString) -> Bool {
                range.count == 3 && fence.withUTF8Buffer { $0.elementsEqual(bytes[range]) }
            }
            guard isFence(0..<lineEnd(from: 0), "---") else { return nil }
            var start = lineEnd(from: 0) + 1
            var line = 1
            while start <= bytes.count {
                let end = lineEnd(from: start)
                if isFence(start..<end, "---") || isFence(start..<end, "...") {
                    let yaml = line == 1 ? "" : String(decoding: UnsafeBufferPointer(rebasing: bytes[4..<(start - 1)]), as: UTF8.self)
                    return (yaml, blankedBody(lines: line, rest: UnsafeBufferPointer(rebasing: bytes[end...])))
                }
                start = end + 1
                line += 1
            }
            return nil
        }
    }

    /// `lines` newlines followed by `rest`, built in one exactly sized string:
    /// the body stays in memory with its page (issue 10). Like `String(decoding:)`,
    /// this initializer repairs invalid UTF-8 (there is none: the text was validated).
    private static func blankedBody(lines: Int, rest: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: lines + rest.count) { buffer in
            buffer.initialize(repeating: 0x0A)
            _ = UnsafeMutableBufferPointer(rebasing: buffer[lines...]).initialize(from: rest)
            return lines + rest.count
        }
    }

    /// `split` by `Character` lines, for the rare text that still holds a CR.
    private static func splitCharacters(_ text: String) -> (yaml: String, body: String)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---" else { return nil }
        guard let end = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else { return nil }
        let yaml = lines[1..<end].joined(separator: "\n")
        for index in 0...end { lines[index] = "" }
        return (yaml, lines.joined(separator: "\n"))
    }
}
