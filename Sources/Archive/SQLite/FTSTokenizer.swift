import CArchiveFTS
import CSQLite
import Foundation

/// The search index's tokenizer, run directly through a connection's FTS5: the terms it gives are
/// exactly the terms FTS5 stores for a document, or looks up for a query word.
final class FTSTokenizer {
    /// How FTS5 tokenizes: a document it indexes, a query term, the term before a `*`.
    enum Mode: Int32 {
        case document = 0, query = 1, prefix = 2
    }

    /// The `tokenize=` option of `articles_fts` in schema.sql (a test holds the two together).
    static let specification = "porter unicode61 remove_diacritics 2"

    private let handle: OpaquePointer

    init(_ connection: Connection) throws {
        let words = Self.specification.split(separator: " ").map(String.init)
        let arguments = words.dropFirst().map { strdup($0) }
        defer { arguments.forEach { free($0) } }
        var pointers: [UnsafePointer<CChar>?] = arguments.map { $0.map { UnsafePointer($0) } }
        let opened = pointers.withUnsafeMutableBufferPointer { buffer in
            archive_tokenizer_open(connection.handle, words[0], buffer.baseAddress, Int32(buffer.count))
        }
        guard let opened else {
            throw ArchiveError.sqliteFeatureMissing(feature: "FTS5 tokenizer \(Self.specification)", version: Connection.libraryVersion)
        }
        handle = opened
    }

    deinit {
        archive_tokenizer_close(handle)
    }

    /// The tokens of `text` in order, repeats included.
    func tokens(_ text: String, mode: Mode) -> [String] {
        final class Sink { var tokens: [String] = [] }
        let sink = Sink()
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                _ = archive_tokenizer_run(handle, mode.rawValue, chars.baseAddress, Int32(chars.count),
                                          Unmanaged.passUnretained(sink).toOpaque()) { context, token, length in
                    guard let context, let token else { return SQLITE_OK }
                    let bytes = UnsafeRawBufferPointer(start: token, count: Int(length))
                    Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue().tokens.append(String(decoding: bytes, as: UTF8.self))
                    return SQLITE_OK
                }
            }
        }
        return sink.tokens
    }
}
