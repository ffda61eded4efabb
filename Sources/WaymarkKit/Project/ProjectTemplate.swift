/// The files `waymark init` writes: the smallest project that builds, with
/// one program, one page and the SPEC's three channels.
public enum ProjectTemplate {
    public static func files(name: String, sourceLocale: String, locales: [String]) -> [String: String] {
        let allLocales = ([sourceLocale] + locales.filter { $0 != sourceLocale }).joined(separator: ", ")
        return [
            "waymark.yaml": """
            name: \(name)
            source-locale: \(sourceLocale)
            locales: [\(allLocales)]
            audiences:
              general:
                readability: {}
            channels:
              - name: web
                format: html
                profile: web
                fallback: source
              - name: onion
                format: html
                profile: tor
                fallback: omit-page
              - name: app
                format: json
                fallback: fail
                min-complete: 1.0

            """,
            "Source-Content/getting-started/_program.yaml": """
            title: Getting started
            description: A first program.
            audience: general
            order: 1

            """,
            "Source-Content/getting-started/01-welcome.md": """
            ---
            title: Welcome
            description: The first page.
            ---

            ## Hello

            This is your first page. Edit it, then run `waymark build`.

            """,
            "Source-Content/_ui.yaml": """
            fallback-notice: Parts of this page are not yet translated.
            footer-note: If you are in danger right now, call your local emergency number.

            """,
            "Build/.gitkeep": "",
        ]
    }
}
