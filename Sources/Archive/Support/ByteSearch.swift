#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes for the page reader's hot paths, where String search
/// (by Character, or bridged through Foundation) cost more than the work around it.
enum ByteSearch {
    /// The first `byte` at or after `start`.
    static func firstIndex(of byte: UInt8, in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < hay.count, let base = hay.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), hay.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The first `needle` at or after `start`.
    static func firstIndex(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return start }
        var index = start
        while let candidate = firstIndex(of: first, in: hay, from: index) {
            guard candidate + needle.count <= hay.count else { return nil }
            if needle.indices.allSatisfy({ hay[candidate + $0] == needle[$0] }) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The last `needle` that ends at or before `end`.
    static func lastIndex(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= end else { return nil }
        var candidate = end - needle.count
        while candidate >= 0 {
            if needle.indices.allSatisfy({ hay[candidate + $0] == needle[$0] }) { return candidate }
            candidate -= 1
        }
        return nil
    }
}
