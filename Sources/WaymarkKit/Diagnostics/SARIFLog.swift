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
                   locations: [Location(physicalLocation: PhysicalLocation(diagnostic.location))],
                   relatedLocations: diagnostic.related.isEmpty ? nil : diagnostic.related.enumerated().map { index, place in
                       Location(id: index + 1, physicalLocation: PhysicalLocation(place.location), message: Message(text: place.message))
                   })
        }
        runs = [Run(tool: Tool(driver: Driver(name: "waymark", version: WaymarkVersion.current, informationUri: "https://example.org/waymark", rules: descriptors)), results: results)]
    }

    struct Run: Encodable { var tool: Tool; var results: [Result] }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable { var name: String; var version: String; var informationUri: String; var rules: [Rule] }
    struct Rule: Encodable { var id: String; var name: String; var shortDescription: Message }
    struct Result: Encodable { var ruleId: String; var level: String; var message: Message; var locations: [Location]; var relatedLocations: [Location]? }
    struct Message: Encodable { var text: String }
    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region

        init(_ location: SourceLocation) {
            artifactLocation = ArtifactLocation(uri: location.path)
            region = Region(startLine: location.line, startColumn: location.column)
        }
    }
    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable { var startLine: Int; var startColumn: Int }
}
