import Foundation
@testable import WaymarkKit

/// The `Character` definitions of the QA text scans as they were before their
/// scalar and byte paths, verbatim, for `QAFastPathTests` to compare against.
enum QAReference {
    /// `TranslationProse.words`.
    static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }.filter { $0.contains(where: \.isLetter) }
    }

    /// `ParityText.normalizingTimes`: its `Character` guard, then the (unchanged) regular expressions.
    static func normalizingTimes(_ text: String) -> String {
        guard text.contains(where: \.isASCIIDigit) else { return text }
        return ParityText.normalizingTimes(text)
    }

    /// Words written twice in a row with only a space between, lowercased.
    static func doubledWords(_ text: String) -> [String] {
        let tokens = text.split(separator: " ")
        guard tokens.count > 1 else { return [] }
        var found: [String] = []
        for index in tokens.indices.dropLast() {
            let first = tokens[index].drop { !$0.isLetter }
            let second = tokens[index + 1]
            // Punctuation after the first word ("Help. Help") means a new phrase.
            guard let last = first.last, last.isLetter, let start = second.first, start.isLetter else { continue }
            let secondWord = second.prefix { $0.isLetter || $0 == "-" || $0 == "'" }
            if !first.isEmpty, first.lowercased() == secondWord.lowercased() { found.append(first.lowercased()) }
        }
        return found
    }

    /// Every number run in `text`, in order.
    static func numberRuns(in text: String) -> [ParityText.NumberRun] {
        runs(in: text).map { written in
            let digits = String(written.filter(\.isASCIIDigit))
            let grouped = isGroupedInThousands(written)
            let separated = written.hasPrefix("+") || written.contains { $0 == " " || $0 == "-" || $0 == "(" }
            let isPhone = digits.count >= 6 && separated && !grouped
            return ParityText.NumberRun(written: written, digits: (isPhone && written.hasPrefix("+") ? "+" : "") + digits, isPhone: isPhone)
        }
    }

    /// `1,000`, `1.000.000`, `10 000`: one to three digits, then groups of exactly three.
    static func isGroupedInThousands(_ run: String) -> Bool {
        let groups = run.split { !$0.isASCIIDigit }
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
            && run.allSatisfy { $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == " " }
    }

    /// Maximal runs that start with a digit (or `+digit`) not inside a word and
    /// go on over digits and single separators (space, `.`, `,`, `-`, `/`, brackets) between digits.
    static func runs(in text: String) -> [String] {
        // A run starts with an ASCII digit; most prose has none.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return [] }
        let characters = Array(text.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 })
        func digit(at index: Int) -> Bool { index < characters.count && characters[index].isASCIIDigit }
        var result: [String] = []
        var index = 0
        while index < characters.count {
            let starts = digit(at: index) || (characters[index] == "+" && digit(at: index + 1))
            guard starts, index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isASCIIDigit) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count {
                if digit(at: end) {
                    end += 1
                } else if separators.contains(characters[end]), digit(at: end + 1) {
                    end += 2
                } else if characters[end] == ")", characters.indices.contains(end + 1), characters[end + 1] == " ", digit(at: end + 2) {
                    end += 2
                } else if characters[end] == " ", characters.indices.contains(end + 1), characters[end + 1] == "(", digit(at: end + 2) {
                    end += 2
                } else {
                    break
                }
            }
            result.append(String(characters[index..<end]))
            index = end
        }
        return result
    }

    static let separators: Set<Character> = [" ", ".", ",", "-", "/", "("]

    static let pairs: [Character: Character] = ["(": ")", "[": "]", "{": "}"]
    static let bracketBytes = Set("()[]{}".utf8)

    /// What is wrong with the brackets of `text`, or nil when they balance.
    static func bracketProblem(_ text: String) -> String? {
        // Every bracket is ASCII: text without one of their bytes balances.
        guard text.utf8.contains(where: { bracketBytes.contains($0) }) else { return nil }
        var open: [Character] = []
        for character in text {
            if pairs[character] != nil {
                open.append(character)
            } else if let opener = pairs.first(where: { $0.value == character })?.key {
                guard open.last == opener else { return "'\(character)' closes nothing" }
                open.removeLast()
            }
        }
        return open.last.map { "'\($0)' is never closed" }
    }

    /// True when two or more spaces stand between two non-space characters on one line.
    static func hasDoubleSpace(_ text: String) -> Bool {
        var spaces = 0
        var sawText = false
        for character in text {
            if character == " " {
                spaces += 1
            } else {
                if character.isNewline { sawText = false } else {
                    if sawText, spaces >= 2 { return true }
                    sawText = true
                }
                spaces = 0
            }
        }
        return false
    }

    /// `CatalogSource.countWords`.
    static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if LineBreakOpportunities.breakClass(scalar) == .ideographic {
                count += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return count
    }
}
