import Foundation
import Testing
@testable import WaymarkKit

/// translate-toolkit (PyPI `translate-toolkit`) reading Waymark's exports and Waymark
/// reading translate-toolkit's. Skipped, with a message, when it is not installed.
@Suite struct TranslateToolkitInteropTests {
    let document = InterchangeTestSupport.sampleDocument

    @Test func xliff2poRecoversTheExactMarkdown() throws {
        guard let xliff2po = ExternalTool.path("xliff2po") else {
            print("translate-toolkit unavailable (pip translate-toolkit): xliff2po interop skipped")
            return
        }
        let directory = try InterchangeTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xliff = directory.appendingPathComponent("es.xlf")
        let po = directory.appendingPathComponent("es.po")
        try Data(XLIFF12Writer().write(document).utf8).write(to: xliff)
        let result = try ExternalTool.run(xliff2po, ["--progress=none", "-i", xliff.path, "-o", po.path])
        #expect(result.status == 0, "\(result.output)")
        let text = try String(contentsOf: po, encoding: .utf8)
        #expect(text.contains("#: content/guide/01-start.md:3\nmsgid \"Stay **safe** and *calm*.\"\nmsgstr \"Mantén la **calma** y la *seguridad*.\""))
        #expect(text.contains("msgid \"Read [the guide](guide.md \\\"Guide & more\\\") or call {{helpline.phone}}.\""))
    }

    @Test func po2xliffOutputIsReadable() throws {
        guard let po2xliff = ExternalTool.path("po2xliff") else {
            print("translate-toolkit unavailable (pip translate-toolkit): po2xliff interop skipped")
            return
        }
        let directory = try InterchangeTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let po = directory.appendingPathComponent("es.po")
        let xliff = directory.appendingPathComponent("es.xlf")
        let catalog = "msgid \"\"\nmsgstr \"Language: es\\n\"\n\n#: a.md:2\nmsgid \"Hi **there** {{name}}\"\nmsgstr \"Hola **tú** {{name}}\"\n\n"
            + "#, fuzzy\nmsgid \"Bye\"\nmsgstr \"Adiós\"\n"
        try Data(catalog.utf8).write(to: po)
        let result = try ExternalTool.run(po2xliff, ["--progress=none", "-i", po.path, "-o", xliff.path])
        #expect(result.status == 0, "\(result.output)")
        let read = XLIFFReader().read(contentsOf: xliff, path: "es.xlf")
        #expect(!read.diagnostics.hasErrors, "\(read.diagnostics)")
        let units = read.document?.files.flatMap(\.units) ?? []
        #expect(units.map(\.source) == ["Hi **there** {{name}}", "Bye"])
        #expect(units.map(\.target) == ["Hola **tú** {{name}}", "Adiós"])
        #expect(units.map(\.state) == [.translated, .initial])
        #expect(units.first?.notes.contains(InterchangeNote(category: .location, text: "a.md:2")) == true)
    }

    @Test func xliff2ReaderAcceptsTheExport() throws {
        guard let python = ExternalTool.path("python3"),
              try ExternalTool.run(python, ["-c", "import translate.storage.xliff2"]).status == 0
        else {
            print("translate-toolkit unavailable (pip translate-toolkit): XLIFF 2 reader interop skipped")
            return
        }
        let directory = try InterchangeTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xliff = directory.appendingPathComponent("es.xlf")
        try Data(XLIFF2Writer().write(document).utf8).write(to: xliff)
        let script = """
        import sys
        from translate.storage import xliff2
        store = xliff2.Xliff2File.parsefile(sys.argv[1])
        print("\\n".join(unit.getid() for unit in store.units))
        """
        let result = try ExternalTool.run(python, ["-c", script, xliff.path])
        #expect(result.status == 0, "\(result.output)")
        let ids = result.output.split(separator: "\n").map(String.init)
        #expect(ids == document.files.flatMap(\.units).map(\.id))
    }
}
