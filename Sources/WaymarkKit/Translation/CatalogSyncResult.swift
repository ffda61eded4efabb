/// Options of a catalog sync.
struct CatalogSyncOptions: Sendable, Hashable {
    /// `Project-Id-Version` for a new header.
    var projectName: String?
    /// `SOURCE_DATE_EPOCH`: when set, `POT-Creation-Date` is written from it (and only then).
    var sourceDateEpoch: Int?
    /// Minimum similarity for an old entry to become the fuzzy entry of a changed segment (SPEC §5.1).
    var fuzzyThreshold = 0.6

    /// Creates options.
    init(projectName: String? = nil, sourceDateEpoch: Int? = nil, fuzzyThreshold: Double = 0.6) {
        self.projectName = projectName
        self.sourceDateEpoch = sourceDateEpoch
        self.fuzzyThreshold = fuzzyThreshold
    }
}

/// What sync did to one message, for `sync --dry-run`.
struct CatalogChange: Sendable, Hashable {
    /// The kind of change.
    enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// New segment: new empty entry.
        case added
        /// Unchanged segment: translation kept.
        case kept
        /// Changed segment: a similar old translation kept as fuzzy (`previousMsgid` holds the old source).
        case fuzzied
        /// Removed segment: entry is now obsolete (`#~`).
        case obsoleted
        /// A segment came back: its obsolete entry is live again.
        case revived
    }

    /// What happened.
    var kind: Kind
    /// Context of the message.
    var msgctxt: String?
    /// Source of the message (the new one for `fuzzied`).
    var msgid: String
    /// For `fuzzied`: the source the translation was made for.
    var previousMsgid: String?
}

/// The new catalog and what changed.
struct CatalogSyncResult: Sendable {
    /// The synced catalog; write it with `POWriter`.
    var catalog: POCatalog
    /// Changes in catalog order (live entries by source order, then obsoleted ones).
    var changes: [CatalogChange]

    /// The changes of one kind.
    func changes(_ kind: CatalogChange.Kind) -> [CatalogChange] { changes.filter { $0.kind == kind } }

    /// Number of changes of one kind.
    func count(_ kind: CatalogChange.Kind) -> Int { changes.lazy.filter { $0.kind == kind }.count }

    /// True when no message was added, fuzzied, obsoleted or revived (references may still differ).
    var onlyKept: Bool { changes.allSatisfy { $0.kind == .kept } }
}
