import FlyingSocks
import Foundation

/// FlyingFox's socket pool with bounds: a connection socket waits for bytes at
/// most `idleTimeout` and for a slow reader at most `writeTimeout`, and at
/// most `idleConnections` sockets wait at once (the one that waited longest is
/// closed to make room). Every connection is always either waiting (bounded
/// here), being answered (microseconds from memory) or streaming reloads
/// (bounded by `PreviewState`), so the server's sockets are bounded.
struct BoundedSocketPool: AsyncSocketPool {
    let inner: any AsyncSocketPool
    let limits: PreviewLimits
    let waiters: IdleWaiters

    init(inner: any AsyncSocketPool, limits: PreviewLimits) {
        self.inner = inner
        self.limits = limits
        waiters = IdleWaiters(limit: limits.idleConnections)
    }

    func prepare() async throws { try await inner.prepare() }

    func run() async throws { try await inner.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        // The listening socket has no peer; it waits for connections as long as the server runs.
        guard (try? socket.remotePeer()) != nil else {
            return try await inner.suspendSocket(socket, untilReadyFor: events)
        }
        let isRead = events == .read
        let timer = await waiters.admit(timeout: isRead ? limits.idleTimeout : limits.writeTimeout, counted: isRead)
        defer { Task { await waiters.release(timer.id) } }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await inner.suspendSocket(socket, untilReadyFor: events) }
            group.addTask {
                // Ends when the time is up or the waiter is evicted; either way the socket is dropped.
                try? await withTaskCancellationHandler { try await timer.task.value } onCancel: { timer.task.cancel() }
                try Task.checkCancellation()
                throw SocketError.disconnected
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }
}

/// The sockets waiting in `BoundedSocketPool`, oldest first.
actor IdleWaiters {
    struct Timer: Sendable {
        var id: Int
        var task: Task<Void, any Error>
    }

    private let limit: Int
    private var nextID = 0
    private var timers: [Int: Task<Void, any Error>] = [:]
    /// Counted (read) waits, oldest first.
    private var order: [Int] = []

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Number of counted (read) waiters now.
    var count: Int { order.count }

    /// Starts a wait; a counted wait past the limit evicts the oldest counted one.
    func admit(timeout: Duration, counted isCounted: Bool) -> Timer {
        nextID += 1
        let task = Task<Void, any Error> { try await Task.sleep(for: timeout) }
        timers[nextID] = task
        if isCounted {
            order.append(nextID)
            while order.count > limit {
                timers.removeValue(forKey: order.removeFirst())?.cancel()
            }
        }
        return Timer(id: nextID, task: task)
    }

    func release(_ id: Int) {
        guard let task = timers.removeValue(forKey: id) else { return }
        task.cancel()
        if let index = order.firstIndex(of: id) { order.remove(at: index) }
    }
}
