/// The spliced tree of a localized page, or what splices it. A page answered by
/// the localization cache (`CachedLocalizations`) carries only the recipe: it is
/// spliced when something reads its tree, which in a cached build is a renderer
/// that missed its page cache. A value: resolving builds the tree and keeps nothing
/// (the recipe is an immutable object, shared by the copies of the page).
struct PageTree: Sendable {
    /// What splicing one page in one locale reads, taken from the build that deferred it.
    /// Immutable, and held by reference: a page is copied into every channel's site, and
    /// copying these fields one by one cost more than reading the cache entry.
    final class Recipe: Sendable {
        let page: SourcePage
        let units: SourceFileUnits
        let locale: String
        /// True for the source locale: placeholders are expanded, nothing is looked up.
        let isSource: Bool
        let publishFuzzy: Bool
        let catalogs: CatalogStore
        let placeholders: PlaceholderValues
        let pageIDs: Set<String>

        init(page: SourcePage, units: SourceFileUnits, locale: String, isSource: Bool, publishFuzzy: Bool,
             catalogs: CatalogStore, placeholders: PlaceholderValues, pageIDs: Set<String>) {
            self.page = page
            self.units = units
            self.locale = locale
            self.isSource = isSource
            self.publishFuzzy = publishFuzzy
            self.catalogs = catalogs
            self.placeholders = placeholders
            self.pageIDs = pageIDs
        }
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
