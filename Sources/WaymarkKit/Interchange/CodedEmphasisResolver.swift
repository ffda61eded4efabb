/// Pairs emphasis delimiter runs into `*em*`, `**strong**` and `~~strike~~` nodes,
/// following CommonMark's "process emphasis" procedure (nearest opener, rule of three);
/// unpaired delimiters stay text.
enum CodedEmphasisResolver {
    /// The nodes for the atoms of one inline level.
    static func resolve(_ input: [InlineScanAtom]) -> [CodedInlineNode] {
        var atoms = input
        var closerIndex = 0
        while closerIndex < atoms.count {
            guard case .delimiter(var closer) = atoms[closerIndex], closer.canClose, closer.count > 0,
                  let openerIndex = opener(for: closer, before: closerIndex, in: atoms),
                  case .delimiter(var opener) = atoms[openerIndex]
            else {
                closerIndex += 1
                continue
            }
            let used = closer.character == "~" ? closer.count : min(2, opener.count, closer.count)
            let code = InlineMarkupCode(kind: kind(closer.character, used), markup: String(repeating: closer.character, count: used))
            let children = textualize(Array(atoms[(openerIndex + 1)..<closerIndex]))
            opener.count -= used
            closer.count -= used
            var replacement: [InlineScanAtom] = opener.count > 0 ? [.delimiter(opener)] : []
            replacement.append(.node(.paired(open: code, close: code, children: children)))
            if closer.count > 0 { replacement.append(.delimiter(closer)) }
            atoms.replaceSubrange(openerIndex...closerIndex, with: replacement)
            closerIndex = openerIndex + (opener.count > 0 ? 2 : 1)
        }
        return textualize(atoms)
    }

    private static func kind(_ character: Character, _ used: Int) -> InlineMarkupKind {
        if character == "~" { return .strikethrough }
        return used == 2 ? .strong : .emphasis
    }

    private static func opener(for closer: EmphasisDelimiterRun, before index: Int, in atoms: [InlineScanAtom]) -> Int? {
        for candidate in stride(from: index - 1, through: 0, by: -1) {
            guard case .delimiter(let opener) = atoms[candidate], opener.character == closer.character,
                  opener.canOpen, opener.count > 0
            else { continue }
            if closer.character == "~" {
                if opener.count == closer.count { return candidate }
                continue
            }
            let sum = opener.originalCount + closer.originalCount
            let bothMultiplesOfThree = opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0
            if (opener.canClose || closer.canOpen), sum % 3 == 0, !bothMultiplesOfThree { continue }
            return candidate
        }
        return nil
    }

    private static func textualize(_ atoms: [InlineScanAtom]) -> [CodedInlineNode] {
        atoms.map { atom -> CodedInlineNode in
            switch atom {
            case .text(let text): return .text(text)
            case .node(let node): return node
            case .delimiter(let run): return .text(String(repeating: run.character, count: run.count))
            }
        }.mergingText()
    }
}
