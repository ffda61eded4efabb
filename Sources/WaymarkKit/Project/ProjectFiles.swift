import Foundation

/// A read-only snapshot of a project's files, keyed by project-relative path
/// with forward slashes. Every later stage reads from this value, so the
/// pipeline is pure and tests (and rule examples) run on in-memory projects.
public struct ProjectFiles: Sendable {
    public var files: [String: Data]
    /// Files that exist but could not be read, with the reason, reported as diagnostics.
    public var unreadable: [String: String]
    /// Symbolic links that were not followed (they leave the project, dangle
    /// or loop), with the reason. Never read; `ContentLoader` reports each one.
    public var refusedLinks: [String: String]

    public init(files: [String: Data] = [:], unreadable: [String: String] = [:], refusedLinks: [String: String] = [:]) {
        self.files = files
        self.unreadable = unreadable
        self.refusedLinks = refusedLinks
    }

    /// Builds a snapshot from UTF-8 strings (tests, rule examples). A text
    /// `symlink -> TARGET` stands for a symbolic link out of the project, which
    /// the reader would refuse (`linkPrefix`).
    public init(texts: [String: String]) {
        self.init(files: texts.filter { !$0.value.hasPrefix(Self.linkPrefix) }.mapValues { Data($0.utf8) })
        for (path, text) in texts where text.hasPrefix(Self.linkPrefix) {
            refusedLinks[path] = "it is a symbolic link to '\(text.dropFirst(Self.linkPrefix.count))', outside the project; Waymark reads and writes only inside the project folder"
        }
    }

    /// How `init(texts:)` spells a symbolic link out of the project.
    public static let linkPrefix = "symlink -> "

    public func contains(_ path: String) -> Bool { files[path] != nil }

    /// Sorted paths below `folder` (a prefix ending without `/`), unreadable ones
    /// included so the loaders report them instead of skipping them.
    public func paths(under folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return (Array(files.keys) + Array(unreadable.keys)).filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// The file as UTF-8 text, or a diagnostic naming why it is not text.
    func text(_ path: String, rule: any Rule.Type) -> Result<String, Diagnostic> {
        guard let data = files[path] else {
            let reason = unreadable[path] ?? "file not found"
            return .failure(rule.diagnostic("cannot read \(path): \(reason)", at: SourceLocation(path: path)))
        }
        // Through one buffer: `Data`'s own iteration checks access to its storage on every byte.
        let decoded: (binary: Bool, text: String?) = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.contains(0) { return (true, nil) }
            return (false, String(validating: bytes, as: UTF8.self))
        }
        if decoded.binary {
            return .failure(rule.diagnostic("\(path) is a binary file, not text", at: SourceLocation(path: path)))
        }
        guard let text = decoded.text else {
            let location = Self.firstInvalidUTF8(in: data, path: path)
            return .failure(rule.diagnostic("\(path) is not valid UTF-8", at: location))
        }
        // A byte-order mark is legal UTF-8 but would leak into the first segment.
        return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    /// The line and column of the first byte that breaks UTF-8, so the person can find it.
    static func firstInvalidUTF8(in data: Data, path: String) -> SourceLocation {
        var line = 1, lineStart = 0
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let valid = length > 0 && index + length <= bytes.count
                && String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            if !valid { return SourceLocation(path: path, line: line, column: index - lineStart + 1) }
            if byte == 0x0A { line += 1; lineStart = index + 1 }
            index += length
        }
        return SourceLocation(path: path, line: line, column: 1)
    }
}

extension ProjectFiles {
    /// The file as text, or nil after recording why it is not.
    func text(_ path: String, rule: any Rule.Type, diagnostics: inout [Diagnostic]) -> String? {
        switch text(path, rule: rule) {
        case .success(let text): return text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }
}
