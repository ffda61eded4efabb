import Foundation

/// The preview's rebuild loop: one build at start, then one per settled
/// change of the project or switch of channel or locale. Only files whose
/// stamp changed are read again; the rest of the snapshot is reused.
/// Symbolic links are not followed, so nothing from outside the project can
/// reach the in-memory site; each is reported as an unreadable file.
public struct PreviewSession: Sendable {
    public var root: URL
    public var state: PreviewState
    public var watcher: ProjectWatcher
    /// Called after each published build (the CLI prints a status line).
    public var onBuild: @Sendable (PreviewBuild) -> Void
    /// True while the session reads the project and rebuilds: the watcher waits meanwhile.
    private let building = Locked(false)
    /// The page and QA cache entries of the last build, answered without reading their packs.
    private let memory = CacheMemory()

    public init(root: URL, state: PreviewState, watcher: ProjectWatcher? = nil, onBuild: @escaping @Sendable (PreviewBuild) -> Void = { _ in }) {
        self.root = root
        self.state = state
        self.watcher = watcher ?? ProjectWatcher(root: root)
        self.onBuild = onBuild
    }

    /// Builds, then rebuilds on every trigger until the task is cancelled.
    public func run() async {
        var entries = await Self.offCooperativePool { ProjectWalk.entries(projectRoot: root) }
        var files = await Self.offCooperativePool { [entries] in ProjectFileReader.read(entries, followingLinks: false) }
        // Each build hands the next what it may reuse (unchanged pages, catalogs, localizations).
        var reuse = await rebuild(files, reusing: nil)
        // Triggers that pile up during a build become one rebuild of the newest files;
        // a change carries the watcher's walk, a switch of channel or locale walks again.
        let (triggers, continuation) = AsyncStream<[ProjectEntry]?>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let watching = Task { [entries, building] in
            for await walk in watcher.changes(after: entries, pausedWhile: { building.withLock { $0 } }) { continuation.yield(walk) }
        }
        let selecting = Task { for await _ in await state.rebuildRequestStream() { continuation.yield(nil) } }
        defer {
            watching.cancel()
            selecting.cancel()
        }
        for await change in triggers {
            if Task.isCancelled { break }
            let previous = (entries: ProjectWatcher.stamps(entries), files: files)
            let root = self.root
            building.withLock { $0 = true }
            (entries, files) = await Self.offCooperativePool {
                let walk = change ?? ProjectWalk.entries(projectRoot: root)
                return (walk, ProjectFileReader.read(walk, reusing: previous, followingLinks: false))
            }
            reuse = await rebuild(files, reusing: reuse)
            building.withLock { $0 = false }
        }
    }

    private func rebuild(_ files: ProjectFiles, reusing previous: AnalysisReuse?) async -> AnalysisReuse? {
        let builder = PreviewBuilder(selection: await state.selection, cache: BuildCache(projectRoot: root, memory: memory))
        let (build, reuse) = await Self.offCooperativePool { builder.build(files, reusing: previous) }
        await state.publish(build)
        onBuild(build)
        return reuse
    }

    /// Runs blocking work (file I/O, a build) on a dispatch thread, so the server's
    /// connections keep the cooperative threads while it runs.
    static func offCooperativePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
