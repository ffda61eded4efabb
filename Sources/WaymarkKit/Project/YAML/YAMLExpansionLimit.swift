import Yams

/// Bounds on a composed YAML document, checked before it is converted: an
/// alias repeats its anchor's whole subtree, so a few hundred bytes of nested
/// aliases ("billion laughs") can stand for billions of nodes. Yams shares
/// the repeated subtrees, so composing is cheap; counting with an early stop
/// costs at most `maximumNodes` steps, whatever the document expands to.
struct YAMLExpansionLimit {
    /// Nodes after alias expansion; far above any real `_data` or config file.
    var maximumNodes = 200_000
    /// Nesting of sequences and mappings, aliases included.
    var maximumDepth = 100

    /// Why the document is too big, and the node where the limit was reached.
    struct Violation: Error {
        var message: String
        var mark: Mark?
    }

    /// Throws at the first node past either limit.
    func check(_ root: Node) throws(Violation) {
        var count = 0
        // An explicit stack, so a deep document cannot exhaust the thread's stack here.
        var stack: [(node: Node, depth: Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            count += 1
            if count > maximumNodes {
                throw Violation(message: "YAML expands to more than \(maximumNodes) values (aliases repeat their anchor's content)", mark: node.mark)
            }
            if depth > maximumDepth {
                throw Violation(message: "YAML nests more than \(maximumDepth) levels deep", mark: node.mark)
            }
            switch node {
            case .scalar, .alias: break
            case .sequence(let sequence): for child in sequence { stack.append((child, depth + 1)) }
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append((key, depth + 1))
                    stack.append((value, depth + 1))
                }
            }
        }
    }
}
