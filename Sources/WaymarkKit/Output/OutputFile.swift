import Foundation

/// One file a channel emits, relative to the channel root (`Build/<channel>/`).
public struct OutputFile: Sendable, Hashable {
    /// Forward-slash path relative to the channel root, e.g. `es/online-road-safety/01-welcome/index.html`.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
