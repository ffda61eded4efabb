/// Control characters never reach a reader (SPEC §8 hardening): every C0 control but
/// tab and newline, DEL, and the C1 controls are stripped from HTML and JSON output,
/// and the `control-character` rule warns where they were written. Terminal escapes
/// (ESC), bells and NULs in a page are at best noise and at worst an attack on the
/// tools that read the output.
enum ControlCharacters {
    /// C0 (tab and newline included), DEL and C1.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The controls output drops: all of `isControl` except tab and newline.
    static func isStripped(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) && scalar != "\t" && scalar != "\n"
    }

    /// Whether `text` holds any stripped control character (a fast scan of the bytes).
    static func appear(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayAppear(inUTF8: UnsafeRawBufferPointer($0)) } && text.unicodeScalars.contains(where: isStripped)
    }

    /// False when the UTF-8 `bytes` certainly hold no stripped control character: no C0
    /// byte but tab and newline, no DEL, and no 0xC2 (the lead byte of every C1 control).
    /// Tab and newline are in almost every text, so they must not send it to the slow scan.
    static func mayAppear(inUTF8 bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 }
    }

    /// `text` with each stripped control character (and, with `tabs`, each tab) shown
    /// as its Unicode control picture (`␛` for ESC, `␇` for BEL, `␉` for tab), so
    /// messages and docs can quote hostile text without carrying it.
    static func visible(_ text: String, tabs: Bool = false) -> String {
        guard appear(in: text) || (tabs && text.contains("\t")) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isStripped(scalar) || (tabs && scalar == "\t") {
                scalars.append(Unicode.Scalar(scalar.value < 0x20 ? 0x2400 + scalar.value : 0x2421) ?? "\u{FFFD}")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// `text` without stripped control characters.
    static func stripped(_ text: String) -> String {
        guard appear(in: text) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isStripped($0) })
        return String(scalars)
    }
}
