/// The order diagnostics are printed in (place, then rule, then message:
/// `Diagnostic.<`), worked out on positions rather than on the diagnostics: a
/// preview of a partly translated corpus carries tens of thousands of
/// warnings, and moving whole diagnostics through a sort's buffers, or
/// concatenating the build's batches first, costs more than comparing them.
enum DiagnosticOrder {
    /// Where one diagnostic is: its batch and its index in it.
    typealias Position = (batch: Int, index: Int)

    /// Every position of `batches`, sorted by their diagnostics; ties keep the
    /// order of the batches joined. Places compare as integers first, each
    /// distinct path ranked once, since most warnings share a few paths whose
    /// equal bytes `<` would otherwise read each time.
    static func sorted(_ batches: [[Diagnostic]]) -> [Position] {
        var positions: [Position] = []
        positions.reserveCapacity(batches.reduce(0) { $0 + $1.count })
        var pathIDs: [Int] = []
        pathIDs.reserveCapacity(positions.capacity)
        var seen: [String: Int] = [:]
        // Neighbours mostly share a path (a stage reports file by file): compare with the
        // previous path before hashing, so each run of a path is looked up once.
        var previous: (path: String, id: Int)? = nil
        for (batch, diagnostics) in batches.enumerated() {
            for (index, diagnostic) in diagnostics.enumerated() {
                positions.append((batch, index))
                let path = diagnostic.location.path
                if let previous, previous.path == path { pathIDs.append(previous.id); continue }
                let id = seen[path] ?? seen.count
                seen[path] = id
                pathIDs.append(id)
                previous = (path, id)
            }
        }
        var rankOfID = [Int](repeating: 0, count: seen.count)
        for (rank, path) in seen.sorted(by: { $0.key < $1.key }).enumerated() { rankOfID[path.value] = rank }
        // Bucketed by path rank (a counting sort, stable), then each path's run sorted on its own,
        // the runs in parallel: 390,000 warnings in one comparison sort held up the end of a build.
        var starts = [Int](repeating: 0, count: seen.count + 1)
        for at in positions.indices { starts[rankOfID[pathIDs[at]] + 1] += 1 }
        for rank in 0..<seen.count { starts[rank + 1] += starts[rank] }
        var next = starts
        var byPath = [Int](repeating: 0, count: positions.count)
        for at in positions.indices {
            let rank = rankOfID[pathIDs[at]]
            byPath[next[rank]] = at
            next[rank] += 1
        }
        let positionsOfRuns = positions, runs = byPath, bounds = starts
        // Groups of paths of about 8,192 diagnostics each, so that a group is worth a thread.
        var groups: [Range<Int>] = []
        var groupStart = 0
        for rank in 0..<seen.count where starts[rank + 1] - starts[groupStart] >= 8192 || rank == seen.count - 1 {
            groups.append(groupStart..<(rank + 1))
            groupStart = rank + 1
        }
        let sortedGroups = groups.parallelMap { ranks -> [Position] in
            var order: [Position] = []
            order.reserveCapacity(bounds[ranks.upperBound] - bounds[ranks.lowerBound])
            for rank in ranks {
                // One path: by line and column, then rule and message, ties in the batches' order.
                let run = runs[bounds[rank]..<bounds[rank + 1]].sorted { first, second in
                    let (x, y) = (positionsOfRuns[first], positionsOfRuns[second])
                    let (left, right) = (batches[x.batch][x.index], batches[y.batch][y.index])
                    let (a, b) = ((left.location.line, left.location.column), (right.location.line, right.location.column))
                    if a != b { return a < b }
                    if left < right { return true }
                    if right < left { return false }
                    return first < second
                }
                order.append(contentsOf: run.map { positionsOfRuns[$0] })
            }
            return order
        }
        return Array(sortedGroups.joined())
    }

    /// The diagnostics of `batches` in order, each once (two stages may report the
    /// same finding). Equal diagnostics sort next to each other (same place, rule and
    /// message), so each is compared with its run of neighbours instead of every
    /// diagnostic being hashed into a set; the first of equal ones is kept.
    static func unique(_ batches: [[Diagnostic]]) -> [Diagnostic] {
        var kept: [Diagnostic] = []
        kept.reserveCapacity(batches.reduce(0) { $0 + $1.count })
        var run = 0
        for (batch, index) in sorted(batches) {
            let diagnostic = batches[batch][index]
            if let last = kept.last, !(last < diagnostic) {
                if kept[run...].contains(diagnostic) { continue }
            } else {
                run = kept.count
            }
            kept.append(diagnostic)
        }
        return kept
    }
}

extension Array where Element == Diagnostic {
    /// `sorted()`, in the same stable order, each diagnostic copied once (`DiagnosticOrder`).
    public func sortedByPlace() -> [Diagnostic] {
        DiagnosticOrder.sorted([self]).map { self[$0.index] }
    }

    /// `sortedByPlace()` with each diagnostic once.
    public func uniqueSortedByPlace() -> [Diagnostic] {
        DiagnosticOrder.unique([self])
    }
}
