/// A program's title and description in one locale, and whether each is still the
/// source-language text (shown with `lang` of the source locale, SPEC §8).
struct ProgramText: Sendable {
    var title: String
    var description: String
    var titleIsFallback = false
    var descriptionIsFallback = false
}
