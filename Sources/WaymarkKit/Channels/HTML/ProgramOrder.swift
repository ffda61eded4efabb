/// The pages of one program as one locale lists them (index, previous/next): in
/// source order, this locale's page where it is emitted, else the source-language
/// page. Computed once per channel: working it out per page was quadratic in the
/// size of the program, and cubic over a whole program.
struct ProgramOrder: Sendable {
    let entries: [(page: ChannelPage, id: String)]
    /// Position of each page id in `entries`.
    let positions: [String: Int]

    init(_ program: ProgramSite, in locale: LocaleSite, sourceProgram: ProgramSite?, index: SiteIndex) {
        let order = sourceProgram?.pages.map(\.id) ?? program.pages.map(\.id)
        let known = Set(order)
        let ids = order + program.pages.map(\.id).filter { !known.contains($0) }
        entries = ids.compactMap { id in index.linkTarget(id, from: locale.locale).map { ($0, id) } }
        positions = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every program of every locale of `site`, by locale and program id.
    /// The programs are ordered in parallel: each one looks up all its pages.
    static func all(in site: ChannelSite, index: SiteIndex) -> [String: [String: ProgramOrder]] {
        let source = site.locales.first { $0.locale == site.sourceLocale }
        let programs = site.locales.indices.flatMap { locale in site.locales[locale].programs.indices.map { (locale, $0) } }
        let ordered = programs.parallelMap { locale, program in
            let program = site.locales[locale].programs[program]
            let sourceProgram = source?.programs.first { $0.id == program.id }
            return ProgramOrder(program, in: site.locales[locale], sourceProgram: sourceProgram, index: index)
        }
        var orders: [String: [String: ProgramOrder]] = [:]
        for ((locale, program), order) in zip(programs, ordered) {
            orders[site.locales[locale].locale, default: [:]][site.locales[locale].programs[program].id] = order
        }
        return orders
    }
}
