import Hashing
import JSONRPC
import Primitives
import RuntimeSupport
import SCALECodec

extension SubtensorClient {
    /// The raw value at `key`, or `nil` when absent, at block `at` (best block when `nil`).
    public func storage(_ key: [UInt8], at block: H256? = nil) async throws(ChainClientError) -> [UInt8]? {
        var params: [JSONValue] = [Self.hex(key)]
        if let block { params.append(.string(block.description)) }
        let answer = try await request("state_getStorage", params)
        if answer.isNull { return nil }
        guard let text = answer.stringValue, let bytes = try? Hex.decode(text) else {
            throw .badResponse("state_getStorage: \(answer)")
        }
        return bytes
    }

    /// Decodes `bytes` as `V`, or reports which item could not be read.
    func decode<V: SCALEDecodable>(_ bytes: [UInt8], as type: V.Type, item: String) throws(ChainClientError) -> V {
        do { return try V(scaleBytes: bytes) } catch {
            throw .badResponse("\(item) does not decode: \(error)")
        }
    }

    /// A storage value (its default when absent).
    public func read<V>(_ item: StorageValue<V>, at block: H256? = nil) async throws(ChainClientError) -> V {
        guard let bytes = try await storage(item.key, at: block) else { return item.defaultValue }
        return try decode(bytes, as: V.self, item: "\(item.pallet).\(item.item)")
    }

    /// A storage value, or `nil` when absent.
    public func readIfPresent<V>(_ item: StorageValue<V>, at block: H256? = nil) async throws(ChainClientError) -> V? {
        guard let bytes = try await storage(item.key, at: block) else { return nil }
        return try decode(bytes, as: V.self, item: "\(item.pallet).\(item.item)")
    }

    /// A map entry (the map's default when absent).
    public func read<K, V>(_ map: StorageMap<K, V>, _ key: K, at block: H256? = nil) async throws(ChainClientError) -> V {
        try await readIfPresent(map, key, at: block) ?? map.defaultValue
    }

    /// A map entry, or `nil` when absent.
    public func readIfPresent<K, V>(_ map: StorageMap<K, V>, _ key: K, at block: H256? = nil) async throws(ChainClientError) -> V? {
        guard let bytes = try await storage(map.storageKey(key), at: block) else { return nil }
        return try decode(bytes, as: V.self, item: "\(map.pallet).\(map.item)")
    }

    /// A double-map entry (the map's default when absent).
    public func read<K1, K2, V>(_ map: StorageDoubleMap<K1, K2, V>, _ key1: K1, _ key2: K2, at block: H256? = nil) async throws(ChainClientError) -> V {
        guard let bytes = try await storage(map.storageKey(key1, key2), at: block) else { return map.defaultValue }
        return try decode(bytes, as: V.self, item: "\(map.pallet).\(map.item)")
    }

    /// A double-map entry, or `nil` when absent.
    public func readIfPresent<K1, K2, V>(_ map: StorageDoubleMap<K1, K2, V>, _ key1: K1, _ key2: K2, at block: H256? = nil) async throws(ChainClientError) -> V? {
        guard let bytes = try await storage(map.storageKey(key1, key2), at: block) else { return nil }
        return try decode(bytes, as: V.self, item: "\(map.pallet).\(map.item)")
    }

    /// Every storage key under `prefix` (paged through `state_getKeysPaged`).
    public func keys(prefix: [UInt8], at block: H256? = nil) async throws(ChainClientError) -> [[UInt8]] {
        var keys: [[UInt8]] = []
        var start: [UInt8]? = nil
        let page = 1000
        while true {
            var params: [JSONValue] = [Self.hex(prefix), .integer(Int64(page)), start.map { Self.hex($0) } ?? .null]
            if let block { params.append(.string(block.description)) }
            let answer = try await request("state_getKeysPaged", params)
            guard let list = answer.arrayValue else { throw .badResponse("state_getKeysPaged: \(answer)") }
            let batch = list.compactMap { $0.stringValue.flatMap { try? Hex.decode($0) } }
            keys += batch
            if batch.count < page { return keys }
            start = batch.last
        }
    }

    /// Every `(key2, value)` of a double map under `key1` (the second hasher must be transparent,
    /// e.g. `Stake[hotkey]` by coldkey).
    public func entries<K1, K2, V>(_ map: StorageDoubleMap<K1, K2, V>, prefix key1: K1, at block: H256? = nil) async throws(ChainClientError) -> [(key: K2, value: V)] {
        guard let skip = map.hasher2.transparentPrefixLength else {
            throw .badResponse("\(map.pallet).\(map.item) cannot be iterated by its second key")
        }
        let start = map.prefix(key1)
        var result: [(key: K2, value: V)] = []
        for storageKey in try await keys(prefix: start, at: block) {
            guard storageKey.count >= start.count + skip,
                  let key = try? K2(scaleBytes: Array(storageKey[(start.count + skip)...])),
                  let bytes = try await storage(storageKey, at: block)
            else { continue }
            result.append((key, try decode(bytes, as: V.self, item: "\(map.pallet).\(map.item)")))
        }
        return result
    }
}
