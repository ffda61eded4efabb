import Foundation

/// What one complete `waymark build` read, said and published, kept in
/// `.waymark-cache/last-build` so that the next build can tell it has nothing
/// to do, the way Ninja's log tells it a target is up to date. `BuildJournal`
/// writes and compares it.
public struct BuildRecord: Sendable {
    /// One walked project entry and its stamp (`ProjectEntry.stamp`).
    struct Input: Sendable, Equatable {
        var path: String
        var stamp: String
    }

    /// One published channel: its file count, and the stamps of its folder, its
    /// manifest and its signature ("" when absent) right after it was swapped in.
    public struct Channel: Sendable, Equatable {
        public var name: String
        public var fileCount: Int
        var folder: String
        var manifest: String
        var signature: String
    }

    /// `BuildJournal.Settings.key`: the Waymark build and everything besides the files that changes the output.
    var key: String
    /// `BuildJournal.Settings.contentKey`: the part of `key` that decides the diagnostics (what `check` compares).
    var contentKey: String
    /// When the walk began (nanoseconds since 1970). A file modified after
    /// `walkStarted - BuildJournal.racyWindow` could be written again within the
    /// same clock tick with its stamp unchanged, so its bytes are compared too.
    var walkStarted: Int64
    /// Every entry of the walk, in walk order.
    var inputs: [Input]
    /// SHA-256 of the bytes built from, for each input modified within the racy window.
    var racyDigests: [String: String]
    /// What the build printed (but for cache warnings, said once by the build that met them).
    /// A decoded record reads them only when asked (`decodeDiagnostics`): a project with
    /// hundreds of thousands of warnings should not decode them for a build that is stale.
    public var diagnostics: [Diagnostic]
    /// A decoded record's bytes and where its diagnostics are among them.
    var undecoded: (bytes: [UInt8], range: Range<Int>)? = nil
    public var exitCode: Int32
    public var channels: [Channel]

    /// The first line: the format's name and version.
    static let magic = Data("waymark last-build 3\n".utf8)
    /// The name every version of the format starts with.
    static let family = Data("waymark last-build ".utf8)

    /// Writes the record to `path` a piece at a time: the magic line, the fields
    /// (`CacheWriter`), the diagnostics last, then the `EntryChecksum` of all of it. A
    /// corpus with hundreds of thousands of warnings is never one buffer in memory.
    func write(to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? handle.close() }
        var checksum = EntryChecksum()
        func emit(_ data: Data) throws {
            data.withUnsafeBytes { checksum.update($0) }
            try handle.write(contentsOf: data)
        }
        var writer = CacheWriter()
        writer.string(key)
        writer.string(contentKey)
        writer.int(Int(walkStarted))
        writer.int(inputs.count)
        for input in inputs {
            writer.string(input.path)
            writer.string(input.stamp)
        }
        writer.int(racyDigests.count)
        for (path, digest) in racyDigests.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.string(digest)
        }
        writer.int(Int(exitCode))
        writer.int(channels.count)
        for channel in channels {
            for field in [channel.name, channel.folder, channel.manifest, channel.signature] { writer.string(field) }
            writer.int(channel.fileCount)
        }
        writer.int(diagnostics.count)
        try emit(Self.magic + writer.data)
        // Pieces of 4,096, a window of them encoded in parallel and written in order: encoding
        // 390,000 warnings took a quarter of a second on the main thread at the end of a build.
        let piece = 4096, window = piece * 4 * Parallelism.width, diagnostics = diagnostics
        for windowStart in stride(from: 0, to: diagnostics.count, by: window) {
            let starts = Array(stride(from: windowStart, to: min(windowStart + window, diagnostics.count), by: piece))
            for data in starts.parallelMap({ start in
                var writer = CacheWriter()
                DiagnosticCoding.encode(diagnostics[start..<min(start + piece, diagnostics.count)], into: &writer)
                return writer.data
            }) { try emit(data) }
        }
        try handle.write(contentsOf: Data(EntryChecksum.bytes(checksum.finalize())))
    }

    /// The record `write(to:)` wrote; throws on any other bytes (a foreign, older or damaged file).
    static func decode(_ data: Data) throws(CacheReader.Malformed) -> BuildRecord {
        guard let fields = EntryChecksum.fields(of: data, magic: magic) else { throw CacheReader.Malformed() }
        // One copy of the bytes; the fields, and later the diagnostics, are read from ranges of it.
        let bytes = [UInt8](data)
        var reader = CacheReader(bytes, in: fields)
        let key = try reader.string(), contentKey = try reader.string()
        let walkStarted = Int64(try reader.int())
        let inputs = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) in
            Input(path: try reader.string(), stamp: try reader.string())
        }
        var racy: [String: String] = [:]
        for _ in 0..<(try reader.int()) { racy[try reader.string()] = try reader.string() }
        let exitCode = Int32(truncatingIfNeeded: try reader.int())
        let channels = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) -> Channel in
            let name = try reader.string(), folder = try reader.string(), manifest = try reader.string(), signature = try reader.string()
            return Channel(name: name, fileCount: try reader.int(), folder: folder, manifest: manifest, signature: signature)
        }
        // The rest is the diagnostics, as `DiagnosticCoding.encode` writes them (count first).
        let diagnostics = reader.rest()
        var record = BuildRecord(key: key, contentKey: contentKey, walkStarted: walkStarted, inputs: inputs, racyDigests: racy, diagnostics: [],
                                 exitCode: exitCode, channels: channels)
        record.undecoded = (bytes, diagnostics)
        return record
    }

    /// Decodes the diagnostics of a decoded record (a record made in memory has them already).
    mutating func decodeDiagnostics() throws(CacheReader.Malformed) {
        guard let (bytes, range) = undecoded else { return }
        diagnostics = try DiagnosticCoding.decode(CacheReader(bytes, in: range))
        undecoded = nil
    }
}
