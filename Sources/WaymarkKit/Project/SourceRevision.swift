import Foundation

/// The commit a project is checked out at, read from `.git` without running
/// git, for the manifest's `source-revision`.
public enum SourceRevision {
    public static func read(projectRoot: URL) -> String? {
        let git = projectRoot.appendingPathComponent(".git")
        guard let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8) else { return nil }
        let trimmed = head.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("ref: ") else { return isHash(trimmed) ? trimmed : nil }
        let ref = String(trimmed.dropFirst(5))
        if let loose = try? String(contentsOf: git.appendingPathComponent(ref), encoding: .utf8) {
            let hash = loose.trimmingCharacters(in: .whitespacesAndNewlines)
            return isHash(hash) ? hash : nil
        }
        // Refs packed by `git gc` or a fresh clone live in packed-refs.
        let packed = (try? String(contentsOf: git.appendingPathComponent("packed-refs"), encoding: .utf8)) ?? ""
        for line in packed.split(separator: "\n") where line.hasSuffix(" " + ref) {
            let hash = String(line.prefix(while: { $0 != " " }))
            return isHash(hash) ? hash : nil
        }
        return nil
    }

    static func isHash(_ text: String) -> Bool {
        text.count >= 40 && text.allSatisfy(\.isHexDigit)
    }
}
