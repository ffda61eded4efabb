import ArgumentParser
import Foundation
import WaymarkKit

struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Create an Ed25519 key pair for 'build --sign' and 'verify --public-key'.")

    @Argument(help: "Private key file to write; the public key goes to <file>.pub.")
    var output: String

    func run() throws {
        guard !FileManager.default.fileExists(atPath: output) else {
            printStatus("error: \(output) exists; refusing to overwrite a key")
            throw ExitCode(2)
        }
        let pair = ManifestSigner.generateKey()
        do {
            try Data((pair.privateKey + "\n").utf8).write(to: URL(fileURLWithPath: output))
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: output)
            try Data((pair.publicKey + "\n").utf8).write(to: URL(fileURLWithPath: output + ".pub"))
        } catch {
            printStatus("error: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        print("wrote \(output) (keep it secret) and \(output).pub")
    }
}
