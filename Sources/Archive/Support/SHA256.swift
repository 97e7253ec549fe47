import CLibCrypto

/// SHA-256 from the system's libcrypto, as lowercase hex: the ledger's file hashes and the
/// articles' content hashes, which must stay byte-identical across versions of the program
/// (an archive's stored hashes are compared with new ones at every ingest).
enum SHA256 {
    static let digestLength = Int(SHA256_DIGEST_LENGTH)

    static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: digestLength)
        bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                // The one-shot call never fails; an empty input's base address may be nil, which it accepts with length 0.
                _ = CLibCrypto.SHA256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(digestLength * 2)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
