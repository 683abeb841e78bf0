"""The node killed with SIGKILL at random moments while it authors blocks and takes transfers:
each restart continues from its last stored block, no transaction reported in a block is lost,
and re-executing the stored chain from genesis reproduces every state root."""
import os
import random
import subprocess
import tempfile
import threading
import time

from substrateinterface import Keypair, SubstrateInterface

from node_process import SUBTENSOR, Node

KILLS = 20


def test_sigkill_at_random_moments_loses_nothing():
    rng = random.Random(20261202)
    base = tempfile.mkdtemp(prefix="subtensor-crash-")
    log = os.path.join(base, "node.log")
    alice = Keypair.create_from_uri("//Alice")
    included = []  # (block hash, extrinsic hash) pairs the node reported
    best_seen = 0
    for round_number in range(KILLS):
        node = Node(base_path=base, block_time=200, log_path=log).start()
        try:
            substrate = SubstrateInterface(url=node.url)
            number = substrate.get_block_header()["header"]["number"]
            assert number >= best_seen, f"round {round_number}: restarted at #{number}, below #{best_seen}"
            deadline = time.time() + rng.uniform(0.2, 1.2)
            done = threading.Event()

            def submit():
                try:
                    while not done.is_set():
                        dest = Keypair.create_from_uri(f"//Crash{rng.randrange(1000)}").ss58_address
                        call = substrate.compose_call("Balances", "transfer", {"dest": dest, "value": 10**9})
                        xt = substrate.create_signed_extrinsic(call, alice)
                        receipt = substrate.submit_extrinsic(xt, wait_for_inclusion=True)
                        included.append((receipt.block_hash, receipt.extrinsic_hash))
                except Exception:
                    pass  # the node went away mid-call

            worker = threading.Thread(target=submit, daemon=True)
            worker.start()
            time.sleep(max(0.0, deadline - time.time()))
            best_seen = max(best_seen, substrate.get_block_header()["header"]["number"]) if node.process.poll() is None else best_seen
        finally:
            node.kill()
            done.set()
        worker.join(timeout=5)

    # Every transfer the node reported in a block is in the stored chain after the last restart.
    node = Node(base_path=base, block_time=200, log_path=log).start()
    try:
        substrate = SubstrateInterface(url=node.url)
        assert substrate.get_block_header()["header"]["number"] >= best_seen
        for block_hash, extrinsic_hash in included:
            block = substrate.get_block(block_hash=block_hash)
            assert block is not None, f"block {block_hash} was lost"
            hashes = ["0x" + x.extrinsic_hash.hex() for x in block["extrinsics"] if x.extrinsic_hash]
            assert extrinsic_hash in hashes, f"transfer {extrinsic_hash} vanished from {block_hash}"
    finally:
        node.stop()
    assert len(included) > KILLS, f"only {len(included)} transfers were included"

    check = subprocess.run([SUBTENSOR, "check-chain", "--dev", "--base-path", base], capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stderr
    assert "verified" in check.stdout
