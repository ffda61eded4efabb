import Foundation
@testable import WaymarkKit

/// Small in-memory projects for tests: a minimal valid project that each test
/// extends or overrides file by file.
enum ProjectFixture {
    static let minimalFiles: [String: String] = [
        "waymark.yaml": "source-locale: en\nlocales: [en]\n",
        "Source-Content/guide/_program.yaml": "title: Guide\ndescription: A small guide.\n",
        RuleExample.pagePath: "---\ntitle: Start\n---\nHello.\n",
    ]

    /// The minimal project with `overrides` applied (an empty string keeps the file empty).
    static func files(_ overrides: [String: String] = [:]) -> ProjectFiles {
        ProjectFiles(texts: minimalFiles.merging(overrides) { _, new in new })
    }

    static func check(_ overrides: [String: String] = [:]) -> BuildResult {
        Compiler().check(files(overrides))
    }

    static func build(_ files: ProjectFiles, options: BuildOptions = BuildOptions()) -> BuildResult {
        Compiler(options: options).build(files)
    }
}

/// Where the tests' own files are: the package root and the shared conformance data.
enum TestPaths {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static var sampleProject: ProjectFiles { ProjectFileReader.read(projectRoot: packageRoot) }
}
