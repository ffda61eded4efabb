import Foundation
import Testing
@testable import WaymarkKit

struct ManifestTests {
    let files = [OutputFile(path: "b.html", text: "<p>b</p>"), OutputFile(path: "a/index.html", text: "hello")]

    @Test func listsFilesSortedWithSizeAndHash() throws {
        let manifest = Manifest(channel: "web", files: files, sourceRevision: "abc", sourceDateEpoch: nil)
        #expect(manifest.files.map(\.path) == ["a/index.html", "b.html"])
        #expect(manifest.files[0].bytes == 5)
        // sha256("hello"), as printed by `printf hello | sha256sum`.
        #expect(manifest.files[0].sha256 == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
        #expect(manifest.generated == nil, "no timestamp without SOURCE_DATE_EPOCH")
        let text = String(decoding: manifest.encoded(), as: UTF8.self)
        #expect(text.contains("\"source-revision\" : \"abc\""))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func sourceDateEpochIsTheOnlyTimestamp() {
        let manifest = Manifest(channel: "web", files: files, sourceRevision: nil, sourceDateEpoch: 1_700_000_000)
        #expect(manifest.generated == "2023-11-14T22:13:20Z")
    }

    @Test func signedChannelVerifiesAndTamperingIsCaught() throws {
        let (privateText, publicText) = ManifestSigner.generateKey()
        let key = try ManifestSigner.privateKey(fromFile: privateText)
        let manifestData = Manifest(channel: "web", files: files, sourceRevision: nil, sourceDateEpoch: nil).encoded()
        var folder = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        folder[Manifest.fileName] = manifestData
        folder[Manifest.signatureFileName] = try ManifestSigner.sign(manifestData, with: key)

        let good = ChannelVerifier.verify(files: folder, publicKey: publicText)
        #expect(good.isValid, "\(good.problems)")
        #expect(good.signatureStatus == "signed")

        var tampered = folder
        tampered["b.html"] = Data("<p>evil</p>".utf8)
        tampered["extra.js"] = Data("alert(1)".utf8)
        let bad = ChannelVerifier.verify(files: tampered, publicKey: publicText)
        #expect(bad.problems.contains("changed: b.html"))
        #expect(bad.problems.contains("not in manifest: extra.js"))

        let otherKey = ManifestSigner.generateKey().publicKey
        #expect(!ChannelVerifier.verify(files: folder, publicKey: otherKey).isValid, "a signature by another key must fail")
    }

    @Test func malformedKeyIsRejected() {
        #expect(throws: ManifestSigner.KeyError.self) { try ManifestSigner.privateKey(fromFile: "not a key") }
    }
}
