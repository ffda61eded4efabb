import Foundation

/// The preview's shared state: the newest build, its generation, the
/// selection the writer asked for, and the open reload streams. Every
/// connection reads it; only the session publishes builds.
public actor PreviewState {
    public private(set) var build = PreviewBuild.empty
    /// Bumped by every published build; pages carry the generation they were served from.
    public private(set) var generation = 0
    /// What the next build should preview (the switcher changes it).
    public private(set) var selection: PreviewSelection
    private let maxEventStreams: Int
    private var streams: [UUID: AsyncStream<Data>.Continuation] = [:]
    private var rebuildRequests: AsyncStream<Void>.Continuation?

    public init(selection: PreviewSelection, maxEventStreams: Int = 64) {
        self.selection = selection
        self.maxEventStreams = maxEventStreams
    }

    /// Replaces the build and tells every open page to reload.
    public func publish(_ build: PreviewBuild) {
        self.build = build
        generation += 1
        let event = EventStreamBody.event("build", data: String(generation))
        for continuation in streams.values { continuation.yield(event) }
    }

    /// The build and its generation, read together.
    public func current() -> (build: PreviewBuild, generation: Int) { (build, generation) }

    /// Number of open reload streams.
    public var eventStreamCount: Int { streams.count }

    /// A stream of server-sent events, starting with the current generation, so
    /// a page served before a rebuild reloads at once; nil when too many are open.
    public func openEventStream() -> AsyncStream<Data>? {
        guard streams.count < maxEventStreams else { return nil }
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.yield(Data("retry: 1000\n\n".utf8) + EventStreamBody.event("build", data: String(generation)))
        // A comment now and then finds dead connections and keeps proxies from closing live ones.
        let keepalive = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                if case .terminated = continuation.yield(Data(": keepalive\n\n".utf8)) { break }
            }
        }
        continuation.onTermination = { _ in
            keepalive.cancel()
            Task { await self.closeEventStream(id) }
        }
        streams[id] = continuation
        return stream
    }

    private func closeEventStream(_ id: UUID) {
        streams[id] = nil
    }

    /// Ends every reload stream (the server is stopping).
    public func finishEventStreams() {
        for continuation in streams.values { continuation.finish() }
        streams = [:]
    }

    /// Asks for a build of `selection`; the session picks it up.
    public func select(_ selection: PreviewSelection) {
        self.selection = selection
        rebuildRequests?.yield()
    }

    /// The session's side of `select`: one element per request.
    public func rebuildRequestStream() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        rebuildRequests = continuation
        return stream
    }

    /// Waits until a build of `selection` newer than `generation` is published, or `timeout` passes.
    public func waitForBuild(of selection: PreviewSelection, after generation: Int, timeout: Duration = .seconds(30)) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if self.generation > generation, build.selection == selection { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}
