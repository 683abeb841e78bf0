import Primitives
import ProofOfWork
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

/// Proof-of-work registration (`register`, call 6): the signer is the hotkey, the checks run in
/// the chain's order (reference §5.1) and the seal commits to `System.BlockHash` of the work's
/// block, which reads as zero for the block being executed (§5.2).
@Suite struct RegistrationTests {
    let hot = Dev.key("Hot1")
    let other = Dev.key("Hot2")

    // MARK: The seal

    @Test func theSealMatchesTheReferenceTestVector() throws {
        let blockHash = (0..<32).map { UInt8($0) }
        let hotkey = try Hex.decode("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
        #expect(hotkey == Dev.alice.bytes)
        let h1 = BlockAndHotkeyHash(blockHash: blockHash, hotkey: hotkey)
        #expect(Hex.encode(h1.bytes) == "a1206dd5835d76fb49730a4212d57b780369a7eb09b0695a0a20b1b1a9564cad")
        let seal0 = Seal(nonce: 0, blockHash: blockHash, hotkey: hotkey)
        #expect(Hex.encode(seal0.bytes) == "1f81e5b8ba438ce806bbc6c52aeb671b4ae49b457cb12115c6bd50bd864a61c0")
        let seal1 = Seal(nonce: 1, blockHash: blockHash, hotkey: hotkey)
        #expect(Hex.encode(seal1.bytes) == "c4f681b8477b7c9e42777043fc1c8c50603f0dd5e644dee1357faced7c5290fc")
    }

    @Test func aSealMeetsTheDifficultyWhenSealTimesDifficultyFitsIn256Bits() {
        let blockHash = (0..<32).map { UInt8($0) }
        // 0x1f81… × 8 = 0xfc0f… fits; × 9 = 0x11b9… overflows (big-endian reading).
        let seal0 = Seal(nonce: 0, blockHash: blockHash, hotkey: Dev.alice.bytes)
        #expect(seal0.meetsDifficulty(8))
        #expect(!seal0.meetsDifficulty(9))
        // 0xc4f6… × 1 fits, × 2 overflows.
        let seal1 = Seal(nonce: 1, blockHash: blockHash, hotkey: Dev.alice.bytes)
        #expect(seal1.meetsDifficulty(1))
        #expect(!seal1.meetsDifficulty(2))
    }

    @Test func theCurrentBlockHashReadsAsZeroAndEarlierBlocksAsTheirHeaderHash() {
        let chain = TestChain.easy()
        chain.run(toBlock: 4)
        chain.withContext { ctx in
            #expect(System.hashOfBlock(4, ctx) == .zero)
            #expect(System.hashOfBlock(3, ctx) == chain.headers[3].hash)
            #expect(System.hashOfBlock(2, ctx) == chain.headers[2].hash)
            #expect(System.hashOfBlock(0, ctx) == chain.genesisHash)
        }
    }

    // MARK: Success

    @Test func registrationAppendsTheNeuronAndEmitsNeuronRegistered() throws {
        let chain = TestChain.easy()
        let call = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice)
        let balance = chain.freeBalance(Dev.alice)
        let issuance = chain.read(S.totalIssuance)
        let balancesIssuance = chain.read(Balances.totalIssuance)
        try chain.call(call, from: hot)

        #expect(chain.subtensorEvents.last == .neuronRegistered(1, 0, hot))
        #expect(chain.uid(hot, on: 1) == 0)
        #expect(chain.read(S.subnetworkN, 1) == 1)
        #expect(chain.read(S.keys, 1, 0) == hot)
        #expect(chain.read(S.owner, hot) == Dev.alice)
        #expect(chain.contains(S.stake, hot, Dev.alice))
        #expect(chain.read(S.stake, hot, Dev.alice) == 0)
        #expect(chain.read(S.isNetworkMember, hot, 1))
        #expect(chain.read(S.blockAtRegistration, 1, 0) == 1)
        #expect(chain.read(S.lastUpdate, 1) == [1])
        #expect(chain.read(S.pruningScores, 1) == [0])
        #expect(chain.read(S.active, 1) == [true])
        #expect(chain.read(S.validatorPermit, 1) == [false])
        #expect(chain.read(S.emission, 1) == [0])
        #expect(chain.read(S.rank, 1) == [0])
        #expect(chain.read(S.powRegistrationsThisInterval, 1) == 1)
        #expect(chain.read(S.burnRegistrationsThisInterval, 1) == 0)
        #expect(chain.read(S.registrationsThisInterval, 1) == 1)
        #expect(chain.read(S.registrationsThisBlock, 1) == 1)
        guard case .register(_, _, _, let work, _, _) = call else { return }
        #expect(chain.read(S.usedWork, work) == 1)
        // No TAO moves in a proof-of-work registration.
        #expect(chain.freeBalance(Dev.alice) == balance)
        #expect(chain.read(S.totalIssuance) == issuance)
        #expect(chain.read(Balances.totalIssuance) == balancesIssuance)
    }

