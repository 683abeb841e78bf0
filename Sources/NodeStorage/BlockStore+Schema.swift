import GRDB

extension BlockStore {
    /// The schema, as GRDB migrations (a later version adds a migration, never edits one).
    ///
    /// - `block`: every stored block by hash (forks can share a number): its number, SCALE header
    ///   and body (SCALE `Vec<Vec<u8>>` of the extrinsics' bytes).
    /// - `canonical`: number → hash along the best chain, gap-free from genesis to best.
    /// - `state`: versions `(key, block, value)`, `value` `NULL` for a deletion. The primary key
    ///   `(key, block)` answers "latest version of `key` at or below `n`" with one index seek; the
    ///   index on `block` finds one block's changes (pruning, and reverting later).
    /// - `chain`: one row: genesis, best and finalized hashes and numbers, and `prunedBelow`, the
    ///   block below which state may be incomplete.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE block (
                    hash BLOB PRIMARY KEY NOT NULL CHECK (length(hash) = 32),
                    number INTEGER NOT NULL,
                    header BLOB NOT NULL,
                    body BLOB NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE canonical (
                    number INTEGER PRIMARY KEY NOT NULL,
                    hash BLOB NOT NULL REFERENCES block(hash)
                );
                CREATE TABLE state (
                    key BLOB NOT NULL,
                    block INTEGER NOT NULL,
                    value BLOB,
                    PRIMARY KEY (key, block)
                ) WITHOUT ROWID;
                CREATE INDEX state_by_block ON state(block);
                CREATE TABLE chain (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    genesisHash BLOB NOT NULL,
                    bestHash BLOB NOT NULL,
                    bestNumber INTEGER NOT NULL,
                    finalizedHash BLOB NOT NULL,
                    finalizedNumber INTEGER NOT NULL,
                    prunedBelow INTEGER NOT NULL
                );
                """)
        }
        return migrator
    }
}
