/// One SQLite value: what a column of a row holds, and what a statement parameter binds.
public enum Value: Equatable, Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value as text for printing; `nil` for NULL.
    public var textValue: String? {
        switch self {
        case .null: return nil
        case let .integer(v): return String(v)
        case let .real(v): return String(v)
        case let .text(v): return v
        case let .blob(v): return "<\(v.count) bytes>"
        }
    }

    /// The value as an integer; `nil` for anything but an integer.
    public var integerValue: Int64? {
        if case let .integer(v) = self { return v }
        return nil
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(nilLiteral: ()) { self = .null }
}

extension Value {
    public init(_ text: String?) { self = text.map(Value.text) ?? .null }
    public init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
    public init(_ number: Int64?) { self = number.map(Value.integer) ?? .null }
}
