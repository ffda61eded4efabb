import Foundation

/// Cache payloads held in memory from one build to the next of a `serve`
/// session, in front of `.waymark-cache/`: each was verified when it was read
/// from a pack, or computed by this process, so answering from here again
/// skips reading and checksumming the record, not the verification. A build
/// keeps what it used; what the next build of the same namespace does not use
/// is dropped when that build ends, so memory stays the size of one preview.
public final class CacheMemory: Sendable {
    /// Namespace -> key -> payload: what the current build used, and what the builds before it left.
    private let state = Locked<(current: [String: [CacheKey: Data]], earlier: [String: [CacheKey: Data]])>(([:], [:]))

    public init() {}

    /// The payload remembered for `key` in `namespace`, now kept by this build too.
    func payload(_ key: CacheKey, in namespace: String) -> Data? {
        state.withLock { state in
            if let payload = state.current[namespace]?[key] { return payload }
            guard let payload = state.earlier[namespace]?[key] else { return nil }
            state.current[namespace, default: [:]][key] = payload
            return payload
        }
    }

    /// Remembers `payload` (verified or just computed) for `key` in `namespace`.
    func remember(_ payload: Data, for key: CacheKey, in namespace: String) {
        state.withLock { $0.current[namespace, default: [:]][key] = payload }
    }

    /// Ends a build: each namespace it used keeps only what it used; the others keep what they had.
    func finishBuild(namespaces: Set<String>) {
        state.withLock { state in
            for namespace in namespaces { state.earlier[namespace] = state.current[namespace] ?? [:] }
            state.current = [:]
        }
    }

    /// Number of payloads held (tests).
    var count: Int {
        state.withLock { state in
            Set(state.earlier.keys).union(state.current.keys).reduce(0) { total, namespace in
                total + Set((state.earlier[namespace] ?? [:]).keys).union((state.current[namespace] ?? [:]).keys).count
            }
        }
    }
}
