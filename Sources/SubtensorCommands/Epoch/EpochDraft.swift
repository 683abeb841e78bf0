import JSON
import Yuma

/// The storage snapshot of an epoch input document, assembled field by field: the initial state
/// first, then each step's overrides, then the previous epoch's `Bonds` and `ValidatorPermit`.
struct EpochDraft {
    var n: UInt16?
    var currentBlock: UInt64?
    var stake: [UInt64]?
    var weights: [[UIDValue]]?
    var bonds: [[UIDValue]]?
    var lastUpdate: [UInt64]?
    var blockAtRegistration: [UInt64]?
    var validatorPermit: [Bool]?
    var hyperparameters = EpochHyperparameters.finneyDefaults
    var raoEmission: UInt64?

    /// Applies the fields of `object` (unknown members are ignored, so case files with metadata
    /// run as they are). `path` prefixes error messages; `weightsRaw` is the default for
    /// `weights_raw`.
    mutating func apply(_ object: EpochObject, path: String, weightsRaw: Bool) throws(EpochFormatError) {
        let raw = try object["weights_raw"].map { v throws(EpochFormatError) in try EpochField.bool(v, path + "weights_raw") } ?? weightsRaw
        if let value = object["n"] { n = try EpochField.integer(value, path + "n") }
        if let value = object["current_block"] ?? object["block"] {
            currentBlock = try EpochField.integer(value, path + (object["current_block"] == nil ? "block" : "current_block"))
        }
        if let value = object["rao_emission"] { raoEmission = try EpochField.integer(value, path + "rao_emission") }
        if let value = object["hyperparameters"] { try applyHyperparameters(value, path: path + "hyperparameters") }
        let count = n.map(Int.init)
        try Self.applyVector(object["stake"], to: &stake, path: path + "stake", n: count, empty: nil) { v, p throws(EpochFormatError) in
            try EpochField.integer(v, p)
        }
        try Self.applyVector(object["last_update"], to: &lastUpdate, path: path + "last_update", n: count, empty: nil) { v, p throws(EpochFormatError) in
            try EpochField.integer(v, p)
        }
        try Self.applyVector(object["block_at_registration"], to: &blockAtRegistration, path: path + "block_at_registration",
                             n: count, empty: nil) { v, p throws(EpochFormatError) in try EpochField.integer(v, p) }
        try Self.applyVector(object["validator_permit"], to: &validatorPermit, path: path + "validator_permit",
                             n: count, empty: nil) { v, p throws(EpochFormatError) in try EpochField.bool(v, p) }
        try Self.applyVector(object["weights"], to: &weights, path: path + "weights", n: count, empty: []) { v, p throws(EpochFormatError) in
            try EpochField.row(v, p, raw: raw)
        }
        try Self.applyVector(object["bonds"], to: &bonds, path: path + "bonds", n: count, empty: []) { v, p throws(EpochFormatError) in
            try EpochField.row(v, p, raw: false)
        }
    }

    private mutating func applyHyperparameters(_ value: JSONValue, path: String) throws(EpochFormatError) {
        let object = try EpochField.object(value, path)
        var h = hyperparameters
        if let v = object["kappa"] { h.kappa = try EpochField.integer(v, path + ".kappa") }
        if let v = object["rho"] { h.rho = try EpochField.integer(v, path + ".rho") }
        if let v = object["bonds_moving_average"] { h.bondsMovingAverage = try EpochField.integer(v, path + ".bonds_moving_average") }
        if let v = object["activity_cutoff"] { h.activityCutoff = try EpochField.integer(v, path + ".activity_cutoff") }
        if let v = object["max_allowed_validators"] { h.maxAllowedValidators = try EpochField.integer(v, path + ".max_allowed_validators") }
        hyperparameters = h
    }

    /// A full list replaces the vector; an object `{"uid": value}` patches single entries of the
    /// current vector (of `n` copies of `empty` if there is none yet and `empty` is given).
    private static func applyVector<T>(
        _ value: JSONValue?, to vector: inout [T]?, path: String, n: Int?, empty: T?,
        element: (JSONValue, String) throws(EpochFormatError) -> T
    ) throws(EpochFormatError) {
        guard let value else { return }
        switch value {
        case .array(let elements):
            var decoded: [T] = []
            decoded.reserveCapacity(elements.count)
            for (i, item) in elements.enumerated() { decoded.append(try element(item, "\(path)[\(i)]")) }
            vector = decoded
        case .object(let members):
            let patch = EpochObject(members)
            var base: [T]
            if let vector {
                base = vector
            } else if let empty, let n {
                base = [T](repeating: empty, count: n)
            } else {
                throw EpochFormatError("\(path) is an object of patches {\"uid\": value}, but there is no full list to patch yet.")
            }
            for (key, item) in patch.members {
                guard !key.isEmpty, key.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                      let uid = Int(key), uid < base.count else {
                    throw EpochFormatError("\(path) patches \"\(key)\", which is not a uid below \(base.count).")
                }
                base[uid] = try element(item, "\(path)[\(uid)]")
            }
            vector = base
        default:
            throw EpochFormatError("\(path) must be a list (or an object of uid patches), found \(EpochField.describe(value)).")
        }
    }

    /// The epoch input, once every required field is present and consistent.
    func input(path: String) throws(EpochFormatError) -> EpochInput {
        func required<T>(_ value: T?, _ field: String) throws(EpochFormatError) -> T {
            guard let value else { throw EpochFormatError("\(path)\(field) is missing.") }
            return value
        }
        let n = try required(n, "n")
        let stake = try required(stake, "stake")
        let count = Int(n)
        let permits = validatorPermit ?? (stake.count == count
            ? Epoch.topStakePermits(stake: stake, maxAllowedValidators: hyperparameters.maxAllowedValidators)
            : [])
        let input = EpochInput(
            n: n, currentBlock: try required(currentBlock, "current_block"), stake: stake,
            weights: weights ?? [[UIDValue]](repeating: [], count: count),
            bonds: bonds ?? [[UIDValue]](repeating: [], count: count),
            lastUpdate: try required(lastUpdate, "last_update"),
            blockAtRegistration: try required(blockAtRegistration, "block_at_registration"),
            validatorPermit: permits, hyperparameters: hyperparameters,
            raoEmission: try required(raoEmission, "rao_emission"))
        do {
            try input.validate()
        } catch {
            throw EpochFormatError(path + error.description)
        }
        return input
    }
}
