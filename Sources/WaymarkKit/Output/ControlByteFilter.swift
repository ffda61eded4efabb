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
}
