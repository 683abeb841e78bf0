/// A block's state changes: each written key with its new value, `nil` for a removed key.
///
/// The overlay hands its change layer over as it is, keyed by `KeyBytes`, so taking a block's
/// changes does not rehash every key byte by byte into an `[[UInt8]: [UInt8]?]`. Iteration order
/// is unspecified, as a dictionary's.
public struct StorageChanges: Sequence, Equatable, Sendable, ExpressibleByDictionaryLiteral {
    var entries: [KeyBytes: [UInt8]?]

    init(entries: [KeyBytes: [UInt8]?]) { self.entries = entries }

    /// The changes in `dictionary`.
    public init(_ dictionary: [[UInt8]: [UInt8]?]) {
        entries = Dictionary(uniqueKeysWithValues: dictionary.map { (KeyBytes($0.key), $0.value) })
    }

    public init(dictionaryLiteral elements: ([UInt8], [UInt8]?)...) {
        entries = Dictionary(elements.map { (KeyBytes($0.0), $0.1) }) { _, new in new }
    }

    /// The number of changed keys.
    public var count: Int { entries.count }

    /// Whether no key changed.
    public var isEmpty: Bool { entries.isEmpty }

    /// The change to `key`: `.some(value)`, `.some(nil)` for a removal, `nil` if unchanged.
    /// Setting `nil` forgets the change.
    public subscript(key: [UInt8]) -> [UInt8]?? {
        get { entries[KeyBytes(key)] }
        set { entries[KeyBytes(key)] = newValue }
    }

    /// The changed keys.
    public var keys: some Collection<[UInt8]> { entries.keys.lazy.map(\.bytes) }

    /// The changes as a dictionary keyed by the key bytes (rehashes every key).
    public var dictionary: [[UInt8]: [UInt8]?] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.key.bytes, $0.value) })
    }

    public func makeIterator() -> Iterator { Iterator(base: entries.makeIterator()) }

    /// Yields `(key, value)` pairs, as a dictionary's iterator does.
    public struct Iterator: IteratorProtocol {
        var base: Dictionary<KeyBytes, [UInt8]?>.Iterator

        public mutating func next() -> (key: [UInt8], value: [UInt8]?)? {
            base.next().map { (key: $0.key.bytes, value: $0.value) }
        }
    }

    public var underestimatedCount: Int { entries.count }
}
