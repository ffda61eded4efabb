import Foundation

/// What one build may take from the build before it: `serve` keeps the last
/// analysis and hands it to the next build, whose stages take every page,
/// segment list, catalog and localized page whose inputs are byte for byte
/// the same, and compute the rest. It lives in memory only (the on-disk
/// cache covers rendering and QA across processes), and a build given none
/// computes everything; `AnalysisReuseTests` checks both give the same build.
public struct AnalysisReuse: Sendable {
    /// The previous build's snapshot, page loads, units, catalog parses and localizations
    /// (flattened, so that no stage value contains the stage values of the build before).
    let files: ProjectFiles
    let pageLoads: [String: ContentLoader.PageLoad]
    let units: [SourceFileUnits]
    let catalogParses: [String: POParseResult]
    let localized: [Bool: LocalizedProject]
    let pageIDs: Set<String>
    /// The page rules' diagnostics of each page, by path.
    let pageRules: [String: [Diagnostic]]
    /// The translation QA's diagnostics, and what decided which catalogs it read:
    /// the selected locales and the translatable source files.
    let qa: [Diagnostic]
    let qaLocales: [String]
    let translatableSources: [String]

    init(_ checked: ProjectAnalysis.Checked) {
        let previous = checked.localized
        pageRules = checked.pageRuleDiagnostics
        // A cache warning is said once, by the build that replaced the damaged entry.
        qa = checked.qaDiagnostics.filter { $0.ruleID != CacheCorruptRule.description.id }
        qaLocales = previous.cataloged.locales
        translatableSources = previous.cataloged.translatableUnits.map(\.sourcePath)
        let loaded = previous.cataloged.segmented.loaded
        files = loaded.files
        pageLoads = loaded.pageLoads
        units = previous.cataloged.units
        catalogParses = previous.cataloged.catalogs.parses
        localized = previous.projects
        pageIDs = Set(loaded.project.pages.map(\.id))
    }

    /// The previous snapshot against `files`, path by path.
    func change(to files: ProjectFiles) -> SnapshotChange {
        SnapshotChange(from: self.files, to: files)
    }

    /// The previous units of each page, by source path.
    var pageUnits: [String: SourceFileUnits] { Self.pageUnits(units) }

