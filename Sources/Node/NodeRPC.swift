import ChainTypes
import Foundation
import Hashing
import JSONRPC
import Primitives
import Runtime
import RuntimeMetadata
import RuntimeSupport
import SCALECodec

/// Substrate's JSON-RPC methods over a `NodeChain` (`substrate-interop.md` A.4).
public enum NodeRPC {
    /// The implementation name and version `system_name` / `system_version` report.
    public static let implementationName = "swift-bittensor"
    public static let implementationVersion = "0.1.0"

    /// Every method, aliases included.
    public static func router(for chain: NodeChain) -> RPCRouter {
        var methods: [String: RPCHandler] = [:]
        func add(_ names: [String], _ handler: @escaping RPCHandler) { for name in names { methods[name] = handler } }
        func value(_ names: String..., body: @escaping @Sendable ([JSONValue]) async throws -> JSONValue) {
            add(names) { params, _ in .value(try await body(params)) }
        }

        // system
        value("system_name") { _ in .string(implementationName) }
        value("system_version") { _ in .string(implementationVersion) }
        value("system_chain") { _ in .string(await chain.configuration.genesis.name) }
        value("system_chainType") { _ in .string(await chain.configuration.genesis.id == "dev" ? "Development" : "Local") }
        value("system_properties") { _ in
            .object([("ss58Format", .integer(Int64(Runtime.ss58Prefix))), ("tokenDecimals", .integer(9)), ("tokenSymbol", .string("TAO"))])
        }
        value("system_health") { _ in .object([("peers", .integer(0)), ("isSyncing", .bool(false)), ("shouldHavePeers", .bool(false))]) }
        value("system_peers") { _ in .array([]) }
        value("system_accountNextIndex", "account_nextIndex") { params in
            .integer(Int64(await chain.nextNonce(try RPCParams.account(params, 0))))
        }

        // chain
        value("chain_getBlockHash", "chain_getHead") { params in
            guard let first = params.first, let number = try RPCParams.blockNumber(first) else {
                return .string(await chain.best.hash.description)
            }
            return try await chain.blockHash(number).map { .string($0.description) } ?? .null
        }
        value("chain_getFinalizedHead", "chain_getFinalisedHead") { _ in .string(await chain.best.hash.description) }
        value("chain_getHeader") { params in
            try await chain.header(try RPCParams.optionalHash(params, 0))?.json ?? .null
        }
        value("chain_getBlock") { params in
            let hash = try RPCParams.optionalHash(params, 0)
            guard let header = try await chain.header(hash), let body = try await chain.body(header.hash) else { return .null }
            return .object([
                ("block", .object([("header", header.json), ("extrinsics", .array(body.map { RPCParams.hexString($0) }))])),
                ("justifications", .null),
            ])
        }
        for (names, finalized) in [(["chain_subscribeNewHeads", "chain_subscribeNewHead", "subscribe_newHead", "chain_subscribeAllHeads"], false),
                                   (["chain_subscribeFinalizedHeads", "chain_subscribeFinalisedHeads"], true)] {
            let method = finalized ? "chain_finalizedHead" : "chain_newHead"
            add(names) { _, session in
                guard session.supportsSubscriptions else { throw RPCError(code: -32090, message: "Subscriptions are not available on this transport") }
                let id = RPCSession.newSubscriptionID()
                session.register(id) { Task { await chain.removeListener(id) } }
                return .subscription(id: id) {
                    Task {
                        if let current = try? await chain.header(nil) { session.notify(method: method, subscription: id, result: current.json) }
                        await chain.addHeadListener(id, finalized: finalized) { header in
                            session.notify(method: method, subscription: id, result: header.json)
                        }
                    }
                }
            }
        }
        add(["chain_unsubscribeNewHeads", "chain_unsubscribeNewHead", "unsubscribe_newHead", "chain_unsubscribeAllHeads",
             "chain_unsubscribeFinalizedHeads", "chain_unsubscribeFinalisedHeads", "state_unsubscribeStorage",
             "state_unsubscribeRuntimeVersion", "author_unwatchExtrinsic", "chain_unsubscribeRuntimeVersion"]) { params, session in
            .value(.bool(session.unsubscribe(try RPCParams.string(params, 0, "subscription id"))))
        }

        // state
        value("state_getRuntimeVersion", "chain_getRuntimeVersion") { _ in runtimeVersionJSON }
        value("state_getMetadata") { _ in RPCParams.hexString(RuntimeMetadata.v14()) }
        value("state_getStorage", "state_getStorageAt") { params in
            let key = try RPCParams.hex(params, 0, "storage key")
            let hash = try RPCParams.optionalHash(params, 1)
            return try await chain.withState(at: hash) { $0.storage.value(at: key) }.map { RPCParams.hexString($0) } ?? .null
        }
        value("state_getStorageHash", "state_getStorageHashAt") { params in
            let key = try RPCParams.hex(params, 0, "storage key")
            let hash = try RPCParams.optionalHash(params, 1)
            return try await chain.withState(at: hash) { $0.storage.value(at: key) }.map { RPCParams.hexString(Blake2b.hash256($0)) } ?? .null
        }
        value("state_getStorageSize", "state_getStorageSizeAt") { params in
            let key = try RPCParams.hex(params, 0, "storage key")
            let hash = try RPCParams.optionalHash(params, 1)
            return try await chain.withState(at: hash) { $0.storage.value(at: key) }.map { .integer(Int64($0.count)) } ?? .null
        }
        value("state_getKeysPaged", "state_getKeysPagedAt") { params in
            let prefix = try RPCParams.hex(params, 0, "prefix")
            guard params.count > 1, let count = params[1].integerValue, count >= 0 else { throw RPCError.invalidParams("count must be a number") }
            guard count <= 1000 else { throw RPCError(code: 4002, message: "count exceeds maximum value. value: \(count), max: 1000") }
            let start = params.count > 2 && !params[2].isNull ? try RPCParams.hex(params, 2, "start key") : nil
            let hash = try RPCParams.optionalHash(params, 3)
            let keys = try await chain.withState(at: hash) { ctx -> [[UInt8]] in
                var result: [[UInt8]] = []
                var cursor = start.map { $0.lexicographicallyPrecedes(prefix) ? prefix : $0 } ?? prefix
                if start == nil || start!.lexicographicallyPrecedes(prefix), ctx.storage.contains(prefix) { result.append(prefix) }
                while result.count < Int(count), let next = ctx.storage.key(after: cursor), next.starts(with: prefix) {
                    result.append(next)
                    cursor = next
                }
                return result
            }
            return .array(keys.map { RPCParams.hexString($0) })
        }
        value("state_getKeys", "state_getKeysAt") { params in
            let prefix = try RPCParams.hex(params, 0, "prefix")
            let hash = try RPCParams.optionalHash(params, 1)
            let keys = try await chain.withState(at: hash) { ctx in Array(ctx.storage.keys(withPrefix: prefix).prefix(10_000)) }
            return .array(keys.map { RPCParams.hexString($0) })
        }
        value("state_queryStorageAt") { params in
            guard let list = params.first?.arrayValue else { throw RPCError.invalidParams("keys must be an array") }
            let keys = try list.enumerated().map { index, value -> [UInt8] in
                guard case .string(let text) = value else { throw RPCError.invalidParams("key \(index) must be a hex string") }
                return try RPCParams.hexText(text, "key \(index)")
            }
            let hash = try RPCParams.optionalHash(params, 1)
            let (blockHash, values) = try await chain.withState(at: hash) { ctx in
                (hash, keys.map { ctx.storage.value(at: $0) })
            }
            let block: H256
            if let blockHash { block = blockHash } else { block = await chain.best.hash }
            let changes = zip(keys, values).map { JSONValue.array([RPCParams.hexString($0), $1.map { RPCParams.hexString($0) } ?? .null]) }
            return .array([.object([("block", .string(block.description)), ("changes", .array(changes))])])
        }
        value("state_call", "state_callAt") { params in
            let name = try RPCParams.string(params, 0, "method name")
            let data = params.count > 1 ? try RPCParams.hex(params, 1, "call data") : []
            let hash = try RPCParams.optionalHash(params, 2)
            return RPCParams.hexString(try await chain.withState(at: hash) { try RuntimeAPI.call(name, data, $0) })
        }
        add(["state_subscribeStorage"]) { params, session in
            guard session.supportsSubscriptions else { throw RPCError(code: -32090, message: "Subscriptions are not available on this transport") }
            let list = params.first?.arrayValue ?? []
            let keys = try list.enumerated().map { index, value -> [UInt8] in
                guard case .string(let text) = value else { throw RPCError.invalidParams("key \(index) must be a hex string") }
                return try RPCParams.hexText(text, "key \(index)")
            }
            let id = RPCSession.newSubscriptionID()
            session.register(id) { Task { await chain.removeListener(id) } }
            return .subscription(id: id) {
                Task {
                    let send: @Sendable (H256, [([UInt8], [UInt8]?)]) -> Void = { block, changes in
                        let list = changes.map { JSONValue.array([RPCParams.hexString($0.0), $0.1.map { RPCParams.hexString($0) } ?? .null]) }
                        session.notify(method: "state_storage", subscription: id,
                                       result: .object([("block", .string(block.description)), ("changes", .array(list))]))
                    }
                    if let (hash, values) = try? await chain.withState(at: nil, { ctx in keys.map { ($0, ctx.storage.value(at: $0)) } }).asCurrent(chain) {
                        send(hash, values)
                    }
                    await chain.addStorageListener(id, keys: keys, send)
                }
            }
        }
        add(["state_subscribeRuntimeVersion", "chain_subscribeRuntimeVersion"]) { _, session in
            guard session.supportsSubscriptions else { throw RPCError(code: -32090, message: "Subscriptions are not available on this transport") }
            let id = RPCSession.newSubscriptionID()
            session.register(id) {}
            return .subscription(id: id) { session.notify(method: "state_runtimeVersion", subscription: id, result: runtimeVersionJSON) }
        }

        // author
        value("author_submitExtrinsic") { params in
            let bytes = try RPCParams.hex(params, 0, "extrinsic")
            do {
                return .string(try await chain.submit(bytes).hash.description)
            } catch {
                throw rpcError(error)
            }
        }
        add(["author_submitAndWatchExtrinsic"]) { params, session in
            guard session.supportsSubscriptions else { throw RPCError(code: -32090, message: "Subscriptions are not available on this transport") }
            let bytes = try RPCParams.hex(params, 0, "extrinsic")
            let id = RPCSession.newSubscriptionID()
            let hash = Blake2b.hash256(bytes)
            let txHash = H256(bytes: hash)!
            session.register(id) { Task { await chain.unwatch(id) } }
            // Watch before submitting so no status is missed; validate before answering.
            await chain.watch(txHash, id: id) { status in
                session.notify(method: "author_extrinsicUpdate", subscription: id, result: status.json)
                if status.isFinal { session.unsubscribe(id) }
            }
            let status: TransactionPool.Status
            do {
                status = try await chain.submit(bytes).status
            } catch {
                await chain.unwatch(id)
                session.unsubscribe(id)
                throw rpcError(error)
            }
            return .subscription(id: id) {
                session.notify(method: "author_extrinsicUpdate", subscription: id, result: status == .ready ? .string("ready") : .string("future"))
            }
        }
        value("author_pendingExtrinsics") { _ in .array(await chain.pendingExtrinsics().map { RPCParams.hexString($0) }) }

        // payment
        value("payment_queryInfo") { params in
            let bytes = try RPCParams.hex(params, 0, "extrinsic")
            let hash = try RPCParams.optionalHash(params, 1)
            let answer = try await chain.withState(at: hash) { ctx in
                try RuntimeAPI.call("TransactionPaymentApi_query_info", bytes + UInt32(bytes.count).scaleEncoded(), ctx)
            }
            var decoder = SCALEDecoder(answer)
            let weight = try decoder.decode(Weight.self)
            let dispatchClass = try decoder.decode(DispatchClass.self)
            let fee = try decoder.decode(UInt64.self)
            let className = ["normal", "operational", "mandatory"][Int(dispatchClass.rawValue)]
            return .object([
                ("weight", .object([("ref_time", .integer(Int64(weight.refTime))), ("proof_size", .integer(Int64(weight.proofSize)))])),
                ("class", .string(className)), ("partialFee", .string(String(fee))),
            ])
        }

        // Bittensor's info RPCs: the SCALE answer as a JSON array of bytes.
        let info: [(String, String, [ArgumentKind])] = [
            ("neuronInfo_getNeurons", "NeuronInfoRuntimeApi_get_neurons", [.u16]),
            ("neuronInfo_getNeuronsLite", "NeuronInfoRuntimeApi_get_neurons_lite", [.u16]),
            ("neuronInfo_getNeuron", "NeuronInfoRuntimeApi_get_neuron", [.u16, .u16]),
            ("neuronInfo_getNeuronLite", "NeuronInfoRuntimeApi_get_neuron_lite", [.u16, .u16]),
            ("subnetInfo_getSubnetInfo", "SubnetInfoRuntimeApi_get_subnet_info", [.u16]),
            ("subnetInfo_getSubnetsInfo", "SubnetInfoRuntimeApi_get_subnets_info", []),
            ("subnetInfo_getSubnetHyperparams", "SubnetInfoRuntimeApi_get_subnet_hyperparams", [.u16]),
            ("delegateInfo_getDelegates", "DelegateInfoRuntimeApi_get_delegates", []),
            ("delegateInfo_getDelegate", "DelegateInfoRuntimeApi_get_delegate", [.account]),
            ("delegateInfo_getDelegated", "DelegateInfoRuntimeApi_get_delegated", [.account]),
        ]
        for (rpcName, apiName, kinds) in info {
            value(rpcName) { params in
                var arguments: [UInt8] = []
                for (index, kind) in kinds.enumerated() {
                    guard index < params.count else { throw RPCError.invalidParams("\(rpcName) takes \(kinds.count) parameter(s) before the block hash") }
                    arguments += try kind.encode(params[index], index)
                }
                let hash = try RPCParams.optionalHash(params, kinds.count)
                let bytes = try await chain.withState(at: hash) { ctx in
                    do { return try SubtensorInfoAPI.call(apiName, arguments: arguments, ctx) } catch {
                        throw RPCError(code: 1, message: "Unable to get info.", data: .string(String(describing: error)))
                    }
                }
                return .array(bytes.map { .integer(Int64($0)) })
            }
        }

        let names = Array(methods.keys) + ["rpc_methods"]
        methods["rpc_methods"] = { _, _ in .value(.object([("methods", .array(names.sorted().map { .string($0) }))])) }
        return RPCRouter(methods: methods)
    }

