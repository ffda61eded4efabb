/// A value type's fields kept in one shared, immutable box, so that copying the value
/// is one retain instead of one per field. `ChannelPage` and `SourcePage` are copied
/// into every locale, site, program order and rule that reads them, and are rarely
/// changed: setting `fields` (or any field through it) gives the value a box of its own.
struct SharedFields<Fields: Sendable>: Sendable {
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    init(_ fields: Fields) {
        box = Box(fields)
    }

    /// Every field at once.
    var fields: Fields {
        get { box.fields }
        set { box = Box(newValue) }
    }
}
