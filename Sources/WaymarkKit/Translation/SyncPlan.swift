/// The matching between new sources and old entries that one sync computes.
struct SyncPlan {
    /// How a source found its entry.
    enum Match {
        /// Index of the old entry; `none` means a new empty entry.
        case exact(Int), revived(Int), fuzzy(Int), none
    }

    /// Sources without duplicates, in order.
    let sources: [CatalogSource]
    /// Entries of the existing catalog (without the header).
    let old: [POEntry]
    /// Minimum similarity for a fuzzy match.
    let threshold: Double
    /// The match of each source.
    private(set) var matches: [Match]
    private var used: Set<Int> = []

    /// A plan with nothing matched yet.
    init(sources: [CatalogSource], old: [POEntry], threshold: Double) {
        self.sources = sources
        self.old = old
        self.threshold = threshold
        matches = Array(repeating: .none, count: sources.count)
    }

    /// Unchanged segments keep their live entry; returning ones revive their obsolete entry.
    /// Exact matches are found before any fuzzy match, so none can be taken by a changed segment.
    mutating func matchExactly() {
        var live: [POMessageKey: Int] = [:]
        var obsolete: [POMessageKey: Int] = [:]
        for (index, entry) in old.enumerated().reversed() where !entry.isHeader {
            if entry.isObsolete { obsolete[entry.key] = index } else { live[entry.key] = index }
        }
        for (position, source) in sources.enumerated() {
            if let index = live[source.key] {
                matches[position] = .exact(index)
                used.insert(index)
            } else if let index = obsolete[source.key] {
                matches[position] = .revived(index)
                used.insert(index)
            }
        }
    }

    /// Changed segments take the most similar unused translated entry (live or
    /// obsolete, same context preferred), best pairs first, each entry once.
    mutating func matchFuzzy() {
        let candidates = old.indices.filter { !used.contains($0) && !old[$0].isHeader && old[$0].hasAnyTranslation }
            .sorted { (old[$0].isObsolete ? 1 : 0, $0) < (old[$1].isObsolete ? 1 : 0, $1) }
        let candidateTexts = candidates.map { Array(old[$0].msgid.unicodeScalars) }
        var pairs: [(score: Double, sameContext: Bool, source: Int, rank: Int)] = []
        for (position, source) in sources.enumerated() {
            guard case .none = matches[position], !candidates.isEmpty else { continue }
            let pattern = StringSimilarity.Pattern(source.msgid)
            for (rank, index) in candidates.enumerated() {
                let score = pattern.score(against: candidateTexts[rank], minimum: threshold)
                if score >= threshold {
                    pairs.append((score, old[index].msgctxt == source.msgctxt, position, rank))
                }
            }
        }
        pairs.sort { ($1.score, $1.sameContext ? 1 : 0, $0.source, $0.rank) < ($0.score, $0.sameContext ? 1 : 0, $1.source, $1.rank) }
        for pair in pairs {
            let index = candidates[pair.rank]
            guard case .none = matches[pair.source], !used.contains(index) else { continue }
            matches[pair.source] = .fuzzy(index)
            used.insert(index)
        }
    }

    /// The new entries (live in source order, then obsolete) and the change list.
    func build(formCount: Int) -> (entries: [POEntry], changes: [CatalogChange]) {
        var live: [POEntry] = []
        var changes: [CatalogChange] = []
        var extraObsolete: [POEntry] = []
        for (position, source) in sources.enumerated() {
            let (entry, change, dropped) = SyncEntryUpdate.entry(for: source, match: matches[position], old: old, formCount: formCount)
            live.append(entry)
            changes.append(change)
            extraObsolete += dropped
        }
        var keptObsolete: [POEntry] = []
        var newlyObsolete: [POEntry] = []
        for (index, entry) in old.enumerated() where !used.contains(index) && !entry.isHeader {
            if entry.isObsolete {
                keptObsolete.append(entry)
            } else if let obsolete = SyncEntryUpdate.obsoleted(entry) {
                newlyObsolete.append(obsolete)
                changes.append(CatalogChange(kind: .obsoleted, msgctxt: entry.msgctxt, msgid: entry.msgid))
            }
        }
        return (live + keptObsolete + newlyObsolete + extraObsolete, changes)
    }
}
