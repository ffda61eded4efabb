/// BCP 47 language tags as Waymark uses them: the language subtag picks
/// plural rules and readability formulas.
public enum LocaleTag {
    /// `en`, `pt-BR`, `zh-Hant`, `sr-Latn-RS`: a 2-3 letter language and optional subtags.
    public static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The lowercased language subtag: `pt` for `pt-BR`; POSIX-style `pt_BR` is accepted too.
    public static func language(of tag: String) -> String {
        String(tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "").lowercased()
    }
}
