/// Mini projects for the `waymark import` rules: the translation example
/// project (page, catalog) plus an XLIFF 2.0 package at `importPath` whose one
/// unit carries `source` and `target`. The import rules' diagnostics point
/// into the package, so a `↓` goes into the XLIFF text.
extension RuleExample {
    /// Where the examples put the package passed to `waymark import`.
    static let importPath = "es.xlf"

    /// The catalog translates `Call a trusted adult.` as `catalogTranslation`;
    /// the package's unit holds `unit` (a `<unit>` element, `↓` allowed).
    static func xliffImport(catalogTranslation: String, unit: String) -> RuleExample {
        var example = RuleExample.translation("Call a trusted adult.", catalogTranslation, triggering: false)
        example.files[importPath] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">
              <file id="f1" original="\(catalogPath(locale: "es"))">
            \(unit)
              </file>
            </xliff>

            """
        return example
    }

    /// A `<unit>` element with one segment, indented for `xliffImport`.
    static func xliffUnit(source: String, target: String, state: String = "translated", marked: Bool = false) -> String {
        """
        \(marked ? "↓" : "")    <unit id="u1">
              <segment state="\(state)">
                <source>\(source)</source>
                <target>\(target)</target>
              </segment>
            </unit>
        """
    }
}
