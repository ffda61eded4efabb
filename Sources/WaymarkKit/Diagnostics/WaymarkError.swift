/// Errors that stop a command before or while it works. Each carries the
/// diagnostics a person needs to fix the cause, and the exit status to use.
public struct WaymarkError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// Bad usage or configuration: exit 2.
        case configuration
        /// Content errors (broken links, untranslated segments, ...): exit 1.
        case content
    }

    public var kind: Kind
    public var diagnostics: [Diagnostic]

    public init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    public var exitCode: Int32 { kind == .configuration ? 2 : 1 }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
