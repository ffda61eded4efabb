import Foundation

/// The last complete `waymark build` of a project (`.waymark-cache/last-build`,
/// a `BuildRecord`): when the next build walks the same files with the same
/// stamps, under the same settings, and every channel it published is still the
/// folder and manifest it swapped in, nothing can come out differently, so the
/// build prints the recorded diagnostics and stops, without reading, parsing or
/// rendering anything. This is how make and Ninja know a target is up to date,
/// with git's guard for "racily clean" files (`racyWindow`).
///
/// The record is removed before any build that does the work and written only
/// after every selected channel was published, so it never describes output
/// that is not in `Build/`. A damaged record is reported once (`cache-corrupt`),
/// ignored and replaced; one in another format version is replaced silently.
/// `check` reads the same record (`checkResult`), never writes it.
public struct BuildJournal: Sendable {
    static let fileName = "last-build"
    /// Files modified this close to the walk (nanoseconds) are compared by content, not stamp:
    /// file times advance in clock ticks (a few milliseconds on ext4, 2 s on FAT), so a second
    /// save within the tick of the first can leave size, times and inode as they were.
    static let racyWindow: Int64 = 2_000_000_000

    let url: URL

    public init(cache: BuildCache) {
        url = cache.root.appendingPathComponent(Self.fileName)
    }

    /// Everything besides the project's files that decides what a build prints and publishes.
    public struct Settings: Sendable {
        /// The real folder the channels are published into.
        public var buildRoot: String
        public var options: BuildOptions
        /// `--strict`: warnings fail the build.
        public var strict: Bool
        /// The public key a manifest is signed with (`--sign`), nil when unsigned.
        public var signingKey: String?

        public init(buildRoot: String, options: BuildOptions, strict: Bool, signingKey: String?) {
            self.buildRoot = buildRoot
            self.options = options
            self.strict = strict
            self.signingKey = signingKey
        }

        /// What decides the diagnostics (`contentKey`, given) plus where and how the channels are published.
        func key(content: String) -> String {
            var print = Fingerprint()
            print.add(content)
            print.add(buildRoot)
            print.add(strict)
            print.add(signingKey)
            return print.key().hex
        }

        /// The Waymark build, the selection and what reaches the output besides the files
        /// and, when the project keeps a `long-untranslated` record, the day (a threshold in
        /// days depends on it): what decides a build's diagnostics, and so a `check`'s.
        static func contentKey(options: BuildOptions, _ entries: [ProjectEntry], now: Date) -> String {
            var print = Fingerprint()
            print.add(BuildJournal.fileName)
            print.add(CacheContext.buildIdentity)
            for selection in [options.channels, options.locales] {
                print.add(selection != nil)
                print.add(selection?.count ?? 0)
                for name in selection ?? [] { print.add(name) }
            }
            print.add(options.sourceRevision)
            print.add(options.sourceDateEpoch ?? -1)
            print.add(entries.contains { $0.path == UntranslatedLedger.path } ? UntranslatedLedger.day(now) : nil)
            return print.key().hex
        }
    }

    /// What the record says about a build of `entries` under `settings`.
    public enum Verdict: Sendable {
        /// Nothing changed since the recorded build: its diagnostics, exit status and channels stand.
        case upToDate(BuildRecord)
        /// Something changed, or there is no usable record; `problem` when the record was damaged or foreign.
        case stale(problem: Diagnostic?)
    }

    /// The record as it is on disk, decoded but for its diagnostics, or the verdict when there is
    /// no usable one. Reading it (tens of megabytes with a big project's warnings) needs nothing
    /// from the walk, so `waymark build` reads it on another thread while it walks.
    public enum Recorded: Sendable {
        case record(BuildRecord)
        case unusable(Verdict)
    }

    /// A record that cannot be decoded: reported once, then built over.
    private static var damaged: Verdict {
        .stale(problem: CacheCorruptRule.diagnostic(
            "the record of the last build is damaged or was written by another Waymark; it is ignored and everything is built",
            at: SourceLocation(path: "\(BuildCache.folderName)/\(fileName)")))
    }

    /// Reads the record (`Recorded`).
    public func read() -> Recorded {
        guard let data = try? Data(contentsOf: url) else { return .unusable(.stale(problem: nil)) }
        // Another format of the record (an older or newer Waymark) is not damage: built over, silently.
        guard data.starts(with: BuildRecord.magic) else { return .unusable(data.starts(with: BuildRecord.family) ? .stale(problem: nil) : Self.damaged) }
        guard let record = try? BuildRecord.decode(data) else { return .unusable(Self.damaged) }
        return .record(record)
    }

    /// Compares a fresh walk of the project (`entries`) and the published channels with the record
    /// (`recorded`: read already, else read now).
    public func verdict(for entries: [ProjectEntry], settings: Settings, recorded: Recorded? = nil, now: Date = Date()) -> Verdict {
        let key = settings.key(content: Settings.contentKey(options: settings.options, entries, now: now))
        return matching(recorded ?? read(), entries, now: now) { record in
            record.key == key
                && record.channels.allSatisfy { Self.stamps($0.name, in: settings.buildRoot) == $0.stamps }
        }
    }

