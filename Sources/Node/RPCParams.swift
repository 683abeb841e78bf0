import ChainTypes
import JSONRPC
import Primitives

/// Reading JSON-RPC parameters: hex, hashes, numbers, accounts, with `-32602` errors that say
/// which parameter is wrong.
enum RPCParams {
    static func hex(_ params: [JSONValue], _ index: Int, _ name: String) throws -> [UInt8] {
        guard index < params.count, case .string(let text) = params[index] else {
            throw RPCError.invalidParams("\(name) (parameter \(index + 1)) must be a hex string")
        }
        return try hexText(text, name)
    }

    static func hexText(_ text: String, _ name: String) throws -> [UInt8] {
        let body = text.hasPrefix("0x") ? String(text.dropFirst(2)) : text
        if body.isEmpty { return [] }
        do {
            return try Hex.decode("0x" + body)
        } catch {
            throw RPCError.invalidParams("\(name) is not valid hex: \(error)")
        }
    }

    /// An optional block hash: absent or `null` means the best block.
    static func optionalHash(_ params: [JSONValue], _ index: Int) throws -> H256? {
        guard index < params.count, !params[index].isNull else { return nil }
        guard case .string(let text) = params[index] else { throw RPCError.invalidParams("block hash (parameter \(index + 1)) must be a hex string") }
        let bytes = try hexText(text, "block hash")
        guard let hash = H256(bytes: bytes) else { throw RPCError.invalidParams("block hash must be 32 bytes, got \(bytes.count)") }
        return hash
    }

    /// A block number given as a JSON number or a hex/decimal string.
    static func blockNumber(_ value: JSONValue) throws -> UInt32? {
        switch value {
        case .null: return nil
        case .integer(let n):
            guard n >= 0, n <= Int64(UInt32.max) else { throw RPCError.invalidParams("block number \(n) is out of range") }
            return UInt32(n)
        case .string(let text):
            if text.hasPrefix("0x"), let n = UInt32(text.dropFirst(2), radix: 16) { return n }
            if let n = UInt32(text) { return n }
            throw RPCError.invalidParams("block number \"\(text)\" is not a number")
        default: throw RPCError.invalidParams("block number must be a number or a string")
        }
    }

    static func string(_ params: [JSONValue], _ index: Int, _ name: String) throws -> String {
        guard index < params.count, case .string(let text) = params[index] else {
            throw RPCError.invalidParams("\(name) (parameter \(index + 1)) must be a string")
        }
        return text
    }

    static func account(_ params: [JSONValue], _ index: Int) throws -> AccountID {
        let text = try string(params, index, "account")
        do {
            return try AccountID(parsing: text)
        } catch {
            throw RPCError.invalidParams("account \"\(text)\" is neither an SS58 address nor a 32-byte hex key")
        }
    }

    static func hexString<C: Collection>(_ bytes: C) -> JSONValue where C.Element == UInt8 { .string(Hex.encode(bytes, prefixed: true)) }
}

extension Header {
    /// The header as Substrate's RPC shows it.
    var json: JSONValue {
        .object([
            ("parentHash", .string(parentHash.description)),
            ("number", .string("0x" + String(number, radix: 16))),
            ("stateRoot", .string(stateRoot.description)),
            ("extrinsicsRoot", .string(extrinsicsRoot.description)),
            ("digest", .object([("logs", .array(digest.map { RPCParams.hexString($0.scaleEncoded()) }))])),
        ])
    }
}
