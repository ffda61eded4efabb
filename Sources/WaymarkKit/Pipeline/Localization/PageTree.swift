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
        /// The recipe and the pages the spliced tree links to (kept in the cache entry).
        case deferred(Recipe, linkedPageIDs: [String])
    }

    private let storage: Storage

    /// A tree already spliced.
    init(_ tree: MarkdownNode) {
        storage = .built(tree)
    }

    /// A tree spliced when first read, whose links lead to `linkedPageIDs` (`linkedPageIDs(from:)` of the spliced tree).
    init(deferred recipe: Recipe, linkedPageIDs: [String]) {
        storage = .deferred(recipe, linkedPageIDs: linkedPageIDs)
    }

    /// The ids of the pages the tree's links and images name (`BodyLinkRewriter.linkedPageID`), in
    /// document order, for page `pageID`. A page's cache key covers where these lead
    /// (`SiteOutline.links`); a deferred tree answers from its cache entry, so keying an
    /// unchanged page never splices it.
    func linkedPageIDs(from pageID: String) -> [String] {
        switch storage {
        case .built(let tree):
            var ids: [String] = []
            Self.collectLinkedIDs(tree, from: pageID, into: &ids)
            return ids
        case .deferred(_, let ids): return ids
        }
    }

    private static func collectLinkedIDs(_ node: MarkdownNode, from pageID: String, into ids: inout [String]) {
        switch node.kind {
        case .link(let destination, _), .image(let destination, _):
            if let id = BodyLinkRewriter.linkedPageID(destination, from: pageID) { ids.append(id) }
        default: break
        }
        for child in node.children { collectLinkedIDs(child, from: pageID, into: &ids) }
    }

    /// True while the tree has not been spliced (the page came from the localization cache).
    var isDeferred: Bool {
        if case .deferred = storage { true } else { false }
    }

    /// The tree: the one built, or the recipe spliced now by the same code an uncached build runs.
    func resolved() -> MarkdownNode {
        switch storage {
        case .built(let tree): return tree
        case .deferred(let recipe, _):
            if recipe.isSource {
                return PageLocalizer.source(recipe.page, placeholders: recipe.placeholders, units: recipe.units, locale: recipe.locale).body
            }
            let localizer = PageLocalizer(locale: recipe.locale, publishFuzzy: recipe.publishFuzzy, catalogs: recipe.catalogs,
                                          placeholders: recipe.placeholders, pageIDs: recipe.pageIDs)
            return localizer.localize(recipe.page, units: recipe.units).body
        }
    }
}
