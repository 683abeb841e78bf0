import Primitives
import RuntimeSupport
import SCALECodec

/// Bittensor's info runtime APIs (`NeuronInfoRuntimeApi`, `SubnetInfoRuntimeApi`,
/// `DelegateInfoRuntimeApi`, `StakeInfoRuntimeApi`): each answers the SCALE bytes of its value,
/// which the chain wraps in a `Vec<u8>`.
public enum SubtensorInfoAPI {
    /// Why a call could not be answered.
    public enum Failure: Error, Equatable, Sendable {
        case unknownMethod(String)
        case badArguments(String)
    }

    /// The API names (`Api_method`) this runtime answers.
    public static let methods = [
        "NeuronInfoRuntimeApi_get_neurons", "NeuronInfoRuntimeApi_get_neuron", "NeuronInfoRuntimeApi_get_neurons_lite",
        "NeuronInfoRuntimeApi_get_neuron_lite", "SubnetInfoRuntimeApi_get_subnet_info", "SubnetInfoRuntimeApi_get_subnets_info",
        "SubnetInfoRuntimeApi_get_subnet_hyperparams", "DelegateInfoRuntimeApi_get_delegates", "DelegateInfoRuntimeApi_get_delegate",
        "DelegateInfoRuntimeApi_get_delegated", "StakeInfoRuntimeApi_get_stake_info_for_coldkey",
        "StakeInfoRuntimeApi_get_stake_info_for_coldkeys",
    ]

    /// Answers `method` with SCALE `arguments`; the bytes of the value (empty for "none").
    public static func call(_ method: String, arguments: [UInt8], _ ctx: BlockContext) throws(Failure) -> [UInt8] {
        var decoder = SCALEDecoder(arguments)
        func read<T: SCALEDecodable>(_ type: T.Type) throws(Failure) -> T {
            do { return try decoder.decode(T.self) } catch { throw .badArguments("\(method): \(error)") }
        }
        switch method {
        case "NeuronInfoRuntimeApi_get_neurons", "NeuronInfoRuntimeApi_get_neurons_lite":
            return NeuronInfo.all(netuid: try read(UInt16.self), lite: method.hasSuffix("lite"), ctx).scaleEncoded()
        case "NeuronInfoRuntimeApi_get_neuron", "NeuronInfoRuntimeApi_get_neuron_lite":
            let netuid = try read(UInt16.self)
            let uid = try read(UInt16.self)
            return NeuronInfo.read(netuid: netuid, uid: uid, lite: method.hasSuffix("lite"), ctx)?.scaleEncoded() ?? []
        case "SubnetInfoRuntimeApi_get_subnet_info":
            return SubnetInfo.read(netuid: try read(UInt16.self), ctx)?.scaleEncoded() ?? []
        case "SubnetInfoRuntimeApi_get_subnets_info":
            return SubnetInfo.all(ctx).map { Optional($0) }.scaleEncoded()
        case "SubnetInfoRuntimeApi_get_subnet_hyperparams":
            return SubnetHyperparams.read(netuid: try read(UInt16.self), ctx)?.scaleEncoded() ?? []
        case "DelegateInfoRuntimeApi_get_delegates":
            return DelegateInfo.all(ctx).scaleEncoded()
        case "DelegateInfoRuntimeApi_get_delegate":
            guard let account = AccountID(bytes: try read([UInt8].self)) else { return [] }
            return DelegateInfo.read(account, ctx)?.scaleEncoded() ?? []
        case "DelegateInfoRuntimeApi_get_delegated":
            guard let account = AccountID(bytes: try read([UInt8].self)) else { return [] }
            var encoder = SCALEEncoder()
            let delegated = DelegateInfo.delegated(by: account, ctx)
            encoder.encodeCompactLength(delegated.count)
            for (info, stake) in delegated {
                encoder.encode(info)
                encoder.encodeCompact(stake)
            }
            return encoder.takeBytes()
        case "StakeInfoRuntimeApi_get_stake_info_for_coldkey":
            guard let account = AccountID(bytes: try read([UInt8].self)) else { return [] }
            return StakeInfo.of(account, ctx).scaleEncoded()
        case "StakeInfoRuntimeApi_get_stake_info_for_coldkeys":
            var encoder = SCALEEncoder()
            let accounts = try read([[UInt8]].self).compactMap { AccountID(bytes: $0) }
            encoder.encodeCompactLength(accounts.count)
            for account in accounts {
                encoder.encode(account)
                encoder.encode(StakeInfo.of(account, ctx))
            }
            return encoder.takeBytes()
        default:
            throw .unknownMethod(method)
        }
    }
}
