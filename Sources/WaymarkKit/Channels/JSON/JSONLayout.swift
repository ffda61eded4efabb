/// Where each file of a JSON channel lives, relative to the channel root (SPEC §8).
enum JSONLayout {
    /// The list of published locales.
    static let rootFile = "index.json"
    /// The JSON Schema of a page file, copied from `Resources/page.schema.json`.
    static let schemaFile = "schema/page.schema.json"

    /// `<locale>/<program>/<slug>.json`.
    static func pageFile(_ page: ChannelPage) -> String {
        "\(page.locale)/\(page.program)/\(page.slug).json"
    }

    /// `<locale>/index.json`.
    static func localeFile(_ locale: String) -> String {
        "\(locale)/index.json"
    }
}
