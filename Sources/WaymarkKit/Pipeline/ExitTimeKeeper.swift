/// Keeps a command-line run's large values alive until the process exits
/// instead of freeing them (as clang's `-disable-free`). Freeing an analysis of
/// 2,000 pages (every tree, catalog entry and diagnostic, one object at a time)
/// took 0.35 s on the main thread after the output was already complete; the
/// kernel takes the whole address space back at exit at once. Only the
/// `waymark` executable turns this on (`BuildOptions.freesAnalysis`); a
/// long-lived process (`serve`, the tests) frees as usual.
public enum ExitTimeKeeper {
    private static let kept = Locked<[any Sendable]>([])

    /// Holds `value` until the process exits.
    public static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }
}