    static var runtimeVersionJSON: JSONValue {
        let version = RuntimeVersion.current
        return .object([
            ("specName", .string(version.specName)), ("implName", .string(version.implName)),
            ("authoringVersion", .integer(Int64(version.authoringVersion))), ("specVersion", .integer(Int64(version.specVersion))),
            ("implVersion", .integer(Int64(version.implVersion))),
            ("apis", .array(version.apis.map { .array([RPCParams.hexString(RuntimeVersion.apiID($0.name)), .integer(Int64($0.version))]) })),
            ("transactionVersion", .integer(Int64(version.transactionVersion))), ("stateVersion", .integer(Int64(version.stateVersion))),
        ])
    }

    /// The pool's refusal as Substrate's author error.
    static func rpcError(_ error: any Error) -> RPCError {
        guard let rejection = error as? TransactionPool.Rejection else { return .internalError(String(describing: error)) }
        switch rejection {
        case .invalid(.invalid(let reason)):
            return RPCError(code: 1010, message: "Invalid Transaction", data: .string(reason.description))
        case .invalid(.unknown(let reason)):
            return RPCError(code: 1011, message: "Unknown Transaction Validity", data: .string(reason.description))
        case .alreadyImported: return RPCError(code: 1013, message: "Transaction Already Imported")
        case .temporarilyBanned: return RPCError(code: 1012, message: "Transaction is temporarily banned")
        case .priorityTooLow(let old, let new): return RPCError(code: 1014, message: "Priority is too low: (\(old) vs \(new))")
        case .full: return RPCError(code: 1016, message: "Immediately Dropped", data: .string("the transaction pool is full"))
        }
    }
}

