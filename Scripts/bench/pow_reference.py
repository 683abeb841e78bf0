#!/usr/bin/env python3
"""The bittensor SDK's CPU proof-of-work inner loop, re-created faithfully, timed; prints JSON.

What one SDK solver process does per batch (bittensor v5.3.4 bittensor/utils/registration.py:
_Solver.run 169-206 calls _solve_for_nonce_block 317-335, which calls _create_seal_hash 36-42 and
_seal_meets_difficulty 45-48 per nonce; the same bodies are in v10.2.0
bittensor/utils/registration/pow.py). Libraries as the SDK uses them: hashlib SHA-256 and
pycryptodome's Keccak-256 (`keccak.new(digest_bits=256)`). See perf-anchors.md §2.4.

Method (as perf-anchors.md §2.4): one run = 2 batches of update_interval = 50,000 nonces from a
random start, difficulty 2**64 - 1 so no batch stops early; REPEATS runs; the median rate.
Also the "tight loop" variant (the same hashes without the hex round trip), for context.

Output: {"sdk_loop": seals/s, "sdk_loop_min": …, "sdk_loop_max": …, "tight_loop": seals/s}
Usage:  .venv/bin/python Scripts/bench/pow_reference.py   (the Swift `bench pow` runs it)
"""
import binascii
import hashlib
import json
import math
import os
import random
import statistics
import struct
import sys
import time

from Crypto.Hash import keccak

REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))
UPDATE_INTERVAL = 50_000


def _hex_bytes_to_u8_list(hex_bytes: bytes):
    hex_chunks = [int(hex_bytes[i : i + 2], 16) for i in range(0, len(hex_bytes), 2)]
    return hex_chunks


def _create_seal_hash(block_and_hotkey_hash_bytes: bytes, nonce: int) -> bytes:
    nonce_bytes = binascii.hexlify(nonce.to_bytes(8, "little"))
    pre_seal = nonce_bytes + binascii.hexlify(block_and_hotkey_hash_bytes)[:64]
    seal_sh256 = hashlib.sha256(bytearray(_hex_bytes_to_u8_list(pre_seal))).digest()
    kec = keccak.new(digest_bits=256)
    seal = kec.update(seal_sh256).digest()
    return seal


def _seal_meets_difficulty(seal: bytes, difficulty: int, limit: int):
    seal_number = int.from_bytes(seal, "big")
    product = seal_number * difficulty
    return product < limit


def _solve_for_nonce_block(nonce_start, nonce_end, block_and_hotkey_hash_bytes, difficulty, limit, block_number):
    for nonce in range(nonce_start, nonce_end):
        seal = _create_seal_hash(block_and_hotkey_hash_bytes, nonce)
        if _seal_meets_difficulty(seal, difficulty, limit):
            return (nonce, block_number, difficulty, seal)
    return None


def _hash_block_with_hotkey(block_bytes: bytes, hotkey_bytes: bytes) -> bytes:
    kec = keccak.new(digest_bits=256)
    kec = kec.update(bytearray(block_bytes + hotkey_bytes))
    return kec.digest()


def sdk_run(h1: bytes, rng: random.Random) -> float:
    """Two batches as _Solver.run does them; returns seals per second."""
    limit = int(math.pow(2, 256)) - 1
    nonce_limit = int(math.pow(2, 64)) - 1
    difficulty = 2**64 - 1
    start = time.perf_counter()
    for _ in range(2):
        nonce_start = rng.randint(0, nonce_limit - UPDATE_INTERVAL)
        solution = _solve_for_nonce_block(nonce_start, nonce_start + UPDATE_INTERVAL, h1, difficulty, limit, 1)
        assert solution is None
    return 2 * UPDATE_INTERVAL / (time.perf_counter() - start)


def tight_run(h1: bytes) -> float:
    n = UPDATE_INTERVAL
    sha256 = hashlib.sha256
    new = keccak.new
    start = time.perf_counter()
    for nonce in range(n):
        new(digest_bits=256, data=sha256(struct.pack("<Q", nonce) + h1).digest()).digest()
    return n / (time.perf_counter() - start)


def main():
    rng = random.Random(1)
    h1 = _hash_block_with_hotkey(bytes(range(32)), bytes(32))
    sdk_run(h1, rng)  # warm up
    rates = [sdk_run(h1, rng) for _ in range(REPEATS)]
    tight = [tight_run(h1) for _ in range(REPEATS)]
    json.dump({"sdk_loop": statistics.median(rates), "sdk_loop_min": min(rates), "sdk_loop_max": max(rates),
               "tight_loop": statistics.median(tight)}, sys.stdout)


if __name__ == "__main__":
    main()
