import Foundation
@testable import WaymarkKit

/// A rule example with its `↓` removed and remembered, and the page
/// paragraph's catalog entry turned into the per-entry QA input.
struct ExampleProject {
    var files: [String: String] = [:]
    /// Where the `↓` was (line, UTF-8 byte column), as the generic example test reads it.
    var marker: SourceLocation?

    init(_ example: RuleExample) {
        for (path, text) in example.files {
            if let range = text.range(of: "↓") {
                let before = text[..<range.lowerBound]
                let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
                marker = SourceLocation(path: path, line: before.filter { $0 == "\n" }.count + 1, column: before[lineStart...].utf8.count + 1)
            }
            files[path] = text.replacingOccurrences(of: "↓", with: "")
        }
    }

    /// The entry translating the page's paragraph (line 4), as the localization stage would pass it.
    func paragraphUnit() -> TranslationUnitCheck? {
        guard let (path, text) = files.first(where: { $0.key.hasPrefix("Locales/") && $0.key.hasSuffix(".po") }) else { return nil }
        let locale = path.split(separator: "/")[1]
        let catalog = POParser.parse(text, path: path).catalog
        guard let entry = catalog.entries.first(where: { $0.references.contains("\(RuleExample.pagePath):4") && !$0.isObsolete }) else { return nil }
        let glossary = files[GlossaryLoader.path].map { GlossaryLoader.load(text: $0).terms } ?? []
        let pageIDs = Set(files.keys.filter { $0.hasPrefix(ContentLoader.contentFolder + "/") && $0.hasSuffix(".md") }
            .map { String($0.dropFirst(ContentLoader.contentFolder.count + 1).dropLast(3)) })
        return TranslationUnitCheck(sourceText: entry.msgid, translation: entry.msgstr, locale: String(locale),
                                    location: SourceLocation(path: path, line: entry.msgstrLine, column: 1), glossary: glossary,
                                    linkScope: TranslationLinkScope(sourcePath: RuleExample.pagePath, pageIDs: pageIDs))
    }

    /// An executable on `PATH`, or nil.
    static func executable(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
