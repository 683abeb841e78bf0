import Primitives
import Runtime

extension SubtensorPallet {
    /// SubtensorModule's calls with the chain's indices and argument names (spec 127), plus the
    /// seed's validator hyperparameter setters this runtime keeps at the unused indices.
    static func callType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("pallet_subtensor", "Call"), parameters: [TypeParameter("T", nil)]) { r in
            let netuid = r.field("netuid", UInt16.self)
            let hotkey = r.field("hotkey", AccountID.self)
            func call(_ name: String, _ index: UInt8, _ fields: [TypeField]) -> TypeVariant { TypeVariant(name, index: index, fields: fields) }
            /// `sudo_set_<argument>(netuid, <argument>)`.
            func setter<T: MetadataDescribable>(_ index: UInt8, _ argument: String, _ type: T.Type, name: String? = nil) -> TypeVariant {
                call(name ?? "sudo_set_\(argument)", index, [netuid, r.field(argument, type)])
            }
            return [
                call("set_weights", 0, [netuid, r.field("dests", [UInt16].self), r.field("weights", [UInt16].self), r.field("version_key", UInt64.self)]),
                call("become_delegate", 1, [hotkey]),
                call("add_stake", 2, [hotkey, r.field("amount_staked", UInt64.self)]),
                call("remove_stake", 3, [hotkey, r.field("amount_unstaked", UInt64.self)]),
                call("serve_axon", 4, [
                    netuid, r.field("version", UInt32.self), r.field("ip", UInt128.self), r.field("port", UInt16.self),
                    r.field("ip_type", UInt8.self), r.field("protocol", UInt8.self), r.field("placeholder1", UInt8.self),
                    r.field("placeholder2", UInt8.self),
                ]),
                call("serve_prometheus", 5, [
                    netuid, r.field("version", UInt32.self), r.field("ip", UInt128.self), r.field("port", UInt16.self),
                    r.field("ip_type", UInt8.self),
                ]),
                call("register", 6, [
                    netuid, r.field("block_number", UInt64.self), r.field("nonce", UInt64.self), r.field("work", [UInt8].self), hotkey,
                    r.field("coldkey", AccountID.self),
                ]),
                call("burned_register", 7, [netuid, hotkey]),
                call("sudo_register", 8, [netuid, hotkey, r.field("coldkey", AccountID.self), r.field("stake", UInt64.self), r.field("balance", UInt64.self)]),
                call("sudo_add_network", 9, [netuid, r.field("tempo", UInt16.self), r.field("modality", UInt16.self)]),
                call("sudo_remove_network", 10, [netuid]),
                call("sudo_set_emission_values", 11, [r.field("netuids", [UInt16].self), r.field("emission", [UInt64].self)]),
                call("sudo_add_network_connection_requirement", 12, [
                    r.field("netuid_a", UInt16.self), r.field("netuid_b", UInt16.self), r.field("requirement", UInt16.self),
                ]),
                call("sudo_remove_network_connection_requirement", 13, [r.field("netuid_a", UInt16.self), r.field("netuid_b", UInt16.self)]),
                call("sudo_set_default_take", 14, [r.field("default_take", UInt16.self)]),
                setter(15, "serving_rate_limit", UInt64.self),
                call("sudo_set_tx_rate_limit", 16, [r.field("tx_rate_limit", UInt64.self)]),
                setter(17, "max_burn", UInt64.self), setter(18, "min_burn", UInt64.self), setter(19, "burn", UInt64.self),
                setter(20, "max_difficulty", UInt64.self), setter(21, "min_difficulty", UInt64.self),
                setter(22, "weights_set_rate_limit", UInt64.self), setter(23, "weights_version_key", UInt64.self),
                setter(24, "bonds_moving_average", UInt64.self), setter(25, "max_allowed_validators", UInt16.self),
                setter(26, "difficulty", UInt64.self), setter(27, "adjustment_interval", UInt16.self),
                setter(28, "target_registrations_per_interval", UInt16.self), setter(29, "activity_cutoff", UInt16.self),
                setter(30, "rho", UInt16.self), setter(31, "kappa", UInt16.self), setter(32, "max_allowed_uids", UInt16.self),
                setter(33, "min_allowed_weights", UInt16.self), setter(34, "validator_batch_size", UInt16.self),
                setter(35, "validator_sequence_length", UInt16.self), setter(36, "validator_epoch_length", UInt16.self),
                setter(37, "validator_epochs_per_reset", UInt16.self), setter(38, "validator_prune_len", UInt64.self),
                setter(39, "validator_exclude_quantile", UInt16.self), setter(40, "validator_logits_divergence", UInt16.self),
                setter(41, "scaling_law_power", UInt16.self), setter(42, "synergy_scaling_law_power", UInt16.self),
                setter(43, "immunity_period", UInt16.self), setter(44, "max_weight_limit", UInt16.self),
                setter(45, "max_registrations_per_block", UInt16.self),
                call("sudo_set_total_issuance", 46, [r.field("total_issuance", UInt64.self)]),
                setter(47, "tempo", UInt16.self), setter(48, "rao_recycled", UInt64.self),
                setter(49, "registration_allowed", Bool.self),
                setter(58, "adjustment_alpha", UInt64.self),
            ]
        }
    }
}
