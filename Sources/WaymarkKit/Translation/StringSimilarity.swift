/// How alike two source texts are, as msgmerge measures it (`fstrcmp`):
/// `2 * LCS / (|a| + |b|)` over Unicode scalars, from 0 (nothing shared) to 1 (equal).
enum StringSimilarity {
    /// The similarity of `a` and `b`; 0 when it cannot reach `minimum`.
    static func score(_ a: String, _ b: String, minimum: Double = 0) -> Double {
        if a == b { return 1 }
        return Pattern(a).score(against: Array(b.unicodeScalars), minimum: minimum)
    }

    /// One text prepared for many comparisons: the bit-parallel LCS of
    /// Allison and Dix (one pass over the other text, 64 positions per word).
    struct Pattern {
        /// Length in scalars.
        let count: Int
        private let wordCount: Int
        /// Bit masks of the positions of each scalar, `wordCount` words per scalar.
        private let masks: [UInt32: [UInt64]]

        /// Prepares `text`.
        init(_ text: String) {
            let scalars = Array(text.unicodeScalars)
            count = scalars.count
            wordCount = (scalars.count + 63) / 64
            var masks: [UInt32: [UInt64]] = [:]
            for (index, scalar) in scalars.enumerated() {
                masks[scalar.value, default: Array(repeating: 0, count: wordCount)][index / 64] |= 1 << UInt64(index % 64)
            }
            self.masks = masks
        }

        /// The similarity to `other`; 0 early when the lengths alone rule out `minimum`.
        func score(against other: [Unicode.Scalar], minimum: Double = 0) -> Double {
            let total = count + other.count
            guard total > 0 else { return 1 }
            // The LCS is at most the shorter length: skip pairs that cannot reach the bound.
            if Double(2 * min(count, other.count)) / Double(total) < minimum { return 0 }
            return Double(2 * longestCommonSubsequence(other)) / Double(total)
        }

        /// Length of the longest common subsequence with `other`.
        func longestCommonSubsequence(_ other: [Unicode.Scalar]) -> Int {
            guard count > 0 else { return 0 }
            var v = [UInt64](repeating: ~0, count: wordCount)
            for scalar in other {
                guard let mask = masks[scalar.value] else { continue }
                var carry: UInt64 = 0
                for word in 0..<wordCount {
                    let u = v[word] & mask[word]
                    let (partial, overflow1) = v[word].addingReportingOverflow(u)
                    let (sum, overflow2) = partial.addingReportingOverflow(carry)
                    carry = (overflow1 || overflow2) ? 1 : 0
                    v[word] = sum | (v[word] & ~u)
                }
            }
            var zeros = 0
            for word in 0..<wordCount {
                let valid = word == wordCount - 1 && count % 64 != 0 ? (UInt64(1) << UInt64(count % 64)) - 1 : ~UInt64(0)
                zeros += (~v[word] & valid).nonzeroBitCount
            }
            return zeros
        }
    }
}
