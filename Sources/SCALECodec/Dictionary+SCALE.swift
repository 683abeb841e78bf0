// `BTreeMap<K, V>`: a compact pair count, then (key, value) pairs in ascending key order.

extension Dictionary: SCALEEncodable where Key: SCALEEncodable & Comparable, Value: SCALEEncodable {
    /// Writes the pairs sorted by key (`<`), as Rust's `BTreeMap` iterates them.
    ///
    /// - Complexity: O(n log n) for the sort.
    @inlinable
    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeCompactLength(count)
        for key in keys.sorted() {
            key.encode(to: &encoder)
            self[key].unsafelyUnwrapped.encode(to: &encoder)
        }
    }
}

extension Dictionary: SCALEDecodable where Key: SCALEDecodable, Value: SCALEDecodable {
    /// Reads a `BTreeMap`. Like parity-scale-codec, it accepts pairs in any order and lets a
    /// repeated key's last value win; re-encoding such input therefore yields different bytes.
    @inlinable
    public init(from decoder: inout SCALEDecoder) throws {
        let minimumPair = Key.scaleMinimumEncodedLength + Value.scaleMinimumEncodedLength
        let count = try decoder.decodeCompactLength(of: [Key: Value].self, minimumElementLength: minimumPair)
        self.init(minimumCapacity: Swift.min(count, decoder.remainingCount))
        for _ in 0..<count {
            let key = try Key(from: &decoder)
            self[key] = try Value(from: &decoder)
        }
    }

    @inlinable
    public static var scaleMinimumEncodedLength: Int { 1 }
}
