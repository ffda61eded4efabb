import Crypto
import Foundation

/// One translatable segment: the Markdown inline source, its target, state and notes.
struct InterchangeUnit: Sendable, Hashable {
    /// Stable id, unique in its file: see `stableID(context:source:)`.
    var id: String
    /// The PO `msgctxt`, if any (`name` in 2.0, `resname` in 1.2).
    var context: String?
    /// Source text as Markdown inline syntax, exactly the `msgid`.
    var source: String
    /// Target text as Markdown inline syntax; `nil` when untranslated.
    var target: String?
    /// Workflow state.
    var state: InterchangeState
    /// Notes shown to the translator, in order.
    var notes: [InterchangeNote]
    /// `sha256` hex of the target at export time (of "" when there was none);
    /// `nil` in files Waymark did not write.
    var exportedTargetHash: String?

    /// A memberwise initializer with the usual defaults.
    init(
        id: String, context: String? = nil, source: String, target: String? = nil,
        state: InterchangeState = .initial, notes: [InterchangeNote] = [],
        exportedTargetHash: String? = nil
    ) {
        self.id = id
        self.context = context
        self.source = source
        self.target = target
        self.state = state
        self.notes = notes
        self.exportedTargetHash = exportedTargetHash
    }

    /// `u` + the first 16 hex digits of sha256(msgctxt EOT msgid): stable across exports,
    /// a valid XML NMTOKEN, and the same for the same entry in every locale.
    static func stableID(context: String?, source: String) -> String {
        let key = (context.map { $0 + "\u{04}" } ?? "") + source
        return "u" + sha256Hex(key).prefix(16)
    }

    /// The hash stored as `exportedTargetHash` for a target (`nil` hashes as "").
    static func targetHash(_ target: String?) -> String {
        sha256Hex(target ?? "")
    }

    /// Adds a note read from XLIFF: Waymark's own hash note sets `exportedTargetHash`;
    /// other notes keep their category, and unknown authors (CAT tools) count as translator.
    mutating func addReadNote(author: String?, text: String) {
        if author == XLIFFVersion.hashNoteAuthor, text.hasPrefix(XLIFFVersion.hashNotePrefix) {
            exportedTargetHash = String(text.dropFirst(XLIFFVersion.hashNotePrefix.count))
            return
        }
        let category = author.flatMap(InterchangeNote.Category.init(rawValue:)) ?? .translator
        notes.append(InterchangeNote(category: category, text: text))
    }

    private static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// A note for the translator.
struct InterchangeNote: Sendable, Hashable {
    /// What the note is about; decides how each format writes it.
    enum Category: String, Sendable, Hashable, CaseIterable {
        /// Where the text appears (page title, msgctxt meaning).
        case context
        /// Source reference `path:line`.
        case location
        /// Notes for translators from the source (`#.` comments, front matter).
        case developer
        /// Comments written by translators (`# ` comments).
        case translator
    }

    /// The note's kind.
    var category: Category
    /// The note's text.
    var text: String
}
