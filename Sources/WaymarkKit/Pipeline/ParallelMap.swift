import Foundation

extension Array where Element: Sendable {
    /// `map` spread over every core, results in input order. Pages, locales and
    /// catalogs are independent values, so the build uses this for its heavy loops.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        // Deinitialize before freeing: the buffer owns its results, and freeing
        // it alone would leak every one of them (they add up in `serve`).
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each index is written by exactly one iteration, so the writes never overlap.
        nonisolated(unsafe) let output = results
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                output[index] = transform(self[index])
            }
        }
        return results.map { $0! }
    }
}
