import Foundation
import Testing
@testable import Archive

/// The tables compiled into the binary are read by bytes at start-up (`ResourceLines.split`), not by
/// characters: the two readings must give the same fields for every line of every table, or a place,
/// a trigger or a weight would be read otherwise than the file says.
@Suite("Resource tables: fields split by bytes as by characters")
struct ResourceLinesTests {
    static let tables: [(String, [UInt8])] = [
        ("places.tsv", PackageResources.places_tsv), ("admin1.tsv", PackageResources.admin1_tsv),
        ("centres.tsv", PackageResources.centres_tsv), ("region-names.tsv", PackageResources.region_names_tsv),
        ("entity-words.txt", PackageResources.entity_words_txt), ("firstnames.txt", PackageResources.firstnames_txt),
        ("event-triggers.txt", PackageResources.event_triggers_txt), ("actor-countries.txt", PackageResources.actor_countries_txt),
        ("town-words.txt", PackageResources.town_words_txt),
    ]

    @Test("every line of every table splits on tab, bar and space alike, empty fields kept or left out")
    func everyTable() {
        for (name, bytes) in Self.tables {
            for line in ResourceLines.of(bytes) {
                for separator: Character in ["\t", "|", " ", "="] {
                    let byte = separator.asciiValue!
                    let kept = line.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
                    let omitted = line.split(separator: separator).map(String.init)
                    #expect(ResourceLines.split(line, on: byte, omittingEmpty: false) == kept, "\(name): \(line)")
                    #expect(ResourceLines.split(line, on: byte) == omitted, "\(name): \(line)")
                }
            }
        }
    }

    @Test("trigger fields are trimmed as Foundation trims them")
    func trimmedFields() {
        for line in ResourceLines.of(PackageResources.event_triggers_txt) {
            for field in ResourceLines.split(line, on: 0x7C, omittingEmpty: false) {
                #expect(ResourceLines.trimmed(field) == field.trimmingCharacters(in: .whitespaces), "\(line)")
            }
        }
        for field in ["  rank 3 ", "\tgeneric", "x", "", " \u{A0}noun\u{A0} ", "\u{2003}wide"] {
            #expect(ResourceLines.trimmed(field) == field.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("a separator before a combining mark is where the two readings part: the tables hold none")
    func combiningMark() {
        // `|` and a combining acute are one character, so the character reading does not split there;
        // the byte reading does. The test above shows no table line is written so.
        let line: Substring = "Kyiv|\u{301}Kiev"
        #expect(line.split(separator: "|").count == 1)
        #expect(ResourceLines.split(line, on: 0x7C) == ["Kyiv", "\u{301}Kiev"])
        #expect(ResourceLines.split("a\t\tb", on: 0x09, omittingEmpty: false) == ["a", "", "b"])
        #expect(ResourceLines.split("a\t\tb", on: 0x09) == ["a", "b"])
    }
}
