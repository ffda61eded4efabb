import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import WaymarkKit

/// The writer's commands through the real binary: init, readability, report, serve.
@Suite(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct CLIWriterCommandsTests {
    @Test func initCreatesAProjectThatBuilds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wm-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let created = try WaymarkProcess.run(["init", root.path, "--locales", "es"])
        #expect(created.status == 0, "\(created.stderr)")
        let build = try WaymarkProcess.run(["build", "--project", root.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Build/web/en/getting-started/01-welcome/index.html").path))
        #expect(try WaymarkProcess.run(["init", root.path]).status == 2, "init never overwrites a project")
        #expect(try WaymarkProcess.run(["sync", "--project", root.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Locales/es/getting-started/01-welcome.po").path))
    }

    @Test func readabilityJSONCoversEveryCompletePage() throws {
        let outcome = try WaymarkProcess.run(["readability", "--json", "--project", TestPaths.packageRoot.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try JSONDecoder().decode(ReadabilityJSONDocument.self, from: Data(outcome.stdout.utf8))
        let english = document.pages.filter { $0.locale == "en" }
        #expect(english.count == 11)
        #expect(document.pages.filter { $0.locale == "es" }.count == 11)
        #expect(document.pages.allSatisfy { $0.passed })
        for page in english {
            #expect(page.hotspots.count == 3, "\(page.path)")
            #expect(page.hotspots.allSatisfy { $0.line > 0 })
        }
        let finnish = try #require(document.pages.first { $0.locale == "fi" })
        #expect(finnish.formula == "lix")
        #expect(finnish.path.hasPrefix("Locales/fi/"), "hotspots point at the .po file a translator edits")
    }

    @Test func readabilityMissIsADiagnosticAtTheHardestSentence() throws {
        var files = ProjectFixture.minimalFiles
        files["waymark.yaml"] = "source-locale: en\nlocales: [en]\naudiences:\n  kids:\n    readability: { en: { flesch-kincaid-grade: { max: 3 } } }\n"
        files["Source-Content/guide/_program.yaml"] = "title: Guide\naudience: kids\n"
        files[RuleExample.pagePath] = "---\ntitle: Start\n---\nHello there.\n\nNotwithstanding considerable organisational heterogeneity, comprehensive institutional responsibilities necessitate extraordinarily meticulous documentation.\n"
        let result = Compiler().check(ProjectFiles(texts: files))
        let miss = try #require(result.diagnostics.first { $0.ruleID == "readability" })
        #expect(miss.location == WaymarkKit.SourceLocation(path: RuleExample.pagePath, line: 6))
        #expect(miss.message.contains("above the maximum 3"))
        #expect(result.exitCode(strict: false) == 1)
    }

    @Test func reportIsSelfContained() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("wm-report-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try WaymarkProcess.run(["report", "-o", out.path, "--project", TestPaths.packageRoot.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"), "loads nothing from outside")
        #expect(html.contains("Suomi (fi): 66."), "Finnish completeness is shown (its UI strings include the reader-safety ones)")
        #expect(html.contains("Español (es): 100.0%"))
    }

    @Test func serveAnswersFromMemoryAndShowsDiagnostics() throws {
        guard let executable = WaymarkProcess.executable else { return }
        let root = try WaymarkProcess.makeProject(ProjectFixture.minimalFiles.merging([
            RuleExample.pagePath: "---\ntitle: Start\n---\nGo [on](02-missing.md).\n",
        ]) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let port = UInt16.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["serve", "--port", "\(port)", "--project", root.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            Thread.sleep(forTimeInterval: 0.3)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        var page: String?
        // Until the first build is published the answer is a "not finished" page; wait for the page itself.
        for _ in 0..<300 where page?.hasPrefix("HTTP/1.1 200") != true {
            Thread.sleep(forTimeInterval: 0.2)
            page = LoopbackHTTP.get(port: port, path: "/en/guide/01-start/")
        }
        let html = try #require(page, "serve answered on 127.0.0.1:\(port)")
        #expect(html.hasPrefix("HTTP/1.1 200 OK"))
        #expect(html.contains("<h1>Start</h1>"))
        #expect(html.contains("Waymark · 1 error · 0 warnings · 1 on this page"))
        #expect(html.contains("Source-Content/guide/01-start.md:4:4: error: link target '02-missing.md' is not a page of this project [broken-link]"))
        #expect(html.contains("<script src=\"/__waymark/preview.js\""))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Build/web").path), "serve never writes Build/")
        process.terminate()
        Thread.sleep(forTimeInterval: 1)
        #expect(!process.isRunning, "serve stops on SIGTERM")
    }
}
