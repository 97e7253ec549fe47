import Testing
@testable import Archive

/// The ledger's and the articles' hashes: an archive stores them, and every later ingest compares
/// new ones with them, so a change of library must not change a single digit.
@Suite("SHA-256")
struct SHA256Tests {
    @Test("known digests (FIPS 180-2 examples and a UTF-8 body) come out as the same lowercase hex",
          arguments: [
              ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
              ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
              ("Aṣḥab al-Kahf claimed the attack on the convoy in Dhi Qar.\n",
               "edf26778af07fd6568db81d0887d735e95c6998484e80f91c6c0377f0ff5492a"),
          ])
    func known(text: String, digest: String) {
        #expect(Fingerprint.sha256Hex(Array(text.utf8)) == digest)
    }

    @Test("a million bytes hash in one call as in many")
    func long() {
        #expect(Fingerprint.sha256Hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("an article's content hash is the SHA-256 of its body's UTF-8")
    func contentHash() {
        let body = "Aṣḥab al-Kahf claimed the attack on the convoy in Dhi Qar.\n"
        #expect(Fingerprint(body: body).contentHash == "edf26778af07fd6568db81d0887d735e95c6998484e80f91c6c0377f0ff5492a")
    }
}