    /// What `waymark check` with `options` would give, when the last build's record shows that
    /// nothing it read changed: a check runs every stage a build does (rendering included, for
    /// the channel rules), so its diagnostics are the build's. Nil: check as usual.
    public func checkResult(of entries: [ProjectEntry], options: BuildOptions, now: Date = Date()) -> BuildResult? {
        let key = Settings.contentKey(options: options, entries, now: now)
        guard case .upToDate(let record) = matching(read(), entries, now: now, { $0.contentKey == key }) else { return nil }
        return BuildResult(diagnostics: record.diagnostics, channels: [], failedChannels: [], isConfigurationFailure: false)
    }

    /// The record, with its diagnostics decoded, when it passes `accepts` and every walked entry
    /// is as recorded (racily clean ones compared by content).
    private func matching(_ recorded: Recorded, _ entries: [ProjectEntry], now: Date, _ accepts: (BuildRecord) -> Bool) -> Verdict {
        var record: BuildRecord
        switch recorded {
        case .record(let read): record = read
        case .unusable(let verdict): return verdict
        }
        guard record.inputs.count == entries.count, accepts(record) else { return .stale(problem: nil) }
        for (input, entry) in zip(record.inputs, entries) where input.path != entry.path || input.stamp != entry.stamp {
            return .stale(problem: nil)
        }
        // Racily clean files: the bytes must be the ones built from.
        for entry in entries where Self.isRacy(entry, walkStarted: record.walkStarted) {
            guard let recorded = record.racyDigests[entry.path], let data = try? Data(contentsOf: entry.url),
                  CacheEntry.checksum(data) == recorded else { return .stale(problem: nil) }
        }
        do { try record.decodeDiagnostics() } catch { return Self.damaged }
        return .upToDate(record)
    }

    /// Whether `entry` was modified within the racy window of a walk that began at `walkStarted`
    /// (a refused entry has no stamp, and no bytes to compare).
    static func isRacy(_ entry: ProjectEntry, walkStarted: Int64) -> Bool {
        guard let stamp = entry.fileStamp else { return false }
        return stamp.modified >= walkStarted - racyWindow
    }

    /// Removes the record: the build about to run may change `Build/` or fail half way.
    public func forget() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Records a build of `files` (read from `entries`, whose walk began at `walkStarted`)
    /// that published every channel in `published` (name, file count), under `settings`.
    public func record(entries: [ProjectEntry], walkStarted: Int64, files: ProjectFiles, settings: Settings,
                       diagnostics: [Diagnostic], exitCode: Int32, published: [(name: String, fileCount: Int)], now: Date = Date()) {
        var racy: [String: String] = [:]
        for entry in entries where Self.isRacy(entry, walkStarted: walkStarted) {
            // A file the snapshot could not read has nothing to compare: no record.
            guard let data = files.files[entry.path] else { return }
            racy[entry.path] = CacheEntry.checksum(data)
        }
        var channels: [BuildRecord.Channel] = []
        for (name, count) in published {
            let (folder, manifest, signature) = Self.stamps(name, in: settings.buildRoot)
            guard !folder.isEmpty, !manifest.isEmpty else { return }
            channels.append(BuildRecord.Channel(name: name, fileCount: count, folder: folder, manifest: manifest, signature: signature))
        }
        let cacheRule = CacheCorruptRule.description.id
        // Shared, not copied, unless there is a cache warning to leave out.
        let kept = diagnostics.contains { $0.ruleID == cacheRule } ? diagnostics.filter { $0.ruleID != cacheRule } : diagnostics
        let content = Settings.contentKey(options: settings.options, entries, now: now)
        let record = BuildRecord(key: settings.key(content: content), contentKey: content, walkStarted: walkStarted,
                                 inputs: entries.map { BuildRecord.Input(path: $0.path, stamp: $0.stamp) }, racyDigests: racy,
                                 diagnostics: kept, exitCode: exitCode, channels: channels)
        // Written aside and renamed: a reader sees the old record, none, or this one whole.
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(Self.fileName).\(getpid())")
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try record.write(to: temporary.path)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// The stamps of a published channel's folder, manifest and signature ("" for each one missing).
    static func stamps(_ channel: String, in buildRoot: String) -> (folder: String, manifest: String, signature: String) {
        let folder = buildRoot + "/" + channel
        return (FileStamp.of(folder)?.text ?? "", FileStamp.of(folder + "/" + Manifest.fileName)?.text ?? "",
                FileStamp.of(folder + "/" + Manifest.signatureFileName)?.text ?? "")
    }
}

extension BuildRecord.Channel {
    var stamps: (folder: String, manifest: String, signature: String) { (folder, manifest, signature) }
}
