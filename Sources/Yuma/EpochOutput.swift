/// What one epoch writes to storage, per uid, plus the emission tuples it returns.
///
/// The u16 vectors are the stored values (`fixed_proportion_to_u16`: floor of `x · 65535`).
public struct EpochOutput: Hashable, Sendable {
    /// `Active`: the uid updated its weights within `activity_cutoff` blocks.
    public var active: [Bool]
    /// `Rank` (identical to `incentive`).
    public var rank: [UInt16]
    /// `Trust`: ranks after clipping over ranks before.
    public var trust: [UInt16]
    /// `Consensus`: the stake-weighted kappa-quantile of each column.
    public var consensus: [UInt16]
    /// `Incentive`: normalised ranks.
    public var incentive: [UInt16]
    /// `Dividends`: normalised bond-weighted incentive.
    public var dividends: [UInt16]
    /// `Emission`, in rao: the combined share of `rao_emission` (rounded on its own, so not
    /// always `server + validator`).
    public var emission: [UInt64]
    /// `ValidatorTrust`: row sums of the clipped weights.
    public var validatorTrust: [UInt16]
    /// `ValidatorPermit` for the next epoch: the top `max_allowed_validators` by stake.
    public var validatorPermit: [Bool]
    /// `Bonds` rows as stored after the epoch (rows the epoch did not write are the input's).
    public var bonds: [[UIDValue]]
    /// Which `Bonds` rows the epoch inserted: uids holding a new permit get their new row, uids
    /// that lost their permit get an empty row; the others are left untouched (no write).
    public var bondsWritten: [Bool]
    /// `PruningScores`: the combined emission share, max-upscaled to u16 with rounding.
    public var pruningScores: [UInt16]
    /// The server (incentive) part of each uid's emission, in rao.
    public var serverEmission: [UInt64]
    /// The validator (dividends) part of each uid's emission, in rao.
    public var validatorEmission: [UInt64]

    public init(
        active: [Bool], rank: [UInt16], trust: [UInt16], consensus: [UInt16], incentive: [UInt16],
        dividends: [UInt16], emission: [UInt64], validatorTrust: [UInt16], validatorPermit: [Bool],
        bonds: [[UIDValue]], bondsWritten: [Bool], pruningScores: [UInt16], serverEmission: [UInt64],
        validatorEmission: [UInt64]
    ) {
        self.active = active
        self.rank = rank
        self.trust = trust
        self.consensus = consensus
        self.incentive = incentive
        self.dividends = dividends
        self.emission = emission
        self.validatorTrust = validatorTrust
        self.validatorPermit = validatorPermit
        self.bonds = bonds
        self.bondsWritten = bondsWritten
        self.pruningScores = pruningScores
        self.serverEmission = serverEmission
        self.validatorEmission = validatorEmission
    }
}
