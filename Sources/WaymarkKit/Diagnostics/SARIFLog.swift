/// A minimal, schema-valid SARIF 2.1.0 log: one run, the rule catalogue as
/// the tool's rules, one result per diagnostic with its physical location.
struct SARIFLog: Encodable {
    var version = "2.1.0"
    var schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case version, runs
        case schema = "$schema"
    }

    init(diagnostics: [Diagnostic], rules: [RuleDescription]) {
        let known = Set(rules.map(\.id))
        var descriptors = rules.map { Rule(id: $0.id, name: $0.name, shortDescription: Message(text: $0.summary)) }
        // Diagnostics from ids outside the catalogue (e.g. internal resources) still need a descriptor.
        for id in Set(diagnostics.map(\.ruleID)).subtracting(known).sorted() {
            descriptors.append(Rule(id: id, name: id, shortDescription: Message(text: id)))
        }
        let results = diagnostics.map { diagnostic in
            Result(ruleId: diagnostic.ruleID, level: diagnostic.severity == .error ? "error" : "warning",
                   message: Message(text: ([diagnostic.message] + diagnostic.notes).joined(separator: "\n")),
                   locations: [Location(physicalLocation: PhysicalLocation(diagnostic.span))],
                   relatedLocations: diagnostic.related.isEmpty ? nil : diagnostic.related.enumerated().map { index, place in
                       Location(id: index + 1, physicalLocation: PhysicalLocation(place.location..<place.location), message: Message(text: place.message))
                   },
                   fixes: diagnostic.suggestions.isEmpty ? nil : diagnostic.suggestions.map(Fix.init))
        }
        runs = [Run(tool: Tool(driver: Driver(name: "waymark", version: WaymarkVersion.current, informationUri: "https://example.org/waymark", rules: descriptors)), results: results)]
    }

    struct Run: Encodable { var tool: Tool; var results: [Result] }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable { var name: String; var version: String; var informationUri: String; var rules: [Rule] }
    struct Rule: Encodable { var id: String; var name: String; var shortDescription: Message }
    struct Result: Encodable { var ruleId: String; var level: String; var message: Message; var locations: [Location]; var relatedLocations: [Location]?; var fixes: [Fix]? }
    struct Message: Encodable { var text: String }
    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region

        init(_ span: Range<SourceLocation>) {
            artifactLocation = ArtifactLocation(uri: span.lowerBound.path)
            region = Region(span)
        }
    }
    struct ArtifactLocation: Encodable { var uri: String }
    /// SARIF's `endColumn` is the column just past the region, like our half-open ranges;
    /// a bare point leaves the end out.
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int?
        var endColumn: Int?

        init(_ span: Range<SourceLocation>) {
            startLine = span.lowerBound.line
            startColumn = span.lowerBound.column
            if !span.isEmpty {
                endLine = span.upperBound.line
                endColumn = span.upperBound.column
            }
        }

        /// A deleted region, which may be empty (an insertion).
        init(replacing span: Range<SourceLocation>) {
            self.init(span)
            endLine = span.upperBound.line
            endColumn = span.upperBound.column
        }
    }
    /// One suggestion: its replacements grouped by file.
    struct Fix: Encodable {
        var description: Message
        var artifactChanges: [ArtifactChange]

        init(_ suggestion: Suggestion) {
            description = Message(text: suggestion.summary)
            let paths = suggestion.replacements.map(\.range.lowerBound.path).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            artifactChanges = paths.map { path in
                ArtifactChange(artifactLocation: ArtifactLocation(uri: path), replacements: suggestion.replacements
                    .filter { $0.range.lowerBound.path == path }
                    .map { SARIFReplacement(deletedRegion: Region(replacing: $0.range), insertedContent: Message(text: $0.text)) })
            }
        }
    }
    struct ArtifactChange: Encodable { var artifactLocation: ArtifactLocation; var replacements: [SARIFReplacement] }
    struct SARIFReplacement: Encodable { var deletedRegion: Region; var insertedContent: Message }
}
