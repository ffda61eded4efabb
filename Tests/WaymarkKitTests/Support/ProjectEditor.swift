import Foundation

/// Applies seeded random edits to a project on disk, as a writer, a
/// translator and a maintainer would: page bodies and titles, new, deleted
/// and renamed pages, catalog entries changed, cleared, filled, marked fuzzy
/// or deleted, data and UI strings, images, and `waymark.yaml`. Every edit is one
/// line of `log`, so a failing sequence can be replayed by its seed.
struct ProjectEditor {
    let root: URL
    var random: SeededRandom
    private(set) var log: [String] = []
    private var counter = 0

    init(root: URL, seed: UInt64) {
        self.root = root
        random = SeededRandom(seed: seed)
    }

    /// One random edit.
    mutating func edit() throws {
        counter += 1
        let edits: [(String, (inout ProjectEditor) throws -> String?)] = [
            ("page body", { try $0.editPageBody() }), ("page body", { try $0.editPageBody() }),
            ("page title", { try $0.editPageTitle() }), ("add page", { try $0.addPage() }),
            ("delete page", { try $0.deletePage() }), ("rename page", { try $0.renamePage() }),
            ("catalog", { try $0.editCatalog() }), ("catalog", { try $0.editCatalog() }), ("catalog", { try $0.editCatalog() }),
            ("fuzzy", { try $0.markFuzzy() }), ("delete catalog", { try $0.deleteCatalog() }),
            ("data", { try $0.editYAMLValue(under: "Source-Content/_data") }), ("ui", { try $0.editYAMLValue(file: "Source-Content/_ui.yaml") }),
            ("program", { try $0.editYAMLValue(suffix: "_program.yaml") }), ("config", { try $0.editConfiguration() }),
            ("asset", { try $0.editAsset() }),
        ]
        let (name, apply) = edits[Int(random.next() % UInt64(edits.count))]
        log.append("\(counter) \(name): " + (try apply(&self) ?? "nothing to edit"))
    }

    // MARK: - Pages

    private mutating func editPageBody() throws -> String? {
        guard let page = pick(files(suffix: ".md")) else { return nil }
        var text = try read(page)
        let links = files(suffix: ".md").filter { $0 != page }.map { ($0 as NSString).lastPathComponent }
        let link = pick(links).map { " See [the other page](\($0))." } ?? ""
        if random.next() % 2 == 0 {
            text += "\nA new paragraph number \(counter) to read.\(link)\n"
        } else {
            var lines = text.components(separatedBy: "\n")
            let body = lines.indices.filter { !lines[$0].isEmpty && !lines[$0].contains(":") && !lines[$0].hasPrefix("---") && !lines[$0].hasPrefix("|") }
            guard let line = pick(body) else { return nil }
            lines[line] += " Edited \(counter)."
            text = lines.joined(separator: "\n")
        }
        try write(text, to: page)
        return page
    }

