/// What `waymark serve` adds to each HTML page it serves (never to Build/):
/// the diagnostics of the last build as a panel, and a small script that
/// waits for the next build and reloads. Pages still read with JS off.
public enum PreviewPage {
    public static func decorate(_ html: String, diagnostics: [Diagnostic], generation: Int) -> String {
        var panel = ""
        if !diagnostics.isEmpty {
            let items = diagnostics.prefix(200).map { diagnostic in
                HTMLNode.element("li", [], [.text(diagnostic.description)])
            }
            let node = HTMLNode.element("aside", attrs(("class", "wm-preview-diagnostics"), ("role", "status"),
                ("style", "position:fixed;bottom:0;left:0;right:0;max-height:40vh;overflow:auto;margin:0;padding:.75rem 1rem;background:#fff4e5;color:#3b2300;border-top:3px solid #b35c00;font:14px/1.4 ui-monospace,monospace;z-index:10")), [
                .element("strong", [], [.text("\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") in the last build")]),
                .element("ul", attrs(("style", "margin:.25rem 0 0;padding-left:1.25rem")), items),
            ])
            panel = node.render()
        }
        let script = "<script>(function w(){fetch('/__waymark/wait?generation=\(generation)').then(function(r){return r.text()}).then(function(t){if(t==='reload'){location.reload()}else{w()}}).catch(function(){setTimeout(w,1000)})})();</script>"
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + panel + script }
        var result = html
        result.insert(contentsOf: panel + script, at: end.lowerBound)
        return result
    }
}
