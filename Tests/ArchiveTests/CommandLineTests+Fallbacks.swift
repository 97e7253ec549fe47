import Foundation
import Testing

/// `archive extract` on a page that only the fallbacks read: a Japanese article in bare `<div>`s.
extension CommandLineTests {
    @Test("extract reads a Japanese page whose article the paragraph scorer alone refused")
    func extractJapanesePage() throws {
        let sentences = ["市議会は水曜日に新しい橋の工事を始めると発表した。", "工事は三か月ほどかかる見込みだ。", "その間は近くの道路が混雑する。"]
        let html = "<html><head><meta charset=utf-8><title>新しい橋</title></head><body><div class=honbun>"
            + sentences.map { "<p>\($0)</p>" }.joined() + "</div></body></html>"
        try folder.write(html, to: "page.html")
        let result = try run(["extract", folder.file("page.html").path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["body"] as? String == sentences.joined(separator: "\n\n"))
    }
}
