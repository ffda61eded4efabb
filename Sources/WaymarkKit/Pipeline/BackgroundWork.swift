import Foundation

/// A value computed on another thread while the caller does something else, under the
/// caller's `--jobs` limit (task-locals do not follow work onto GCD's threads). `value`
/// waits for it. The serial tails of a build (writing the cache's indexes, publishing
/// the channels, writing the last-build record) share nothing with printing or ordering
/// the diagnostics, so they overlap with them instead of following them.
public final class BackgroundWork<Value: Sendable>: Sendable {
    private let group = DispatchGroup()
    private let result = Locked<Value?>(nil)

    /// Starts `work` at once.
    public init(_ work: @escaping @Sendable () -> Value) {
        let jobs = Parallelism.jobs, result = result
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            let value = Parallelism.$jobs.withValue(jobs, operation: work)
            result.withLock { $0 = value }
        }
    }

    /// The value, once `work` has returned.
    public var value: Value {
        group.wait()
        return result.withLock { $0! }
    }
}

/// Frees `value` on another thread: its objects are many and small (a stage's catalogs, a few
/// hundred thousand diagnostics), and freeing them one at a time must not hold up the build.
func freeInBackground(_ value: some Sendable) {
    let box = Locked<(any Sendable)?>(value)
    DispatchQueue.global(qos: .utility).async { box.withLock { $0 = nil } }
}
