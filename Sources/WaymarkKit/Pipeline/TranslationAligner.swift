import Foundation

/// `waymark align`: turns an already translated copy of a source file (a
/// `.md` with the same block structure, or a `.yaml` with the same keys) into
/// catalog entries, pairing units by position and key, like po4a-gettextize.
/// Existing translations are kept unless `overwrite` is set.
public struct TranslationAligner: Sendable {
    public struct Result: Sendable {
        public var catalogPath: String?
        public var contents: Data?
        /// Entries that received a translation.
        public var filled: Int
        public var diagnostics: [Diagnostic]
        public var isConfigurationFailure: Bool
    }

    public var locale: String
    public var overwrite: Bool

    public init(locale: String, overwrite: Bool = false) {
        self.locale = locale
        self.overwrite = overwrite
    }

    /// `sourcePath` is project-relative (`Source-Content/...`); `translatedPath` names the translated copy in messages.
    public func align(_ files: ProjectFiles, sourcePath: String, translated text: String, translatedPath: String) -> Result {
        let loaded: ProjectAnalysis.Loaded
        do { loaded = try ProjectAnalysis.load(files) } catch { return failure(error.diagnostics, configuration: true) }
        let project = loaded.project
        guard project.configuration.targetLocales.contains(locale) else {
            return failure([ConfigRule.diagnostic("'\(locale)' is not a target locale in waymark.yaml", at: SourceLocation(path: ConfigurationLoader.fileName))], configuration: true)
        }
        let cataloged = loaded.segmented().withCatalogs(locales: [locale])
        guard let file = cataloged.translatableUnits.first(where: { $0.sourcePath == sourcePath }) else {
            return failure([ConfigRule.diagnostic("\(sourcePath) is not a translatable source file of this project", at: SourceLocation(path: sourcePath))], configuration: true)
        }
        let pairing = file.kind == .page
            ? MarkdownPairing.pair(file, translated: text, path: translatedPath)
            : YAMLPairing.pair(file, translated: text, path: translatedPath)
        guard !pairing.diagnostics.hasErrors else { return failure(pairing.diagnostics, configuration: false) }
        let catalogPath = file.catalogPath(locale: locale)
        let existing = cataloged.catalogs.catalog(catalogPath, locale: locale)
        var catalog = CatalogSync.sync(sources: file.sources, existing: existing, locale: locale,
                                       options: CatalogSyncOptions(projectName: project.configuration.name)).catalog
        var filled = 0
        for (unit, translation) in zip(file.units, pairing.translations) {
            guard let translation, !translation.isEmpty,
                  let index = catalog.entries.firstIndex(where: { !$0.isObsolete && $0.key == unit.source.key }) else { continue }
            guard overwrite || !catalog.entries[index].hasAnyTranslation else { continue }
            catalog.entries[index].translations = forms(translation, plural: catalog.entries[index].msgidPlural != nil)
            catalog.entries[index].isFuzzy = false
            filled += 1
        }
        return Result(catalogPath: catalogPath, contents: POWriter.data(catalog), filled: filled, diagnostics: pairing.diagnostics, isConfigurationFailure: false)
    }

    /// msgstr values: one, or one per plural form of the locale (`one`/`other` from the translated file).
    private func forms(_ translation: AlignedText, plural: Bool) -> [String] {
        guard plural else { return [translation.other] }
        let categories = PluralRules.rule(for: locale)?.categories ?? [.one, .other]
        return categories.map { translation.forms[$0.rawValue] ?? translation.other }
    }

    private func failure(_ diagnostics: [Diagnostic], configuration: Bool) -> Result {
        Result(catalogPath: nil, contents: nil, filled: 0, diagnostics: diagnostics, isConfigurationFailure: configuration)
    }
}

/// A translated text, with CLDR plural forms when the source had them.
struct AlignedText: Sendable {
    var forms: [String: String]
    var other: String { forms["other"] ?? forms.values.sorted().first ?? "" }
    var isEmpty: Bool { other.isEmpty }

    init(_ text: String) { forms = ["other": text] }
    init(forms: [String: String]) { self.forms = forms }
}

/// The translations of each unit, in unit order, plus structural problems.
struct Pairing {
    var translations: [AlignedText?]
    var diagnostics: [Diagnostic]
}

/// Pairs a page with its translated copy: front matter by key, segments by position.
enum MarkdownPairing {
    static func pair(_ file: SourceFileUnits, translated text: String, path: String) -> Pairing {
        guard let split = FrontMatterSplitter.split(text) else {
            return Pairing(translations: [], diagnostics: [MarkupMismatchRule.diagnostic("the translated page has no front matter", at: SourceLocation(path: path))])
        }
        let matter = YAMLLoader.parse(split.yaml, path: path, lineOffset: 1)
        let segments = Segmenter().segments(source: split.body)
        let sourceKinds = file.segments.map(\.kind), translatedKinds = segments.map(\.kind)
        guard sourceKinds == translatedKinds else {
            let index = Array(zip(sourceKinds, translatedKinds)).firstIndex { $0 != $1 } ?? min(sourceKinds.count, translatedKinds.count)
            let line = index < segments.count ? segments[index].line : 1
            let message = "the translated page's structure differs from the source at block \(index + 1) (\(sourceKinds.count) source blocks, \(translatedKinds.count) translated)"
            return Pairing(translations: [], diagnostics: matter.diagnostics + [MarkupMismatchRule.diagnostic(message, at: SourceLocation(path: path, line: line))])
        }
        let translations = file.units.map { unit -> AlignedText? in
            switch unit.role {
            case .pageTitle: return matter.node?["title"]?.string.map(AlignedText.init)
            case .pageDescription: return matter.node?["description"]?.string.map(AlignedText.init)
            case .segment(let index): return AlignedText(segments[index].text)
            default: return nil
            }
        }
        return Pairing(translations: translations, diagnostics: matter.diagnostics)
    }
}

/// Pairs `_program.yaml`, `_ui.yaml` and `_data` files with their translated copies by key path.
enum YAMLPairing {
    static func pair(_ file: SourceFileUnits, translated text: String, path: String) -> Pairing {
        let (node, diagnostics) = YAMLLoader.parse(text, path: path)
        guard let node else { return Pairing(translations: [], diagnostics: diagnostics) }
        let translations = file.units.map { unit -> AlignedText? in
            switch unit.role {
            case .programTitle: return node["title"]?.string.map(AlignedText.init)
            case .programDescription: return node["description"]?.string.map(AlignedText.init)
            case .uiString(let key):
                guard let value = node[key] else { return nil }
                if let text = value.string { return AlignedText(text) }
                let forms = (value.pairs ?? []).reduce(into: [String: String]()) { $0[$1.key] = $1.value.string }
                return AlignedText(forms: forms)
            case .dataField(let dataPath):
                // The data path starts with the file name; the translated copy is the file's content.
                return value(at: dataPath.split(separator: ".").dropFirst().map(String.init), in: node).map(AlignedText.init)
            default: return nil
            }
        }
        return Pairing(translations: translations, diagnostics: diagnostics)
    }

    static func value(at parts: [String], in root: YAMLNode) -> String? {
        var node = root
        for part in parts {
            if let items = node.items, let index = Int(part), items.indices.contains(index) { node = items[index] } else if let child = node[part] { node = child } else { return nil }
        }
        return node.string
    }
}
