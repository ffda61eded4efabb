import Foundation

/// Files shipped in `Sources/WaymarkKit/Resources/` that channels copy into their output.
enum ChannelResource {
    /// The default theme, `Resources/waymark.css`; nil if missing from the build.
    static let stylesheet: Data? = load("waymark", "css")
    /// The JSON Schema of a JSON page file, `Resources/page.schema.json`; nil if missing.
    static let pageSchema: Data? = load("page.schema", "json")
    /// The 32 px PNG icon every HTML page links to (`Resources/favicon.png`); nil if missing.
    static let favicon: Data? = load("favicon", "png")

    private static func load(_ name: String, _ ext: String) -> Data? {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources") else { return nil }
        return try? Data(contentsOf: url)
    }

    /// The diagnostic reported when a resource is missing (a broken Waymark build, not user error).
    static func missing(_ name: String) -> Diagnostic {
        Diagnostic(.error, "the built-in resource Resources/\(name) is missing from this Waymark build",
                   at: SourceLocation(path: "waymark.yaml"), rule: "resource-missing")
    }
}
