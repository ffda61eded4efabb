/// Drops the bytes of stripped control characters (`ControlCharacters`) from a UTF-8
/// stream: C0 but tab and newline, DEL, and the two-byte C1 pairs `C2 80`-`C2 9F`.
/// A `C2` is held back until the next byte shows whether it starts a C1 control.
struct ControlByteFilter {
    private var pendingC2 = false

    /// Feeds one byte; `emit` receives each byte to write (a held `C2` first).
    mutating func feed(_ byte: UInt8, _ emit: (UInt8) -> Void) {
        if pendingC2 {
            pendingC2 = false
            if (0x80...0x9F).contains(byte) { return }
            emit(0xC2)
        }
        switch byte {
        case 0xC2: pendingC2 = true
        case 0x09, 0x0A: emit(byte)
        case ..<0x20, 0x7F: return
        default: emit(byte)
        }
    }

    /// Emits a `C2` still held at the end of the stream.
    mutating func finish(_ emit: (UInt8) -> Void) {
        if pendingC2 { emit(0xC2) }
        pendingC2 = false
    }

    /// The same filter over a whole buffer, for writers that escape as they copy:
    /// `run` gets each stretch of bytes to copy unchanged, `escape` each byte for
    /// which `escapes` is true (checked first, so a writer may escape a tab or a
    /// newline), and stripped controls are left out. Text needs no byte-by-byte
    /// handling between those, which is what makes the HTML and JSON writers fast.
    static func forEachRun(_ utf8: UnsafeBufferPointer<UInt8>, escaping escapes: (UInt8) -> Bool,
                           run: (UnsafeBufferPointer<UInt8>) -> Void, escape: (UInt8) -> Void) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            let escaped = escapes(byte)
            guard escaped || byte == 0xC2 || byte == 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A) else {
                index += 1
                continue
            }
            run(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            index += 1
            if escaped {
                escape(byte)
            } else if byte == 0xC2 {
                // `C2 80`-`C2 9F` are C1 controls, dropped; any other `C2` starts text.
                if index < utf8.count, (0x80...0x9F).contains(utf8[index]) {
                    index += 1
                } else {
                    run(UnsafeBufferPointer(rebasing: utf8[(index - 1)..<index]))
                }
            }
            runStart = index
        }
        run(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
}