extension TransactionStatus {
    var json: JSONValue {
        switch self {
        case .future: return .string("future")
        case .ready: return .string("ready")
        case .inBlock(let hash): return .object([("inBlock", .string(hash.description))])
        case .finalized(let hash): return .object([("finalized", .string(hash.description))])
        case .usurped(let hash): return .object([("usurped", .string(hash.description))])
        case .dropped: return .string("dropped")
        case .invalid: return .string("invalid")
        }
    }
}

extension Array where Element == ([UInt8], [UInt8]?) {
    /// Pairs the values read at the best block with that block's hash.
    func asCurrent(_ chain: NodeChain) async -> (H256, [([UInt8], [UInt8]?)]) {
        (await chain.best.hash, self)
    }
}

/// The argument types of the info RPCs.
enum ArgumentKind {
    case u16, account

    /// The SCALE argument from a JSON parameter (an account is an array of 32 byte values;
    /// any other length gives the empty answer, as on chain).
    func encode(_ value: JSONValue, _ index: Int) throws -> [UInt8] {
        switch self {
        case .u16:
            guard let n = value.integerValue, (0...Int64(UInt16.max)).contains(n) else {
                throw RPCError.invalidParams("parameter \(index + 1) must be a u16")
            }
            return UInt16(n).scaleEncoded()
        case .account:
            guard let items = value.arrayValue else { throw RPCError.invalidParams("parameter \(index + 1) must be an array of bytes") }
            let bytes = try items.map { item -> UInt8 in
                guard let n = item.integerValue, (0...255).contains(n) else { throw RPCError.invalidParams("parameter \(index + 1) must hold bytes") }
                return UInt8(n)
            }
            return bytes.scaleEncoded()
        }
    }
}
