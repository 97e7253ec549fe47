import Archive
import Foundation

/// Timing, memory and percentiles for the benchmark.
enum Measure {
    /// CPU time this thread spends in `body`: on a machine shared with other work, steadier than
    /// wall time, which also counts waiting for a core.
    static func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        try body()
        return now() - start
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Peak resident memory of this process, in MB (Linux reports KiB).
    static func peakRSS() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    /// Runs a program to its end; returns its exit status and wall time.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], stdin: String? = nil) throws -> (status: Int32, seconds: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let input = Pipe()
        if stdin != nil { process.standardInput = input }
        var status: Int32 = 0
        let time = try seconds {
            try process.run()
            if let stdin {
                input.fileHandleForWriting.write(Data(stdin.utf8))
                try input.fileHandleForWriting.close()
            }
            process.waitUntilExit()
            status = process.terminationStatus
        }
        return (status, time)
    }

    /// Runs a program to its end with `posix_spawn` and `waitpid`; returns its exit status and
    /// wall time. Foundation's `Process.waitUntilExit` polls its run loop every 50 ms on Linux,
    /// which rounded every `archive search` timing up to a multiple of 50 ms.
    static func spawn(_ executable: String, _ arguments: [String]) throws -> (status: Int32, seconds: Double, cpu: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        var status: Int32 = 0
        var failure: Int32 = 0
        var usage = rusage()
        let time = seconds {
            failure = posix_spawn(&pid, executable, &actions, nil, argv, environ)
            if failure == 0 { wait4(pid, &status, 0, &usage) }
        }
        guard failure == 0 else { throw ArchiveError.badPath(path: executable, reason: String(cString: strerror(failure))) }
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return ((status >> 8) & 0xFF, time, cpu)
    }

    static func fileSize(_ path: String) -> Int {
        ["", "-wal", "-shm"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }

    /// Paths of every file under `folder`, sorted.
    static func files(under folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var out: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".txt") { out.append(folder + "/" + name) }
        }
        return out.sorted()
    }
}

/// The queries timed at every size: words, phrases, prefixes, OR/NOT, date and entity filters.
enum BenchQueries {
    static let all: [(query: String, since: String?, entity: String?)] = [
        ("convoy", nil, nil), ("withdrawal", nil, nil), ("resistance", nil, nil), ("parliament", nil, nil),
        ("\"Dhi Qar\"", nil, nil), ("\"roadside bomb\"", nil, nil), ("\"combat mission\"", nil, nil),
        ("occup*", nil, nil), ("milit*", nil, nil), ("assassin*", nil, nil),
        ("convoy OR bomb", nil, nil), ("Iraq -Baghdad", nil, nil), ("US NOT Washington", nil, nil),
        ("Soleimani Muhandis", nil, nil), ("ashab", nil, nil), ("title:convoy", nil, nil),
        ("convoy", "2020-01-01", nil), ("agreement", "2022", nil), ("attack", nil, "Iraq"),
        ("forces", nil, "Popular Mobilization Units"), ("resistance", "2019-06", "United States"),
        ("sovereignty", nil, nil),
    ]
}
