import Crypto
import Foundation

/// Ed25519 signatures over `manifest.json` (`build --sign KEY`, `verify`).
/// Keys are files holding the base64 of the 32-byte raw key; `waymark keygen`
/// writes a private key and its `.pub` next to it.
public enum ManifestSigner {
    /// `manifest.json.sig`: which key signed and the signature, both base64.
    public struct Signature: Sendable, Codable, Equatable {
        public var algorithm: String
        public var publicKey: String
        public var signature: String

        enum CodingKeys: String, CodingKey {
            case algorithm, signature
            case publicKey = "public-key"
        }
    }

    public enum KeyError: Error, CustomStringConvertible {
        case malformed(String)
        public var description: String {
            switch self { case .malformed(let why): return why }
        }
    }

    public static func generateKey() -> (privateKey: String, publicKey: String) {
        let key = Curve25519.Signing.PrivateKey()
        return (key.rawRepresentation.base64EncodedString(), key.publicKey.rawRepresentation.base64EncodedString())
    }

    /// The public half of `key` in base64, as a signature file names it.
    public static func publicKey(of key: Curve25519.Signing.PrivateKey) -> String {
        key.publicKey.rawRepresentation.base64EncodedString()
    }

    public static func privateKey(fromFile text: String) throws -> Curve25519.Signing.PrivateKey {
        guard let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), raw.count == 32,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw KeyError.malformed("not an Ed25519 private key (expected base64 of 32 bytes, as written by 'waymark keygen')")
        }
        return key
    }

    public static func sign(_ manifest: Data, with key: Curve25519.Signing.PrivateKey) throws -> Data {
        let signature = try key.signature(for: manifest)
        let value = Signature(algorithm: "ed25519", publicKey: key.publicKey.rawRepresentation.base64EncodedString(),
                              signature: signature.base64EncodedString())
        return try StableJSON.encode(value)
    }

    /// True when `signatureFile` is a valid signature of `manifest` by `expectedPublicKey`
    /// (base64), or by the key the file names when no key is expected.
    public static func verify(manifest: Data, signatureFile: Data, expectedPublicKey: String?) -> Bool {
        guard let value = try? JSONDecoder().decode(Signature.self, from: signatureFile), value.algorithm == "ed25519",
              let keyData = Data(base64Encoded: expectedPublicKey?.trimmingCharacters(in: .whitespacesAndNewlines) ?? value.publicKey),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyData),
              let signature = Data(base64Encoded: value.signature) else { return false }
        return key.isValidSignature(signature, for: manifest)
    }
}

/// The private key type `build --sign` loads, so the CLI need not import Crypto.
public typealias ManifestSignerKey = Curve25519.Signing.PrivateKey
