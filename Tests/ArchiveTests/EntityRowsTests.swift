import Foundation
import Testing
@testable import Archive

/// What a number after a name says in a results row, and names joined by `of` or `for` to where
/// they are from (`EntityCues+Rows`). Texts written for these tests.
@Suite struct EntityRowsTests {
    static func mentions(_ text: String) -> [EntityMention] { EntityExtractor.mentions(in: text) }

    @Test func aScoreAfterANameInARowIsATeams() {
        let m = Self.mentions("Soccer results on Saturday:\nBranwick 3 Dunmoor 1\nHalsey Athletic 2 Corbridge 2")
        #expect(m.contains { $0.text == "Branwick" && $0.type == .org }, "\(m.map { ($0.text, $0.type) })")
        #expect(m.contains { $0.text == "Dunmoor" && $0.type == .org }, "\(m.map { ($0.text, $0.type) })")
    }

    @Test func scorersAndMinutesAreNoTeams() {
        let m = Self.mentions("Soccer results on Saturday:\nBranwick 3 ( Kellerby 12th , Ashdown 40 , Pettifer 71 ) Dunmoor 1 ( Penfold 77th ) .\nAttendance 12,400 .")
        for name in ["Kellerby", "Ashdown", "Pettifer", "Penfold"] {
            #expect(!m.contains { $0.text == name && $0.type == .org }, "\(name): \(m.map { ($0.text, $0.type) })")
        }
        #expect(!m.contains { $0.text == "Attendance" }, "\(m.map { ($0.text, $0.type) })")
    }

    @Test func aTimeAfterANameIsNoScore() {
        let m = Self.mentions("Leading positions after the race:\n1. Haltner 38:32.149\n2. Brosco 38:40.001")
        #expect(!m.contains { ["Haltner", "Brosco"].contains($0.text) && $0.type == .org }, "\(m.map { ($0.text, $0.type) })")
    }

    @Test func aNameOfACountryIsTwoNames() {
        let m = Self.mentions("Top seed Lukas Brennard of Austria beat Tomas Ivanek of Slovakia 6-3 6-4 on Tuesday.")
        #expect(!m.contains { $0.text.contains(" of ") }, "\(m.map { ($0.text, $0.type) })")
        #expect(m.contains { $0.text == "Austria" && $0.type == .place }, "\(m.map { ($0.text, $0.type) })")
        #expect(m.contains { $0.text == "Slovakia" && $0.type == .place }, "\(m.map { ($0.text, $0.type) })")
        // A head noun or a title before `of` makes the country part of the name.
        let bank = Self.mentions("The Bank of Portugal raised its rates, and the Queen of Denmark opened the new bridge.")
        #expect(bank.contains { $0.text == "Bank of Portugal" && $0.type == .org }, "\(bank.map { ($0.text, $0.type) })")
    }

    @Test func fromOnePlaceForAnother() {
        let m = Self.mentions("The plane left Cairo for Amman on Monday night.")
        #expect(m.contains { $0.text == "Cairo" && $0.type == .place }, "\(m.map { ($0.text, $0.type) })")
        #expect(m.contains { $0.text == "Amman" && $0.type == .place }, "\(m.map { ($0.text, $0.type) })")
        let centre = Self.mentions("A report by the Centre for Policy Studies in London said so.")
        #expect(centre.contains { $0.text == "Centre for Policy Studies" }, "\(centre.map { ($0.text, $0.type) })")
    }

    @Test func aPortfolioBeforeItsOfficialsNamesNoBody() {
        let m = Self.mentions("Health officials said on Monday that the clinic would close. Hamas officials denied it.")
        #expect(!m.contains { $0.text == "Health" }, "\(m.map { ($0.text, $0.type) })")
        #expect(m.contains { $0.text == "Hamas" && $0.type == .org }, "\(m.map { ($0.text, $0.type) })")
    }
}
