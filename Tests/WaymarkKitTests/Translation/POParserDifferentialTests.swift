import Foundation
import Testing
@testable import WaymarkKit

/// The byte-level PO parser gives exactly what the scalar parser it replaced
/// gives (`LegacyPO/`, kept verbatim as the oracle): the same entries, origins,
/// flags and diagnostics, byte for byte, on every real catalog here and on
/// thousands of seeded, garbled variants of them.
@Suite("PO parser against the old one")
struct POParserDifferentialTests {
    /// Every field of a result, strings as their scalars (`dump` writes them
    /// escaped, so canonically equivalent but different text differs here).
    static func fingerprint(_ result: POParseResult) -> [UInt8] {
        var text = ""
        dump(result, to: &text)
        return Array(text.utf8)
    }

    /// Parses `data` with both parsers (and its text, when it is valid UTF-8); records a mismatch.
    static func expectSame(_ data: Data, _ what: @autoclosure () -> String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let path = "Locales/es/page.po"
        let old = LegacyPOParser.parse(data: data, path: path), new = POParser.parse(data: data, path: path)
        #expect(fingerprint(new) == fingerprint(old), "\(what()): \(new.diagnostics) vs \(old.diagnostics)", sourceLocation: sourceLocation)
        if let text = String(validating: data, as: UTF8.self) {
            let oldText = LegacyPOParser.parse(text, path: path), newText = POParser.parse(text, path: path)
            #expect(fingerprint(newText) == fingerprint(oldText), "\(what()) as text", sourceLocation: sourceLocation)
        }
    }

    /// Every `.po` file of the sample project, the test fixtures and the shared conformance data.
    static var realCatalogs: [URL] {
        let root = TestPaths.packageRoot
        return ["Locales", "Tests/WaymarkKitTests/Fixtures", "../shared/conformance"].flatMap {
            HardeningSupport.catalogs(in: root.appendingPathComponent($0).standardizedFileURL)
        }
    }

    @Test("every real catalog reads the same")
    func realCatalogsAgree() throws {
        let catalogs = Self.realCatalogs
        #expect(catalogs.count >= 40)
        for url in catalogs { Self.expectSame(try Data(contentsOf: url), url.path) }
    }

    @Test("the catalogs of a generated corpus read the same",
          .enabled(if: ExternalTool.path("python3") != nil && ExternalTool.path("msgen") != nil, "needs python3 and gettext's msgen"))
    func generatedCorpusAgrees() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wm-podiff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let script = TestPaths.packageRoot.appendingPathComponent("Benchmarks/generate-corpus.py").path
        #expect(try ExternalTool.run(try #require(ExternalTool.path("python3")), [script, root.path, "30"]).status == 0)
        #expect(try WaymarkProcess.run(["sync", "--project", root.path]).status == 0)
        let msgen = try #require(ExternalTool.path("msgen"))
        let catalogs = HardeningSupport.catalogs(in: root.appendingPathComponent("Locales"))
        #expect(catalogs.count >= 60)
        for (index, catalog) in catalogs.enumerated() {
            Self.expectSame(try Data(contentsOf: catalog), catalog.path)
            guard index % 2 == 0 else { continue }
            #expect(try ExternalTool.run(msgen, ["--no-wrap", "-o", catalog.path, catalog.path]).status == 0)
            Self.expectSame(try Data(contentsOf: catalog), "msgen \(catalog.path)")
        }
    }

    @Test("seeded garbled catalogs read the same")
    func garbledCatalogsAgree() throws {
        var random = SeededRandom(seed: 0x90_5eed)
        let seeds = try Self.realCatalogs.map { try Data(contentsOf: $0) }.filter { $0.count < 40_000 } + POMutator.handwritten.map { Data($0.utf8) }
        for round in 0..<2500 {
            let seed = seeds[round % seeds.count]
            // Windows of the big files keep each round small.
            let start = seed.count > 3000 ? Int.random(in: 0..<(seed.count - 2000), using: &random) : 0
            var bytes = [UInt8](seed[(seed.startIndex + start)..<(seed.startIndex + min(seed.count, start + 2500))])
            for _ in 0..<Int.random(in: 1...6, using: &random) { POMutator.mutate(&bytes, using: &random) }
            Self.expectSame(Data(bytes), "round \(round): \(bytes)")
        }
    }

    @Test("lines and strings given as scalars classify the same")
    func scalarLinesAgree() {
        var random = SeededRandom(seed: 0x11_9e)
        var lines: [String] = POMutator.handwritten.flatMap { $0.split(separator: "\n").map(String.init) }
        for _ in 0..<4000 {
            var bytes = Array(lines[Int.random(in: 0..<lines.count, using: &random)].utf8)
            for _ in 0..<Int.random(in: 1...3, using: &random) { POMutator.mutate(&bytes, using: &random) }
            lines.append(String(decoding: bytes, as: UTF8.self))
        }
        for line in lines {
            let scalars = Array(line.unicodeScalars)
            var oldLine = "", newLine = ""
            dump(LegacyPOLine.classify(scalars), to: &oldLine)
            dump(POLine.classify(scalars), to: &newLine)
            #expect(Array(newLine.utf8) == Array(oldLine.utf8), "\(scalars)")
            for quote in scalars.indices where scalars[quote] == "\"" {
                var old = "", new = ""
                do { dump(try LegacyPOStringLiteral.read(scalars, from: quote), to: &old) } catch { dump(error, to: &old) }
                do { dump(try POStringLiteral.read(scalars, from: quote), to: &new) } catch { dump(error, to: &new) }
                #expect(Array(new.utf8) == Array(old.utf8), "\(scalars) at \(quote)")
            }
        }
    }
}
