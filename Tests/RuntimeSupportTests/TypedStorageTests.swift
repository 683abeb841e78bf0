import Hashing
import Primitives
import SCALECodec
import Testing
import VectorSupport
@testable import RuntimeSupport

@Suite struct TypedStorageTests {
    static let alice = try! AccountID(parsing: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
    static let bob = try! AccountID(parsing: "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty")

    @Test func keysAreTheChainsKeys() {
        // Worked examples from the reference (substrate-interop.md §D).
        let totalStake = StorageValue<UInt64>("SubtensorModule", "TotalStake", default: 0)
        #expect(hexString(totalStake.key) == "658faa385070e074c85bf6b568cf05554f85a3603259384a5fa5494b7d7fdb8c")
        let stake = StorageDoubleMap<AccountID, AccountID, UInt64>(
            "SubtensorModule", "Stake", hasher1: .blake2_128Concat, hasher2: .identity, default: 0)
        #expect(hexString(stake.storageKey(Self.alice, Self.bob)) ==
            "658faa385070e074c85bf6b568cf055522fbe0bd0cb77b6b6f365f641b0de381"
            + "de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
            + "8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48")
        let blockHash = StorageMap<UInt32, [UInt8]>("System", "BlockHash", hasher: .twox64Concat, default: [])
        #expect(hexString(blockHash.storageKey(0)) == "26aa394eea5630e07c48ae0c9558cef7a44704b568d21667356a5a050c118746b4def25cfda6ef3a00000000")
    }

    @Test func valuesRoundTripWithDefaults() {
        var state = StorageOverlay(base: InMemoryStorage())
        let total = StorageValue<UInt64>("SubtensorModule", "TotalStake", default: 7)
        #expect(total.get(state) == 7)
        #expect(total.getIfPresent(state) == nil)
        total.mutate(&state) { $0 += 5 }
        #expect(total.get(state) == 12)
        #expect(state.value(at: total.key) == [12, 0, 0, 0, 0, 0, 0, 0])
        total.remove(from: &state)
        #expect(!total.exists(state))
    }

    @Test func mapsIterateTransparentKeysInStorageOrder() {
        var state = StorageOverlay(base: InMemoryStorage())
        let uids = StorageDoubleMap<UInt16, AccountID, UInt16>("SubtensorModule", "Uids", hasher1: .identity, hasher2: .blake2_128Concat, default: 0)
        uids.set(3, Self.alice, 0, in: &state)
        uids.set(3, Self.bob, 1, in: &state)
        uids.set(1, Self.bob, 5, in: &state)
        let onThree = uids.entries(prefix: 3, state)
        #expect(Set(onThree.map(\.value)) == [0, 1])
        #expect(onThree.count == 2)
        #expect(uids.removePrefix(3, from: &state) == 2)
        #expect(uids.get(1, Self.bob, state) == 5)
        #expect(uids.entries(prefix: 3, state).isEmpty)

        let accounts = StorageMap<AccountID, UInt64>("System", "Account", hasher: .blake2_128Concat, default: 0)
        accounts.set(Self.alice, 100, in: &state)
        accounts.set(Self.bob, 200, in: &state)
        #expect(Dictionary(uniqueKeysWithValues: accounts.entries(state).map { ($0.key, $0.value) }) == [Self.alice: 100, Self.bob: 200])
    }

    @Test func undecodableValuesReadAsAbsent() {
        var state = StorageOverlay(base: InMemoryStorage())
        let item = StorageValue<UInt64>("P", "I", default: 3)
        state.set(item.key, [1, 2])
        #expect(item.getIfPresent(state) == nil)
        #expect(item.get(state) == 3)
    }
}
