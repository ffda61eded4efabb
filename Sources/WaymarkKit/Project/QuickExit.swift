/// A "leave this site" link (SPEC §8): `quick-exit: {url, label}` in `waymark.yaml`
/// (every page) or `_program.yaml` (that program's pages, overriding the project's).
/// The link comes first on the page, works without JavaScript and sends no referrer;
/// on `profile: web` a small inline script also leaves when Shift is pressed three times.
public struct QuickExit: Sendable, Hashable {
    /// Where the link goes: an absolute http(s) URL of a neutral site (weather, news).
    public var url: String
    /// The link text in the source language; other locales use their translation of the
    /// `_ui.yaml` string `quick-exit` when they have one.
    public var label: String

    public init(url: String, label: String) {
        self.url = url
        self.label = label
    }

    /// Reads `{url, label}`; nil (with an error) when it is not a mapping with an http(s) `url`.
    static func read(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> QuickExit? {
        var exit = QuickExit(url: "", label: "Leave this site")
        for pair in reader.mapping(node, known: ["url", "label"], what: "quick-exit") {
            switch pair.key {
            case "url": exit.url = reader.string(pair.value, key: "quick-exit.url") ?? ""
            case "label": exit.label = reader.string(pair.value, key: "quick-exit.label") ?? exit.label
            default: break
            }
        }
        guard exit.url.hasPrefix("https://") || exit.url.hasPrefix("http://") else {
            reader.error("'quick-exit' needs a 'url' that is an absolute http(s) URL of a neutral site", at: node["url"] ?? node)
            return nil
        }
        return exit
    }
}
