import SCALECodec
import Primitives
import RuntimeSupport

extension SubtensorModule {
    /// IP validity as the chain checks it: non-zero; IPv4 below `u32::MAX` and not 127.0.0.1;
    /// IPv6 not `u128::MAX` and not `::1`.
    static func isValidIP(_ ip: UInt128, type ipType: UInt8) -> Bool {
        guard ip != 0 else { return false }
        if ipType == 4 { return ip < UInt128(UInt32.max) && ip != 0x7f00_0001 }
        if ipType == 6 { return ip != UInt128.max && ip != 1 }
        return false
    }

    /// `serve_axon`: checks in the chain's order (registered anywhere, ip type, ip, rate
    /// limit, port), then stores `Axons[netuid][hotkey]` stamped with the current block.
    static func serveAxon(origin: RuntimeOrigin, netuid: UInt16, _ info: AxonInfo, _ ctx: inout BlockContext) throws(DispatchError) {
        try serve(origin: origin, netuid: netuid, info, in: S.axons, &ctx, event: SubtensorEvent.axonServed)
    }

    /// `serve_prometheus`: the same checks, stored under `Prometheus[netuid][hotkey]`.
    static func servePrometheus(origin: RuntimeOrigin, netuid: UInt16, _ info: PrometheusInfo, _ ctx: inout BlockContext) throws(DispatchError) {
        try serve(origin: origin, netuid: netuid, info, in: S.prometheus, &ctx, event: SubtensorEvent.prometheusServed)
    }

    /// The body both serve calls share: the checks in the chain's order (registered anywhere, ip
    /// type, ip, rate limit against the stored endpoint's block, port), then `info` stored under
    /// `map[netuid][hotkey]` stamped with the current block, and `event(netuid, hotkey)` deposited.
    private static func serve<Info: ServedEndpoint>(
        origin: RuntimeOrigin, netuid: UInt16, _ info: Info, in map: StorageDoubleMap<UInt16, AccountID, Info>,
        _ ctx: inout BlockContext, event: (UInt16, AccountID) -> SubtensorEvent
    ) throws(DispatchError) {
        let hotkey = try origin.ensureSigned()
        try ensure(isRegisteredOnAnyNetwork(hotkey, ctx), .notRegistered)
        try ensure(info.ipType == 4 || info.ipType == 6, .invalidIpType)
        try ensure(isValidIP(info.ip, type: info.ipType), .invalidIpAddress)
        let previous = map.get(netuid, hotkey, ctx.storage)
        try ensure(servingAllowed(netuid: netuid, previousBlock: previous.block, ctx), .servingRateLimitExceeded)
        var stored = info
        stored.block = ctx.currentBlock
        try ensure(stored.port != 0, .invalidPort)
        map.set(netuid, hotkey, stored, in: &ctx.storage)
        ctx.deposit(.subtensor(event(netuid, hotkey)))
    }

    static func servingAllowed(netuid: UInt16, previousBlock: UInt64, _ ctx: BlockContext) -> Bool {
        let limit = S.servingRateLimit.get(netuid, ctx.storage)
        return limit == 0 || previousBlock == 0 || ctx.currentBlock &- previousBlock >= limit
    }
}
