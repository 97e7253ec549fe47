import Archive
import Foundation

/// A one-line progress bar on stderr (done/total, rate, time left); only when stderr is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var total: Int?
    private var done = 0
    private let started = Date()
    private var lastDraw = Date.distantPast

    /// A bar for ingesting `path`, whose files are counted in the background; nil in a pipe.
    static func forStandardError(counting path: String) -> ProgressBar? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let bar = ProgressBar()
        Thread.detachNewThread {
            let count = (try? FileLister(path: path))?.reduce(0) { count, _ in count + 1 }
            bar.lock.withLock { bar.total = count }
        }
        return bar
    }

    func update(done: Int) {
        lock.withLock {
            self.done = done
            guard Date().timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = Date()
            draw()
        }
    }

    func clearLine() {
        lock.withLock { write("\r\u{1B}[2K") }
    }

    func finish() {
        lock.withLock {
            draw()
            write("\n")
        }
    }

    private func draw() {
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        var line = "\r\u{1B}[2K"
        if let total, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let filled = Int(fraction * 30)
            line += "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: 30 - filled) + "] "
            line += "\(done)/\(total) files  \(Int(rate)) files/s"
            if rate > 0, done < total { line += "  \(Self.clock(Double(total - done) / rate)) left" }
        } else {
            line += "\(done) files  \(Int(rate)) files/s"
        }
        write(line)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600):" + String(format: "%02d:%02d", s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
