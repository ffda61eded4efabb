import Foundation
import Testing
@testable import WaymarkKit

/// Every input in `Fixtures/fuzz-crashers/<target>/` (crashers found by
/// `make fuzz`, and hand-made hostile inputs of issue 14) runs through the
/// same entry point libFuzzer uses. The test passes when none crashes.
struct FuzzCrasherReplayTests {
    static let folder = TestPaths.packageRoot.appendingPathComponent("Tests/WaymarkKitTests/Fixtures/fuzz-crashers")

    @Test(arguments: FuzzTarget.allCases.map(\.rawValue))
    func replay(target name: String) throws {
        let target = try #require(FuzzTarget(rawValue: name))
        let inputs = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(name).path)) ?? []
        #expect(!inputs.filter { !$0.hasPrefix(".") }.isEmpty, "keep at least one input per target")
        for input in inputs.sorted() where !input.hasPrefix(".") {
            target.run(try Data(contentsOf: Self.folder.appendingPathComponent("\(name)/\(input)")))
        }
    }
}
