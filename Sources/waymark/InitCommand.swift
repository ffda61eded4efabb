import ArgumentParser
import Foundation
import WaymarkKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new project: waymark.yaml, one program and one page.")

    @Argument(help: "Folder to create the project in (default: the current directory).")
    var directory: String = "."

    @Option(name: .long, help: "Project name.")
    var name = "My prevention programmes"

    @Option(name: .long, help: "Source locale (BCP 47).")
    var sourceLocale = "en"

    @Option(name: .long, parsing: .upToNextOption, help: "Target locales.")
    var locales: [String] = []

    func run() throws {
        let root = URL(fileURLWithPath: directory)
        guard !FileManager.default.fileExists(atPath: root.appendingPathComponent("waymark.yaml").path) else {
            printStatus("error: \(directory)/waymark.yaml exists; not overwriting a project")
            throw ExitCode(2)
        }
        for tag in [sourceLocale] + locales where !LocaleTag.isWellFormed(tag) {
            printStatus("error: '\(tag)' is not a BCP 47 language tag")
            throw ExitCode(2)
        }
        for (path, text) in ProjectTemplate.files(name: name, sourceLocale: sourceLocale, locales: locales).sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        print("created a Waymark project in \(directory); next: waymark build --project \(directory)")
    }
}
