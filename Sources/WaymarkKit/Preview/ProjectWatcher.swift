import Foundation

/// Watches a project by repeating `ProjectWalk` and comparing stamps: the same
/// files `ProjectFileReader` loads, so hidden files, editor swap and backup
/// files and `Build/` never trigger a rebuild. A burst of saves (an editor
/// writing a temporary file and renaming it, a `git checkout`) becomes one
/// change: after the first difference it waits until the project stays the
/// same for `quiet`, or `maxDelay` passes.
public struct ProjectWatcher: Sendable {
    public var root: URL
    /// Time between walks while nothing changes; stretched to four times the walk's own cost on big projects (at most 1 s), so watching stays a small share of one core.
    public var interval: Duration
    /// How long the project must stay unchanged before a change is reported.
    public var quiet: Duration
    /// A burst longer than this is reported anyway.
    public var maxDelay: Duration

    public init(root: URL, interval: Duration = .milliseconds(150), quiet: Duration = .milliseconds(60), maxDelay: Duration = .seconds(1)) {
        self.root = root
        self.interval = interval
        self.quiet = quiet
        self.maxDelay = maxDelay
    }

    /// Each settled change, as the walk that saw it. Ends when the consuming task is cancelled.
    /// While `isPaused` says so (a rebuild is running) the project is not walked: the walk
    /// would take a core from the build, and whatever changes meanwhile differs from the
    /// last reported walk all the same, so the first walk after the build reports it.
    public func changes(after initial: [ProjectEntry], pausedWhile isPaused: @escaping @Sendable () -> Bool = { false }) -> AsyncStream<[ProjectEntry]> {
        let watcher = self
        return AsyncStream { continuation in
            let task = Task.detached(priority: .utility) {
                var last = Self.stamps(initial)
                let clock = ContinuousClock()
                while !Task.isCancelled {
                    if isPaused() {
                        try? await Task.sleep(for: .milliseconds(10))
                        continue
                    }
                    let started = clock.now
                    var entries = ProjectWalk.entries(projectRoot: watcher.root)
                    let cost = clock.now - started
                    var current = Self.stamps(entries)
                    if current != last {
                        let deadline = clock.now + watcher.maxDelay
                        while clock.now < deadline, !Task.isCancelled {
                            try? await Task.sleep(for: watcher.quiet)
                            let again = ProjectWalk.entries(projectRoot: watcher.root)
                            let stamps = Self.stamps(again)
                            if stamps == current { break }
                            (entries, current) = (again, stamps)
                        }
                        last = current
                        continuation.yield(entries)
                    }
                    // Never more than a second between walks: the wait is part of every edit's latency.
                    try? await Task.sleep(for: min(max(watcher.interval, cost * 4), .seconds(1)))
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Path -> stamp of one walk.
    static func stamps(_ entries: [ProjectEntry]) -> [String: String] {
        Dictionary(entries.map { ($0.path, $0.stamp) }, uniquingKeysWith: { first, _ in first })
    }
}
