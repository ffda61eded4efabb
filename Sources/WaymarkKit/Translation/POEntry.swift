/// One message of a gettext PO catalog: comments, flags, previous source,
/// context, source text and translations (SPEC §5).
///
/// Equality compares the message only, not where it was read from.
struct POEntry: Sendable {
    /// Translator comments (`# text`), without the `# ` marker.
    var translatorComments: [String] = []
    /// Extracted comments (`#. text`) written for translators by the tool that extracted the source.
    var extractedComments: [String] = []
    /// References (`#: path:line`), one item per reference.
    var references: [String] = []
    /// Flags (`#, fuzzy, c-format`), in file order.
    var flags: [String] = []
    /// Previous context of a fuzzy entry (`#| msgctxt`).
    var previousMsgctxt: String?
    /// Previous source of a fuzzy entry (`#| msgid`).
    var previousMsgid: String?
    /// Previous plural source of a fuzzy entry (`#| msgid_plural`).
    var previousMsgidPlural: String?
    /// Disambiguating context (`msgctxt`).
    var msgctxt: String?
    /// Source text.
    var msgid: String
    /// Plural source text; when set, `translations` are written as `msgstr[n]`.
    var msgidPlural: String?
    /// `msgstr`, or `msgstr[0]`, `msgstr[1]`, ... for plural entries.
    var translations: [String]
    /// True for `#~` entries kept for a source that no longer exists.
    var isObsolete = false
    /// 1-based line where the entry starts in the file it was read from (0 when created in memory).
    var line = 0
    /// 1-based line of the entry's first `msgstr` (0 when created in memory).
    var msgstrLine = 0
    /// The exact text the entry was read from, reused by the writer while the entry is unchanged.
    var origin: POEntryOrigin?

    /// Creates an entry; `translations` defaults to one empty string per form.
    init(msgctxt: String? = nil, msgid: String, msgidPlural: String? = nil, translations: [String]? = nil) {
        self.msgctxt = msgctxt
        self.msgid = msgid
        self.msgidPlural = msgidPlural
        self.translations = translations ?? (msgidPlural == nil ? [""] : ["", ""])
    }

    /// Identity of the message inside a catalog: context plus source.
    var key: POMessageKey { POMessageKey(msgctxt: msgctxt, msgid: msgid) }

    /// The singular translation (`msgstr` or `msgstr[0]`).
    var msgstr: String {
        get { translations.first ?? "" }
        set { if translations.isEmpty { translations = [newValue] } else { translations[0] = newValue } }
    }

    /// True for the catalog header (empty `msgid`, no context, not obsolete).
    var isHeader: Bool { msgid.isEmpty && msgctxt == nil && !isObsolete }

    /// True when the `fuzzy` flag is set.
    var isFuzzy: Bool {
        get { flags.contains("fuzzy") }
        set {
            flags.removeAll { $0 == "fuzzy" }
            if newValue { flags.insert("fuzzy", at: 0) }
        }
    }

    /// True when every form has a non-empty translation.
    var hasCompleteTranslation: Bool { !translations.isEmpty && translations.allSatisfy { !$0.isEmpty } }

    /// True when at least one form has a translation.
    var hasAnyTranslation: Bool { translations.contains { !$0.isEmpty } }

    /// State used by completeness and `status` (SPEC §5.2).
    var state: POEntryState {
        if isObsolete { return .obsolete }
        if !hasCompleteTranslation { return .untranslated }
        return isFuzzy ? .fuzzy : .translated
    }
}

extension POEntry: Equatable {
    static func == (lhs: POEntry, rhs: POEntry) -> Bool {
        lhs.translatorComments == rhs.translatorComments && lhs.extractedComments == rhs.extractedComments
            && lhs.references == rhs.references && lhs.flags == rhs.flags
            && lhs.previousMsgctxt == rhs.previousMsgctxt && lhs.previousMsgid == rhs.previousMsgid
            && lhs.previousMsgidPlural == rhs.previousMsgidPlural && lhs.msgctxt == rhs.msgctxt
            && lhs.msgid == rhs.msgid && lhs.msgidPlural == rhs.msgidPlural
            && lhs.translations == rhs.translations && lhs.isObsolete == rhs.isObsolete
    }
}

/// Translation state of an entry (SPEC §5.2). An entry with some empty plural
/// forms is untranslated; a fuzzy entry is not translated.
enum POEntryState: String, Sendable, Hashable, Codable, CaseIterable {
    case translated, fuzzy, untranslated, obsolete
}

/// Identity of a message: `msgctxt` plus `msgid`.
struct POMessageKey: Sendable, Hashable {
    var msgctxt: String?
    var msgid: String
}

