import Foundation

/// What translation QA reads from one `msgid` or `msgstr`, worked out from at most
/// one parse of it: the visible prose, the inline markup, the URLs it shows and
/// its Markdown shape. A source text is shared by every locale's entry and every
/// rule, so the check stage analyses each distinct string once (`InlineAnalysisMemo`).
struct InlineAnalysis: Sendable, Hashable {
    /// The analysed text.
    let text: String
    /// `TranslationProse.isPlain(text)`: no inline Markdown, URL or line break; never parsed.
    let isPlain: Bool
    /// What a reader sees (no Markdown, URLs, code, placeholders).
    let prose: TranslationProse
    /// The inline markup; for plain text only its placeholders.
    let markup: InlineMarkupInventory
    /// URLs shown in link text and code spans (`url-changed`).
    let shownURLs: [String]
    /// Block kinds and stray marks (`markdown-syntax`); nil for plain text, which
    /// that rule parses only when the other side of the entry needs it.
    let shape: MarkdownSyntaxRule.Shape?
    /// Facts of the text and its prose that several rules read.
    let facts: TextFacts

    /// Analyses `text`, parsing it only when it is not plain.
    init(_ text: String) {
        self.text = text
        isPlain = TranslationProse.isPlain(text)
        let document = isPlain ? nil : MarkdownParser().parse(text)
        prose = TranslationProse(markdown: text, document: document)
        markup = document.map { InlineMarkupInventory(text, document: $0) } ?? InlineMarkupInventory(plainText: text)
        shownURLs = URLChangedRule.shownURLs(text, document: document)
        shape = document.map(MarkdownSyntaxRule.Shape.init)
        facts = TextFacts(text: text, prose: prose)
    }
}

/// The analysis of each distinct string of one build, made on first use and
/// shared by every page, locale and rule after that: the localize stage asks for
/// the translations it must vet, the check stage for every entry it checks,
/// and an entry the QA cache answers is never analysed at all.
///
/// A caller that knows which strings it will still ask for (translation QA) says so
/// up front (`expect`) and gives each use back when done (`release`): an analysis
/// is then let go once no catalog still to be checked needs it, so the memo holds
/// the strings of the catalogs in flight, not the whole corpus's (219,000 analyses,
/// about 165 MB, at 10,000 pages x 3 locales). Strings never expected stay.
final class InlineAnalysisMemo: Sendable {
    /// One lock per shard, picked by the string's hash: with one lock for the whole
    /// table, the threads of the check stage queued on it (futex wake-ups were a
    /// tenth of translation QA's time on two cores).
    private final class Shard: Sendable {
        let condition = NSCondition()
        // Both only read and written while holding `condition`.
        nonisolated(unsafe) var table: [String: InlineAnalysis] = [:]
        nonisolated(unsafe) var inFlight: Set<String> = []
        /// Threads waiting for a string another thread analyses: `broadcast` only then.
        nonisolated(unsafe) var waiting = 0
        /// Uses still expected of each string (`expect`, `release`).
        nonisolated(unsafe) var expected: [String: Int] = [:]
    }

    private static let shardCount = 16
    private let shards: [Shard]

    /// An empty memo.
    init() {
        shards = (0..<Self.shardCount).map { _ in Shard() }
    }

    /// A memo holding the analysis of each distinct string of `strings`, made up
    /// front on every core (for callers that know the strings they will ask for).
    init(strings: some Sequence<String>) {
        shards = (0..<Self.shardCount).map { _ in Shard() }
        let distinct = Array(Set(strings))
        for (text, analysis) in zip(distinct, distinct.parallelMap(InlineAnalysis.init)) {
            shard(of: text).table[text] = analysis
        }
    }

    private func shard(of text: String) -> Shard {
        shards[Self.shardIndex(text)]
    }

    private static func shardIndex(_ text: String) -> Int {
        Int(UInt(bitPattern: text.hashValue) % UInt(shardCount))
    }

    /// `strings` split by the shard that holds each, in shard order.
    private static func byShard(_ strings: [String]) -> [[String]] {
        var buckets = [[String]](repeating: [], count: shardCount)
        for text in strings { buckets[shardIndex(text)].append(text) }
        return buckets
    }

    /// Counts one expected use of every string of every list (a string listed twice is used twice).
    /// The lists are split by shard on every core, then each shard counts its own strings.
    func expect(_ lists: [[String]]) {
        let split = lists.parallelMap(Self.byShard)
        _ = Array(shards.indices).parallelMap { index in
            let shard = shards[index]
            shard.condition.withLock {
                for buckets in split {
                    for text in buckets[index] { shard.expected[text, default: 0] += 1 }
                }
            }
        }
    }

    /// Gives back one use of each of `strings` (as listed to `expect`): an analysis whose
    /// expected uses are all given back is dropped. Asking for it again analyses it again,
    /// which gives the same value, so a wrong count costs time, never a different answer.
    func release(_ strings: [String]) {
        // Split by shard first, so that each shard's lock is taken once per call, not once per string.
        for (shard, texts) in zip(shards, Self.byShard(strings)) where !texts.isEmpty {
            shard.condition.withLock {
                for text in texts {
                    guard let left = shard.expected[text] else { continue }
                    if left > 1 {
                        shard.expected[text] = left - 1
                    } else {
                        shard.expected[text] = nil
                        shard.table[text] = nil
                    }
                }
            }
        }
    }

    /// Every text a catalog's QA analyses: the sources and forms of translated and fuzzy entries.
    static func strings(of catalog: POCatalog) -> [String] {
        catalog.entries.flatMap { entry -> [String] in
            switch entry.state {
            case .translated, .fuzzy: [entry.msgid] + (entry.msgidPlural.map { [$0] } ?? []) + entry.translations
            case .untranslated, .obsolete: []
            }
        }
    }

    /// The analysis of `text`, made now if no one asked for it before. A thread
    /// asking for a string another thread is analysing waits for that result,
    /// so each string is analysed exactly once.
    func analysis(_ text: String) -> InlineAnalysis {
        let shard = shard(of: text)
        shard.condition.lock()
        while shard.table[text] == nil, shard.inFlight.contains(text) {
            shard.waiting += 1
            shard.condition.wait()
            shard.waiting -= 1
        }
        if let known = shard.table[text] {
            shard.condition.unlock()
            return known
        }
        shard.inFlight.insert(text)
        shard.condition.unlock()
        let made = InlineAnalysis(text)
        shard.condition.lock()
        shard.table[text] = made
        shard.inFlight.remove(text)
        if shard.waiting > 0 { shard.condition.broadcast() }
        shard.condition.unlock()
        return made
    }

    /// How many distinct strings were analysed.
    var count: Int { shards.reduce(0) { total, shard in total + shard.condition.withLock { shard.table.count } } }
}