    @Test func consecutiveRegistrationsTakeConsecutiveUids() throws {
        let chain = TestChain.easy()
        let hotkeys = (0..<4).map { Dev.key("Seq\($0)") }
        try chain.register(hotkeys, on: 1, coldkey: Dev.alice)
        for (i, hotkey) in hotkeys.enumerated() {
            #expect(chain.uid(hotkey, on: 1) == UInt16(i))
            #expect(chain.read(S.keys, 1, UInt16(i)) == hotkey)
        }
        #expect(chain.read(S.subnetworkN, 1) == 4)
        #expect(chain.read(S.registrationsThisBlock, 1) == 4)
    }

    @Test func theSameHotkeyCanRegisterOnASecondSubnetForTheSameColdkey() throws {
        let chain = TestChain.easy()
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        try chain.registerNeuron(3, hotkey: hot, coldkey: Dev.alice)
        #expect(chain.uid(hot, on: 1) == 0)
        #expect(chain.uid(hot, on: 3) == 0)
        #expect(SubtensorModule.registeredNetworks(of: hot, chain.context).sorted() == [1, 3])
    }

    // MARK: Errors, in check order

    @Test func registrationFailsWhenTheSignerIsNotTheHotkey() {
        let chain = TestChain.easy()
        let call = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.hotkeyOriginMismatch.error) { try chain.call(call, from: Dev.alice) }
    }

    @Test func registrationNeedsASignedOrigin() {
        let chain = TestChain.easy()
        let call = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice)
        for origin in [RuntimeOrigin.root, .none] {
            expectRejected(chain, .badOrigin) { try chain.call(call, origin: origin) }
        }
    }

    @Test func hotkeyOriginMismatchIsCheckedBeforeTheSubnetExists() {
        let chain = TestChain.easy()
        let call = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice)
        guard case .register(_, let block, let nonce, let work, _, _) = call else { return }
        let onUnknown = SubtensorCall.register(netuid: 42, blockNumber: block, nonce: nonce, work: work, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.hotkeyOriginMismatch.error) { try chain.call(onUnknown, from: other) }
        expectRejected(chain, SubtensorError.networkDoesNotExist.error) { try chain.call(onUnknown, from: hot) }
    }

    @Test func registrationFailsOnAnUnknownSubnetBeforeLookingAtTheWorkBlock() {
        let chain = TestChain.easy()
        let stale = SubtensorCall.register(netuid: 2, blockNumber: 1_000, nonce: 0, work: [UInt8](repeating: 0xff, count: 32), hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.networkDoesNotExist.error) { try chain.call(stale, from: hot) }
    }

    @Test func registrationFailsWhenTheSubnetHasRegistrationDisabled() throws {
        let chain = TestChain.easy()
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        try chain.sudo(.sudoSetRegistrationAllowed(netuid: 1, registrationAllowed: false))
        let call = chain.registerCall(1, hotkey: other, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.registrationDisabled.error) { try chain.call(call, from: other) }
        // Disabled is reported before AlreadyRegistered.
        let again = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.registrationDisabled.error) { try chain.call(again, from: hot) }
    }

    @Test func theLocalPresetRefusesRegistrationUntilSudoAllowsIt() throws {
        let chain = TestChain(ChainPreset.local.genesis)
        chain.setDifficulty(1, on: 3)
        let call = chain.registerCall(3, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.registrationDisabled.error) { try chain.call(call, from: hot) }
        try chain.sudo(.sudoSetRegistrationAllowed(netuid: 3, registrationAllowed: true))
        try chain.call(call, from: hot)
        #expect(chain.uid(hot, on: 3) == 0)
    }

    @Test func registrationFailsPastTheLimitPerBlockAndSucceedsInTheNextBlock() throws {
        let chain = TestChain.easy()
        try chain.sudo(.sudoSetMaxRegistrationsPerBlock(netuid: 1, maxRegistrationsPerBlock: 2))
        try chain.register([Dev.key("A"), Dev.key("B")], on: 1, coldkey: Dev.alice)
        let third = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.tooManyRegistrationsThisBlock.error) { try chain.call(third, from: hot) }
        // The limit is per subnet.
        try chain.registerNeuron(3, hotkey: hot, coldkey: Dev.alice)
        chain.nextBlock()
        #expect(chain.read(S.registrationsThisBlock, 1) == 0)
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        #expect(chain.uid(hot, on: 1) == 2)
    }

    @Test func registrationFailsAtThreeTimesTheTargetPerInterval() throws {
        let chain = TestChain.easy()
        try chain.sudo(.sudoSetTargetRegistrationsPerInterval(netuid: 1, targetRegistrationsPerInterval: 1))
        chain.set(S.registrationsThisInterval, 1, 2)
        try chain.registerNeuron(1, hotkey: Dev.key("A"), coldkey: Dev.alice)
        #expect(chain.read(S.registrationsThisInterval, 1) == 3)
        let call = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.tooManyRegistrationsThisInterval.error) { try chain.call(call, from: hot) }
    }

    @Test func thePerBlockLimitIsCheckedBeforeTheIntervalLimit() throws {
        let chain = TestChain.easy()
        try chain.sudo(.sudoSetMaxRegistrationsPerBlock(netuid: 1, maxRegistrationsPerBlock: 1))
        try chain.sudo(.sudoSetTargetRegistrationsPerInterval(netuid: 1, targetRegistrationsPerInterval: 1))
        chain.set(S.registrationsThisInterval, 1, 3)
        chain.set(S.registrationsThisBlock, 1, 1)
        let call = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.tooManyRegistrationsThisBlock.error) { try chain.call(call, from: hot) }
    }

    @Test func registrationFailsWhenTheHotkeyIsAlreadyRegisteredBeforeCheckingTheWork() throws {
        let chain = TestChain.easy()
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        let again = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.alreadyRegistered.error) { try chain.call(again, from: hot) }
        let staleGarbage = SubtensorCall.register(netuid: 1, blockNumber: 999, nonce: 0, work: [UInt8](repeating: 0xff, count: 32), hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.alreadyRegistered.error) { try chain.call(staleGarbage, from: hot) }
    }

    @Test func theWorkBlockMayBeTheCurrentBlockOrOneOfTheTwoBefore() throws {
        let chain = TestChain.easy()
        chain.run(toBlock: 6)
        for (i, block) in [UInt64(6), 5, 4].enumerated() {
            let hotkey = Dev.key("Window\(i)")
            try chain.call(chain.registerCall(1, hotkey: hotkey, coldkey: Dev.alice, atBlock: block), from: hotkey)
            #expect(chain.uid(hotkey, on: 1) == UInt16(i))
        }
    }

    @Test func registrationFailsWhenTheWorkBlockIsTooOld() {
        let chain = TestChain.easy()
        chain.run(toBlock: 6)
        let call = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice, atBlock: 3)
        expectRejected(chain, SubtensorError.invalidWorkBlock.error) { try chain.call(call, from: hot) }
    }

    @Test func registrationFailsWhenTheWorkBlockIsInTheFuture() {
        let chain = TestChain.easy()
        chain.run(toBlock: 6)
        let call = chain.registerCall(1, hotkey: hot, coldkey: Dev.alice, atBlock: 7)
        expectRejected(chain, SubtensorError.invalidWorkBlock.error) { try chain.call(call, from: hot) }
    }

    @Test func registrationFailsWhenTheWorkDoesNotMeetTheDifficulty() throws {
        let chain = TestChain.easy()
        let seal = Seal(nonce: 0, blockHash: H256.zero.bytes, hotkey: hot.bytes)
        // Times u64::MAX the seal overflows unless its top 64 bits are zero.
        let topBitsSet = seal.bytes.prefix(8).contains(where: { $0 != 0 })
        try #require(topBitsSet)
        chain.setDifficulty(.max, on: 1)
        let call = SubtensorCall.register(netuid: 1, blockNumber: 1, nonce: 0, work: seal.bytes, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.invalidDifficulty.error) { try chain.call(call, from: hot) }
        // The same seal passes at difficulty 1.
        chain.setDifficulty(1, on: 1)
        try chain.call(call, from: hot)
        #expect(chain.uid(hot, on: 1) == 0)
    }

    @Test func theDifficultyIsCheckedBeforeTheSeal() {
        let chain = TestChain.easy()
        chain.setDifficulty(2, on: 1)
        // 0xff…ff × 2 overflows, and it is not the seal of nonce 0 either.
        let garbage = [UInt8](repeating: 0xff, count: 32)
        let call = SubtensorCall.register(netuid: 1, blockNumber: 1, nonce: 0, work: garbage, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.invalidDifficulty.error) { try chain.call(call, from: hot) }
        chain.setDifficulty(1, on: 1)
        expectRejected(chain, SubtensorError.invalidSeal.error) { try chain.call(call, from: hot) }
    }

    @Test func registrationFailsWhenTheSealIsForAnotherNonceOrHotkey() {
        let chain = TestChain.easy()
        let seal = Seal(nonce: 7, blockHash: H256.zero.bytes, hotkey: hot.bytes).bytes
        let wrongNonce = SubtensorCall.register(netuid: 1, blockNumber: 1, nonce: 8, work: seal, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.invalidSeal.error) { try chain.call(wrongNonce, from: hot) }
        let otherSeal = Seal(nonce: 7, blockHash: H256.zero.bytes, hotkey: other.bytes).bytes
        let wrongHotkey = SubtensorCall.register(netuid: 1, blockNumber: 1, nonce: 7, work: otherSeal, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.invalidSeal.error) { try chain.call(wrongHotkey, from: hot) }
    }

    @Test func theSealOfTheCurrentBlockUsesAZeroHashAndEarlierBlocksTheirRealHash() throws {
        let chain = TestChain.easy()
        chain.run(toBlock: 5)
        // Work for block 5 computed over block 5's header hash is wrong: the chain reads zero.
        let realHash = Seal(nonce: 0, blockHash: chain.headers[4].hash.bytes, hotkey: hot.bytes).bytes
        let current = SubtensorCall.register(netuid: 1, blockNumber: 5, nonce: 0, work: realHash, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.invalidSeal.error) { try chain.call(current, from: hot) }
        // Work for block 4 computed over a zero hash is wrong: block 4 is finalised.
        let zeroHash = Seal(nonce: 0, blockHash: H256.zero.bytes, hotkey: hot.bytes).bytes
        let previous = SubtensorCall.register(netuid: 1, blockNumber: 4, nonce: 0, work: zeroHash, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.invalidSeal.error) { try chain.call(previous, from: hot) }
        // Swapped, both are right.
        try chain.call(.register(netuid: 1, blockNumber: 5, nonce: 0, work: zeroHash, hotkey: hot, coldkey: Dev.alice), from: hot)
        try chain.call(.register(netuid: 3, blockNumber: 4, nonce: 0, work: realHash, hotkey: hot, coldkey: Dev.alice), from: hot)
        #expect(chain.uid(hot, on: 1) == 0)
        #expect(chain.uid(hot, on: 3) == 0)
    }

    @Test func workThatIsNot32BytesIsRejectedAsInvalidWithoutAModuleError() {
        let chain = TestChain.easy()
        let short = SubtensorCall.register(netuid: 1, blockNumber: 1, nonce: 0, work: [UInt8](repeating: 0, count: 31), hotkey: hot, coldkey: Dev.alice)
        #expect(SubtensorModule.hasMalformedWork(short))
        #expect(!SubtensorModule.hasMalformedWork(chain.registerCall(1, hotkey: hot, coldkey: Dev.alice)))
        expectRejected(chain, .other) { try chain.call(short, from: hot) }
    }

    @Test func registrationFailsWhenTheHotkeyBelongsToAnotherColdkey() throws {
        let chain = TestChain.easy()
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        let call = chain.registerCall(3, hotkey: hot, coldkey: Dev.bob)
        expectRejected(chain, SubtensorError.nonAssociatedColdKey.error) { try chain.call(call, from: hot) }
        #expect(chain.read(S.owner, hot) == Dev.alice)
        #expect(!chain.contains(S.stake, hot, Dev.bob))
    }

    // MARK: Network connection requirement (§5.6)

    @Test func registeringOnAConnectedSubnetNeedsRegistrationOnTheOther() throws {
        let chain = TestChain.easy()
        try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 3, netuidB: 1, requirement: 65_535))
        let call = chain.registerCall(3, hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.didNotPassConnectedNetworkRequirement.error) { try chain.call(call, from: hot) }
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        try chain.call(chain.registerCall(3, hotkey: hot, coldkey: Dev.alice), from: hot)
        #expect(chain.uid(hot, on: 3) == 0)
        // The requirement is one way: subnet 1 does not need subnet 3.
        try chain.registerNeuron(1, hotkey: other, coldkey: Dev.alice)
    }

    @Test func theConnectionRequirementBoundsTheShareOfUidsScoringHigher() throws {
        let chain = TestChain.easy()
        let keys = [Dev.key("Low"), Dev.key("Mid"), Dev.key("Top")]
        try chain.register(keys, on: 1, coldkey: Dev.alice)
        chain.set(S.pruningScores, 1, [100, 200, 300])
        // "Low" has 2 of 3 uids above it: 2/3 = 43690/65535 passes, 43689/65535 does not.
        try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 3, netuidB: 1, requirement: 43_689))
        let low = chain.registerCall(3, hotkey: keys[0], coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.didNotPassConnectedNetworkRequirement.error) { try chain.call(low, from: keys[0]) }
        // "Top" has nobody above it and passes any requirement, even 0.
        try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 3, netuidB: 1, requirement: 0))
        try chain.call(chain.registerCall(3, hotkey: keys[2], coldkey: Dev.alice), from: keys[2])
        let mid = chain.registerCall(3, hotkey: keys[1], coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.didNotPassConnectedNetworkRequirement.error) { try chain.call(mid, from: keys[1]) }
        try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 3, netuidB: 1, requirement: 43_690))
        try chain.call(low, from: keys[0])
        #expect(chain.uid(keys[0], on: 3) == 1)
    }

    @Test func theConnectionRequirementIsCheckedAfterTheSeal() throws {
        let chain = TestChain.easy()
        try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 3, netuidB: 1, requirement: 65_535))
        let garbage = SubtensorCall.register(netuid: 3, blockNumber: 1, nonce: 0, work: [UInt8](repeating: 1, count: 32), hotkey: hot, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.invalidSeal.error) { try chain.call(garbage, from: hot) }
    }
}
