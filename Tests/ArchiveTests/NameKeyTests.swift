import Testing
@testable import Archive

/// Name keys: ASCII names are folded byte by byte, which must give the very key the general path
/// (words split on anything not a letter or digit, apostrophes dropped, case and marks folded)
/// gives, or stored entities would stop matching their new mentions.
@Suite("Name keys")
struct NameKeyTests {
    /// The general path, spelled out: what `NameKey.fold` gave before its ASCII shortcut.
    static func reference(_ name: String) -> String {
        Words.tokens(name.replacingOccurrences(of: "'", with: "")).joined(separator: " ")
    }

    @Test("ASCII names: separators collapse, apostrophes join, case folds")
    func ascii() {
        #expect(NameKey.fold("Hashd al-Sha'abi") == "hashd al shaabi")
        #expect(NameKey.fold("  O'Brien,  Jr. ") == "obrien jr")
        #expect(NameKey.fold("U.S.") == "u s")
        #expect(NameKey.fold("Route 66") == "route 66")
        #expect(NameKey.fold("'--'") == "")
        #expect(NameKey.fold("") == "")
    }

    @Test("names beyond ASCII keep the general path")
    func unicode() {
        #expect(NameKey.fold("Aṣḥab al-Kahf") == "ashab al kahf")
        #expect(NameKey.fold("Hashd al-Sha’abi") == "hashd al shaabi")
        #expect(NameKey.fold("Lefèvre & Fils") == "lefevre fils")
    }

    @Test("every printable ASCII string folds as the general path folds it")
    func sameAsGeneralPath() {
        // A fixed generator, so that a failure is repeatable.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 24) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(0x20 + (state >> 33) % 95))
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let name = String(decoding: bytes, as: UTF8.self)
            #expect(NameKey.fold(name) == Self.reference(name), "\(name)")
        }
    }
}
