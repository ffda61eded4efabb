/// The trust boundary for translations (SPEC §4): translators and agencies are not
/// trusted, so a translation may never carry raw HTML, never an unsafe URL, and only
/// the link and image targets of its source: the same set in any order, where a link
/// to a page may also point at another page of the project that exists.
///
/// `unsafe-html`, `unsafe-url` and `markup-mismatch` report what this finds, at the
/// line a translator edits; the localization stage and `import` call `permits` so an
/// offending translation is never published or imported, whatever `rules:` says.
enum TranslationTrust {
    /// Raw HTML in `translation` (inline tags, comments, HTML blocks), in order.
    static func rawHTML(in translation: InlineMarkupInventory) -> [String] {
        translation.rawHTML
    }

    /// Link destinations and image sources `URLSafety` refuses, in order.
    static func unsafeURLs(in translation: InlineMarkupInventory) -> [String] {
        (translation.linkDestinations + translation.imageSources).filter { !URLSafety.isPublishable($0) }
    }

    /// Target changes against the source, described for a message: links and images
    /// the source has and the translation lacks, and targets the translation adds.
    /// Unsafe URLs are left to `unsafeURLs`.
    static func targetChanges(from source: InlineMarkupInventory, to translation: InlineMarkupInventory,
                              scope: TranslationLinkScope?) -> [String] {
        let links = difference(source.linkDestinations, translation.linkDestinations)
        let images = difference(source.imageSources, translation.imageSources)
        // A page link may be exchanged for another page that exists (a locale's own page).
        var exchanges = links.added.filter { scope?.resolvesToPage($0) == true }.count
        var problems = links.missing.filter { target in
            guard exchanges > 0, scope?.isPageLink(target) == true else { return true }
            exchanges -= 1
            return false
        }.map { "no link to '\($0)'" }
        problems += images.missing.map { "no image '\($0)'" }
        let added = addedTargets(links: links.added, images: images.added, scope: scope)
        problems += added.links.map { "link to '\($0)' not in the source" }
        problems += added.images.map { "image '\($0)' not in the source" }
        return problems
    }

    /// Whether `translation` may be published or imported in place of `source`: no raw
    /// HTML, no unsafe URL, no target the source does not have (a missing link is a
    /// quality problem `markup-mismatch` reports, not a danger to readers).
    /// `analyses` shares the parse of both texts with translation QA.
    static func permits(source: String, translation: String, scope: TranslationLinkScope?,
                        analyses: InlineAnalysisMemo? = nil) -> Bool {
        if translation == source || TranslationProse.isPlain(translation) { return true }
        let translated = analyses?.analysis(translation).markup ?? InlineMarkupInventory(translation)
        guard rawHTML(in: translated).isEmpty, unsafeURLs(in: translated).isEmpty else { return false }
        let original = analyses?.analysis(source).markup ?? InlineMarkupInventory(source)
        let added = addedTargets(links: difference(original.linkDestinations, translated.linkDestinations).added,
                                 images: difference(original.imageSources, translated.imageSources).added, scope: scope)
        return added.links.isEmpty && added.images.isEmpty
    }

    /// Added targets that are neither unsafe (reported on their own) nor, for links,
    /// a relative link to a page that exists.
    private static func addedTargets(links: [String], images: [String], scope: TranslationLinkScope?) -> (links: [String], images: [String]) {
        (links.filter { URLSafety.isPublishable($0) && scope?.resolvesToPage($0) != true },
         images.filter(URLSafety.isPublishable))
    }

    /// Elements of `source` missing from `translation` and extra ones, as multisets.
    private static func difference(_ source: [String], _ translation: [String]) -> (missing: [String], added: [String]) {
        var added = translation
        var missing: [String] = []
        for target in source {
            if let index = added.firstIndex(of: target) { added.remove(at: index) } else { missing.append(target) }
        }
        return (missing, added)
    }
}

/// Where a translation's relative links are resolved: the source page they are
/// written in and the pages that exist.
struct TranslationLinkScope: Sendable, Hashable {
    /// Project-relative path of the source file (`Source-Content/guide/01-start.md`).
    var sourcePath: String
    /// Ids of every page of the project (`guide/02-passwords`).
    var pageIDs: Set<String>

    /// Whether `destination` is a link within the project's pages (resolving or not).
    func isPageLink(_ destination: String) -> Bool {
        switch ContentLink.resolve(destination, fromPage: sourcePath) {
        case .page, .anchor: true
        default: false
        }
    }

    /// Whether `destination` is a relative link to a page that exists, or an anchor.
    func resolvesToPage(_ destination: String) -> Bool {
        switch ContentLink.resolve(destination, fromPage: sourcePath) {
        case .page(let id, _): pageIDs.contains(id)
        case .anchor: true
        default: false
        }
    }
}
