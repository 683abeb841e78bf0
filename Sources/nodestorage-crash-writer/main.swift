// Commits StoreWorkload blocks to a BlockStore file until killed (or for a number of blocks),
// printing "committed N" after each commit returns. NodeStorageTests kills it with SIGKILL and
// checks that the reopened store holds every printed block; with a block count it also serves
// as a write benchmark.
//
//   nodestorage-crash-writer PATH SEED KEY_SPACE CHANGES_PER_BLOCK KEEP|archive [BLOCKS]
import Foundation
import NodeStorage
import NodeStorageTesting

let arguments = CommandLine.arguments
guard arguments.count == 6 || arguments.count == 7,
      let seed = UInt64(arguments[2]), let keySpace = Int(arguments[3]), let changesPerBlock = Int(arguments[4]),
      keySpace > 0, changesPerBlock > 0, changesPerBlock <= keySpace,
      arguments[5] == "archive" || UInt32(arguments[5]) != nil else {
    FileHandle.standardError.write(Data("usage: nodestorage-crash-writer PATH SEED KEY_SPACE CHANGES_PER_BLOCK KEEP|archive [BLOCKS]\n".utf8))
    exit(2)
}
let pruning: StatePruning = arguments[5] == "archive" ? .archive : .keep(UInt32(arguments[5])!)
let blockLimit = arguments.count == 7 ? UInt32(arguments[6]) : nil
let workload = StoreWorkload(seed: seed, keySpace: keySpace, changesPerBlock: changesPerBlock)

/// Writes one line with a single `write(2)`, so it reaches the pipe before the next commit.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

do {
    let store = try BlockStore(path: arguments[1], pruning: pruning)
    try store.verify()
    if try store.genesisHash == nil {
        try store.commitGenesis(header: workload.genesisHeader, state: workload.genesisState)
        say("committed 0")
    }
    var best = try store.bestHeader
    var committed: UInt32 = 0
    var inCommit = Duration.zero
    let start = ContinuousClock.now
    while blockLimit.map({ committed < $0 }) ?? true {
        let number = best.number + 1
        let header = workload.header(number: number, parent: best.hash)
        let body = workload.body(number: number), changes = workload.changes(number: number)
        let commitStart = ContinuousClock.now
        try store.commitBlock(header: header, body: body, changes: changes, finalized: true)
        inCommit += ContinuousClock.now - commitStart
        say("committed \(number)")
        best = header
        committed += 1
    }
    let seconds = (ContinuousClock.now - start) / .seconds(1), commitSeconds = inCommit / .seconds(1)
    let report = "\(committed) blocks of \(changesPerBlock) changes in \(seconds) s, \(commitSeconds) s of it in commitBlock: "
        + "\(Double(committed) / commitSeconds) commits/s\n"
    FileHandle.standardError.write(Data(report.utf8))
} catch {
    FileHandle.standardError.write(Data("nodestorage-crash-writer: \(error)\n".utf8))
    exit(1)
}
