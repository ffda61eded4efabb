/// The spliced tree of a localized page, or what splices it. A page answered by
/// the localization cache (`CachedLocalizations`) carries only the recipe: it is
/// spliced when something reads its tree, which in a cached build is a renderer
/// that missed its page cache. A value: resolving builds the tree and keeps nothing.
struct PageTree: Sendable {
    /// What splicing one page in one locale reads, taken from the build that deferred it.
    struct Recipe: Sendable {
        var page: SourcePage
        var units: SourceFileUnits
        var locale: String
        /// True for the source locale: placeholders are expanded, nothing is looked up.
        var isSource: Bool
        var publishFuzzy: Bool
        var catalogs: CatalogStore
        var placeholders: PlaceholderValues
        var pageIDs: Set<String>
    }

    private enum Storage: Sendable {
        case built(MarkdownNode)
        case deferred(Recipe)
    }

    private let storage: Storage

    /// A tree already spliced.
    init(_ tree: MarkdownNode) {
        storage = .built(tree)
    }

    /// A tree spliced when first read.
    init(deferred recipe: Recipe) {
        storage = .deferred(recipe)
    }

    /// True while the tree has not been spliced (the page came from the localization cache).
    var isDeferred: Bool {
        if case .deferred = storage { true } else { false }
    }

    /// The tree: the one built, or the recipe spliced now by the same code an uncached build runs.
    func resolved() -> MarkdownNode {
        switch storage {
        case .built(let tree): return tree
        case .deferred(let recipe):
            if recipe.isSource {
                return PageLocalizer.source(recipe.page, placeholders: recipe.placeholders, units: recipe.units, locale: recipe.locale).body
            }
            let localizer = PageLocalizer(locale: recipe.locale, publishFuzzy: recipe.publishFuzzy, catalogs: recipe.catalogs,
                                          placeholders: recipe.placeholders, pageIDs: recipe.pageIDs)
            return localizer.localize(recipe.page, units: recipe.units).body
        }
    }
}
