import ArgumentParser
import ChainClient
import Foundation
import JSONRPC
import Runtime
import Keys
import Primitives
import Wallet

/// A btcli command's connection to the chain, with the context it was resolved from: the
/// endpoint from `--subtensor.network`/`--subtensor.chain_endpoint`, the wallet, prompts and
/// confirmations.
struct ChainSession {
    let context: BtcliContext
    let client: SubtensorClient
    let noPrompt: Bool

    /// Connects, runs `body`, and closes the connection whatever happens.
    static func with(_ common: CommonOptions, _ body: (ChainSession) async throws -> Void) async throws {
        let session = try await open(common)
        do {
            try await body(session)
        } catch {
            await session.close()
            throw error
        }
        await session.close()
    }

    /// Resolves the endpoint and connects.
    static func open(_ common: CommonOptions) async throws -> ChainSession {
        let context = try BtcliContext(common: common)
        let endpoint = try ChainEndpoint(
            network: context.config.string("subtensor.network"), chainEndpoint: context.config.string("subtensor.chain_endpoint"))
        let client = try await SubtensorClient(endpoint: endpoint)
        return ChainSession(context: context, client: client, noPrompt: common.noPrompt)
    }

    /// The network's name, or its URL for a custom endpoint.
    var networkName: String { client.endpoint.network == "custom" ? client.endpoint.url : client.endpoint.network }

    /// Asks before spending: proceeds with `--no_prompt`; refuses when no one can answer.
    func confirm(_ question: String) throws {
        if noPrompt { return }
        guard context.interactive else {
            throw BtcliError("this command needs confirmation: run it in a terminal, or pass --no_prompt to proceed without asking")
        }
        guard context.confirm(question) else { throw BtcliError("Cancelled: nothing was submitted.") }
    }

    /// The coldkey, unlocked, as a signer.
    func coldkey(_ wallet: Wallet) throws -> ExtrinsicSigner {
        try Self.signer(try wallet.coldkey(passwords: context.passwords), file: wallet.coldkeyFile.path)
    }

    /// Hotkey `name` (the selected one by default), unlocked, as a signer.
    func hotkey(_ wallet: Wallet, named name: String? = nil) throws -> ExtrinsicSigner {
        try Self.signer(try wallet.hotkey(named: name, passwords: context.passwords), file: wallet.hotkeyFile(named: name ?? wallet.hotkey).path)
    }

    static func signer(_ key: WalletKeypair, file: String) throws -> ExtrinsicSigner {
        guard key.hasSecretKey else { throw WalletError.noSecretKey(path: file) }
        return ExtrinsicSigner(accountID: try account(key), scheme: key.scheme) { key.sign($0) ?? [] }
    }

    /// The coldkey's address without unlocking it.
    func coldkeyAddress(_ wallet: Wallet) throws -> AccountID {
        try Self.account(try wallet.coldkeypub())
    }

    /// A hotkey's address without unlocking it.
    func hotkeyAddress(_ wallet: Wallet, named name: String? = nil) throws -> AccountID {
        try Self.account(try wallet.hotkeypub(named: name))
    }

    static func account(_ key: WalletKeypair) throws -> AccountID {
        guard let id = AccountID(bytes: key.publicKey) else { throw BtcliError("a key is not 32 bytes") }
        return id
    }

    /// Submits `call` signed by `signer`, showing what happens; the receipt.
    func submit(_ call: RuntimeCall, signer: ExtrinsicSigner, quiet: Bool = false) async throws -> ExtrinsicReceipt {
        if !quiet { Output.note("📡 Submitting \(call.name) to \(networkName)…") }
        let receipt = try await client.submit(call, signer: signer)
        if !quiet { Output.note("✅ In block #\(receipt.blockNumber) (\(receipt.blockHash)), fee \(Balance(rao: receipt.fee))") }
        return receipt
    }

    /// A receipt as JSON.
    static func json(_ receipt: ExtrinsicReceipt) -> [(String, JSONValue)] {
        [
            ("extrinsic", .string(receipt.extrinsicHash.description)), ("block", .integer(Int64(receipt.blockNumber))),
            ("block_hash", .string(receipt.blockHash.description)), ("fee", .integer(Int64(receipt.fee))),
        ]
    }

    /// Parses an SS58 address given by the user, naming the option it came from.
    static func address(_ text: String, option: String) throws -> AccountID {
        do { return try AccountID(parsing: text) } catch {
            throw BtcliError("\(option): '\(text)' is not a valid SS58 address (\(error))")
        }
    }

    /// Parses a TAO amount given by the user.
    static func amount(_ text: String, option: String) throws -> Balance {
        do { return try Balance(tao: text) } catch {
            throw BtcliError("\(option): \(error)")
        }
    }

    func close() async { await client.close() }
}
