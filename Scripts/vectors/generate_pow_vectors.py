#!/usr/bin/env python3
"""Generate the registration proof-of-work golden vectors: Tests/Vectors/pow.json.

The seal and the difficulty check are re-created from the bittensor SDK exactly as it computes
them, with the same libraries (hashlib SHA-256, pycryptodome's original Keccak-256) and the same
hex round trip:

  bittensor v5.3.4  bittensor/utils/registration.py
      31-33   _hex_bytes_to_u8_list
      36-42   _create_seal_hash
      45-48   _seal_meets_difficulty       (limit = int(math.pow(2, 256)) - 1, line 497)
      317-335 _solve_for_nonce_block
      349-354 _hash_block_with_hotkey
  bittensor v10.2.0 bittensor/utils/registration/pow.py
      104-106, 109-130, 133-137, 418-436, 450-455 (the same bodies; docstrings added)

Every seal is checked against a second, direct model of the chain's create_seal_hash
(subtensor d2218440f pallets/subtensor/src/registration.rs:463-535): the nonce as eight
little-endian bytes (U256::byte(0..7)), then keccak256(block_hash || hotkey), SHA-256 of those
40 bytes (computed with pycryptodome as well as hashlib), then Keccak-256. The difficulty verdicts
come from the SDK's rule and two chain rules (registration.rs:421-437):

  chain                U256::from(&[u8]) (big-endian in uint <= 0.9) .overflowing_mul: no overflow
  sdk                  int.from_bytes(seal, "big") * difficulty < 2**256 - 1
  little_endian_chain  subtensor >= v3.1.6 (commit aedad2e8e): U256::from_little_endian, no overflow

Deterministic (seeded random). Hex is lower case without 0x; nonces and difficulties are JSON
integers (u64).

Usage:  .venv/bin/python Scripts/vectors/generate_pow_vectors.py
"""

from __future__ import annotations

import binascii
import hashlib
import json
import math
import random
from importlib.metadata import version
from pathlib import Path

from Crypto.Hash import SHA256 as CryptoSHA256
from Crypto.Hash import keccak

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Tests" / "Vectors" / "pow.json"
GENERATOR = f"Scripts/vectors/generate_pow_vectors.py (pycryptodome {version('pycryptodome')}, hashlib)"

U64_MAX = 2**64 - 1
LIMIT = int(math.pow(2, 256)) - 1  # the SDK's limit, exactly as it writes it


# --- The SDK, re-created line for line -------------------------------------------------------

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


def _hash_block_with_hotkey(block_bytes: bytes, hotkey_bytes: bytes) -> bytes:
    kec = keccak.new(digest_bits=256)
    kec = kec.update(bytearray(block_bytes + hotkey_bytes))
    block_and_hotkey_hash_bytes = kec.digest()
    return block_and_hotkey_hash_bytes


def _solve_for_nonce_block(nonce_start, nonce_end, block_and_hotkey_hash_bytes, difficulty, limit):
    """The SDK's inner loop; returns the first nonce (not the POWSolution object)."""
    for nonce in range(nonce_start, nonce_end):
        seal = _create_seal_hash(block_and_hotkey_hash_bytes, nonce)
        if _seal_meets_difficulty(seal, difficulty, limit):
            return nonce
    return None


# --- The chain's rules, modelled directly ----------------------------------------------------

def chain_pre_image(block_hash: bytes, hotkey: bytes, nonce: int) -> bytes:
    h1 = keccak.new(digest_bits=256, data=block_hash + hotkey).digest()
    return nonce.to_bytes(8, "little") + h1


def chain_seal(block_hash: bytes, hotkey: bytes, nonce: int) -> bytes:
    pre = chain_pre_image(block_hash, hotkey, nonce)
    digest = CryptoSHA256.new(pre).digest()
    check(digest == hashlib.sha256(pre).digest(), "hashlib and pycryptodome SHA-256 disagree")
    return keccak.new(digest_bits=256, data=digest).digest()


def meets(seal: bytes, difficulty: int, rule: str) -> bool:
    if rule == "sdk":
        return _seal_meets_difficulty(seal, difficulty, LIMIT)
    number = int.from_bytes(seal, "big" if rule == "chain" else "little")
    return number * difficulty <= 2**256 - 1  # no overflow of U256


RULES = ("chain", "sdk", "little_endian_chain")


def verdicts(seal: bytes, difficulty: int) -> dict:
    return {rule: meets(seal, difficulty, rule) for rule in RULES}


def check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


def first_solution(h1: bytes, difficulty: int, start: int, rule: str, limit: int = 2_000_000) -> int:
    for nonce in range(start, start + limit):
        seal = _create_seal_hash(h1, nonce & U64_MAX)
        if meets(seal, difficulty, rule):
            return nonce & U64_MAX
    raise AssertionError("no solution within the scan limit")


# --- Vectors ---------------------------------------------------------------------------------

