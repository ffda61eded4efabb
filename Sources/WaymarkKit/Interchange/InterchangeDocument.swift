/// A translation package in a format-neutral shape: what `export` writes and
/// `import` reads, whatever the XLIFF version.
struct InterchangeDocument: Sendable, Hashable {
    /// Locale of the source text (`srcLang` / `source-language`).
    var sourceLocale: String
    /// Locale of the targets (`trgLang` / `target-language`).
    var targetLocale: String
    /// One entry per catalog, in export order.
    var files: [InterchangeFile]

    /// Number of units over all files.
    var unitCount: Int { files.reduce(0) { $0 + $1.units.count } }
}

/// The units of one catalog.
struct InterchangeFile: Sendable, Hashable {
    /// Catalog path relative to the project root, e.g. `Locales/es/guide/01-start.po`.
    var path: String
    /// Units in catalog order.
    var units: [InterchangeUnit]
}

/// Names one unit of a read document, for diagnostics found after reading.
struct InterchangeUnitReference: Sendable, Hashable {
    /// The `InterchangeFile.path` holding the unit.
    var filePath: String
    /// The unit's `id`.
    var unitID: String
}
