import Foundation

/// Turns a `ProjectFiles` snapshot into a `ContentProject`: parses the
/// configuration, every program, page, UI string and data file, collecting
/// every problem as a diagnostic instead of stopping at the first.
public struct ContentLoader: Sendable {
    public static let contentFolder = "Source-Content"

    var knownFormulas: Set<String>
    var knownRules: Set<String>

    public struct Result: Sendable {
        /// Nil when the configuration itself is unusable (exit 2).
        public var project: ContentProject?
        public var diagnostics: [Diagnostic]
        /// True when the diagnostics are configuration/usage problems (exit 2).
        public var isConfigurationFailure: Bool
        /// Page path -> what loading that page gave, so a later build can reuse it.
        var pageLoads: [String: PageLoad] = [:]
    }

    /// One page file's load: the page (nil when it does not load) and its problems.
    struct PageLoad: Sendable {
        var page: SourcePage?
        var diagnostics: [Diagnostic]
        /// The page's units, when the load came from the page-load cache (`CachedPageLoads`)
        /// with them; otherwise the segment stage extracts them.
        var units: SourceFileUnits? = nil
        /// The page-load cache key to store this load under once its units are known
        /// (nil: it came from the cache, or the build has none).
        var storeKey: CacheKey? = nil
        /// The warning for a damaged page-load cache entry (the page was loaded again).
        var cacheProblem: Diagnostic? = nil
    }

    /// `reusable` answers a page whose file is unchanged since an earlier load (`serve`);
    /// a page is a function of its path and bytes alone, so the answer is what loading it again would give.
    public func load(_ files: ProjectFiles) -> Result {
        load(files, reusable: { _ in nil })
    }

    /// `cache` answers a page whose bytes an earlier process loaded (`build`, `check`); a page it
    /// does not know is loaded and carries the key to store it under (`PageLoad.storeKey`).
    func load(_ files: ProjectFiles, reusable: @Sendable (String) -> PageLoad?, cache: CachedPageLoads? = nil) -> Result {
        let refused = UnsafePathRule.diagnostics(files)
        if files.refusedLinks[ConfigurationLoader.fileName] != nil {
            return Result(project: nil, diagnostics: refused, isConfigurationFailure: true)
        }
        guard files.contains(ConfigurationLoader.fileName) || files.unreadable[ConfigurationLoader.fileName] != nil else {
            return Result(project: nil, diagnostics: [ConfigRule.diagnostic("no waymark.yaml here; run 'waymark init' or pass --project DIR", at: SourceLocation(path: ConfigurationLoader.fileName))], isConfigurationFailure: true)
        }
        let configText: String
        switch files.text(ConfigurationLoader.fileName, rule: ConfigRule.self) {
        case .success(let text): configText = text
        case .failure(let diagnostic): return Result(project: nil, diagnostics: [diagnostic], isConfigurationFailure: true)
        }
        let (configuration, configDiagnostics) = ConfigurationLoader(knownFormulas: knownFormulas, knownRules: knownRules).load(configText)
        guard let configuration else {
            return Result(project: nil, diagnostics: configDiagnostics, isConfigurationFailure: true)
        }
        let contentPaths = files.paths(under: Self.contentFolder)
        guard !contentPaths.isEmpty else {
            return Result(project: nil, diagnostics: refused + [ConfigRule.diagnostic("no Source-Content/ folder (or it is empty); Waymark reads pages from Source-Content/<program>/*.md", at: SourceLocation(path: Self.contentFolder))], isConfigurationFailure: true)
        }
        var diagnostics = refused
        var pageLoads: [String: PageLoad] = [:]
        let programs = loadPrograms(files, paths: contentPaths, configuration: configuration, reusable: reusable, cache: cache,
                                    pageLoads: &pageLoads, diagnostics: &diagnostics)
        let ui = UIStringsLoader.load(files, diagnostics: &diagnostics)
        let data = loadData(files, diagnostics: &diagnostics)
        var assets: [String: Data] = [:]
        let assetsPrefix = Self.contentFolder + "/_assets/"
        for path in contentPaths where path.hasPrefix(assetsPrefix) {
            assets[String(path.dropFirst(assetsPrefix.count))] = files.files[path]
        }
        let project = ContentProject(configuration: configuration, programs: programs, ui: ui, data: data, assets: assets, files: files)
        return Result(project: project, diagnostics: diagnostics, isConfigurationFailure: false, pageLoads: pageLoads)
    }

    private func loadPrograms(_ files: ProjectFiles, paths: [String], configuration: ProjectConfiguration, reusable: @Sendable (String) -> PageLoad?,
                              cache: CachedPageLoads?, pageLoads: inout [String: PageLoad], diagnostics: inout [Diagnostic]) -> [Program] {
        // A program is a top-level folder not starting with "_".
        var folders: [String: [String]] = [:]
        for path in paths {
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count == 3, !parts[1].hasPrefix("_") else { continue }
            folders[parts[1], default: []].append(parts[2])
        }
        var programs: [Program] = []
        for (id, names) in folders.sorted(by: { $0.key < $1.key }) {
            guard var program = ProgramLoader.load(id: id, files: files, configuration: configuration, diagnostics: &diagnostics) else { continue }
            let loaded = names.sorted().filter { $0.hasSuffix(".md") }.parallelMap { name -> (String, PageLoad) in
                let path = "\(Self.contentFolder)/\(id)/\(name)"
                if let reused = reusable(path) { return (path, reused) }
                let answer = cache?.answer(path: path, program: id, files: files)
                if let stored = answer?.load { return (path, stored) }
                var problems: [Diagnostic] = []
                let page = PageLoader.load(path: path, program: id, files: files, diagnostics: &problems)
                return (path, PageLoad(page: page, diagnostics: problems, storeKey: answer?.key, cacheProblem: answer?.problem))
            }
            for (path, load) in loaded {
                pageLoads[path] = load
                diagnostics += load.diagnostics
                if let page = load.page { program.pages.append(page) }
            }
            programs.append(program)
        }
        return programs.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    private func loadData(_ files: ProjectFiles, diagnostics: inout [Diagnostic]) -> [DataFile] {
        files.paths(under: "\(Self.contentFolder)/_data").compactMap { path in
            guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else { return nil }
            guard let text = files.text(path, rule: FileEncodingRule.self, diagnostics: &diagnostics) else { return nil }
            let (node, yamlDiagnostics) = YAMLLoader.parse(text, path: path)
            diagnostics += yamlDiagnostics
            guard let node else { return nil }
            let fileName = path.split(separator: "/").last.map(String.init) ?? path
            let name = fileName.hasSuffix(".yaml") ? String(fileName.dropLast(5)) : String(fileName.dropLast(4))
            return DataFile(name: name, path: path, root: node)
        }
    }
}
