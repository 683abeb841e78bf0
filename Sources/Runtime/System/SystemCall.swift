import SCALECodec

/// `frame_system` calls (polkadot-v0.9.39 indices). `set_heap_pages` and the code upgrades
/// decode but are refused: this runtime is native code, not a Wasm blob.
public enum SystemCall: Equatable, Sendable, SCALECodable {
    case remark([UInt8])
    case setHeapPages(UInt64)
    case setCode([UInt8])
    case setCodeWithoutChecks([UInt8])
    case setStorage([StorageItem])
    case killStorage([[UInt8]])
    case killPrefix(prefix: [UInt8], subkeys: UInt32)
    case remarkWithEvent([UInt8])

    /// One `(key, value)` of `set_storage`.
    public struct StorageItem: Equatable, Sendable, SCALECodable {
        public var key: [UInt8]
        public var value: [UInt8]
        public init(key: [UInt8], value: [UInt8]) {
            self.key = key
            self.value = value
        }
        public func encode(to encoder: inout SCALEEncoder) {
            encoder.encode(key)
            encoder.encode(value)
        }
        public init(from decoder: inout SCALEDecoder) throws {
            key = try decoder.decode([UInt8].self)
            value = try decoder.decode([UInt8].self)
        }
    }

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .remark(let r): encoder.encodeVariantIndex(0); encoder.encode(r)
        case .setHeapPages(let p): encoder.encodeVariantIndex(1); encoder.encode(p)
        case .setCode(let c): encoder.encodeVariantIndex(2); encoder.encode(c)
        case .setCodeWithoutChecks(let c): encoder.encodeVariantIndex(3); encoder.encode(c)
        case .setStorage(let items): encoder.encodeVariantIndex(4); encoder.encode(items)
        case .killStorage(let keys): encoder.encodeVariantIndex(5); encoder.encode(keys)
        case .killPrefix(let prefix, let subkeys):
            encoder.encodeVariantIndex(6)
            encoder.encode(prefix)
            encoder.encode(subkeys)
        case .remarkWithEvent(let r): encoder.encodeVariantIndex(7); encoder.encode(r)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        switch try decoder.decodeVariantIndex(of: SystemCall.self, allowed: 0...7) {
        case 0: self = .remark(try decoder.decode([UInt8].self))
        case 1: self = .setHeapPages(try decoder.decode(UInt64.self))
        case 2: self = .setCode(try decoder.decode([UInt8].self))
        case 3: self = .setCodeWithoutChecks(try decoder.decode([UInt8].self))
        case 4: self = .setStorage(try decoder.decode([StorageItem].self))
        case 5: self = .killStorage(try decoder.decode([[UInt8]].self))
        case 6: self = .killPrefix(prefix: try decoder.decode([UInt8].self), subkeys: try decoder.decode(UInt32.self))
        default: self = .remarkWithEvent(try decoder.decode([UInt8].self))
        }
    }
}
