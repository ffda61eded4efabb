import Foundation

/// `check --fix`: checks, applies the safe suggestions to the snapshot and
/// checks again, a few rounds, because fixing one problem can reveal another
/// (a misspelled `waymark.yaml` key stops the check before the catalogs are
/// read). Writes nothing itself; the caller writes `changes` atomically or
/// prints them as a diff.
public struct ProjectFixer: Sendable {
    /// The outcome: each changed file's original and final bytes, and the check of the fixed project.
    public struct Outcome: Sendable {
        public var changes: [FixPlan.FileChange]
        public var appliedCount: Int
        /// The check of the project as it was, before any fix.
        public var initial: BuildResult
        /// The check of the project with every change applied (what remains to fix by hand).
        public var result: BuildResult
        /// The snapshot with every change applied.
        public var files: ProjectFiles
    }

    /// At most this many check-and-fix rounds.
    public static let rounds = 3

    let compiler: Compiler

    public init(compiler: Compiler) {
        self.compiler = compiler
    }

    public func fix(_ files: ProjectFiles) -> Outcome {
        var current = files
        var applied = 0
        var result = compiler.check(current)
        let initial = result
        for _ in 0..<Self.rounds {
            let plan = FixPlan(diagnostics: result.diagnostics, files: current)
            guard !plan.changes.isEmpty else { break }
            applied += plan.appliedCount
            current = plan.applied(to: current)
            result = compiler.check(current)
        }
        let changes = current.files.keys.sorted().compactMap { path -> FixPlan.FileChange? in
            guard let before = files.files[path], let after = current.files[path], before != after else { return nil }
            return FixPlan.FileChange(path: path, before: before, after: after)
        }
        return Outcome(changes: changes, appliedCount: applied, initial: initial, result: result, files: current)
    }
}
