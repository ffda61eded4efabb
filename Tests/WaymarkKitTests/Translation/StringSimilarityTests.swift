import Testing
@testable import WaymarkKit

@Suite struct StringSimilarityTests {
    /// Textbook dynamic-programming LCS, the reference for the bit-parallel one.
    static func referenceLCS(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }

    @Test func bitParallelLCSMatchesDynamicProgramming() {
        var generator = SeededRandom(seed: 3)
        let alphabet = Array("abcde fgé你".unicodeScalars)
        for _ in 0..<400 {
            let a = (0..<Int.random(in: 0...150, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...150, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let pattern = StringSimilarity.Pattern(String(String.UnicodeScalarView(a)))
            #expect(pattern.longestCommonSubsequence(b) == Self.referenceLCS(a, b))
        }
    }

    @Test(arguments: [
        ("abc", "abc", 1.0), ("abcd", "abxd", 0.75), ("", "abc", 0.0), ("", "", 1.0),
        ("Keep your password secret.", "Keep your passwords secret.", 52.0 / 53.0),
    ])
    func scoresLikeFstrcmp(a: String, b: String, expected: Double) {
        #expect(abs(StringSimilarity.score(a, b) - expected) < 1e-12)
    }

    @Test func lengthBoundSkipsHopelessPairs() {
        #expect(StringSimilarity.score("short", String(repeating: "long text ", count: 10), minimum: 0.6) == 0)
    }
}
