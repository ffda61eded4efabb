import Foundation

/// The loaded, validated source of a project: configuration, programs with
/// parsed pages, UI strings, data files and assets. The first typed stage of
/// the pipeline (`ProjectFiles -> ContentProject -> ...`).
public struct ContentProject: Sendable {
    public var configuration: ProjectConfiguration
    public var programs: [Program]
    public var ui: [UIString]
    public var data: [DataFile]
    /// Files under `Source-Content/_assets/`, keyed by path relative to `_assets/`.
    public var assets: [String: Data]
    /// Every file of the snapshot, for rules that look at raw bytes.
    public var files: ProjectFiles

    public var pages: [SourcePage] { programs.flatMap(\.pages) }

    public func program(_ id: String) -> Program? { programs.first { $0.id == id } }

    public func page(_ id: String) -> SourcePage? {
        for program in programs { if let page = program.pages.first(where: { $0.id == id }) { return page } }
        return nil
    }
}

/// One entry of `Source-Content/_ui.yaml`: a string, or CLDR plural forms.
public struct UIString: Sendable, Hashable {
    public var key: String
    /// `other` holds the plain string; `one` (and others) only for plural strings.
    public var forms: [String: String]
    public var line: Int
    public var column: Int

    public var isPlural: Bool { forms.count > 1 || forms["other"] == nil }
    public var text: String { forms["other"] ?? forms.values.sorted().first ?? "" }
}

/// A YAML file under `Source-Content/_data/`, addressable by `{{name.path}}`.
public struct DataFile: Sendable {
    /// File name without `.yaml`: `helplines`.
    public var name: String
    public var path: String
    public var root: YAMLNode
}
