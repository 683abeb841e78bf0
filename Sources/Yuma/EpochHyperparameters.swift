/// The subnet hyperparameters the epoch reads.
///
/// `rho` is stored on chain and read by `get_float_rho`, which the 2023 epoch never calls; it is
/// kept here only so a snapshot round-trips. `tempo`, `immunity_period` and
/// `min_allowed_weights` do not enter the epoch at all.
public struct EpochHyperparameters: Hashable, Sendable {
    /// `Kappa`: the consensus majority ratio as a u16 proportion (32767 ≈ 0.5).
    public var kappa: UInt16
    /// `Rho`: unused by the epoch.
    public var rho: UInt16
    /// `BondsMovingAverage`, in millionths (900000 = 0.9 of the old bonds kept per epoch).
    public var bondsMovingAverage: UInt64
    /// `ActivityCutoff`: blocks after its last weights update before a uid counts as inactive.
    public var activityCutoff: UInt16
    /// `MaxAllowedValidators`: how many uids receive a validator permit.
    public var maxAllowedValidators: UInt16

    /// The values a 2023 Finney subnet starts with (pallet defaults; `init_new_network` sets
    /// `MaxAllowedValidators` to 64 on new subnets).
    public static let finneyDefaults = EpochHyperparameters()

    public init(
        kappa: UInt16 = 32767,
        rho: UInt16 = 10,
        bondsMovingAverage: UInt64 = 900_000,
        activityCutoff: UInt16 = 5000,
        maxAllowedValidators: UInt16 = 128
    ) {
        self.kappa = kappa
        self.rho = rho
        self.bondsMovingAverage = bondsMovingAverage
        self.activityCutoff = activityCutoff
        self.maxAllowedValidators = maxAllowedValidators
    }
}
