import Primitives
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing
import Yuma

/// Slot replacement when a subnet is full (reference §5.5): the lowest pruning score outside
/// the immunity period loses its uid (the later uid on a tie); immune neurons are taken only
/// when nobody else can be (the first uid on a tie); the replaced hotkey's stake goes back to
/// its nominators when it is registered nowhere else.
@Suite struct PruningTests {
    let keys = (0..<3).map { Dev.key("Slot\($0)") }
    let newcomer = Dev.key("Newcomer")

    /// A dev chain whose subnet 1 holds three neurons (uids 0, 1, 2 registered at block 1) and
    /// is full, with the given immunity period, opened at `block`.
    func fullSubnet(immunity: UInt16, scores: [UInt16], atBlock block: UInt32) throws -> TestChain {
        let chain = TestChain.easy()
        try chain.sudo(.sudoSetMaxAllowedUids(netuid: 1, maxAllowedUids: 3))
        try chain.sudo(.sudoSetImmunityPeriod(netuid: 1, immunityPeriod: immunity))
        try chain.register(keys, on: 1, coldkey: Dev.alice)
        chain.run(toBlock: block)
        chain.set(S.pruningScores, 1, scores)
        return chain
    }

    /// Registers the newcomer and returns the uid it took.
    func registerNewcomer(_ chain: TestChain) throws -> UInt16? {
        try chain.registerNeuron(1, hotkey: newcomer, coldkey: Dev.bob)
        return chain.uid(newcomer, on: 1)
    }

    @Test func theLowestScoreOutsideImmunityIsReplaced() throws {
        let chain = try fullSubnet(immunity: 2, scores: [5, 3, 7], atBlock: 3)
        #expect(try registerNewcomer(chain) == 1)
        #expect(chain.subtensorEvents.last == .neuronRegistered(1, 1, newcomer))
        #expect(chain.read(S.subnetworkN, 1) == 3)
        #expect(chain.read(S.keys, 1, 1) == newcomer)
        #expect(chain.uid(keys[1], on: 1) == nil)
        #expect(!chain.read(S.isNetworkMember, keys[1], 1))
        #expect(chain.read(S.isNetworkMember, newcomer, 1))
        #expect(chain.read(S.blockAtRegistration, 1, 1) == 3)
        // The chosen slot's score becomes 65535; the others keep theirs.
        #expect(chain.read(S.pruningScores, 1) == [5, 65_535, 7])
        #expect(chain.read(S.active, 1) == [true, true, true])
        // The old hotkey keeps its owner.
        #expect(chain.read(S.owner, keys[1]) == Dev.alice)
    }

    @Test func onEqualScoresTheLaterUidIsReplaced() throws {
        let chain = try fullSubnet(immunity: 2, scores: [3, 7, 3], atBlock: 3)
        #expect(try registerNewcomer(chain) == 2)
        let again = try fullSubnet(immunity: 2, scores: [4, 4, 4], atBlock: 3)
        #expect(try registerNewcomer(again) == 2)
    }

    @Test func aNeuronInsideItsImmunityPeriodIsSkipped() throws {
        let chain = TestChain.easy()
        try chain.sudo(.sudoSetMaxAllowedUids(netuid: 1, maxAllowedUids: 3))
        try chain.sudo(.sudoSetImmunityPeriod(netuid: 1, immunityPeriod: 3))
        try chain.register([keys[0], keys[1]], on: 1, coldkey: Dev.alice)
        chain.run(toBlock: 3)
        try chain.registerNeuron(1, hotkey: keys[2], coldkey: Dev.alice)
        chain.run(toBlock: 4)
        // At block 4: uids 0 and 1 (block 1) are out of immunity (3 ≥ 3); uid 2 (block 3) is in.
        chain.set(S.pruningScores, 1, [6, 5, 0])
        #expect(try registerNewcomer(chain) == 1)
    }

    @Test func theImmunityPeriodEndsExactlyImmunityBlocksAfterRegistration() throws {
        // Immunity 3, registered at block 1: immune at block 3 (2 < 3), not at block 4.
        let immune = try fullSubnet(immunity: 3, scores: [9, 1, 5], atBlock: 3)
        #expect(try registerNewcomer(immune) == 1)  // every neuron immune: lowest immune score
        let free = try fullSubnet(immunity: 3, scores: [9, 65_535, 5], atBlock: 4)
        #expect(try registerNewcomer(free) == 2)
    }

    @Test func whenEveryNeuronIsImmuneTheLowestImmuneScoreIsReplacedFirstUidWinningTies() throws {
        let chain = try fullSubnet(immunity: 100, scores: [5, 2, 2], atBlock: 3)
        #expect(try registerNewcomer(chain) == 1)
        #expect(chain.read(S.pruningScores, 1) == [5, 65_535, 2])
    }

    @Test func whenEveryNeuronOutsideImmunityScores65535AnImmuneOneIsReplaced() throws {
        let chain = TestChain.easy()
        try chain.sudo(.sudoSetMaxAllowedUids(netuid: 1, maxAllowedUids: 3))
        try chain.sudo(.sudoSetImmunityPeriod(netuid: 1, immunityPeriod: 3))
        try chain.registerNeuron(1, hotkey: keys[0], coldkey: Dev.alice)
        chain.run(toBlock: 4)
        try chain.register([keys[1], keys[2]], on: 1, coldkey: Dev.alice)
        // uid 0 is out of immunity but scores 65535; uids 1 and 2 are immune.
        chain.set(S.pruningScores, 1, [65_535, 9, 4])
        #expect(try registerNewcomer(chain) == 2)
    }

