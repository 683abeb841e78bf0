import ChainClient
import Primitives
import Runtime
import Yuma

/// A subnet as neurons see it, synced from the chain: bittensor's metagraph (§5 of the SDK
/// facts). Scores are fractions of 1 (u16/65535), stake and emission are in τ, weights are
/// rows normalised to sum 1 and bonds the raw u16 values, all indexed by uid.
public struct Metagraph: Sendable {
    /// The subnet.
    public let netuid: UInt16
    /// The block it was read at.
    public let block: UInt64
    /// The block's hash.
    public let blockHash: H256
    /// Whether weights and bonds were left out.
    public let lite: Bool
    /// The decoded neurons, by uid.
    public let neurons: [NeuronInfo]
    /// `weights[i][j]`: neuron i's weight on uid j, each non-empty row summing to 1 (empty when lite).
    public let weights: [[Double]]
    /// `bonds[i][j]`: the raw u16 bond of neuron i on uid j (empty when lite).
    public let bonds: [[UInt16]]

    /// The number of neurons.
    public var n: Int { neurons.count }
    public var uids: [UInt16] { neurons.map(\.uid) }
    public var hotkeys: [AccountID] { neurons.map(\.hotkey) }
    public var coldkeys: [AccountID] { neurons.map(\.coldkey) }
    /// Total stake on each neuron's hotkey, in τ.
    public var stake: [Double] { neurons.map { Self.tao($0.stake.reduce(0) { $0 &+ $1.amount }) } }
    /// Total stake on each hotkey, in rao.
    public var stakeRao: [UInt64] { neurons.map { $0.stake.reduce(0) { $0 &+ $1.amount } } }
    public var ranks: [Double] { neurons.map { Self.fraction($0.rank) } }
    public var trust: [Double] { neurons.map { Self.fraction($0.trust) } }
    public var consensus: [Double] { neurons.map { Self.fraction($0.consensus) } }
    public var validatorTrust: [Double] { neurons.map { Self.fraction($0.validatorTrust) } }
    public var incentive: [Double] { neurons.map { Self.fraction($0.incentive) } }
    public var dividends: [Double] { neurons.map { Self.fraction($0.dividends) } }
    /// Emission per tempo, in τ.
    public var emission: [Double] { neurons.map { Self.tao($0.emission) } }
    public var active: [Bool] { neurons.map(\.active) }
    public var lastUpdate: [UInt64] { neurons.map(\.lastUpdate) }
    public var validatorPermit: [Bool] { neurons.map(\.validatorPermit) }
    public var axons: [AxonInfo] { neurons.map(\.axon) }

    /// The uid of `hotkey`, if it is registered here.
    public func uid(of hotkey: AccountID) -> UInt16? { neurons.first { $0.hotkey == hotkey }?.uid }

    /// Reads the subnet at `block` (the best block when `nil`). `lite` leaves out weights and
    /// bonds, as bittensor's default sync does.
    public static func sync(netuid: UInt16, client: SubtensorClient, lite: Bool = true, block: UInt64? = nil) async throws -> Metagraph {
        let at: (number: UInt64, hash: H256)
        if let block { at = (block, try await client.blockHash(block)) } else { at = try await client.bestBlock() }
        guard try await client.read(SubtensorStorage.networksAdded, netuid, at: at.hash) else {
            throw ChainClientError.badResponse("subnet \(netuid) does not exist at block #\(at.number)")
        }
        let neurons = try await client.neurons(netuid: netuid, lite: true, at: at.hash).sorted { $0.uid < $1.uid }
        var weights: [[Double]] = []
        var bonds: [[UInt16]] = []
        if !lite {
            let n = neurons.count
            weights = Array(repeating: Array(repeating: 0, count: n), count: n)
            bonds = Array(repeating: Array(repeating: 0, count: n), count: n)
            for (uid, row) in try await client.entries(SubtensorStorage.weights, prefix: netuid, at: at.hash) where Int(uid) < n {
                weights[Int(uid)] = normalisedRow(row, n: n)
            }
            for (uid, row) in try await client.entries(SubtensorStorage.bonds, prefix: netuid, at: at.hash) where Int(uid) < n {
                for entry in row where Int(entry.uid) < n { bonds[Int(uid)][Int(entry.uid)] = entry.value }
            }
        }
        return Metagraph(netuid: netuid, block: at.number, blockHash: at.hash, lite: lite, neurons: neurons, weights: weights, bonds: bonds)
    }

    /// u16 weights placed at their uids and divided by the row's sum (bittensor's
    /// `convert_weight_uids_and_vals_to_tensor`).
    static func normalisedRow(_ row: [UIDValue], n: Int) -> [Double] {
        var out = [Double](repeating: 0, count: n)
        let total = row.reduce(0.0) { $0 + Double($1.value) }
        guard total > 0 else { return out }
        for entry in row where Int(entry.uid) < n { out[Int(entry.uid)] += Double(entry.value) / total }
        return out
    }

    static func fraction(_ value: UInt16) -> Double { Double(value) / 65535 }
    static func tao(_ rao: UInt64) -> Double { Double(rao) / 1e9 }

    public init(netuid: UInt16, block: UInt64, blockHash: H256, lite: Bool, neurons: [NeuronInfo], weights: [[Double]], bonds: [[UInt16]]) {
        self.netuid = netuid
        self.block = block
        self.blockHash = blockHash
        self.lite = lite
        self.neurons = neurons
        self.weights = weights
        self.bonds = bonds
    }
}
