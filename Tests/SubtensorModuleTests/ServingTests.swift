import Primitives
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

/// `serve_axon` (call 4) and `serve_prometheus` (call 5), reference §8: the hotkey must be
/// registered on any subnet; then the IP type, the IP, the per-subnet rate limit and the port
/// are checked in that order, and the record is stored stamped with the current block.
@Suite struct ServingTests {
    let hot = Dev.key("ServeHot")
    /// 1.2.3.4
    let ipv4: UInt128 = 0x0102_0304

    func chainWithHotkey() throws -> TestChain {
        let chain = TestChain.easy()
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        return chain
    }

    func axon(_ netuid: UInt16 = 1, ip: UInt128? = nil, port: UInt16 = 8091, ipType: UInt8 = 4, version: UInt32 = 7) -> SubtensorCall {
        .serveAxon(netuid: netuid, version: version, ip: ip ?? ipv4, port: port, ipType: ipType, protocolNumber: 4, placeholder1: 1, placeholder2: 2)
    }

    func prometheus(_ netuid: UInt16 = 1, ip: UInt128? = nil, port: UInt16 = 9090, ipType: UInt8 = 4) -> SubtensorCall {
        .servePrometheus(netuid: netuid, version: 3, ip: ip ?? ipv4, port: port, ipType: ipType)
    }

    // MARK: Success

    @Test func servingAnAxonStoresItWithTheCurrentBlock() throws {
        let chain = try chainWithHotkey()
        chain.run(toBlock: 4)
        try chain.call(axon(), from: hot)
        #expect(chain.subtensorEvents.last == .axonServed(1, hot))
        let expected = AxonInfo(block: 4, version: 7, ip: ipv4, port: 8091, ipType: 4, protocolNumber: 4, placeholder1: 1, placeholder2: 2)
        #expect(chain.read(S.axons, 1, hot) == expected)
        #expect(expected.scaleEncoded().count == 34)
    }

    @Test func servingPrometheusStoresItWithTheCurrentBlock() throws {
        let chain = try chainWithHotkey()
        chain.run(toBlock: 4)
        try chain.call(prometheus(), from: hot)
        #expect(chain.subtensorEvents.last == .prometheusServed(1, hot))
        let expected = PrometheusInfo(block: 4, version: 3, ip: ipv4, port: 9090, ipType: 4)
        #expect(chain.read(S.prometheus, 1, hot) == expected)
        #expect(expected.scaleEncoded().count == 31)
        // Axons and Prometheus records are separate.
        #expect(!chain.contains(S.axons, 1, hot))
    }

    @Test func anyNetuidIsAcceptedOnceTheHotkeyIsRegisteredSomewhere() throws {
        let chain = try chainWithHotkey()
        try chain.call(axon(3), from: hot)
        try chain.call(axon(77), from: hot)
        #expect(chain.read(S.axons, 77, hot).block == 1)
        try chain.call(prometheus(77), from: hot)
        #expect(chain.read(S.prometheus, 77, hot).port == 9090)
    }

    @Test func aStaleMembershipOfARemovedSubnetStillCountsAsRegistered() throws {
        let chain = try chainWithHotkey()
        try chain.sudo(.sudoRemoveNetwork(netuid: 1))
        #expect(chain.read(S.isNetworkMember, hot, 1))
        try chain.call(axon(), from: hot)
    }

    @Test func validAddressesAreAcceptedForBothIpTypes() throws {
        let chain = try chainWithHotkey()
        try chain.sudo(.sudoSetServingRateLimit(netuid: 1, servingRateLimit: 0))
        for ip in [UInt128(1), UInt128(UInt32.max) - 1, 0x7f00_0002] {
            try chain.call(axon(ip: ip, ipType: 4), from: hot)
        }
        for ip in [UInt128(2), UInt128.max - 1, 0x7f00_0001, UInt128(UInt32.max)] {
            try chain.call(axon(ip: ip, ipType: 6), from: hot)
        }
        #expect(chain.read(S.axons, 1, hot).ipType == 6)
    }

    // MARK: Errors, in check order

    @Test func servingFailsForAHotkeyRegisteredNowhere() throws {
        let chain = try chainWithHotkey()
        let stranger = Dev.key("Stranger")
        expectRejected(chain, SubtensorError.notRegistered.error) { try chain.call(axon(), from: stranger) }
        expectRejected(chain, SubtensorError.notRegistered.error) { try chain.call(prometheus(), from: stranger) }
        // Before the IP type.
        expectRejected(chain, SubtensorError.notRegistered.error) { try chain.call(axon(ipType: 5), from: stranger) }
    }