ALICE = bytes.fromhex("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
DIFFICULTIES = [0, 1, 2, 3, 255, 1_000_000, 10_000_000, 2**32 - 1, 2**32, 10**12, U64_MAX // 4, U64_MAX]


def seal_case(rng: random.Random, block_hash: bytes, hotkey: bytes, nonce: int, note: str) -> dict:
    h1 = _hash_block_with_hotkey(block_hash, hotkey)
    seal = _create_seal_hash(h1, nonce)
    check(seal == chain_seal(block_hash, hotkey, nonce), f"SDK and chain seals differ ({note})")
    pre = chain_pre_image(block_hash, hotkey, nonce)
    # The seal's own difficulty scale: the largest difficulty each rule accepts, and one above.
    number_be = int.from_bytes(seal, "big")
    difficulties = sorted(set(DIFFICULTIES + [(2**256 - 1) // max(number_be, 1), (2**256 - 1) // max(number_be, 1) + 1]))
    difficulties = [d for d in difficulties if d <= U64_MAX]
    return {
        "note": note,
        "block_hash": block_hash.hex(),
        "hotkey": hotkey.hex(),
        "block_and_hotkey_hash": h1.hex(),
        "nonce": nonce,
        "pre_image": pre.hex(),
        "sha256": hashlib.sha256(pre).digest().hex(),
        "seal": seal.hex(),
        "checks": [{"difficulty": d, **verdicts(seal, d)} for d in difficulties],
    }


def seals(rng: random.Random) -> list:
    cases = []
    counting = bytes(range(32))
    for nonce in (0, 1):
        cases.append(seal_case(rng, counting, ALICE, nonce, "subtensor-chain.md §5.2 worked example"))
    check(cases[0]["block_and_hotkey_hash"] == "a1206dd5835d76fb49730a4212d57b780369a7eb09b0695a0a20b1b1a9564cad", "§5.2 h1")
    check(cases[0]["seal"] == "1f81e5b8ba438ce806bbc6c52aeb671b4ae49b457cb12115c6bd50bd864a61c0", "§5.2 nonce 0")
    check(cases[1]["seal"] == "c4f681b8477b7c9e42777043fc1c8c50603f0dd5e644dee1357faced7c5290fc", "§5.2 nonce 1")
    for nonce in (255, 256, 2**32 - 1, 2**32, 2**63, U64_MAX - 1, U64_MAX):
        cases.append(seal_case(rng, counting, ALICE, nonce, "nonce byte order and width"))
    cases.append(seal_case(rng, bytes(32), ALICE, 7, "block_number == now: System.BlockHash reads as zeros"))
    cases.append(seal_case(rng, bytes([0xff] * 32), bytes([0xff] * 32), 12345, "all-ones block hash and hotkey"))
    for _ in range(40):
        block_hash = rng.randbytes(32)
        hotkey = rng.randbytes(32)
        nonce = rng.choice([rng.randrange(2**16), rng.randrange(2**32), rng.randrange(2**64)])
        cases.append(seal_case(rng, block_hash, hotkey, nonce, "random"))
    return cases


def boundaries() -> list:
    """Crafted 32-byte values at each rule's exact limit, big- and little-endian."""
    out = []
    # Divisors of 2^256 - 1, where `seal * d == 2^256 - 1` exactly: chain accepts, SDK rejects.
    exact = [1, 3, 5, 15, 17, 255, 257, 65535, 65537, 2**32 - 1, 2**32 + 1, 2**64 - 1]
    for d in exact:
        check((2**256 - 1) % d == 0, f"{d} divides 2^256-1")
    others = [2, 7, 10_000_000, 2**32, 10**12, U64_MAX // 4, 2**63]
    for d in exact + others:
        chain_max = (2**256 - 1) // d
        sdk_max = (2**256 - 2) // d
        for number, what in (
            (chain_max, "largest the chain accepts"),
            (chain_max + 1, "smallest the chain rejects"),
            (sdk_max, "largest the SDK accepts"),
            (sdk_max + 1, "smallest the SDK rejects"),
        ):
            if number > 2**256 - 1:
                continue
            for order in ("big", "little"):
                value = number.to_bytes(32, order)
                out.append({"note": f"d={d}: {what}, {order}-endian bytes", "seal": value.hex(), "difficulty": d,
                            **verdicts(value, d)})
    for value, note in ((bytes(32), "zero seal"), (bytes([0xff] * 32), "all-ones seal")):
        for d in (0, 1, 2, U64_MAX):
            out.append({"note": note, "seal": value.hex(), "difficulty": d, **verdicts(value, d)})
    # Sanity: the exact-divisor rows really separate the rules.
    check(any(row["chain"] and not row["sdk"] for row in out), "a row where only the chain accepts")
    return out


def solutions(rng: random.Random) -> list:
    """The first solving nonce from a start, as one SDK solver process would find it."""
    out = []
    for difficulty, start in ((1, 0), (2, 0), (100, 0), (1000, 5), (10_000, 0), (50_000, 2**32 - 7), (20_000, U64_MAX - 30_000), (50, U64_MAX - 3)):
        block_hash = rng.randbytes(32)
        hotkey = rng.randbytes(32)
        h1 = _hash_block_with_hotkey(block_hash, hotkey)
        case = {"block_hash": block_hash.hex(), "hotkey": hotkey.hex(), "difficulty": difficulty, "start_nonce": start}
        for rule in RULES:
            case[f"first_nonce_{rule}"] = first_solution(h1, difficulty, start, rule)
        sdk_nonce = case["first_nonce_sdk"]
        if start + 2_000_000 <= U64_MAX:
            found = _solve_for_nonce_block(start, start + 2_000_000, h1, difficulty, LIMIT)
            check(found == sdk_nonce, "the SDK loop finds the same first nonce")
        case["seal_sdk"] = _create_seal_hash(h1, sdk_nonce).hex()
        out.append(case)
    return out


def main() -> None:
    rng = random.Random(0x5EA1)
    payload = {
        "generator": GENERATOR,
        "seals": seals(rng),
        "boundaries": boundaries(),
        "solutions": solutions(rng),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, indent=1, ensure_ascii=True)
        handle.write("\n")
    print(f"wrote {OUT.relative_to(REPO)}: {len(payload['seals'])} seals, "
          f"{len(payload['boundaries'])} boundary rows, {len(payload['solutions'])} solutions")


if __name__ == "__main__":
    main()
