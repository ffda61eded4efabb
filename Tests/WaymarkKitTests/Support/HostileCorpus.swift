import Foundation
@testable import WaymarkKit

/// The hostile corpus (`Fixtures/Hostile/`): raw HTML and URL tricks, and the small
/// projects the corpus tests inject them into, one project per injection site.
enum HostileCorpus {
    /// Raw HTML payloads.
    static let html = load("html.txt")
    /// URL payloads for link targets and image sources.
    static let urls = load("urls.txt")

    /// The payloads of a fixture file: one a line, `#` comments, escapes `\t \n \r \0 \\ \u{HEX}`.
    static func load(_ name: String) -> [String] {
        let url = TestPaths.packageRoot.appendingPathComponent("Tests/WaymarkKitTests/Fixtures/Hostile/\(name)")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { unescape(String($0)) }
    }

    static func unescape(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(line.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\", let next = scalars.popFirst() else { out.append(scalar); continue }
            switch next {
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "0": out.append("\0")
            case "u":
                let hex = scalars.dropFirst().prefix { $0 != "}" }
                scalars = scalars.dropFirst(hex.count + 2)
                out.append(Unicode.Scalar(UInt32(String(String.UnicodeScalarView(hex)), radix: 16) ?? 0xFFFD) ?? "\u{FFFD}")
            default: out.append(next)
            }
        }
        return String(out)
    }

    /// A YAML double-quoted scalar holding `text` exactly (controls as `\x` escapes).
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            case "\u{FEFF}": out += "\\uFEFF"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += String(format: "\\x%02X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The configuration every corpus project uses: three channels that publish
    /// everything they can, and every rule that would stop the build turned off, so
    /// the channels' own defences are what is tested ("never emitted, even with the rule off").
    static func configuration(allowRawHTML: Bool) -> String {
        let off = ["unsafe-html", "unsafe-url", "markup-mismatch", "broken-link", "missing-asset", "raw-html", "readability",
                   "untranslated", "page-weight", "url-changed", "control-character", "unsafe-svg", "placeholder-mismatch",
                   "length-ratio", "same-as-source", "trailing-punctuation", "glossary", "fuzzy", "unknown-placeholder",
                   "markdown-unsupported"]
        return """
            name: Hostile corpus
            source-locale: en
            locales: [en, es]
            allow-raw-html: \(allowRawHTML)
            data:
              helplines: { translate: [name, description] }
            channels:
              - { name: web, format: html, profile: web, base-url: "https://example.org/", min-complete: 0 }
              - { name: onion, format: html, profile: tor, min-complete: 0 }
              - { name: app, format: json, min-complete: 0 }
            rules: { \(off.map { "\($0): off" }.joined(separator: ", ")) }

            """
    }

    /// A 1x1 PNG for image targets that exist.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!

    /// A project from `texts`, with the configuration, a program and the PNG.
    static func project(_ texts: [String: String], allowRawHTML: Bool = false) -> ProjectFiles {
        var files = texts.mapValues { Data($0.utf8) }
        files["waymark.yaml"] = files["waymark.yaml"] ?? Data(configuration(allowRawHTML: allowRawHTML).utf8)
        files["Source-Content/guide/_program.yaml"] = Data("title: Guide\ndescription: A small guide.\n".utf8)
        files["Source-Content/_assets/ok.png"] = png
        return ProjectFiles(files: files)
    }

    /// `files` with Spanish catalogs from `sync`, each entry's `msgstr` set by `translate`
    /// (nil leaves it empty).
    static func translated(_ files: ProjectFiles, _ translate: (POEntry) -> String?) -> ProjectFiles {
        var files = files
        for update in CatalogSynchronizer(locales: ["es"]).sync(files).updates {
            var catalog = update.catalog
            for index in catalog.entries.indices where !catalog.entries[index].isObsolete && !catalog.entries[index].msgid.isEmpty {
                if let text = translate(catalog.entries[index]) {
                    catalog.entries[index].translations = catalog.entries[index].msgidPlural == nil ? [text] : [text, text]
                }
            }
            files.files[update.path] = POWriter.data(catalog)
        }
        return files
    }

    /// Builds every channel (failed ones kept) and inspects every file each one would publish.
    static func problems(of files: ProjectFiles, allowedScripts: Set<String> = [], bodiesAreMarkdownOnly: Bool = true) -> (problems: [String], fileCount: Int) {
        let result = Compiler(options: BuildOptions(keepFailedChannels: true)).build(files)
        var problems: [String] = result.isConfigurationFailure ? ["configuration failed: \(result.diagnostics.prefix(3))"] : []
        // A file refused whole (binary, bad YAML or PO) would test nothing.
        problems += result.diagnostics.filter { ["file-encoding", "yaml-syntax", "po-syntax", "front-matter"].contains($0.ruleID) }
            .map { "input not loaded: \($0)" }
        var count = 0
        for channel in result.channels {
            let inspector = HostileOutputInspector(tor: channel.name == "onion", allowedScripts: allowedScripts, bodiesAreMarkdownOnly: bodiesAreMarkdownOnly)
            for file in channel.files {
                count += 1
                problems += inspector.inspect(file).map { "\(channel.name)/\($0)" }
            }
        }
        if result.channels.count != 3 { problems.append("only \(result.channels.map(\.name)) built: \(result.diagnostics.filter { $0.severity == .error }.prefix(3))") }
        return (problems, count)
    }

    /// Scripts of a clean build with the corpus configuration (template scripts, if any).
    static let cleanScripts: Set<String> = {
        let files = project(["Source-Content/guide/01-start.md": "---\ntitle: Start\n---\nHello.\n"])
        var scripts: Set<String> = []
        for channel in Compiler().build(files).channels {
            for file in channel.files where file.path.hasSuffix(".html") {
                let html = String(decoding: file.contents, as: UTF8.self)
                var rest = Substring(html)
                while let open = rest.range(of: "<script>"), let close = rest[open.upperBound...].range(of: "</script>") {
                    scripts.insert(String(rest[open.upperBound..<close.lowerBound]))
                    rest = rest[close.upperBound...]
                }
            }
        }
        return scripts
    }()
}
