/// A unified diff (`diff -u`, three lines of context) between two versions of
/// a file, for `check --fix --dry-run`. Lines are compared with Myers'
/// O(ND) algorithm, which is fast here because fixes change few lines.
public enum UnifiedDiff {
    public static func diff(path: String, before: String, after: String, context: Int = 3) -> String {
        let old = lines(before), new = lines(after)
        let script = edits(old, new)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var text = "--- a/\(path)\n+++ b/\(path)\n"
        var index = 0
        while index < script.count {
            guard script[index].kind != .same else { index += 1; continue }
            // A hunk runs from `context` lines before this change to `context` after the last change within reach.
            let start = max(0, index - context)
            var end = index
            var scan = index
            while scan < script.count {
                if script[scan].kind != .same { end = scan; scan += 1; continue }
                if scan - end > 2 * context { break }
                scan += 1
            }
            let stop = min(script.count, end + context + 1)
            let hunk = script[start..<stop]
            let oldStart = (hunk.first?.oldIndex ?? 0) + 1, newStart = (hunk.first?.newIndex ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count, newCount = hunk.filter { $0.kind != .delete }.count
            text += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
            for edit in hunk {
                let marker = edit.kind == .same ? " " : edit.kind == .delete ? "-" : "+"
                text += marker + edit.line.dropLast(edit.line.hasSuffix("\n") ? 1 : 0)
                text += edit.line.hasSuffix("\n") ? "\n" : "\n\\ No newline at end of file\n"
            }
            index = stop
        }
        return text
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var line: Substring
        /// Position in the old file (for `same`/`delete`) or where it would be.
        var oldIndex: Int
        var newIndex: Int
    }

    /// Lines with their terminators.
    static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        while let newline = text[start...].firstIndex(of: "\n") {
            let next = text.index(after: newline)
            result.append(text[start..<next])
            start = next
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }

    /// The shortest edit script from `old` to `new` (Myers 1986).
    static func edits(_ old: [Substring], _ new: [Substring]) -> [Edit] {
        let n = old.count, m = new.count, offset = n + m + 1
        var frontier = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        search: for depth in 0...(n + m) {
            trace.append(frontier)
            for k in stride(from: -depth, through: depth, by: 2) {
                var x = k == -depth || (k != depth && frontier[offset + k - 1] < frontier[offset + k + 1])
                    ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, old[x] == new[y] { x += 1; y += 1 }
                frontier[offset + k] = x
                if x >= n, y >= m { trace.append(frontier); break search }
            }
        }
        // Walk the trace back from the end to recover the script.
        var script: [Edit] = []
        var x = n, y = m
        for depth in stride(from: trace.count - 2, through: 0, by: -1) {
            let saved = trace[depth]
            let k = x - y
            let previousK = k == -depth || (k != depth && saved[offset + k - 1] < saved[offset + k + 1]) ? k + 1 : k - 1
            let previousX = saved[offset + previousK], previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1; y -= 1
                script.append(Edit(kind: .same, line: old[x], oldIndex: x, newIndex: y))
            }
            if depth > 0 {
                if x == previousX {
                    y -= 1
                    script.append(Edit(kind: .insert, line: new[y], oldIndex: x, newIndex: y))
                } else {
                    x -= 1
                    script.append(Edit(kind: .delete, line: old[x], oldIndex: x, newIndex: y))
                }
            }
        }
        return script.reversed()
    }
}
