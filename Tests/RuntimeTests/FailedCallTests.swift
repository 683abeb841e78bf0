import Keys
import Primitives
import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

/// A call that fails with the chain's error changes nothing but the sender's nonce and fee.
@Suite("Failed calls change only the nonce and the fee")
struct FailedCallTests {
    static let bob = try! Keypair(uri: "//Bob", scheme: .sr25519)
    static let stranger = GenesisConfig.devAccount("Stranger")

    /// The block's changes so far, without the keys a failed extrinsic may legitimately touch.
    static func snapshot(_ chain: TestChain, sender: AccountID) -> StorageChanges {
        var changes = chain.context.storage.changes
        changes[System.account.storageKey(sender)] = nil
        changes[Balances.totalIssuance.key] = nil
        changes[Executive.extrinsicIndexKey] = nil
        return changes
    }

    static let failingCalls: [(RuntimeCall, DispatchError)] = [
        (.balances(.transfer(dest: .id(stranger), value: 5_000 * ChainPreset.tao)), BalancesError.insufficientBalance.dispatchError),
        // What is left after the fee (about 150 rao) would fall under the existential deposit.
        (.balances(.transferKeepAlive(dest: .id(stranger), value: 1000 * ChainPreset.tao - 400)), BalancesError.keepAlive.dispatchError),
        (.balances(.transfer(dest: .id(stranger), value: 100)), BalancesError.existentialDeposit.dispatchError),
        (.subtensor(.addStake(hotkey: stranger, amountStaked: 1)), SubtensorError.notRegistered.dispatchError),
        (.subtensor(.addStake(hotkey: stranger, amountStaked: 5_000 * ChainPreset.tao)), SubtensorError.notEnoughBalanceToStake.dispatchError),
        (.subtensor(.removeStake(hotkey: stranger, amountUnstaked: 1)), SubtensorError.notRegistered.dispatchError),
        (.subtensor(.becomeDelegate(hotkey: stranger)), SubtensorError.notRegistered.dispatchError),
        (.subtensor(.setWeights(netuid: 1, dests: [0, 1], weights: [1], versionKey: 0)), SubtensorError.weightVecNotEqualSize.dispatchError),
        (.subtensor(.setWeights(netuid: 9, dests: [0], weights: [1], versionKey: 0)), SubtensorError.networkDoesNotExist.dispatchError),
        (.subtensor(.burnedRegister(netuid: 9, hotkey: stranger)), SubtensorError.networkDoesNotExist.dispatchError),
        (.subtensor(.register(netuid: 1, blockNumber: 1, nonce: 0, work: [UInt8](repeating: 0, count: 32), hotkey: stranger, coldkey: stranger)),
         SubtensorError.hotkeyOriginMismatch.dispatchError),
        (.subtensor(.serveAxon(netuid: 1, version: 1, ip: 1, port: 1, ipType: 4, protocolNumber: 0, placeholder1: 0, placeholder2: 0)),
         SubtensorError.notRegistered.dispatchError),
        (.subtensor(.sudoSetTempo(netuid: 1, tempo: 5)), .badOrigin),
        (.subtensor(.sudoAddNetwork(netuid: 7, tempo: 5, modality: 0)), .badOrigin),
        (.sudo(.sudo(.subtensor(.sudoSetTempo(netuid: 1, tempo: 5)))), Sudo.requireSudo),
        (.system(.setStorage([])), .badOrigin),
    ]

    @Test(arguments: failingCalls.indices)
    func aFailingCallKeepsStateButPaysItsFeeAndUsesItsNonce(_ index: Int) throws {
        let (call, expectedError) = Self.failingCalls[index]
        let chain = TestChain()
        let sender = Self.bob.accountID
        let before = Self.snapshot(chain, sender: sender)
        let account = System.account.get(sender, chain.context.storage)
        let issuance = Balances.totalIssuance.get(chain.context.storage)

        let outcome = try chain.submit(call, signer: Self.bob)
        #expect(outcome.error == expectedError, "\(call.name): \(String(describing: outcome.error))")
        #expect(Self.snapshot(chain, sender: sender) == before, "\(call.name) changed state")

        let fee = chain.events.compactMap { event -> UInt64? in
            if case .transactionPayment(.transactionFeePaid(let who, let fee, _)) = event, who == sender { return fee }
            return nil
        }
        #expect(fee.count == 1)
        let after = System.account.get(sender, chain.context.storage)
        #expect(after.nonce == account.nonce + 1)
        #expect(after.data.free == account.data.free - (fee.first ?? 0))
        #expect(Balances.totalIssuance.get(chain.context.storage) == issuance - (fee.first ?? 0))
        #expect(chain.events.contains { if case .system(.extrinsicFailed(let error, _)) = $0 { return error == expectedError } else { return false } })
        // Only fee-paying calls cost anything: SubtensorModule calls are free.
        if case .subtensor = call { #expect(fee.first == 0) } else { #expect((fee.first ?? 0) > 0) }
    }

    @Test func anInvalidTransactionLeavesNoTraceAtAll() throws {
        let chain = TestChain()
        let poor = try Keypair(uri: "//Poor", scheme: .sr25519)
        let before = chain.context.storage.changes
        let transfer = RuntimeCall.balances(.transfer(dest: .id(Self.stranger), value: 1))
        #expect(throws: TransactionValidityError.invalid(.payment)) { try chain.submit(transfer, signer: poor) }
        #expect(throws: TransactionValidityError.invalid(.stale)) { try chain.submit(transfer, signer: Self.bob, nonce: 0); try chain.submit(transfer, signer: Self.bob, nonce: 0) }
        #expect(throws: TransactionValidityError.invalid(.future)) { try chain.submit(transfer, signer: Self.bob, nonce: 9) }
        var tampered = chain.signedExtrinsic(transfer, signer: Self.bob)
        tampered[40] ^= 1  // inside the signature
        #expect(throws: TransactionValidityError.invalid(.badProof)) { try chain.submitEncoded(tampered) }
        #expect(throws: TransactionValidityError.invalid(.call)) { try chain.submitEncoded([0x08, 0x84, 0x00]) }
        // Only the one valid transfer (nonce 0) changed anything.
        let changed = Set(chain.context.storage.changes.keys).subtracting(before.keys)
        #expect(changed.isSubset(of: [System.account.storageKey(Self.bob.accountID), System.account.storageKey(Self.stranger), Balances.totalIssuance.key]))
    }
}
