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

    init(project: ContentProject, files: ProjectFiles, locales: [String]) {
        self.project = project
        self.locales = locales
        units = SourceUnitExtractor(project: project).allFiles()
        catalogs = CatalogStore(files: files, locales: project.configuration.targetLocales.filter(locales.contains))
        diagnostics = catalogs.diagnostics
        // Splicing problems and QA do not depend on the channel; report them once.
        diagnostics += localized(publishFuzzy: false).diagnostics
    }

    func localized(publishFuzzy: Bool) -> LocalizedProject {
        if let cached = cache[publishFuzzy] { return cached }
        let value = LocalizedProject(project: project, units: units, catalogs: catalogs, locales: locales, publishFuzzy: publishFuzzy)
        cache[publishFuzzy] = value
        return value
    }
}
