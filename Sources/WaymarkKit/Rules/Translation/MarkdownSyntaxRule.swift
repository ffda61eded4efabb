/// A translation must read as the same kind of Markdown as its source: a
/// line that starts with `#`, `-` or `1.` turns a sentence into a heading or
/// a list, and a `*`, `_`, `` ` ``, `~` or table pipe left unpaired is
/// printed as a stray mark (or, in a table cell, splits the cell). Both texts
/// are parsed on their own and their block kinds and leftover literal marks compared.
struct MarkdownSyntaxRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "markdown-syntax", name: "Markdown syntax",
        summary: "A translation should parse to the same Markdown block and inline structure as its source (no stray *, `, ~ or |).",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Ask for help.", "Pide *ayuda.", triggering: true),
            .translation("Passwords", "# Salasanat", locale: "fi", triggering: true),
            .translation("Yes or no", "Sí | no", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Ask for *help*.", "Pide _ayuda_.", triggering: false),
            .translation("Use 2 * 3 = 6.", "Usa 2 * 3 = 6.", triggering: false),
            .translation("Step 1 is easy.", "Vaihe 1 on helppo.", locale: "fi", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard !(TranslationProse.isPlain(unit.sourceText) && TranslationProse.isPlain(unit.translation) && !Self.mayStartBlock(unit.translation)) else { return [] }
        let source = unit.sourceAnalysis.shape ?? Shape(MarkdownParser().parse(unit.sourceText))
        let translated = unit.translationAnalysis.shape ?? Shape(MarkdownParser().parse(unit.translation))
        var problems: [String] = []
        if source.blocks != translated.blocks {
            problems.append("it reads as \(translated.blocks.joined(separator: ", ")) where the source is \(source.blocks.joined(separator: ", "))")
        }
        for mark in Self.marks {
            let (expected, found) = (source.literalMarks[mark, default: 0], translated.literalMarks[mark, default: 0])
            if found > expected { problems.append("stray '\(mark)'") }
        }
        guard !problems.isEmpty else { return [] }
        return [diagnostic("Markdown differs from the source: \(problems.joined(separator: "; "))", at: unit.location)]
    }

    /// Marks that Markdown gives meaning to when paired; left as text, they show.
    private static let marks: [Character] = ["*", "_", "`", "~", "|"]

    /// True when `text` begins like a block other than a paragraph (`- `, `+ `, `1. `, `=`).
    private static func mayStartBlock(_ text: String) -> Bool {
        guard let first = text.drop(while: { $0 == " " }).first else { return false }
        return first == "-" || first == "+" || first == "=" || first.isASCIIDigit
    }

    /// The block kinds and leftover marks of one text parsed on its own.
    struct Shape: Sendable, Hashable {
        var blocks: [String] = []
        var literalMarks: [Character: Int] = [:]

        /// The shape of `document`, one segment text parsed.
        init(_ document: MarkdownNode) {
            blocks = document.children.map { Self.name($0.kind) }
            document.forEachInline { node in
                guard case .text(let value) = node.kind else { return }
                for character in value where MarkdownSyntaxRule.marks.contains(character) { literalMarks[character, default: 0] += 1 }
            }
        }

        static func name(_ kind: MarkdownNode.Kind) -> String {
            switch kind {
            case .heading: return "a heading"
            case .list: return "a list"
            case .table: return "a table"
            case .blockQuote: return "a quote"
            case .codeBlock: return "a code block"
            case .thematicBreak: return "a rule line"
            case .htmlBlock: return "HTML"
            default: return "a paragraph"
            }
        }
    }
}
