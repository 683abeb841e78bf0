import ChainClient
import Testing

@Suite struct BalanceTests {
    @Test func parsesTaoExactlyWithoutFloatingPoint() throws {
        #expect(try Balance(tao: "1000").rao == 1_000_000_000_000)
        #expect(try Balance(tao: "0.5").rao == 500_000_000)
        #expect(try Balance(tao: ".000000001").rao == 1)
        #expect(try Balance(tao: "τ1,234.5").rao == 1_234_500_000_000)
        #expect(try Balance(tao: "18446744073.709551615").rao == UInt64.max)
    }

    @Test(arguments: ["", "abc", "1.2.3", "-1", "1e9", "0.0000000001", "18446744073.709551616", ".", "1 000"])
    func refusesWhatIsNotAnAmount(_ text: String) {
        #expect(throws: ChainClientError.self) { try Balance(tao: text) }
    }

    @Test func showsAsBittensorDoes() {
        #expect(Balance(rao: 1_234_500_000_000).description == "τ1,234.500000000")
        #expect(Balance(rao: 1).description == "τ0.000000001")
        #expect(Balance(rao: 123_456_789_012).formatted(decimals: 5) == "τ123.45678")
        #expect(Balance(rao: 5).taoText == "0.000000005")
    }
}

@Suite struct ChainEndpointTests {
    @Test func namedNetworksAndExplicitEndpoints() throws {
        #expect(try ChainEndpoint(network: "local").url == "ws://127.0.0.1:9944")
        #expect(try ChainEndpoint(network: "finney").url == "wss://entrypoint-finney.opentensor.ai:443")
        #expect(try ChainEndpoint(network: "finney", chainEndpoint: "ws://10.0.0.1:9946").url == "ws://10.0.0.1:9946")
        #expect(try ChainEndpoint(network: "finney", chainEndpoint: "ws://127.0.0.1:9944").network == "local")
        #expect(try ChainEndpoint(network: nil, chainEndpoint: "127.0.0.1:9944").url == "ws://127.0.0.1:9944")
        #expect(try ChainEndpoint(network: "ws://host:1").network == "custom")
    }

    @Test func unknownNetworksAreRefusedWithTheChoices() {
        #expect(throws: ChainClientError.self) { try ChainEndpoint(network: "nosuch") }
        #expect(throws: ChainClientError.self) { try ChainEndpoint(network: nil, chainEndpoint: "http://host:1") }
        do {
            _ = try ChainEndpoint(network: "nosuch")
        } catch {
            #expect(error.description.contains("finney, test, archive, local"))
        }
    }
}
