import Foundation

/// The `_ui.yaml` strings a channel template uses, with English defaults so a
/// project that has not written them yet still gets a usable site (docs/channels.md lists the keys).
struct UIText: Sendable {
    /// Every key the templates read, with its default text.
    static let defaults: [String: String] = [
        "skip-link": "Skip to content",
        "fallback-notice": "Parts of this page are not yet translated.",
        "fallback-notice-page": "This page is not yet translated. It is shown in the original language.",
        "fallback-marking": "Those parts have a line beside them, like this note.",
        "language-hint": "(original language)",
        "table-region": "Table. On a small screen, scroll sideways to see all of it.",
        "quick-exit": "Leave this site",
        "footer-note": "",
        "languages": "Languages",
        "breadcrumb": "You are here",
        "home": "Home",
        "previous": "Previous",
        "next": "Next",
        "pages": "Pages",
        "page-navigation": "Previous and next page",
        "programs": "Programs",
        "choose-language": "Choose your language",
        "completeness": "{percent}% translated",
    ]

    let strings: [String: String]

    init(_ strings: [String: String]) {
        self.strings = strings
    }

    /// The localized string for `key`, else its default, else the key itself.
    subscript(_ key: String) -> String {
        strings[key] ?? Self.defaults[key] ?? key
    }

    /// The completeness line ("80% translated") for a share between 0 and 1.
    func completeness(_ share: Double) -> String {
        let percent = Int((share * 100).rounded(.down))
        return self["completeness"].replacingOccurrences(of: "{percent}", with: String(percent))
    }
}
