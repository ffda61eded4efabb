/// How a channel writes links between its own files.
enum LinkStyle: Sendable {
    /// Web: folder URLs (`../02-passwords/`), the server adds `index.html`.
    case directory
    /// Tor and JSON: explicit file names (`../02-passwords/index.html`), so the output
    /// also works from a file system or an onion service without directory indexes.
    case file

    /// The relative href from the file `from` to the file `to` (both channel-root relative).
    func href(from: String, to: String) -> String {
        let relative = ChannelPath.relative(from: from, to: to)
        guard self == .directory else { return relative }
        if relative == "index.html" { return "./" }
        if relative.hasSuffix("/index.html") { return String(relative.dropLast("index.html".count)) }
        return relative
    }
}
