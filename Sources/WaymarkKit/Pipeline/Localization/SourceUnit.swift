/// A translatable unit of one source file, tied to where it is used, so a
/// translation found in the catalog can be put back in the right place.
struct SourceUnit: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        case pageTitle
        case pageDescription
        /// Index into the page's `Segment` list.
        case segment(Int)
        case programTitle
        case programDescription
        case uiString(key: String)
        /// A translatable `_data` field by its placeholder path: `helplines.0.name`.
        case dataField(path: String)
    }

    var role: Role
    var source: CatalogSource
}

/// The units of one source file and the catalog they live in.
struct SourceFileUnits: Sendable {
    enum Kind: Sendable, Hashable { case page, program, ui, data }

    var kind: Kind
    /// Project-relative source path: `Source-Content/online-road-safety/01-welcome.md`.
    var sourcePath: String
    /// Catalog name: the source path below `Source-Content/` without extension.
    var catalogName: String
    var units: [SourceUnit]
    /// For pages, the segments units with `.segment` roles index into.
    var segments: [Segment]
    /// Pages with `translate: false` get no catalog.
    var isTranslatable: Bool

    /// `Locales/<locale>/<catalogName>.po` (SPEC §2).
    func catalogPath(locale: String) -> String {
        "\(CatalogStore.localesFolder)/\(locale)/\(catalogName).po"
    }

    var sources: [CatalogSource] { units.map(\.source) }

    /// The words of every unit's source text (without building `sources`).
    var wordCount: Int { units.reduce(0) { $0 + $1.source.wordCount } }

    /// Translation state of this file's units in `locale` (SPEC §5.2); the one
    /// definition `status`, the `min-complete` gate and page summaries share.
    func summary(locale: String, catalogs: CatalogStore) -> TranslationSummary {
        TranslationSummary(sources: units.lazy.map(\.source), catalog: catalogs.catalog(catalogPath(locale: locale), locale: locale))
    }

    /// Catalog name for a project-relative source path.
    static func catalogName(for sourcePath: String) -> String {
        var name = String(sourcePath.dropFirst(ContentLoader.contentFolder.count + 1))
        for suffix in [".md", ".yaml", ".yml"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        return name
    }
}
