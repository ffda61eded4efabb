/// Mini projects for translation QA rule examples: the page
/// `Source-Content/guide/01-start.md` with one paragraph, a `waymark.yaml`
/// with the translation's locale, and a valid catalog
/// `Locales/<locale>/guide/01-start.po` whose one entry translates that
/// paragraph. A triggering example carries `↓` before its `msgstr` keyword:
/// QA diagnostics point at column 1 of the entry's `msgstr` line.
extension RuleExample {
    /// The catalog path for `locale`: `Locales/es/guide/01-start.po`.
    static func catalogPath(locale: String) -> String {
        "Locales/\(locale)/guide/01-start.po"
    }

    /// A project whose page paragraph `source` is translated as `translation`.
    /// - Parameters:
    ///   - triggering: mark the `msgstr` line with `↓` (the rule must report there).
    ///   - flags: `#,` flags of the entry (`fuzzy`).
    ///   - previous: the `#| msgid` of a fuzzy entry.
    ///   - appending: raw PO text after the entry (an obsolete `#~` entry).
    ///   - files: extra project files (a glossary, a changed `waymark.yaml`).
    static func translation(_ source: String, _ translation: String, locale: String = "es", triggering: Bool,
                            flags: [String] = [], previous: String? = nil, appending: String = "",
                            files: [String: String] = [:]) -> RuleExample {
        var entry = "#: \(pagePath):4\n"
        if !flags.isEmpty { entry += "#, \(flags.joined(separator: ", "))\n" }
        if let previous { entry += poString("#| msgid", previous) }
        entry += poString("msgid", source)
        entry += (triggering ? "↓" : "") + poString("msgstr", translation)
        let catalog = catalogHeader(locale: locale) + "\n" + titleEntry(locale: locale) + "\n" + entry + (appending.isEmpty ? "" : "\n" + appending)
        let project = [
            "waymark.yaml": "source-locale: en\nlocales: [en, \(locale)]\n",
            pagePath: "---\ntitle: Start\n---\n\(source)\n",
            catalogPath(locale: locale): catalog,
        ]
        return RuleExample(project.merging(files) { _, new in new })
    }

    /// The page title's entry, translated for es and fi (left empty otherwise).
    private static func titleEntry(locale: String) -> String {
        let title = ["es": "Inicio", "fi": "Aloitus"][locale] ?? ""
        return "#. Page title\n#: \(pagePath):2\nmsgid \"Start\"\nmsgstr \"\(title)\"\n"
    }

    /// A PO header as `waymark sync` writes it, for a two-form locale (es, fi, de, ...).
    static func catalogHeader(locale: String) -> String {
        """
        msgid ""
        msgstr ""
        "Project-Id-Version: Waymark example\\n"
        "Language: \(locale)\\n"
        "MIME-Version: 1.0\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Content-Transfer-Encoding: 8bit\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        """
    }

    /// `keyword "text"`, or gettext's multi-line form when `text` has line breaks.
    private static func poString(_ keyword: String, _ text: String) -> String {
        guard text.contains("\n") else { return "\(keyword) \"\(POStringLiteral.escape(text))\"\n" }
        // Continuation lines of a `#|` field repeat its comment marker.
        let prefix = keyword.hasPrefix("#|") ? "#| " : ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let pieces = lines.enumerated().map { index, line in
            "\(prefix)\"\(POStringLiteral.escape(String(line) + (index < lines.count - 1 ? "\n" : "")))\"\n"
        }
        return "\(keyword) \"\"\n" + pieces.joined()
    }

    /// A glossary file with one term, for `files:`.
    static func glossary(term: String, translations: [String: String], note: String? = nil) -> [String: String] {
        var yaml = "- term: \(term)\n"
        if let note { yaml += "  note: \(note)\n" }
        yaml += "  translations:\n"
        for (locale, text) in translations.sorted(by: { $0.key < $1.key }) { yaml += "    \(locale): \(text)\n" }
        return [GlossaryLoader.path: yaml]
    }
}
