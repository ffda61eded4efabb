import Foundation

extension Array where Element: Sendable {
    /// `map` spread over `Parallelism.width` threads, results in input order. Pages,
    /// locales and catalogs are independent values, so the build uses this for its
    /// heavy loops; with `--jobs 1` it is a plain `map` on the calling thread.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let width = Swift.min(count, Parallelism.width)
        guard width > 1 else { return map(transform) }
        let jobs = Parallelism.jobs
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        // Deinitialize before freeing: the buffer owns its results, and freeing
        // it alone would leak every one of them (they add up in `serve`).
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each index is taken by exactly one worker, so the writes never overlap.
        nonisolated(unsafe) let output = results
        // Workers take the next index as they finish, so one slow item (a big page,
        // a whole channel) does not hold back a fixed share of the others.
        let lock = NSLock()
        nonisolated(unsafe) var next = 0
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: width) { _ in
                // Task-locals do not follow work onto GCD's threads: bind the limit again.
                Parallelism.$jobs.withValue(jobs) {
                    while true {
                        let index = lock.withLock {
                            defer { next += 1 }
                            return next
                        }
                        guard index < count else { return }
                        output[index] = transform(self[index])
                    }
                }
            }
        }
        return results.map { $0! }
    }
}

extension Array where Element: Sendable {
    /// `lists` end to end, each list copied into its place in parallel: joining a few hundred
    /// thousand diagnostics one by one is a serial loop of reference-count updates.
    static func joinedInParallel(_ lists: [[Element]]) -> [Element] {
        guard Parallelism.width > 1, lists.count > 1 else { return lists.flatMap { $0 } }
        // Where each list starts in the joined array, and the joined array's length.
        var starts: [Int] = []
        starts.reserveCapacity(lists.count)
        var total = 0
        for list in lists {
            starts.append(total)
            total += list.count
        }
        let bounds = starts, length = total
        return [Element](unsafeUninitializedCapacity: length) { buffer, count in
            // Each list is copied by one worker into its own range, so the writes never overlap.
            nonisolated(unsafe) let output = buffer
            _ = [Int](lists.indices).parallelMap { index in
                let range = bounds[index]..<(bounds[index] + lists[index].count)
                _ = UnsafeMutableBufferPointer(rebasing: output[range]).initialize(from: lists[index])
            }
            count = length
        }
    }
}
