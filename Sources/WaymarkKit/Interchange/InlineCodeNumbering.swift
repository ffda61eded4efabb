/// Inline nodes with the XLIFF `id` each code carries.
enum NumberedInline: Sendable, Hashable {
    case text(String)
    case standalone(id: String, code: InlineMarkupCode)
    case paired(id: String, open: InlineMarkupCode, close: InlineMarkupCode, children: [NumberedInline])
}

/// Gives source codes ids `1...n` in document order and target codes the id of the
/// source code they correspond to, so CAT tools line codes up: first a code with the
/// same markup, then one of the same kind (a localized link URL), else a fresh id.
enum InlineCodeNumbering {
    private struct Signature: Hashable {
        var kind: InlineMarkupKind
        var paired: Bool
        var markup: [String]
    }

    /// Numbered source and target trees for one unit.
    static func number(source: [CodedInlineNode], target: [CodedInlineNode]?) -> (source: [NumberedInline], target: [NumberedInline]?) {
        let sourceSignatures = signatures(source)
        var sourceIDs = (1...max(1, sourceSignatures.count)).map(String.init)[...]
        let numberedSource = rebuild(source, ids: &sourceIDs)
        guard let target else { return (numberedSource, nil) }
        var targetIDs = match(signatures(target), against: sourceSignatures)[...]
        return (numberedSource, rebuild(target, ids: &targetIDs))
    }

    private static func match(_ targets: [Signature], against sources: [Signature]) -> [String] {
        var assigned = [String?](repeating: nil, count: targets.count)
        var used = Set<Int>()
        let passes: [(Signature, Signature) -> Bool] = [
            { $0 == $1 },
            { $0.kind == $1.kind && $0.paired == $1.paired },
        ]
        for sameCode in passes {
            for (index, signature) in targets.enumerated() where assigned[index] == nil {
                if let found = sources.indices.first(where: { !used.contains($0) && sameCode(sources[$0], signature) }) {
                    used.insert(found)
                    assigned[index] = String(found + 1)
                }
            }
        }
        var next = sources.count
        return assigned.map { id in
            if let id { return id }
            next += 1
            return String(next)
        }
    }

    private static func signatures(_ nodes: [CodedInlineNode]) -> [Signature] {
        nodes.flatMap { node -> [Signature] in
            switch node {
            case .text: return []
            case .standalone(let code):
                return [Signature(kind: code.kind, paired: false, markup: [code.markup])]
            case .paired(let open, let close, let children):
                return [Signature(kind: open.kind, paired: true, markup: [open.markup, close.markup])]
                    + signatures(children)
            }
        }
    }

    private static func rebuild(_ nodes: [CodedInlineNode], ids: inout ArraySlice<String>) -> [NumberedInline] {
        nodes.map { node in
            switch node {
            case .text(let text): return .text(text)
            case .standalone(let code):
                return .standalone(id: ids.popFirst() ?? "0", code: code)
            case .paired(let open, let close, let children):
                let id = ids.popFirst() ?? "0"
                return .paired(id: id, open: open, close: close, children: rebuild(children, ids: &ids))
            }
        }
    }
}
