import Keys
import Primitives
import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

@Suite("A dev chain runs blocks, registers and stakes")
struct ChainSmokeTests {
    let alice = GenesisConfig.devAccount("Alice")
    let bob = GenesisConfig.devAccount("Bob")

    @Test func devGenesisFundsTheSixAccountsAndCreatesSubnetsOneAndThree() {
        let chain = TestChain()
        #expect(chain.freeBalance(alice) == 1000 * ChainPreset.tao)
        #expect(chain.read(SubtensorStorage.networksAdded, 1))
        #expect(chain.read(SubtensorStorage.networksAdded, 3))
        #expect(chain.read(SubtensorStorage.totalNetworks) == 2)
        #expect(chain.read(Sudo.key) == alice)
    }

    @Test func registeringAndStakingMovesBalanceIntoStake() throws {
        let chain = TestChain()
        let hotkey = GenesisConfig.devAccount("AliceHot")
        try chain.registerNeuron(1, hotkey: hotkey, coldkey: alice)
        #expect(chain.uid(hotkey, on: 1) == 0)
        let before = chain.freeBalance(alice)
        try chain.call(.addStake(hotkey: hotkey, amountStaked: 10 * ChainPreset.tao), from: alice)
        #expect(chain.freeBalance(alice) == before - 10 * ChainPreset.tao)
        #expect(chain.read(SubtensorStorage.stake, hotkey, alice) == 10 * ChainPreset.tao)
        chain.step(30)
        // After an epoch the single neuron earns all of subnet 1's emission.
        #expect(chain.read(SubtensorStorage.stake, hotkey, alice) > 10 * ChainPreset.tao)
    }

    @Test func aSignedTransferPaysItsLengthAsFee() throws {
        let chain = TestChain()
        let signer = try Keypair(uri: "//Alice", scheme: .sr25519)
        let call = RuntimeCall.balances(.transfer(dest: .id(bob), value: 5 * ChainPreset.tao))
        let length = chain.signedExtrinsic(call, signer: signer).count
        let before = chain.freeBalance(alice)
        let outcome = try chain.submit(call, signer: signer)
        #expect(outcome == .ok)
        #expect(chain.freeBalance(alice) == before - 5 * ChainPreset.tao - UInt64(length))
        #expect(chain.freeBalance(bob) == 1005 * ChainPreset.tao)
        let header = chain.nextBlock()
        #expect(header.stateRoot == chain.state.root)
    }
}
