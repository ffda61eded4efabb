import Foundation

/// How many threads Waymark's loops may use (`--jobs`). A task-local value, so
/// a build sets it once around its work (`Parallelism.$jobs.withValue(4) { ... }`)
/// and every `parallelMap` inside, nested ones included, obeys it; `parallelMap`
/// carries it into its worker threads. Output never depends on it.
public enum Parallelism {
    /// The limit in force; nil means one thread per core.
    @TaskLocal public static var jobs: Int?

    /// Threads available to a loop right now: `jobs`, else the core count; at least 1.
    static var width: Int {
        max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