    @Test func servingFailsWithAnIpTypeOtherThan4Or6() throws {
        let chain = try chainWithHotkey()
        for ipType: UInt8 in [0, 5, 255] {
            expectRejected(chain, SubtensorError.invalidIpType.error) { try chain.call(axon(ipType: ipType), from: hot) }
            expectRejected(chain, SubtensorError.invalidIpType.error) { try chain.call(prometheus(ipType: ipType), from: hot) }
        }
        // Before the address.
        expectRejected(chain, SubtensorError.invalidIpType.error) { try chain.call(axon(ip: 0, ipType: 5), from: hot) }
    }

    @Test func servingFailsWithAnInvalidIPv4Address() throws {
        let chain = try chainWithHotkey()
        for ip in [UInt128(0), 0x7f00_0001, UInt128(UInt32.max), UInt128(1) << 40] {
            expectRejected(chain, SubtensorError.invalidIpAddress.error, "\(ip)") { try chain.call(axon(ip: ip, ipType: 4), from: hot) }
            expectRejected(chain, SubtensorError.invalidIpAddress.error, "\(ip)") { try chain.call(prometheus(ip: ip, ipType: 4), from: hot) }
        }
    }

    @Test func servingFailsWithAnInvalidIPv6Address() throws {
        let chain = try chainWithHotkey()
        for ip in [UInt128(0), UInt128(1), UInt128.max] {
            expectRejected(chain, SubtensorError.invalidIpAddress.error, "\(ip)") { try chain.call(axon(ip: ip, ipType: 6), from: hot) }
            expectRejected(chain, SubtensorError.invalidIpAddress.error, "\(ip)") { try chain.call(prometheus(ip: ip, ipType: 6), from: hot) }
        }
    }

    @Test func servingAgainFailsWithinTheRateLimitOfTheSubnet() throws {
        let chain = try chainWithHotkey()
        #expect(chain.read(S.servingRateLimit, 1) == 50)
        try chain.sudo(.sudoSetServingRateLimit(netuid: 1, servingRateLimit: 3))
        try chain.call(axon(), from: hot)  // block 1
        chain.step(2)  // block 3: 3 − 1 < 3
        expectRejected(chain, SubtensorError.servingRateLimitExceeded.error) { try chain.call(axon(), from: hot) }
        // Prometheus and other subnets have their own records.
        try chain.call(prometheus(), from: hot)
        try chain.call(axon(3), from: hot)
        chain.nextBlock()  // block 4: 4 − 1 ≥ 3
        try chain.call(axon(port: 1234), from: hot)
        #expect(chain.read(S.axons, 1, hot).block == 4)
        #expect(chain.read(S.axons, 1, hot).port == 1234)
        expectRejected(chain, SubtensorError.servingRateLimitExceeded.error) { try chain.call(prometheus(), from: hot) }
    }

    @Test func aServingRateLimitOfZeroAllowsServingEveryBlock() throws {
        let chain = try chainWithHotkey()
        try chain.sudo(.sudoSetServingRateLimit(netuid: 1, servingRateLimit: 0))
        try chain.call(axon(), from: hot)
        try chain.call(axon(port: 2), from: hot)
        #expect(chain.read(S.axons, 1, hot).port == 2)
    }

    @Test func servingFailsOnPortZeroAfterTheRateLimit() throws {
        let chain = try chainWithHotkey()
        expectRejected(chain, SubtensorError.invalidPort.error) { try chain.call(axon(port: 0), from: hot) }
        expectRejected(chain, SubtensorError.invalidPort.error) { try chain.call(prometheus(port: 0), from: hot) }
        try chain.call(axon(), from: hot)
        expectRejected(chain, SubtensorError.servingRateLimitExceeded.error) { try chain.call(axon(port: 0), from: hot) }
        // The address is checked before the rate limit.
        expectRejected(chain, SubtensorError.invalidIpAddress.error) { try chain.call(axon(ip: 0), from: hot) }
    }

    @Test func servingNeedsASignedOrigin() throws {
        let chain = try chainWithHotkey()
        expectRejected(chain, .badOrigin) { try chain.call(axon(), origin: .root) }
        expectRejected(chain, .badOrigin) { try chain.call(prometheus(), origin: .none) }
    }
}
