import ArgumentParser
import Foundation
import WaymarkKit

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Fill a catalog from an already translated copy of a source file (same structure).",
        discussion: "Pairs headings, paragraphs, list items, cells and front matter by position (YAML files by key), like po4a-gettextize. Existing translations are kept unless --overwrite.")

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "Target locale of the translated copy.")
    var locale: String

    @Argument(help: "The source file, e.g. Source-Content/online-road-safety/01-your-personal-information.md.")
    var source: String

    @Argument(help: "The translated copy of that file.")
    var translated: String

    @Flag(name: .long, help: "Replace translations the catalog already has.")
    var overwrite = false

    func run() throws {
        guard let text = try? String(contentsOfFile: translated, encoding: .utf8) else {
            printStatus("error: cannot read \(translated) as UTF-8 text")
            throw ExitCode(2)
        }
        let lock = try project.lock(for: "align")
        defer { withExtendedLifetime(lock) {} }
        let sourcePath = source.hasPrefix("./") ? String(source.dropFirst(2)) : source
        let result = TranslationAligner(locale: locale, overwrite: overwrite).align(project.readFiles(), sourcePath: sourcePath, translated: text, translatedPath: translated)
        FileHandle.standardError.write(Data(DiagnosticRenderer.render(result.diagnostics, as: .text).utf8))
        if result.isConfigurationFailure { throw ExitCode(2) }
        guard let path = result.catalogPath, let contents = result.contents else { throw ExitCode(1) }
        do {
            try ProjectFileWriter.writeAll([(path, contents)], projectRoot: project.root)
        } catch {
            printStatus("error: cannot write the catalog: \(error)")
            throw ExitCode(1)
        }
        print("\(path): \(result.filled) translations filled")
    }
}
