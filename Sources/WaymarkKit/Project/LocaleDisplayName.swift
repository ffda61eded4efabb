/// Each language's name for itself, for language switchers: a reader looking
/// for their language recognises "Suomi", not "Finnish".
public enum LocaleDisplayName {
    static let endonyms: [String: String] = [
        "ar": "العربية", "bg": "Български", "ca": "Català", "cs": "Čeština", "cy": "Cymraeg", "da": "Dansk",
        "de": "Deutsch", "el": "Ελληνικά", "en": "English", "es": "Español", "et": "Eesti", "fa": "فارسی",
        "fi": "Suomi", "fr": "Français", "ga": "Gaeilge", "he": "עברית", "hi": "हिन्दी", "hr": "Hrvatski",
        "hu": "Magyar", "id": "Bahasa Indonesia", "it": "Italiano", "ja": "日本語", "ko": "한국어",
        "lt": "Lietuvių", "lv": "Latviešu", "ms": "Bahasa Melayu", "nb": "Norsk bokmål", "nl": "Nederlands",
        "nn": "Norsk nynorsk", "no": "Norsk", "pl": "Polski", "pt": "Português", "ro": "Română", "ru": "Русский",
        "sk": "Slovenčina", "sl": "Slovenščina", "sr": "Српски", "sv": "Svenska", "th": "ไทย", "tr": "Türkçe",
        "uk": "Українська", "vi": "Tiếng Việt", "zh": "中文",
    ]

    /// The endonym of the tag's language, with the region when there is one; the tag itself if unknown.
    public static func name(for tag: String) -> String {
        guard let name = endonyms[LocaleTag.language(of: tag)] else { return tag }
        let parts = tag.split(separator: "-")
        return parts.count > 1 ? "\(name) (\(parts.dropFirst().joined(separator: "-")))" : name
    }
}
