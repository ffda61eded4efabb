#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One pack file of a cache namespace: `CacheEntry` records laid end to end.
/// A build appends the entries it computes to one new pack of its own and
/// never changes a byte of an existing pack, so a reader holding an older pack
/// open (a `serve` next to a `build`) keeps reading what it indexed even after
/// the pack is deleted. Named `<pid>-<random>.pack`, so a cleanup can tell the
/// pack of a running process from a leftover of a killed one.
final class CachePack: Sendable {
    static let suffix = ".pack"

    /// The file name inside the namespace folder.
    let name: String
    private let descriptor: Int32

    private init(name: String, descriptor: Int32) {
        self.name = name
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Opens the existing pack `name` in `folder` for reading; nil when it is not there.
    static func open(_ name: String, in folder: String) -> CachePack? {
        let descriptor = openFile(folder + "/" + name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        return descriptor < 0 ? nil : CachePack(name: name, descriptor: descriptor)
    }

    /// Creates a new, empty pack of this process in `folder` (which must exist).
    static func create(in folder: String) -> CachePack? {
        let name = "\(getpid())-\(UUID().uuidString.prefix(8).lowercased())\(suffix)"
        let descriptor = openFile(folder + "/" + name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        return descriptor < 0 ? nil : CachePack(name: name, descriptor: descriptor)
    }

    /// The pid in a pack's (or temporary index's) name, when it has one.
    static func writer(of name: String) -> Int32? {
        name.split(separator: "-").first.flatMap { Int32($0) }
    }

    /// The pack's size in bytes now.
    var size: Int {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Up to `length` bytes from `offset`: fewer when the pack ends early (a truncated pack).
    func read(offset: Int, length requested: Int) -> Data {
        // An index can name any range; never allocate more than the pack holds.
        let length = min(requested, size - offset)
        guard length > 0, offset >= 0 else { return Data() }
        var data = Data(count: length)
        let count = data.withUnsafeMutableBytes { buffer -> Int in
            var done = 0
            while done < length {
                let got = pread(descriptor, buffer.baseAddress! + done, length - done, off_t(offset + done))
                if got < 0, errno == EINTR { continue }
                if got <= 0 { break }
                done += got
            }
            return done
        }
        return count == length ? data : data.prefix(count)
    }

    /// Writes `data` at `offset`; false when the disk refused (full, read-only).
    func write(_ data: Data, at offset: Int) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let put = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if put < 0, errno == EINTR { continue }
                if put <= 0 { return false }
                done += put
            }
            return true
        }
    }
}

// The global `open`, out of reach of `CachePack.open` inside the class.
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
    open(path, flags, mode)
}

/// The pack a build writes: render threads reserve a range under a lock and
/// write it outside the lock, so appends from every core go on at once.
final class CachePackAppender: Sendable {
    let pack: CachePack
    private let end = Locked(0)

    /// Packs being written by this process: a cleanup never deletes them.
    static let active = Locked<Set<String>>([])

    init(pack: CachePack) {
        self.pack = pack
        _ = Self.active.withLock { $0.insert(pack.name) }
    }

    deinit { _ = Self.active.withLock { $0.remove(pack.name) } }

    /// Appends `record`; its offset, or nil when it could not be written (the range is then never indexed).
    func append(_ record: Data) -> Int? {
        let offset = end.withLock { end -> Int in
            defer { end += record.count }
            return end
        }
        guard pack.write(record, at: offset) else { return nil }
        PublishTestHook.reached(.cacheStored)
        return offset
    }
}
