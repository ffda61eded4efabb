import Foundation

/// The localization stage of a build: source units, parsed catalogs and the
/// localized project for each `publish-fuzzy` setting, computed once and
/// shared by every channel.
final class TranslationStage: @unchecked Sendable {
    let project: ContentProject
    let units: [SourceFileUnits]
    let catalogs: CatalogStore
    let locales: [String]
    private(set) var diagnostics: [Diagnostic]
    // Only two settings exist (publish fuzzy or not); the build asks from one thread.
    private var cache: [Bool: LocalizedProject] = [:]

    /// `qualityChecks: false` skips translation QA, for commands that only read pages (`readability`).
    init(project: ContentProject, files: ProjectFiles, locales: [String], qualityChecks: Bool = true) {
        self.project = project
        self.locales = locales
        units = SourceUnitExtractor(project: project).allFiles()
        catalogs = CatalogStore(files: files, locales: project.configuration.targetLocales.filter(locales.contains))
        diagnostics = catalogs.diagnostics
        if qualityChecks {
            diagnostics += Self.qualityChecks(project: project, catalogs: catalogs, units: units)
            diagnostics += LongUntranslatedRule.check(project: project, units: units, ledger: UntranslatedLedger.read(files), date: Date())
        }
        // Splicing problems and QA do not depend on the channel; report them once.
        diagnostics += localized(publishFuzzy: false).diagnostics
    }

    /// Translation QA on every live catalog of a source file (SPEC §6), at the `.po` lines.
    static func qualityChecks(project: ContentProject, catalogs: CatalogStore, units: [SourceFileUnits]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var glossary: [GlossaryTerm] = []
        if let file = project.data.first(where: { $0.name == GlossaryLoader.dataName }) {
            let loaded = GlossaryLoader.load(file.root, path: file.path)
            glossary = loaded.terms
            diagnostics += loaded.diagnostics
        }
        let work = project.configuration.targetLocales.flatMap { locale in
            units.filter(\.isTranslatable).map { (locale, $0.catalogPath(locale: locale), $0.sourcePath) }
        }
        let terms = glossary
        let pageIDs = Set(project.pages.map(\.id))
        diagnostics += work.parallelMap { locale, path, sourcePath -> [Diagnostic] in
            guard let catalog = catalogs.catalog(path, locale: locale) else { return [] }
            return CatalogQA.check(catalog, path: path, locale: locale, glossary: terms,
                                   linkScope: TranslationLinkScope(sourcePath: sourcePath, pageIDs: pageIDs))
        }.flatMap { $0 }
        for locale in project.configuration.targetLocales {
            let live = units.filter(\.isTranslatable).map { $0.catalogPath(locale: locale) }
            diagnostics += ConsistencyCheck.check(live.compactMap { path in catalogs.catalog(path, locale: locale).map { (path, $0) } })
        }
        return diagnostics
    }

    func localized(publishFuzzy: Bool) -> LocalizedProject {
        if let cached = cache[publishFuzzy] { return cached }
        let value = LocalizedProject(project: project, units: units, catalogs: catalogs, locales: locales, publishFuzzy: publishFuzzy)
        cache[publishFuzzy] = value
        return value
    }
}
