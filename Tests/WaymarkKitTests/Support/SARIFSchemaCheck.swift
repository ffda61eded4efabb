import Foundation
import Testing
@testable import WaymarkKit

/// Validates SARIF text against the OASIS 2.1.0 schema in `../shared/conformance`
/// with Python's `jsonschema`; skips visibly (known issue) where it is missing.
enum SARIFSchemaCheck {
    static func expectValid(_ sarif: String, scratch root: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let log = root.appendingPathComponent("out.sarif")
        try Data(sarif.utf8).write(to: log)
        guard let python = JSONSchemaValidator.python() else {
            withKnownIssue("python3 with jsonschema is unavailable; SARIF schema validation skipped") { Issue.record("skipped") }
            return
        }
        let schema = TestPaths.packageRoot.appendingPathComponent("../shared/conformance/schemas/sarif-schema-2.1.0.json").standardizedFileURL
        let (status, output) = try ExternalTool.run(python, [
            "-c", "import json,sys,jsonschema; jsonschema.Draft4Validator(json.load(open(sys.argv[2]))).validate(json.load(open(sys.argv[1]))); print('valid')",
            log.path, schema.path,
        ])
        #expect(status == 0 && output.contains("valid"), "\(output)", sourceLocation: sourceLocation)
    }
}
