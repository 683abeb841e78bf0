import ChainTypes
import Foundation
import Hashing
import JSONRPC
import Keys
import Primitives
import Runtime
import RuntimeSupport
import SCALECodec

extension SubtensorClient {
    /// The next nonce of `account`, counting its transactions waiting in the pool.
    public func nextNonce(_ account: AccountID) async throws(ChainClientError) -> UInt32 {
        let answer = try await request("system_accountNextIndex", [.string(account.ss58())])
        guard let value = answer.integerValue, let nonce = UInt32(exactly: value) else { throw .badResponse("system_accountNextIndex: \(answer)") }
        return nonce
    }

    /// `call` signed by `signer` with its next nonce, immortal, no tip.
    public func signedExtrinsic(_ call: RuntimeCall, signer: ExtrinsicSigner, nonce: UInt32? = nil) async throws(ChainClientError) -> UncheckedExtrinsic {
        let genesis = try await genesisHash()
        let version = try await runtimeVersion()
        let nonceValue: UInt32
        if let nonce { nonceValue = nonce } else { nonceValue = try await nextNonce(signer.accountID) }
        let additional = AdditionalSigned(specVersion: version.spec, transactionVersion: version.transaction, genesisHash: genesis, birthHash: genesis)
        let encodedCall = call.scaleEncoded()
        let extra = SignedExtra(era: .immortal, nonce: nonceValue)
        let signature = MultiSignature(signer.sign(SignaturePayload.message(call: encodedCall, extra: extra, additional: additional)), scheme: signer.scheme)
        return UncheckedExtrinsic(
            signature: UncheckedExtrinsic.Signature(address: .id(signer.accountID), signature: signature, extra: extra), call: encodedCall)
    }

    /// The fee the chain would charge for `call` signed by `signer` (`payment_queryInfo`).
    public func estimateFee(_ call: RuntimeCall, signer: ExtrinsicSigner) async throws(ChainClientError) -> UInt64 {
        let extrinsic = try await signedExtrinsic(call, signer: signer)
        let answer = try await request("payment_queryInfo", [Self.hex(extrinsic.scaleEncoded())])
        if let text = answer["partialFee"]?.stringValue, let fee = UInt64(text) { return fee }
        if let fee = answer["partialFee"]?.integerValue, fee >= 0 { return UInt64(fee) }
        throw .badResponse("payment_queryInfo: \(answer)")
    }

    /// Signs `call`, submits it, waits until it is in a block and returns what happened.
    ///
    /// Throws `.rejected` when the pool refuses it, `.notIncluded` when it leaves the pool,
    /// `.dispatchFailed` (with the module error's name) when the call fails in its block, and
    /// `.timedOut` after `timeout`.
    @discardableResult
    public func submit(_ call: RuntimeCall, signer: ExtrinsicSigner, timeout: Duration = .seconds(120)) async throws(ChainClientError) -> ExtrinsicReceipt {
        let extrinsic = try await signedExtrinsic(call, signer: signer)
        let receipt = try await submitAndWatch(extrinsic.scaleEncoded(), timeout: timeout)
        if let failure = receipt.failure { throw .dispatchFailed(Self.describe(failure)) }
        if let failure = receipt.sudoFailure { throw .dispatchFailed(Self.describe(failure)) }
        return receipt
    }

    /// Submits encoded extrinsic bytes and waits for inclusion; does not judge the outcome.
    public func submitAndWatch(_ bytes: [UInt8], timeout: Duration = .seconds(120)) async throws(ChainClientError) -> ExtrinsicReceipt {
        let client = try await connection()
        let hash = H256(bytes: Blake2b.hash256(bytes))!
        let (stream, continuation) = AsyncStream<JSONValue>.makeStream()
        let subscription: String
        do {
            subscription = try await client.subscribe("author_submitAndWatchExtrinsic", [Self.hex(bytes)]) { continuation.yield($0) }
        } catch let error as RPCError {
            let detail = error.data?.stringValue.map { ": \($0)" } ?? ""
            throw .rejected("\(error.message)\(detail)")
        } catch {
            throw .unreachable(endpoint: endpoint.url, reason: String(describing: error))
        }
        let watcher = Task { () -> Result<H256, ChainClientError> in
            for await status in stream {
                if let block = status["inBlock"]?.stringValue ?? status["finalized"]?.stringValue, let blockHash = Self.hash(block) {
                    return .success(blockHash)
                }
                if let text = status.stringValue, ["dropped", "invalid"].contains(text) { return .failure(.notIncluded(text)) }
                if status["usurped"] != nil { return .failure(.notIncluded("usurped by another transaction with the same nonce")) }
            }
            return .failure(.timedOut("the transaction was not in a block after \(timeout) (the connection may have closed)"))
        }
        let timer = Task {
            try await Task.sleep(for: timeout)
            continuation.finish()
        }
        let outcome = await watcher.value
        timer.cancel()
        client.forget(subscription)
        _ = try? await client.request("author_unwatchExtrinsic", [.string(subscription)])
        let blockHash: H256
        switch outcome {
        case .success(let hash): blockHash = hash
        case .failure(let error): throw error
        }
        return try await receipt(for: hash, in: blockHash)
    }

    /// Finds extrinsic `hash` in block `blockHash` and collects its events.
    func receipt(for hash: H256, in blockHash: H256) async throws(ChainClientError) -> ExtrinsicReceipt {
        let block = try await request("chain_getBlock", [.string(blockHash.description)])
        guard let extrinsics = block["block"]?["extrinsics"]?.arrayValue,
              let numberText = block["block"]?["header"]?["number"]?.stringValue,
              let number = UInt64(numberText.dropFirst(2), radix: 16)
        else { throw .badResponse("chain_getBlock: no block \(blockHash)") }
        guard let index = extrinsics.firstIndex(where: { item in
            guard let text = item.stringValue, let bytes = try? Hex.decode(text) else { return false }
            return Blake2b.hash256(bytes) == hash.bytes
        }) else { throw .badResponse("block \(blockHash) does not contain extrinsic \(hash)") }
        let events = try await events(at: blockHash)
            .filter { $0.phase == .applyExtrinsic(UInt32(index)) }
            .map(\.event)
        return ExtrinsicReceipt(extrinsicHash: hash, blockHash: blockHash, blockNumber: number, index: UInt32(index), events: events)
    }

    /// Every event of block `blockHash`.
    public func events(at blockHash: H256) async throws(ChainClientError) -> [DecodedEvent] {
        guard let bytes = try await storage(System.eventsKey, at: blockHash) else { return [] }
        var decoder = SCALEDecoder(bytes)
        do {
            let count = try decoder.decodeCompactLength(of: [DecodedEvent].self, minimumElementLength: 3)
            var events: [DecodedEvent] = []
            for _ in 0..<count {
                let phase = try decoder.decode(Phase.self)
                let event = try decoder.decode(RuntimeEvent.self)
                _ = try decoder.decode([H256].self)  // topics
                events.append(DecodedEvent(phase: phase, event: event))
            }
            try decoder.finish(decoding: [DecodedEvent].self)
            return events
        } catch {
            throw .badResponse("System.Events does not decode: \(error)")
        }
    }

    /// A dispatch error as bittensor words it: `SubtensorModule.NotRegistered` and, for module
    /// errors, a short explanation when one is known.
    public static func describe(_ error: DispatchError) -> String {
        guard case .module(let module) = error else { return error.description }
        if let hint = ChainErrorHints.hint(pallet: module.palletName, error: module.errorName) {
            return "\(module.palletName).\(module.errorName): \(hint)"
        }
        return "\(module.palletName).\(module.errorName)"
    }
}
