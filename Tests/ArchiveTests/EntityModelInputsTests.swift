import CEntityModel
import Foundation
import Testing
@testable import Archive

/// The tagger's weights were learned with the word lists and gazetteer it reads as features: the
/// training script records a digest of each in `entity_model.c`, and this test recomputes them
/// from the resources the binary carries. A list changed since the weights were written makes
/// them stale (the features no longer mean what they meant in training).
@Suite struct EntityModelInputsTests {
    static let resources: [String: [UInt8]] = [
        "entity-words.txt": PackageResources.entity_words_txt,
        "firstnames.txt": PackageResources.firstnames_txt,
        "places.tsv": PackageResources.places_tsv,
        "outlets.tsv": PackageResources.outlets_tsv,
    ]

    /// The lines the script reads: no blank or comment line; with `sections`, only the lines
    /// under those `[section]` headers (the headers included), as `read_lines` does.
    static func linesRead(_ bytes: [UInt8], sections: Set<String>?) -> [Substring] {
        var out: [Substring] = [], section = ""
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            if let sections {
                if line.hasPrefix("[") { section = String(line.dropFirst().dropLast()) }
                if !sections.contains(section) { continue }
            }
            out.append(line)
        }
        return out
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return h
    }

    /// `(name, sections, digest)` as `entity_model.c` records them.
    static var recorded: [(name: String, sections: String, digest: String)] {
        String(cString: archive_entity_model_inputs()).split(separator: "\n").map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (f[0], f[1], f[2])
        }
    }

    @Test func theWeightsWereLearnedWithTheListsShipped() {
        let recorded = Self.recorded
        #expect(Set(recorded.map(\.name)) == Set(Self.resources.keys), "the inputs the model names")
        for input in recorded {
            guard let bytes = Self.resources[input.name] else { continue }
            let sections = input.sections == "-" ? nil : Set(input.sections.split(separator: ",").map(String.init))
            let digest = String(format: "%016llx", Self.fnv1a(Self.linesRead(bytes, sections: sections).joined(separator: "\n")))
            #expect(digest == input.digest, """
                \(input.name) has changed since the entity tagger was trained: its weights are stale. \
                Run `python3 scripts/train-entity-tagger.py` (it rewrites Sources/CEntityModel/entity_model.c \
                and Tests/ArchiveTests/Fixtures/entity-tagger.tsv), then retrain the event model.
                """)
        }
    }

    @Test func theDigestReadsOnlyTheSectionsNamed() {
        let text = Array("# a comment\n[titles]\nmr dr\n[nicknames]\ntory conservative\n\n[orgs]\nAcme=ACME\n".utf8)
        let lines = Self.linesRead(text, sections: ["titles", "orgs"])
        #expect(lines == ["[titles]", "mr dr", "[orgs]", "Acme=ACME"])
        #expect(Self.fnv1a("") == 0xcbf29ce484222325 && Self.fnv1a("a") == 0xaf63dc4c8601ec8c)
    }
}
