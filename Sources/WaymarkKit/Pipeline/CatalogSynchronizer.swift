import Foundation

/// `waymark sync`: rewrites every catalog so it matches the source, with
/// msgmerge semantics (SPEC §5.1). Pure: returns the new catalog texts; the
/// CLI writes them all or none.
public struct CatalogSynchronizer: Sendable {
    public struct CatalogUpdate: Sendable {
        public var path: String
        /// The new file contents.
        public var contents: Data
        /// False when the file already had exactly these bytes.
        public var isChanged: Bool
        public var added: Int
        public var fuzzied: Int
        public var obsoleted: Int
        public var revived: Int
        /// New entries filled from translation memory (fuzzy suggestions).
        public var suggested = 0
        /// One line per change, for `--dry-run`.
        public var changeLines: [String]
        /// The synced catalog itself, so export and import need not parse `contents` again.
        var catalog: POCatalog
    }

    public struct Result: Sendable {
        public var updates: [CatalogUpdate]
        public var diagnostics: [Diagnostic]
        public var isConfigurationFailure: Bool
        /// The project's source locale (nil when the configuration did not load).
        public var sourceLocale: String?
        /// New bytes of `Locales/.untranslated.json` when they changed (`long-untranslated` configured, every locale synced).
        public var untranslatedLedger: Data? = nil
        public var changed: [CatalogUpdate] { updates.filter(\.isChanged) }
    }

    /// Where sync records segments nobody has translated yet (`long-untranslated`).
    public static let untranslatedLedgerPath = UntranslatedLedger.path

    public var locales: [String]?
    public var sourceDateEpoch: Int?
    /// Fill new entries from the project's translation memory (SPEC §5.4); `--no-memory` turns it off.
    public var useMemory: Bool
    /// Outside compendia (`--memory FILE.po`), searched after the project's catalogs.
    public var compendia: [MemoryCompendium]

    public init(locales: [String]? = nil, sourceDateEpoch: Int? = nil, useMemory: Bool = true, compendia: [MemoryCompendium] = []) {
        self.locales = locales
        self.sourceDateEpoch = sourceDateEpoch
        self.useMemory = useMemory
        self.compendia = compendia
    }

    public func sync(_ files: ProjectFiles) -> Result {
        do { return sync(try ProjectAnalysis.load(files)) } catch {
            return Result(updates: [], diagnostics: error.diagnostics, isConfigurationFailure: true, sourceLocale: nil)
        }
    }

    /// Sync with the project already loaded (import loads it first to read the
    /// package's languages, and need not load it again). Stops at the catalogs stage.
    func sync(_ loaded: ProjectAnalysis.Loaded) -> Result {
        let project = loaded.project, files = loaded.files
        let targets = project.configuration.targetLocales.filter { locales?.contains($0) ?? true }
        if let unknown = locales?.first(where: { !project.configuration.targetLocales.contains($0) }) {
            let problem = ConfigRule.diagnostic("'\(unknown)' is not a target locale in waymark.yaml", at: SourceLocation(path: ConfigurationLoader.fileName))
            return Result(updates: [], diagnostics: [problem], isConfigurationFailure: true, sourceLocale: nil)
        }
        // Sync refuses to run on a project whose sources do not load: it would obsolete everything.
        if loaded.diagnostics.hasErrors {
            return Result(updates: [], diagnostics: loaded.diagnostics, isConfigurationFailure: false, sourceLocale: project.configuration.sourceLocale)
        }
        let cataloged = loaded.segmented().withCatalogs(locales: targets)
        let units = cataloged.translatableUnits
        let catalogs = cataloged.catalogs
        var updates: [CatalogUpdate] = []
        let options = CatalogSyncOptions(projectName: project.configuration.name, sourceDateEpoch: sourceDateEpoch)
        let memorySources = TranslationMemorySources(useMemory ? compendia : [])
        if memorySources.diagnostics.hasErrors {
            return Result(updates: [], diagnostics: memorySources.diagnostics, isConfigurationFailure: false, sourceLocale: project.configuration.sourceLocale)
        }
        for locale in targets {
            let memory = useMemory ? memorySources.memory(locale: locale, catalogs: catalogs, onlyLocale: targets.count == 1) : TranslationMemory()
            var seen: Set<String> = []
            for file in units {
                let path = file.catalogPath(locale: locale)
                seen.insert(path)
                if catalogs.diagnostics.contains(where: { $0.location.path == path }) { continue }
                var result = CatalogSync.sync(sources: file.sources, existing: catalogs.catalog(path, locale: locale), locale: locale, options: options)
                let suggested = memory.fill(&result, path: path)
                updates.append(update(path: path, result: result, previous: files.files[path]))
                updates[updates.count - 1].suggested = suggested
            }
            // A catalog whose source is gone keeps its translations as obsolete entries.
            for path in catalogs.paths(locale: locale) where !seen.contains(path) {
                let result = CatalogSync.sync(sources: [], existing: catalogs.catalog(path, locale: locale), locale: locale, options: options)
                updates.append(update(path: path, result: result, previous: files.files[path]))
            }
        }
        let diagnostics = catalogs.diagnostics + memorySources.diagnostics + memorySources.unusedWarnings(locales: targets)
        var result = Result(updates: updates, diagnostics: diagnostics, isConfigurationFailure: false, sourceLocale: project.configuration.sourceLocale)
        if project.configuration.longUntranslated != nil, locales == nil {
            result.untranslatedLedger = ledger(files: files, units: units, targets: targets, updates: updates)
        }
        return result
    }

    /// The untranslated ledger after this sync, or nil when its bytes did not change.
    private func ledger(files: ProjectFiles, units: [SourceFileUnits], targets: [String], updates: [CatalogUpdate]) -> Data? {
        let catalogs = Dictionary(updates.map { ($0.path, $0.catalog) }, uniquingKeysWith: { first, _ in first })
        let day = UntranslatedLedger.day(sourceDateEpoch.map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? Date())
        let next = UntranslatedLedger.read(files).updated(units: units, locales: targets, catalog: { catalogs[$0] }, day: day,
                                                           countsSync: updates.contains(where: \.isChanged))
        return next.data == files.files[UntranslatedLedger.path] ? nil : next.data
    }

    private func update(path: String, result: CatalogSyncResult, previous: Data?) -> CatalogUpdate {
        let contents = POWriter.data(result.catalog)
        let lines = result.changes.filter { $0.kind != .kept }.map { change -> String in
            let context = change.msgctxt.map { "[\($0)] " } ?? ""
            let previousText = change.previousMsgid.map { " (was \"\($0.excerpt())\")" } ?? ""
            return "\(change.kind.rawValue): \(context)\"\(change.msgid.excerpt())\"\(previousText)"
        }
        return CatalogUpdate(path: path, contents: contents, isChanged: contents != previous,
                             added: result.count(.added), fuzzied: result.count(.fuzzied),
                             obsoleted: result.count(.obsoleted), revived: result.count(.revived), changeLines: lines,
                             catalog: result.catalog)
    }
}
