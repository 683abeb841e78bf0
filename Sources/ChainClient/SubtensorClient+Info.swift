import JSONRPC
import Primitives
import Runtime
import SCALECodec

extension SubtensorClient {
    /// Calls one of bittensor's info RPCs and returns the SCALE bytes it answers (a JSON array of
    /// bytes on the wire).
    func infoBytes(_ method: String, _ params: [JSONValue], at block: H256?) async throws(ChainClientError) -> [UInt8] {
        var all = params
        if let block { all.append(.string(block.description)) }
        let answer = try await request(method, all)
        guard let list = answer.arrayValue else { throw .badResponse("\(method): \(answer)") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(list.count)
        for item in list {
            guard let value = item.integerValue, let byte = UInt8(exactly: value) else { throw .badResponse("\(method): not a byte array") }
            bytes.append(byte)
        }
        return bytes
    }

    private func decoded<T>(_ method: String, _ body: (inout SCALEDecoder) throws -> T, _ bytes: [UInt8]) throws(ChainClientError) -> T {
        var decoder = SCALEDecoder(bytes)
        do {
            let value = try body(&decoder)
            try decoder.finish(decoding: T.self)
            return value
        } catch {
            throw .badResponse("\(method) does not decode: \(error)")
        }
    }

    /// Every neuron of `netuid` (`lite` leaves out weights and bonds).
    public func neurons(netuid: UInt16, lite: Bool = true, at block: H256? = nil) async throws(ChainClientError) -> [NeuronInfo] {
        let method = lite ? "neuronInfo_getNeuronsLite" : "neuronInfo_getNeurons"
        let bytes = try await infoBytes(method, [.integer(Int64(netuid))], at: block)
        do { return try NeuronInfo.decodeList(bytes, lite: lite) } catch { throw .badResponse("\(method) does not decode: \(error)") }
    }

    /// One neuron, or `nil` when the uid is empty.
    public func neuron(netuid: UInt16, uid: UInt16, lite: Bool = true, at block: H256? = nil) async throws(ChainClientError) -> NeuronInfo? {
        let method = lite ? "neuronInfo_getNeuronLite" : "neuronInfo_getNeuron"
        let bytes = try await infoBytes(method, [.integer(Int64(netuid)), .integer(Int64(uid))], at: block)
        if bytes.isEmpty { return nil }
        return try decoded(method, { try NeuronInfo(from: &$0, lite: lite) }, bytes)
    }

    /// Every subnet's info.
    public func subnets(at block: H256? = nil) async throws(ChainClientError) -> [SubnetInfo] {
        let bytes = try await infoBytes("subnetInfo_getSubnetsInfo", [], at: block)
        return try decoded("subnetInfo_getSubnetsInfo", { try $0.decode([SubnetInfo?].self).compactMap { $0 } }, bytes)
    }

    /// One subnet's info, or `nil` when it does not exist.
    public func subnet(_ netuid: UInt16, at block: H256? = nil) async throws(ChainClientError) -> SubnetInfo? {
        let bytes = try await infoBytes("subnetInfo_getSubnetInfo", [.integer(Int64(netuid))], at: block)
        if bytes.isEmpty { return nil }
        return try decoded("subnetInfo_getSubnetInfo", { try $0.decode(SubnetInfo.self) }, bytes)
    }

    /// A subnet's hyperparameters, or `nil` when it does not exist.
    public func hyperparameters(_ netuid: UInt16, at block: H256? = nil) async throws(ChainClientError) -> SubnetHyperparams? {
        let bytes = try await infoBytes("subnetInfo_getSubnetHyperparams", [.integer(Int64(netuid))], at: block)
        if bytes.isEmpty { return nil }
        return try decoded("subnetInfo_getSubnetHyperparams", { try $0.decode(SubnetHyperparams.self) }, bytes)
    }

    /// Every delegate.
    public func delegates(at block: H256? = nil) async throws(ChainClientError) -> [DelegateInfo] {
        let bytes = try await infoBytes("delegateInfo_getDelegates", [], at: block)
        return try decoded("delegateInfo_getDelegates", { try $0.decode([DelegateInfo].self) }, bytes)
    }

    /// The delegate `hotkey`, or `nil` when it is not one.
    public func delegate(_ hotkey: AccountID, at block: H256? = nil) async throws(ChainClientError) -> DelegateInfo? {
        let bytes = try await infoBytes("delegateInfo_getDelegate", [Self.byteArray(hotkey.bytes)], at: block)
        if bytes.isEmpty { return nil }
        return try decoded("delegateInfo_getDelegate", { try $0.decode(DelegateInfo.self) }, bytes)
    }

    /// The delegates `coldkey` has staked to, with its stake on each.
    public func delegated(by coldkey: AccountID, at block: H256? = nil) async throws(ChainClientError) -> [(delegate: DelegateInfo, stake: UInt64)] {
        let bytes = try await infoBytes("delegateInfo_getDelegated", [Self.byteArray(coldkey.bytes)], at: block)
        return try decoded("delegateInfo_getDelegated", { decoder in
            let count = try decoder.decodeCompactLength(of: [DelegateInfo].self, minimumElementLength: 33)
            return try (0..<count).map { _ in (try decoder.decode(DelegateInfo.self), try decoder.decodeCompact(as: UInt64.self)) }
        }, bytes)
    }

    static func byteArray(_ bytes: [UInt8]) -> JSONValue { .array(bytes.map { .integer(Int64($0)) }) }
}