    private mutating func editPageTitle() throws -> String? {
        guard let page = pick(files(suffix: ".md")) else { return nil }
        let text = try read(page)
        guard let range = text.range(of: #"(?m)^title: .*$"#, options: .regularExpression) else { return nil }
        try write(text.replacingCharacters(in: range, with: text[range] + " \(counter)"), to: page)
        return page
    }

    private mutating func addPage() throws -> String? {
        let programs = files(suffix: "_program.yaml").map { ($0 as NSString).deletingLastPathComponent }
        guard let program = pick(programs) else { return nil }
        let path = "\(program)/\(String(format: "%02d", 10 + counter % 80))-added-\(counter).md"
        let body = pick(files(suffix: ".md")).flatMap { try? read($0) }.flatMap { $0.components(separatedBy: "---\n").last } ?? "Some text.\n"
        try write("---\ntitle: Added page \(counter)\ndescription: A page added by edit \(counter).\n---\n\(body)", to: path)
        return path
    }

    private mutating func deletePage() throws -> String? {
        let pages = files(suffix: ".md")
        guard pages.count > 4, let page = pick(pages) else { return nil }
        try FileManager.default.removeItem(at: root.appendingPathComponent(page))
        return page
    }

    private mutating func renamePage() throws -> String? {
        guard let page = pick(files(suffix: ".md")) else { return nil }
        let folder = (page as NSString).deletingLastPathComponent
        let slug = ((page as NSString).lastPathComponent as NSString).deletingPathExtension
        let renamed = "\(folder)/\(slug)-r\(counter).md"
        try move(page, to: renamed)
        // Half the time the translator's catalogs move along, as `git mv` of both would.
        if random.next() % 2 == 0 {
            let catalog = String(page.dropFirst("Source-Content/".count).dropLast(".md".count))
            for locale in ["es", "fi"] where FileManager.default.fileExists(atPath: root.appendingPathComponent("Locales/\(locale)/\(catalog).po").path) {
                try move("Locales/\(locale)/\(catalog).po", to: "Locales/\(locale)/\(String(renamed.dropFirst("Source-Content/".count).dropLast(".md".count))).po")
            }
        }
        return "\(page) -> \(renamed)"
    }

    // MARK: - Catalogs

    private mutating func editCatalog() throws -> String? {
        guard let catalog = pick(files(suffix: ".po")) else { return nil }
        var lines = try read(catalog).components(separatedBy: "\n")
        // Past the header entry (up to its first blank line).
        let start = (lines.firstIndex(of: "") ?? 0) + 1
        let candidates = lines.indices.filter { $0 >= start && (lines[$0].hasPrefix("msgstr ") || (lines[$0].hasPrefix("\"") && $0 > 0 && lines[$0 - 1].hasPrefix("msgstr"))) }
        guard let line = pick(candidates) else { return nil }
        let text = lines[line]
        let nextIsContinuation = line + 1 < lines.count && lines[line + 1].hasPrefix("\"")
        switch random.next() % 3 {
        case 0 where text == "msgstr \"\"" && !nextIsContinuation:
            lines[line] = "msgstr \"Texto traducido \(counter).\""
        case 1 where text.hasPrefix("msgstr \"") && text != "msgstr \"\"" && !nextIsContinuation:
            lines[line] = "msgstr \"\""
        default:
            guard text.hasSuffix("\""), text != "msgstr \"\"" else { return nil }
            lines[line] = String(text.dropLast()) + " \(counter)\""
        }
        try write(lines.joined(separator: "\n"), to: catalog)
        return "\(catalog):\(line + 1)"
    }

    private mutating func markFuzzy() throws -> String? {
        guard let catalog = pick(files(suffix: ".po")) else { return nil }
        var lines = try read(catalog).components(separatedBy: "\n")
        let entries = lines.indices.filter { $0 > 0 && lines[$0].hasPrefix("msgid ") && lines[$0] != "msgid \"\"" && !lines[$0 - 1].hasPrefix("#,") }
        guard let line = pick(entries) else { return nil }
        lines.insert("#, fuzzy", at: line)
        try write(lines.joined(separator: "\n"), to: catalog)
        return "\(catalog):\(line + 1)"
    }

    private mutating func deleteCatalog() throws -> String? {
        guard let catalog = pick(files(suffix: ".po")) else { return nil }
        try FileManager.default.removeItem(at: root.appendingPathComponent(catalog))
        return catalog
    }

    // MARK: - Data, UI strings, programs, configuration

    private mutating func editYAMLValue(under folder: String? = nil, file: String? = nil, suffix: String? = nil) throws -> String? {
        let candidates = file.map { [$0] } ?? files(suffix: suffix ?? ".yaml").filter { folder == nil || $0.hasPrefix(folder!) }
        guard let path = pick(candidates.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }) else { return nil }
        var lines = try read(path).components(separatedBy: "\n")
        let values = lines.indices.filter { index in
            let line = lines[index]
            guard let colon = line.range(of: ": "), !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") else { return false }
            let value = line[colon.upperBound...]
            return !value.isEmpty && !"[{|>&*!".contains(value.first!) && !line.contains("url:") && !line.contains("audience:")
        }
        guard let line = pick(values) else { return nil }
        let text = lines[line]
        lines[line] = text.hasSuffix("\"") || text.hasSuffix("'") ? String(text.dropLast()) + " \(counter)" + String(text.last!) : text + " \(counter)"
        try write(lines.joined(separator: "\n"), to: path)
        return "\(path):\(line + 1)"
    }

    private mutating func editConfiguration() throws -> String? {
        var text = try read("waymark.yaml")
        switch random.next() % 3 {
        case 0:
            guard let range = text.range(of: #"(?m)^name: .*$"#, options: .regularExpression) else { return nil }
            text.replaceSubrange(range, with: "name: Sample edited \(counter)")
        case 1:
            let value = ["0.5", "0.9", "0.0"][Int(random.next() % 3)]
            guard let range = text.range(of: #"min-complete: [0-9.]+"#, options: .regularExpression) else { return nil }
            text.replaceSubrange(range, with: "min-complete: \(value)")
        default:
            guard let range = text.range(of: #"fallback: (source|omit-page)"#, options: .regularExpression) else { return nil }
            text.replaceSubrange(range, with: text[range].hasSuffix("source") ? "fallback: omit-page" : "fallback: source")
        }
        try write(text, to: "waymark.yaml")
        return "waymark.yaml"
    }

    /// Changes an image the pages show: its bytes, so its size (page weight) and the published asset change.
    private mutating func editAsset() throws -> String? {
        guard let path = pick(files(suffix: ".svg")) else { return nil }
        let text = try read(path)
        guard let end = text.range(of: "</svg>", options: .backwards) else { return nil }
        try write(text.replacingCharacters(in: end, with: "<rect x=\"0\" y=\"0\" width=\"\(counter)\" height=\"1\" fill=\"#ffffff\"/></svg>"), to: path)
        return path
    }

    // MARK: - Files

    /// Project-relative paths ending in `suffix`, sorted (so the sequence depends only on the seed).
    func files(suffix: String) -> [String] {
        var found: [String] = []
        for folder in ["Source-Content", "Locales"] {
            let base = root.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let path as String in walk where path.hasSuffix(suffix) { found.append("\(folder)/\(path)") }
        }
        return found.sorted()
    }

    private mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[Int(random.next() % UInt64(items.count))]
    }

    private func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    private func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func move(_ path: String, to destination: String) throws {
        try FileManager.default.moveItem(at: root.appendingPathComponent(path), to: root.appendingPathComponent(destination))
    }
}
