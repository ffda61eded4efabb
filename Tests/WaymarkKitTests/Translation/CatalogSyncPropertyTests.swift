import Testing
@testable import WaymarkKit

/// SPEC §5.1 "no translation text is ever lost", as a property: 10,000 random
/// edit sequences on two small pages, syncing after every edit.
@Suite struct CatalogSyncPropertyTests {
    static let words = ["keep", "your", "password", "secret", "never", "share", "photos", "online", "ask", "an", "adult",
                        "for", "help", "block", "report", "strangers", "who", "message", "you", "safe", "games", "chat",
                        "friends", "school", "phone", "settings", "private", "account", "trust", "people"]

    /// Two pages, their catalogs, and a translator who fills entries in.
    struct World {
        var pages: [[String]]
        var catalogs: [POCatalog?] = [nil, nil]
        var rng: SeededRandom
        var counter = 0

        mutating func sentence() -> String {
            (0..<Int.random(in: 3...7, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
        }

        mutating func edit() {
            let page = Int.random(in: 0...1, using: &rng)
            let count = pages[page].count
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: pages[page].insert(sentence(), at: Int.random(in: 0...count, using: &rng))
            case 1 where count > 0: pages[page].remove(at: Int.random(in: 0..<count, using: &rng))
            case 2 where count > 1: pages[page].swapAt(Int.random(in: 0..<count, using: &rng), Int.random(in: 0..<count, using: &rng))
            case 3 where count > 0:
                let index = Int.random(in: 0..<count, using: &rng)
                var tokens = pages[page][index].split(separator: " ").map(String.init)
                tokens[Int.random(in: 0..<tokens.count, using: &rng)] = words.randomElement(using: &rng)!
                pages[page][index] = tokens.joined(separator: " ")
            case 4 where count > 0: pages[page][Int.random(in: 0..<count, using: &rng)] = sentence()
            case 5 where count > 0:
                let moved = pages[page].remove(at: Int.random(in: 0..<count, using: &rng))
                pages[1 - page].insert(moved, at: Int.random(in: 0...pages[1 - page].count, using: &rng))
            default: pages[page].append(sentence())
            }
        }

        mutating func translate() {
            for page in 0...1 {
                guard var catalog = catalogs[page] else { continue }
                for index in catalog.entries.indices where !catalog.entries[index].isObsolete && Bool.random(using: &rng) {
                    if !catalog.entries[index].hasAnyTranslation {
                        counter += 1
                        catalog.entries[index].msgstr = "t\(counter)"
                    } else if catalog.entries[index].isFuzzy {
                        catalog.entries[index].isFuzzy = false
                    }
                }
                catalogs[page] = catalog
            }
        }

        func sources(_ page: Int) -> [CatalogSource] {
            pages[page].enumerated().map { CatalogSource(msgid: $0.element, references: ["p\(page).md:\($0.offset + 1)"]) }
        }

        var allTranslations: Set<String> {
            Set(catalogs.compactMap { $0 }.flatMap { $0.entries.flatMap(\.translations) }.filter { !$0.isEmpty })
        }
    }

    @Test func noTranslationIsEverLostAndSyncIsIdempotent() {
        var failures = 0
        for sequence in 0..<10_000 {
            var world = World(pages: [[], []], rng: SeededRandom(seed: UInt64(sequence)))
            world.pages = [(0..<3).map { _ in world.sentence() }, (0..<3).map { _ in world.sentence() }]
            for page in 0...1 { world.catalogs[page] = CatalogSync.sync(sources: world.sources(page), existing: nil, locale: "fi").catalog }
            world.translate()
            for _ in 0..<3 {
                let before = world.allTranslations
                let oldPages = world.pages
                let oldCatalogs = world.catalogs
                world.edit()
                for page in 0...1 {
                    let sources = world.sources(page)
                    let once = CatalogSync.sync(sources: sources, existing: world.catalogs[page], locale: "fi")
                    let twice = CatalogSync.sync(sources: sources, existing: once.catalog, locale: "fi")
                    if twice.catalog != once.catalog || !twice.onlyKept { failures += 1 }
                    for msgid in Set(oldPages[page]).intersection(world.pages[page]) {
                        let old = oldCatalogs[page]?.entry(msgctxt: nil, msgid: msgid)
                        let new = once.catalog.entry(msgctxt: nil, msgid: msgid)
                        if old?.translations != new?.translations || old?.isFuzzy != new?.isFuzzy { failures += 1 }
                    }
                    world.catalogs[page] = once.catalog
                }
                if !before.isSubset(of: world.allTranslations) { failures += 1 }
                world.translate()
            }
            if failures > 0 {
                Issue.record("sequence \(sequence) broke a sync property (\(failures) failures)")
                return
            }
        }
    }

    @Test func writtenCatalogsAreStableAfterRandomEdits() {
        var world = World(pages: [[], []], rng: SeededRandom(seed: 99))
        for _ in 0..<200 {
            world.edit()
            for page in 0...1 {
                let once = CatalogSync.sync(sources: world.sources(page), existing: world.catalogs[page], locale: "fi").catalog
                let text = POWriter.write(once)
                let reread = POParser.parse(text, path: "p.po")
                #expect(reread.diagnostics.isEmpty)
                let again = CatalogSync.sync(sources: world.sources(page), existing: reread.catalog, locale: "fi").catalog
                #expect(POWriter.write(again) == text)
                world.catalogs[page] = reread.catalog
            }
            world.translate()
        }
    }
}