    /// The units of each page among `units`, by source path.
    static func pageUnits(_ units: [SourceFileUnits]) -> [String: SourceFileUnits] {
        Dictionary(units.filter { $0.kind == .page }.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Which paths of a project snapshot differ from an earlier snapshot.
struct SnapshotChange: Sendable {
    /// Paths whose bytes differ, that appeared or disappeared, or whose read failed in either snapshot.
    var changed: Set<String>
    /// Every changed path was read in both snapshots: no file appeared, disappeared,
    /// failed to read or was refused, so the set of files is the same.
    let editsOnly: Bool

    init(from old: ProjectFiles, to new: ProjectFiles) {
        var changed = Set<String>()
        for (path, data) in new.files where old.files[path] != data { changed.insert(path) }
        for path in old.files.keys where new.files[path] == nil { changed.insert(path) }
        changed.formUnion(old.unreadable.keys)
        changed.formUnion(new.unreadable.keys)
        changed.formUnion(old.refusedLinks.keys)
        changed.formUnion(new.refusedLinks.keys)
        self.changed = changed
        editsOnly = changed.allSatisfy { old.files[$0] != nil && new.files[$0] != nil }
    }

    /// True when `path` reads the same in both snapshots (absent from both counts as unchanged).
    func isUnchanged(_ path: String) -> Bool {
        !changed.contains(path)
    }
}

extension ProjectAnalysis.Localized {
    /// The localized page of `page` in `locale` from `reuse`, when nothing it depends on changed:
    /// its `.md` and its catalog in that locale are unchanged, and so is everything every page
    /// depends on (the configuration, programs, UI strings, data and their catalogs, the set of
    /// pages). `reuse` is given only when `onlyPagesChanged` holds for its change.
    static func reusablePages(_ reuse: (previous: AnalysisReuse, change: SnapshotChange)?, cataloged: ProjectAnalysis.Cataloged,
                              publishFuzzy: Bool) -> @Sendable (SourcePage, String) -> LocalizedPage? {
        guard let reuse, let previous = reuse.previous.localized[publishFuzzy] else { return { _, _ in nil } }
        let change = reuse.change
        let currentUnits = AnalysisReuse.pageUnits(cataloged.units)
        let byLocale = Dictionary(previous.locales.map { ($0.tag, $0.pages) }, uniquingKeysWith: { first, _ in first })
        let source = cataloged.project.configuration.sourceLocale
        return { page, locale in
            guard change.isUnchanged(page.path), let old = byLocale[locale]?[page.id] else { return nil }
            if locale != source {
                guard let units = currentUnits[page.path], change.isUnchanged(units.catalogPath(locale: locale)) else { return nil }
            }
            return old
        }
    }
}

extension ProjectAnalysis.Localized {
    /// True when the set of pages is the same and every changed path is a page's `.md` or
    /// one of its catalogs (in either snapshot): what every page depends on is unchanged.
    static func onlyPagesChanged(_ reuse: AnalysisReuse, change: SnapshotChange, cataloged: ProjectAnalysis.Cataloged) -> Bool {
        guard reuse.pageIDs == Set(cataloged.project.pages.map(\.id)) else { return false }
        var pageFiles = Set<String>()
        let locales = cataloged.project.configuration.targetLocales
        for file in reuse.units + cataloged.units where file.kind == .page {
            pageFiles.insert(file.sourcePath)
            for locale in locales { pageFiles.insert(file.catalogPath(locale: locale)) }
        }
        return change.changed.isSubset(of: pageFiles)
    }

    /// A file's translation summary in a locale from `reuse`, when its source and that
    /// catalog are unchanged and so is everything every file depends on (`reusablePages`).
    static func reusableSummaries(_ reuse: (previous: AnalysisReuse, change: SnapshotChange)?) -> @Sendable (SourceFileUnits, String) -> TranslationSummary? {
        guard let reuse, let previous = reuse.previous.localized[false] else { return { _, _ in nil } }
        let change = reuse.change
        let byLocale = Dictionary(previous.locales.map { ($0.tag, $0.fileSummaries) }, uniquingKeysWith: { first, _ in first })
        return { file, locale in
            guard change.isUnchanged(file.sourcePath), change.isUnchanged(file.catalogPath(locale: locale)) else { return nil }
            return byLocale[locale]?[file.sourcePath]
        }
    }
}

extension ProjectAnalysis.Localized {
    /// A page's page-rule diagnostics from `reuse`, when its `.md` is unchanged and so
    /// is everything page rules read of the rest of the project (`PageRule`): no file
    /// appeared or disappeared, every changed path is a page or a catalog, and every
    /// changed page kept its id and heading ids.
    var reusablePageRules: @Sendable (SourcePage) -> [Diagnostic]? {
        let loaded = cataloged.segmented.loaded
        guard let reuse = loaded.reuse, let change = loaded.change, !reuse.pageRules.isEmpty, change.editsOnly else { return { _ in nil } }
        let pages = Dictionary(project.pages.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for path in change.changed {
            if path.hasSuffix(".po") && path.hasPrefix("Locales/") { continue }
            guard let page = pages[path], let before = reuse.pageLoads[path]?.page, before.id == page.id,
                  before.headingIDs == page.headingIDs else { return { _ in nil } }
        }
        let previous = reuse.pageRules
        return { page in change.isUnchanged(page.path) ? previous[page.path] : nil }
    }
}

extension ProjectAnalysis.Localized {
    /// The previous build's translation QA, when nothing it reads changed. QA reads the
    /// catalogs, the glossary, the configuration, the page ids and which source files
    /// have catalogs: so it holds while every changed path is a page's `.md` (in both
    /// snapshots), the page ids, the selected locales and the translatable files are the same.
    var reusableQA: [Diagnostic]? {
        let loaded = cataloged.segmented.loaded
        guard let reuse = loaded.reuse, let change = loaded.change, !reuse.qaLocales.isEmpty,
              reuse.qaLocales == cataloged.locales,
              reuse.translatableSources == cataloged.translatableUnits.map(\.sourcePath),
              reuse.pageIDs == Set(project.pages.map(\.id)), change.editsOnly else { return nil }
        let pagePaths = Set(project.pages.map(\.path))
        guard change.changed.isSubset(of: pagePaths) else { return nil }
        return reuse.qa
    }
}

