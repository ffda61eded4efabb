import ArgumentParser
import Foundation
import WaymarkKit

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a published channel folder against its manifest.json and signature.")

    @Argument(help: "A channel folder, e.g. Build/onion.")
    var directory: String

    @Option(name: .long, help: "Public key file (from 'waymark keygen') the signature must match.")
    var publicKey: String?

    func run() throws {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            printStatus("error: \(directory) is not a folder")
            throw ExitCode(2)
        }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            files[String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))] = try? Data(contentsOf: url)
        }
        let key = try publicKey.map { path -> String in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                printStatus("error: cannot read public key \(path)")
                throw ExitCode(2)
            }
            return text
        }
        let report = ChannelVerifier.verify(files: files, publicKey: key)
        for problem in report.problems { printStatus("error: \(problem)") }
        if !report.isValid { throw ExitCode(1) }
        print("\(directory): \(report.fileCount) files match manifest.json (\(report.signatureStatus))")
    }
}
