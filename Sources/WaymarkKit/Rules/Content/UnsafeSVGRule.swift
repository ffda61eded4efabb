/// SVG assets are documents that can run scripts and load trackers when opened
/// directly. Every channel publishes them through `SVGSanitizer`: what could act or
/// load from outside is removed (a warning at the line it was on), and an SVG that
/// cannot be made safe (not well-formed, not SVG, entities in a DOCTYPE) is not
/// published at all (an error), on every channel and so on tor.
struct UnsafeSVGRule: ProjectRule {
    static let description = RuleDescription(
        id: "unsafe-svg", name: "Unsafe SVG",
        summary: "SVG assets must not contain scripts, event handlers or outside references; these are removed, and an SVG that cannot be made safe is not published.",
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample([asset: "<svg xmlns=\"http://www.w3.org/2000/svg\">\n↓<script>alert(1)</script>\n<circle r=\"4\"/>\n</svg>\n"]),
            RuleExample([asset: "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n↓<image xlink:href=\"https://tracker.example/p.gif\"/>\n</svg>\n"]),
            RuleExample([asset: "<svg xmlns=\"http://www.w3.org/2000/svg\">\n↓<circle r=\"4\" onload=\"alert(1)\"/>\n</svg>\n"]),
            RuleExample([asset: "↓<svg><circle r=\"4\"/></svg>\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample([asset: "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<defs><linearGradient id=\"g\"/></defs>\n<circle r=\"4\" fill=\"url(#g)\"/>\n</svg>\n"]),
        ])

    /// Where the examples put their SVG.
    static let asset = ContentLoader.contentFolder + "/_assets/logo.svg"

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.project.assets.keys.sorted().filter(SVGSanitizer.isSVG).flatMap { path -> [Diagnostic] in
            guard let data = context.project.assets[path] else { return [] }
            let file = ContentLoader.contentFolder + "/_assets/" + path
            switch SVGSanitizer.sanitize(data) {
            case .clean:
                return []
            case .sanitized(_, let removed):
                return removed.map { removal in
                    diagnostic("removed \(removal.what) from the SVG; no channel publishes it", at: SourceLocation(path: file, line: max(removal.line, 1), column: 1))
                }
            case .refused(let reason):
                return [Self.diagnostic("\(reason); the SVG cannot be made safe and is not published", at: SourceLocation(path: file, line: 1, column: 1),
                                        severity: .error)]
            }
        }
    }
}
