import ChainTypes
import JSONRPC
import Primitives
import Runtime
import RuntimeMetadata
import RuntimeSupport
import SCALECodec

/// The runtime APIs reachable through `state_call`: metadata, version, nonces, fees, and
/// Bittensor's info APIs. Each returns the SCALE bytes of its answer.
enum RuntimeAPI {
    static func call(_ name: String, _ data: [UInt8], _ ctx: BlockContext) throws -> [UInt8] {
        switch name {
        case "Core_version":
            return RuntimeVersion.current.scaleEncoded()
        case "Metadata_metadata":
            return RuntimeMetadata.v14().scaleEncoded()
        case "Metadata_metadata_versions":
            return [UInt32]([14, 15]).scaleEncoded()
        case "Metadata_metadata_at_version":
            guard data.count == 4, let version = try? UInt32(scaleBytes: data) else { throw RPCError.client("Execution failed: bad input to \(name)") }
            switch version {
            case 14: return [0x01] + RuntimeMetadata.v14().scaleEncoded()
            case 15: return [0x01] + RuntimeMetadata.v15().scaleEncoded()
            default: return [0x00]
            }
        case "AccountNonceApi_account_nonce":
            guard let account = AccountID(bytes: data) else { throw RPCError.client("Execution failed: \(name) takes a 32-byte account") }
            return System.nonce(account, ctx).scaleEncoded()
        case "TransactionPaymentApi_query_info", "TransactionPaymentApi_query_fee_details":
            var decoder = SCALEDecoder(data)
            guard let extrinsic = try? decoder.decode(UncheckedExtrinsic.self), let length = try? decoder.decode(UInt32.self),
                  let call = try? RuntimeCall(scaleBytes: extrinsic.call)
            else { throw RPCError.client("Execution failed: \(name) takes an extrinsic and its length") }
            let info = Runtime.dispatchInfo(call)
            let fee = TransactionPayment.fee(length: Int(length), info: info, tip: 0)
            if name.hasSuffix("query_info") {
                var encoder = SCALEEncoder()
                encoder.encode(info.weight)
                encoder.encode(info.dispatchClass)
                encoder.encode(fee)
                return encoder.takeBytes()
            }
            var encoder = SCALEEncoder()
            if info.paysFee == .yes {
                encoder.appendByte(1)
                encoder.encode(TransactionPayment.weightToFee(TransactionPayment.extrinsicBaseWeight))
                encoder.encode(UInt64(length))
                encoder.encode(TransactionPayment.weightToFee(info.weight))
            } else {
                encoder.appendByte(0)
            }
            encoder.encode(UInt64(0))
            return encoder.takeBytes()
        default:
            do {
                return try SubtensorInfoAPI.call(name, arguments: data, ctx).scaleEncoded()
            } catch .unknownMethod {
                throw RPCError.client("Execution failed: Other: Exported method \(name) is not found")
            } catch {
                throw RPCError.client("Execution failed: \(error)")
            }
        }
    }
}
