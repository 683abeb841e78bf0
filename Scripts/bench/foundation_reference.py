#!/usr/bin/env python3
"""Measures the Python reference libraries for the foundation benchmark and prints JSON.

Same method as the Swift side: calibrate a loop to about TARGET seconds, run it REPEATS times,
report the median ops/s. Run pinned to one core (the Swift benchmark runs it under its own
`taskset`). Operations: py-sr25519-bindings sign/verify, py-ed25519-zebra-bindings sign/verify,
hashlib BLAKE2b-256, substrate-interface's twox128 (`xxh128`), pycryptodome Keccak-256.
"""
import json
import os
import statistics
import sys
import time

import ed25519_zebra
import sr25519
from Crypto.Hash import keccak
from hashlib import blake2b
from substrateinterface.utils.hasher import xxh128

TARGET = float(os.environ.get("BENCH_TARGET_SECONDS", "0.3"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))


def measure(fn):
    n = 1
    while True:
        start = time.perf_counter()
        for _ in range(n):
            fn()
        elapsed = time.perf_counter() - start
        if elapsed >= TARGET / 4:
            break
        n *= 2
    n = max(1, int(n * TARGET / elapsed))
    rates = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        rates.append(n / (time.perf_counter() - start))
    return statistics.median(rates)


def main():
    results = {}
    seed = bytes(range(32))
    msg = bytes(32)
    pub, priv = sr25519.pair_from_seed(seed)
    sig = sr25519.sign((pub, priv), msg)
    results["sr25519_sign"] = measure(lambda: sr25519.sign((pub, priv), msg))
    results["sr25519_verify"] = measure(lambda: sr25519.verify(sig, msg, pub))
    ed_sk = seed
    ed_pk = ed25519_zebra.ed_public_from_secret(ed_sk)
    ed_sig = ed25519_zebra.ed_sign(ed_sk, msg)
    results["ed25519_sign"] = measure(lambda: ed25519_zebra.ed_sign(ed_sk, msg))
    results["ed25519_verify"] = measure(lambda: ed25519_zebra.ed_verify(ed_sig, msg, ed_pk))
    for size in (32, 64, 128):
        data = bytes(range(size))
        results[f"blake2b256_{size}"] = measure(lambda: blake2b(data, digest_size=32).digest())
        results[f"twox128_{size}"] = measure(lambda: xxh128(data))
        results[f"keccak256_{size}"] = measure(lambda: keccak.new(digest_bits=256, data=data).digest())
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
