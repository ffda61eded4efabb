/// The page `serve` shows instead of a site it cannot show: the build failed
/// (a broken `waymark.yaml`) or the page is not in this build (a page whose
/// front matter broke). It lists the errors with their places and reloads
/// itself, like every preview page, when the next build is published.
enum PreviewErrorPage {
    static func render(title: String, build: PreviewBuild, generation: Int, path: String) -> String {
        let overlay = PreviewOverlay(build: build, generation: generation, path: path)
        let errors = build.diagnostics.filter { $0.severity == .error }
        let listed = (errors.isEmpty ? build.diagnostics : errors).prefix(PreviewOverlay.listLimit).map { diagnostic in
            HTMLNode.element("li", [], [.element("code", [], [.text(diagnostic.description)])] + diagnostic.notes.map { note in
                .element("div", [], [.text(note)])
            })
        }
        let body: [HTMLNode] = [
            .element("main", attrs(("id", "wm-error"), ("class", "wm-preview-error")), [
                .element("h1", [], [.text(title)]),
                .element("p", [], [.text(listed.isEmpty ? "No diagnostics." : "Fix these and save; this page reloads by itself.")]),
                .element("ol", [], Array(listed)),
            ]),
        ]
        let document = HTMLNode.element("html", attrs(("lang", "en")), [
            .element("head", [], [
                .element("meta", attrs(("charset", "utf-8"))),
                .element("meta", attrs(("name", "viewport"), ("content", "width=device-width, initial-scale=1"))),
                .element("title", [], [.text("Waymark: \(title)")]),
            ]),
            .element("body", [], body),
        ])
        return PreviewDocument.decorate(HTMLNode.doctype.render() + document.render(), overlay: overlay)
    }
}
