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
        let places = positions.indices.map { at in
            let location = batches[positions[at].batch][positions[at].index].location
            return (rankOfID[pathIDs[at]], location.line, location.column)
        }
        let order = positions.indices.sorted { first, second in
            let (a, b) = (places[first], places[second])
            if a != b { return a < b }
            let (x, y) = (positions[first], positions[second])
            let (left, right) = (batches[x.batch][x.index], batches[y.batch][y.index])
            if left < right { return true }
            if right < left { return false }
            return first < second
        }
        return order.map { positions[$0] }
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