    @Test func whenEveryScoreIs65535UidZeroIsReplaced() throws {
        let immune = try fullSubnet(immunity: 100, scores: [65_535, 65_535, 65_535], atBlock: 3)
        #expect(try registerNewcomer(immune) == 0)
        let notImmune = try fullSubnet(immunity: 1, scores: [65_535, 65_535, 65_535], atBlock: 3)
        #expect(try registerNewcomer(notImmune) == 0)
    }

    @Test func theReplacedSlotKeepsItsLastUpdateAndWeights() throws {
        let chain = try fullSubnet(immunity: 1, scores: [0, 9, 9], atBlock: 3)
        chain.set(S.validatorPermit, 1, [true, false, false])
        try chain.call(.setWeights(netuid: 1, dests: [1, 2], weights: [1, 1], versionKey: 0), from: keys[0])
        #expect(chain.read(S.lastUpdate, 1)[0] == 3)
        chain.nextBlock()
        chain.set(S.pruningScores, 1, [0, 9, 9])
        #expect(try registerNewcomer(chain) == 0)
        #expect(chain.read(S.lastUpdate, 1)[0] == 3)
        #expect(chain.read(S.weights, 1, 0) == [UIDValue(uid: 1, value: 65_535), UIDValue(uid: 2, value: 65_535)])
        #expect(chain.read(S.blockAtRegistration, 1, 0) == 4)
    }

    @Test func theReplacedHotkeysStakeReturnsToItsNominatorsWhenItIsOnNoOtherSubnet() throws {
        let chain = try fullSubnet(immunity: 1, scores: [5, 0, 5], atBlock: 3)
        let victim = keys[1]
        try chain.call(.becomeDelegate(hotkey: victim), from: Dev.alice)
        try chain.call(.addStake(hotkey: victim, amountStaked: 40 * Dev.tao), from: Dev.alice)
        try chain.call(.addStake(hotkey: victim, amountStaked: 60 * Dev.tao), from: Dev.charlie)
        try chain.call(.addStake(hotkey: keys[0], amountStaked: 7 * Dev.tao), from: Dev.alice)
        let aliceFree = chain.freeBalance(Dev.alice)
        let charlieFree = chain.freeBalance(Dev.charlie)
        let balancesIssuance = chain.read(Balances.totalIssuance)
        let issuance = chain.read(S.totalIssuance)

        #expect(try registerNewcomer(chain) == 1)
        #expect(chain.freeBalance(Dev.alice) == aliceFree + 40 * Dev.tao)
        #expect(chain.freeBalance(Dev.charlie) == charlieFree + 60 * Dev.tao)
        #expect(chain.read(S.stake, victim, Dev.alice) == 0)
        #expect(chain.read(S.stake, victim, Dev.charlie) == 0)
        #expect(chain.read(S.totalHotkeyStake, victim) == 0)
        #expect(chain.read(S.totalColdkeyStake, Dev.alice) == 7 * Dev.tao)
        #expect(chain.read(S.totalColdkeyStake, Dev.charlie) == 0)
        #expect(chain.read(S.totalStake) == 7 * Dev.tao)
        #expect(chain.read(Balances.totalIssuance) == balancesIssuance + 100 * Dev.tao)
        // SubtensorModule's counter already included the stake.
        #expect(chain.read(S.totalIssuance) == issuance)
    }

    @Test func theReplacedHotkeyKeepsItsStakeWhileRegisteredOnAnotherSubnet() throws {
        let chain = try fullSubnet(immunity: 1, scores: [5, 0, 5], atBlock: 3)
        let victim = keys[1]
        try chain.registerNeuron(3, hotkey: victim, coldkey: Dev.alice)
        try chain.call(.addStake(hotkey: victim, amountStaked: 40 * Dev.tao), from: Dev.alice)
        let free = chain.freeBalance(Dev.alice)
        #expect(try registerNewcomer(chain) == 1)
        #expect(chain.read(S.stake, victim, Dev.alice) == 40 * Dev.tao)
        #expect(chain.read(S.totalStake) == 40 * Dev.tao)
        #expect(chain.freeBalance(Dev.alice) == free)
    }

    @Test func aSubnetBelowItsMaximumAppendsInsteadOfPruning() throws {
        let chain = try fullSubnet(immunity: 1, scores: [5, 0, 5], atBlock: 3)
        try chain.sudo(.sudoSetMaxAllowedUids(netuid: 1, maxAllowedUids: 4))
        #expect(try registerNewcomer(chain) == 3)
        #expect(chain.read(S.subnetworkN, 1) == 4)
        #expect(chain.read(S.pruningScores, 1) == [5, 0, 5, 0])
        #expect(chain.uid(keys[1], on: 1) == 1)
    }

    @Test func aBurnedRegistrationAlsoReplacesTheNeuronToPrune() throws {
        let chain = try fullSubnet(immunity: 1, scores: [5, 6, 4], atBlock: 3)
        try chain.call(.burnedRegister(netuid: 1, hotkey: newcomer), from: Dev.bob)
        #expect(chain.uid(newcomer, on: 1) == 2)
        #expect(chain.uid(keys[2], on: 1) == nil)
    }
}
