import Foundation

/// Reads a project folder from disk into a `ProjectFiles` snapshot: the only
/// place the loading stage touches the file system. The files are those of
/// `ProjectWalk`, whose paths go through `ProjectPathResolver`, the same
/// resolver the writers use: a symbolic link is followed while it stays inside
/// the project, and refused (recorded in `ProjectFiles.refusedLinks`, never
/// read) when it leaves it.
public enum ProjectFileReader {
    public static func read(projectRoot: URL) -> ProjectFiles {
        read(ProjectWalk.entries(projectRoot: projectRoot))
    }

    /// Loads the files of one walk; `reusing` hands back bytes of entries whose
    /// stamp did not change since the walk that produced `previous` (`serve`).
    /// Without `followingLinks` a symbolic link is reported unreadable instead of read.
    public static func read(_ entries: [ProjectEntry], reusing previous: (entries: [String: String], files: ProjectFiles)? = nil,
                            followingLinks: Bool = true) -> ProjectFiles {
        var snapshot = ProjectFiles()
        var toRead: [ProjectEntry] = []
        for entry in entries {
            if let refusal = entry.refusal {
                snapshot.refusedLinks[entry.path] = refusal
                continue
            }
            if entry.isSymbolicLink, !followingLinks {
                snapshot.unreadable[entry.path] = "it is a symbolic link, which the preview does not follow"
                continue
            }
            if let previous, previous.entries[entry.path] == entry.stamp, let data = previous.files.files[entry.path] {
                snapshot.files[entry.path] = data
                continue
            }
            toRead.append(entry)
        }
        // Thousands of small files: read on every core (a page's open/read/close is mostly waiting on the kernel).
        for (entry, outcome) in zip(toRead, toRead.parallelMap { load($0.url) }) {
            switch outcome {
            case .success(let data): snapshot.files[entry.path] = data
            case .failure(let problem): snapshot.unreadable[entry.path] = problem.reason
            }
        }
        return snapshot
    }

    private struct Unreadable: Error {
        var reason: String
    }

    private static func load(_ url: URL) -> Result<Data, Unreadable> {
        do {
            return .success(try Data(contentsOf: url))
        } catch {
            return .failure(Unreadable(reason: (error as NSError).localizedFailureReason ?? "permission denied or unreadable"))
        }
    }
}
