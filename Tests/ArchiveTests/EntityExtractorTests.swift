import Foundation
import Testing
@testable import Archive

@Suite struct EntityExtractorTests {
    /// Where `needle` occurs in `hay` as whole words, in Unicode scalar offsets.
    static func occurrences(of needle: String, in hay: [Unicode.Scalar]) -> [Range<Int>] {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, hay.count >= n.count else { return [] }
        func joins(_ s: Unicode.Scalar) -> Bool { Words.isWordScalar(s) || s == "-" }
        var out: [Range<Int>] = []
        for i in 0...(hay.count - n.count) where Array(hay[i..<(i + n.count)]) == n {
            if i > 0, joins(hay[i - 1]) { continue }
            if i + n.count < hay.count, Words.isWordScalar(hay[i + n.count]) { continue }
            out.append(i..<(i + n.count))
        }
        return out
    }

    static func seedName(_ number: String) -> String { Fixtures.seedNames.first { $0.hasPrefix(number + "_") }! }

    static var gold: [String: Any] {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("gold/seeds.json")
        return try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    @Test func goldEntitiesAreFoundAndResolvedInEverySeed() throws {
        var failures: [String] = []
        let allVariants = Set((Self.gold["entities"] as! [[String: Any]]).flatMap { $0["variants"] as! [String] })
        for entity in Self.gold["entities"] as! [[String: Any]] {
            let type = EntityType(rawValue: entity["type"] as! String)!
            let name = entity["name"] as! String
            for number in entity["in"] as! [String] {
                let body = try Fixtures.extractSeed(Self.seedName(number)).body
                let scalars = Array(body.unicodeScalars)
                let mentions = EntityExtractor.mentions(in: body)
                var keys = Set<String>(), found = 0
                for variant in entity["variants"] as! [String] {
                    for range in Self.occurrences(of: variant, in: scalars) {
                        // `Baghdad` inside `Baghdad International Airport` is part of another entity's name.
                        if mentions.contains(where: { $0.start <= range.lowerBound && range.upperBound <= $0.end
                            && $0.end - $0.start > range.count && allVariants.contains($0.text) }) { continue }
                        let hits = mentions.filter { $0.type == type && $0.start < range.upperBound && range.lowerBound < $0.end }
                        if hits.isEmpty { failures.append("\(number): \(type) \(name): '\(variant)' at \(range.lowerBound) not found") }
                        keys.formUnion(hits.map(\.key))
                        found += hits.count
                    }
                }
                if found == 0 { failures.append("\(number): \(type) \(name) not found") }
                if keys.count > 1 { failures.append("\(number): \(name) has keys \(keys.sorted())") }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func furnitureNamesAreNotExtracted() throws {
        for (file, names) in Self.gold["not_entities_of"] as! [String: [String]] {
            let mentions = EntityExtractor.mentions(in: try Fixtures.extractSeed(file).body)
            for name in names {
                #expect(!mentions.contains { $0.text.contains(name) || $0.name.contains(name) }, "\(file): \(name)")
            }
        }
    }

    @Test func placesCarryISOCodes() {
        let mentions = EntityExtractor.mentions(in: "Convoys were hit in Dhi-Qar governorate and in al-Qadisiyyah, south of Iraq, and in Babil Province.")
        let codes = mentions.filter { $0.type == .place }.map { "\($0.text)=\($0.code ?? "-")/\($0.country ?? "-")" }
        #expect(codes == ["Dhi-Qar governorate=IQ-DQ/IQ", "al-Qadisiyyah=IQ-QA/IQ", "Iraq=IQ/IQ", "Babil Province=IQ-BB/IQ"] ||
                codes == ["Dhi-Qar=IQ-DQ/IQ", "al-Qadisiyyah=IQ-QA/IQ", "Iraq=IQ/IQ", "Babil Province=IQ-BB/IQ"])
    }

    @Test func acronymDefinedInTextAndShortForms() {
        let text = "Hadi al-Ameri, a leader of the Popular Mobilization Units (PMU), spoke on Monday. Al-Ameri said the PMU would stay. Ameri added nothing."
        let m = EntityExtractor.mentions(in: text)
        let pmu = Set(m.filter { $0.text == "PMU" || $0.text == "Popular Mobilization Units" }.map(\.key))
        #expect(pmu.count == 1)
        #expect(m.first { $0.text == "PMU" }?.name == "Popular Mobilization Units")
        let ameri = m.filter { $0.text.lowercased().hasSuffix("ameri") }
        #expect(ameri.count == 3 && Set(ameri.map(\.key)).count == 1 && ameri.allSatisfy { $0.type == .person && $0.name == "Hadi al-Ameri" })
    }

    @Test func spellingVariantsShareAKey() {
        let m = EntityExtractor.mentions(in: "The group is part of the Hashd al-Sha’abi. Its rival joined the Hashd al-Shaabi too, said Abu Mahdi Al-Muhandis and the spokesman Abu Mahdi al Muhandis.")
        #expect(Set(m.filter { $0.text.hasPrefix("Hashd") }.map(\.key)).count == 1)
        #expect(Set(m.filter { $0.text.hasPrefix("Abu") }.map(\.key)) == ["person:abu mahdi al muhandis"])
    }

    @Test func organisationKeysAgreeAcrossArticlesOnWordForms() {
        let one = EntityExtractor.mentions(in: "Earlier, the Coordination Committee issued a statement on the talks.")
        let other = EntityExtractor.mentions(in: "Later, the Coordinating Committee repeated the demand in a statement.")
        let keys = (one + other).filter { $0.text.hasPrefix("Coordinat") }.map(\.key)
        #expect(keys.count == 2 && Set(keys).count == 1)
    }

    @Test func countryAdjectiveAndShortOrgForms() {
        let text = "Leaders of Harakat Hezbollah al-Nujaba movement met. The Secretary-General of the Iraqi al-Nujaba Movement Akram al-Kaabi spoke, and Kaabi warned."
        let m = EntityExtractor.mentions(in: text)
        let nujaba = m.filter { $0.text.contains("Nujaba") }
        #expect(nujaba.count == 2 && Set(nujaba.map(\.key)).count == 1 && nujaba.allSatisfy { $0.type == .org })
        let kaabi = m.filter { $0.text.contains("Kaabi") }
        #expect(kaabi.count == 2 && Set(kaabi.map(\.key)).count == 1 && kaabi.allSatisfy { $0.type == .person })
    }

    @Test func appositiveAndBuiltInAcronyms() {
        let text = "Our correspondent said the Companions of the Cave (Aṣḥab al-Kahf) brigade struck. ISIS and Daesh are one, said the IRGC."
        let m = EntityExtractor.mentions(in: text)
        let cave = m.filter { $0.text.contains("Cave") || $0.text.contains("Kahf") }
        #expect(cave.count == 2 && Set(cave.map(\.key)).count == 1 && cave[0].name == "Ashab al-Kahf")
        #expect(Set(m.filter { $0.text == "ISIS" || $0.text == "Daesh" }.map(\.name)) == ["Islamic State"])
        #expect(m.first { $0.text == "IRGC" }?.name == "Islamic Revolutionary Guard Corps")
    }

    @Test func titlesStopWordsAndOffsets() {
        let text = "However, on Monday President Donald Trump met Lieutenant General Qassem Soleimani’s rivals in Baghdad."
        let m = EntityExtractor.mentions(in: text)
        #expect(m.map(\.text) == ["Donald Trump", "Qassem Soleimani", "Baghdad"])
        #expect(m.map(\.type) == [.person, .person, .place])
        let scalars = Array(text.unicodeScalars)
        for mention in m { #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text) }
    }
}
