import Foundation
import Testing
@testable import WaymarkKit

/// The workflow in docs/ci.md (issue 13): it parses as YAML, matches the
/// schema of the GitHub workflow syntax it uses (`Fixtures/CI/workflow.schema.json`,
/// checked with Python `jsonschema`), its `${{ }}` expressions are closed, and every
/// `waymark` command in it uses only options that command has.
struct CIWorkflowTests {
    static let document = TestPaths.packageRoot.appendingPathComponent("docs/ci.md")
    static let schema = "Tests/WaymarkKitTests/Fixtures/CI/workflow.schema.json"

    /// The fenced YAML block after the `<!-- workflow` marker.
    static func workflow() throws -> String {
        let text = try String(contentsOf: document, encoding: .utf8)
        let marker = try #require(text.range(of: "<!-- workflow"))
        let fence = try #require(text.range(of: "```yaml\n", range: marker.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "\n```\n", range: fence.upperBound..<text.endIndex))
        return String(text[fence.upperBound..<end.lowerBound]) + "\n"
    }

    /// The YAML as JSON, every scalar a string (as the schema expects).
    static func json(_ node: YAMLNode) -> Any {
        switch node.value {
        case .scalar(let text, _): return text
        case .sequence(let items): return items.map(json)
        case .mapping(let pairs): return Dictionary(pairs.map { ($0.key, json($0.value)) }, uniquingKeysWith: { first, _ in first })
        }
    }

    @Test func workflowMatchesTheSchema() throws {
        let (node, problems) = YAMLLoader.parse(try Self.workflow(), path: "docs/ci.md")
        #expect(problems.isEmpty, "\(problems)")
        let root = try #require(node)
        guard let python = JSONSchemaValidator.python() else {
            withKnownIssue("python3 with jsonschema is required; make test installs it; skipped") { Issue.record("skipped") }
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Tests/WaymarkKitTests/Fixtures/CI"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent(Self.schema), to: folder.appendingPathComponent(Self.schema))
        try JSONSerialization.data(withJSONObject: Self.json(root), options: [.sortedKeys]).write(to: folder.appendingPathComponent("workflow.json"))
        let result = try JSONSchemaValidator.validate(["workflow.json"], schema: Self.schema, in: folder, python: python)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func expressionsAreClosed() throws {
        let text = try Self.workflow()
        #expect(text.components(separatedBy: "${{").count == text.components(separatedBy: "}}").count)
    }

    @Test(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
    func waymarkCommandsUseRealOptions() throws {
        let commands = try Self.workflow().split(separator: "\n").compactMap { line -> [String]? in
            guard let range = line.range(of: "waymark ") , line[..<range.lowerBound].allSatisfy({ $0 == " " || $0 == "-" }) || line.contains("run: waymark") else { return nil }
            return line[range.upperBound...].split(separator: " ").map(String.init).prefix { !["||", ">", ">>", "|", "&&"].contains($0) }.map { $0 }
        }
        #expect(Set(commands.compactMap(\.first)).isSuperset(of: ["check", "status", "build"]), "\(commands)")
        for command in commands {
            let subcommand = try #require(command.first)
            let help = try WaymarkProcess.run([subcommand, "--help"])
            #expect(help.status == 0, "waymark \(subcommand) is not a command")
            for option in command.dropFirst() where option.hasPrefix("--") {
                #expect(help.stdout.contains(option), "waymark \(subcommand) has no \(option)")
            }
        }
    }
}
