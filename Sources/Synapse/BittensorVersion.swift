/// The bittensor release this protocol follows and its integer form.
public enum BittensorVersion {
    /// 7.4.0 as `__version_as_int__`: `major·10⁶ + minor·10³ + patch` (the v7.2+ encoding).
    public static let asInt = 7_004_000
    /// 7.2.0: from this version on an axon checks that a fresh nonce lies in its time window.
    public static let v7_2_0 = 7_002_000
    /// bittensor's default synapse timeout, seconds.
    public static let defaultTimeout = 12.0
}
