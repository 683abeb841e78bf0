// swift-tools-version: 6.0
import PackageDescription

// Layers (a module imports only modules in earlier rows), see docs/ARCHITECTURE.md:
//   0  SCALECodec, Hashing          1  Primitives, Keys, Config          2  Wallet
//   7  SubtensorCommands, BtcliCommands          exe  subtensor, btcli
// The field arithmetic behind sr25519 verification uses 64×64→128-bit multiplies; on x86-64 it
// is built for Haswell or newer (BMI2 `mulx`, ~17% faster verification). Other hosts build generic code.
#if arch(x86_64)
let keysSwiftSettings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "haswell"])]
#else
let keysSwiftSettings: [SwiftSetting] = []
#endif

let package = Package(
    name: "swift-bittensor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "subtensor", targets: ["subtensor"]),
        .executable(name: "btcli", targets: ["btcli"]),
        .executable(name: "bench", targets: ["Benchmarks"]),
        .executable(name: "axon-probe", targets: ["axon-probe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Layer 0
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        .target(name: "SCALECodec"),
        .target(name: "Hashing", dependencies: ["CSodium"]),
        // JSON values, a strict parser and string escaping, shared by RPC, commands and clients.
        .target(name: "JSON"),
        // Layer 1
        .target(name: "Primitives", dependencies: ["SCALECodec", "Hashing"]),
        .target(
            name: "Keys",
            dependencies: ["CSodium", "SCALECodec", "Hashing", "Primitives"],
            swiftSettings: keysSwiftSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // Merkle-Patricia trie roots (state and extrinsics roots), Substrate's layouts V0 and V1.
        .target(name: "Trie", dependencies: ["Hashing", "SCALECodec"]),
        // Registration proof of work: the chain's seal and difficulty rule, a multi-threaded solver.
        .target(
            name: "ProofOfWork", dependencies: ["Hashing"],
            // The hashing loops are optimised in debug builds too, or tests and debug btcli crawl.
            swiftSettings: keysSwiftSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // Configuration: dotted keys, YAML files, BT_* environment, precedence.
        .target(name: "Config", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Layer 2
        .target(name: "Wallet", dependencies: ["CSodium", "Hashing", "Primitives", "Keys", "JSON"]),
        // Wire types shared by node and clients: header, digest, era, extrinsic v4, signed extensions.
        .target(name: "ChainTypes", dependencies: ["SCALECodec", "Hashing", "Primitives", "Keys"]),
        // Layer 3: the FRAME counterpart (storage, overlay, dispatch errors, origins, events)
        .target(name: "RuntimeSupport", dependencies: ["SCALECodec", "Hashing", "Primitives"]),
        // Layer 4: the runtime (pallets, executive, genesis) and its test chain.
        .target(
            name: "Runtime",
            dependencies: ["RuntimeSupport", "ChainTypes", "Yuma", "ProofOfWork", "Trie", "Keys", "Primitives", "SCALECodec", "Hashing"]
        ),
        // Metadata V14/V15 generated from the runtime's own types (substrate-interop.md part B).
        .target(
            name: "RuntimeMetadata",
            dependencies: ["Runtime", "RuntimeSupport", "ChainTypes", "Yuma", "SCALECodec", "Primitives", "Hashing"]
        ),
        .target(name: "RuntimeTesting", dependencies: ["Runtime", "RuntimeSupport", "ChainTypes", "ProofOfWork", "Keys", "Primitives", "SCALECodec"]),
        // Layer 5: the node's SQLite store (blocks, canonical chain, versioned state), and the
        // deterministic workload its tests and the crash writer share.
        .target(
            name: "NodeStorage",
            dependencies: ["ChainTypes", "RuntimeSupport", "Primitives", "SCALECodec", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "NodeStorageTesting", dependencies: ["NodeStorage", "ChainTypes", "Primitives", "Hashing"]),
        .executableTarget(name: "nodestorage-crash-writer", dependencies: ["NodeStorage", "NodeStorageTesting"]),
        // Layer 5: JSON-RPC 2.0 over WebSocket and HTTP (SwiftNIO), with a strict JSON parser.
        .target(
            name: "JSONRPC",
            dependencies: [
                "JSON",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOWebSocket", package: "swift-nio"),
            ]
        ),
        // Layer 6: the node (authoring and import, transaction pool, RPC methods).
        .target(
            name: "Node",
            dependencies: [
                "Runtime", "RuntimeMetadata", "NodeStorage", "JSONRPC", "ChainTypes", "Keys", "Primitives", "SCALECodec", "Hashing",
                "RuntimeSupport", "Trie",
            ]
        ),
        // Layer C: neurons' networking (bittensor 7.4's HTTP synapse protocol).
        .target(
            name: "ChainClient",
            dependencies: ["JSONRPC", "Runtime", "RuntimeSupport", "ChainTypes", "Keys", "Primitives", "Hashing", "SCALECodec"]
        ),
        .target(name: "Metagraph", dependencies: ["ChainClient", "Runtime", "Primitives", "Yuma"]),
        .target(name: "Synapse", dependencies: ["Keys", "Primitives", "Hashing", "JSON"]),
        .target(
            name: "Axon",
            dependencies: [
                "Synapse", "Keys", "Primitives", "Config",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "Dendrite",
            dependencies: ["Synapse", "Keys", "Config", .product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        // Yuma consensus: the subnet epoch, bit-exact to the chain (pure; fixed point from Primitives).
        .target(name: "Yuma", dependencies: ["Primitives", "SCALECodec"]),
        // Layer 7: command trees
        .target(
            name: "SubtensorCommands",
            dependencies: [
                "Keys", "Primitives", "Hashing", "Yuma", "RuntimeMetadata", "Node", "NodeStorage", "Runtime", "SCALECodec", "JSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "BtcliCommands",
            dependencies: [
                "Config", "Wallet", "Keys", "Primitives", "ChainClient", "ChainTypes", "JSONRPC", "Metagraph", "ProofOfWork", "Runtime", "RuntimeSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Executables stay thin.
        // Shared by the executables: running an async root command on Linux.
        .target(name: "CommandSupport", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "subtensor", dependencies: ["SubtensorCommands", "CommandSupport"]),
        .executableTarget(name: "btcli", dependencies: ["BtcliCommands", "CommandSupport"]),
        .target(
            name: "AxonProbeCommands",
            dependencies: [
                "Axon", "Dendrite", "Synapse", "Wallet", "Keys", "Primitives",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "axon-probe", dependencies: ["AxonProbeCommands"], path: "Sources/axon-probe"),
        .executableTarget(
            name: "Benchmarks",
            dependencies: [
                "Keys", "Hashing", "Primitives", "SCALECodec", "Yuma", "Synapse", "Axon", "Dendrite", "ProofOfWork", "Runtime",
                "RuntimeSupport", "ChainTypes", "JSONRPC",
            ]
        ),
        // Test support: loads the committed golden vectors.
        .target(name: "VectorSupport", path: "Tests/VectorSupport"),
        .testTarget(name: "SCALECodecTests", dependencies: ["SCALECodec", "VectorSupport", "Primitives"]),
        .testTarget(name: "HashingTests", dependencies: ["Hashing", "VectorSupport"]),
        .testTarget(name: "PrimitivesTests", dependencies: ["Primitives", "VectorSupport"]),
        .testTarget(name: "KeysTests", dependencies: ["Keys", "Primitives", "VectorSupport"]),
        .testTarget(name: "TrieTests", dependencies: ["Trie", "SCALECodec", "VectorSupport", "Primitives"], exclude: ["Vectors"]),
        .testTarget(name: "ProofOfWorkTests", dependencies: ["ProofOfWork", "Hashing", "VectorSupport"]),
        .testTarget(name: "ChainTypesTests", dependencies: ["ChainTypes", "Keys", "Primitives", "SCALECodec", "VectorSupport"]),
        .testTarget(name: "RuntimeSupportTests", dependencies: ["RuntimeSupport", "SCALECodec", "Hashing", "Primitives", "VectorSupport"]),
        .testTarget(
            name: "RuntimeTests",
            dependencies: ["Runtime", "RuntimeTesting", "RuntimeSupport", "ChainTypes", "Keys", "Primitives", "SCALECodec", "Hashing", "Yuma", "ProofOfWork"]
        ),
        .testTarget(name: "SubtensorModuleTests", dependencies: ["Runtime", "RuntimeTesting", "RuntimeSupport", "Primitives", "ProofOfWork", "Yuma", "SCALECodec"]),
        .testTarget(
            name: "RuntimeMetadataTests",
            dependencies: ["RuntimeMetadata", "Runtime", "RuntimeTesting", "RuntimeSupport", "ChainTypes", "Keys", "Primitives", "SCALECodec", "Hashing"]
        ),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "ChainClientTests", dependencies: ["ChainClient", "Node", "Runtime", "RuntimeSupport", "Keys", "Primitives"]),
        .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC"]),
        .testTarget(name: "NodeTests", dependencies: ["Node", "Runtime", "RuntimeSupport", "ChainTypes", "Keys", "Primitives", "SCALECodec"]),
        .testTarget(name: "SubtensorCommandsTests", dependencies: ["SubtensorCommands", "Keys"]),
        // The reference cases run through the library and through `subtensor epoch`'s JSON layer.
        .testTarget(name: "YumaTests", dependencies: ["Yuma", "Primitives", "VectorSupport", "SubtensorCommands", "JSON"]),
        .testTarget(name: "ConfigTests", dependencies: ["Config"]),
        .testTarget(name: "WalletTests", dependencies: ["Wallet", "Keys", "Primitives", "VectorSupport"]),
        .testTarget(name: "SynapseTests", dependencies: ["Synapse", "Keys", "Primitives", "Hashing"]),
        .testTarget(
            name: "AxonTests",
            dependencies: [
                "Axon", "Synapse", "Keys", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        .testTarget(
            name: "NodeStorageTests",
            dependencies: ["NodeStorage", "NodeStorageTesting", "ChainTypes", "RuntimeSupport", "Primitives"]
        ),
        .testTarget(name: "DendriteTests", dependencies: ["Dendrite", "Axon", "Synapse", "Keys"]),
    ]
)
