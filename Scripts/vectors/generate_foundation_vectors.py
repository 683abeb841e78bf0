#!/usr/bin/env python3
"""Generate the foundation golden vectors (keys, signatures, SS58, hashes, storage keys).

Writes into Tests/Vectors/:
  keys_mnemonic.json, keys_dev_uris.json, keys_ss58.json, keys_sr25519_signatures.json,
  keys_ed25519_signatures.json, hashing.json, storage_keys.json

Every vector is computed by the explicit model in substrate_oracle.py (on top of the Rust
bindings) and cross-checked, before anything is written, against independent libraries:
bittensor-wallet (sp_core underneath), substrate-interface, py-bip39-bindings, scalecodec,
PyNaCl (libsodium), pycryptodome. Any disagreement aborts the run.

Deterministic except for sr25519 signatures (schnorrkel signing is randomized).
All hex is lower case without a 0x prefix.

Usage:  .venv/bin/python Scripts/vectors/generate_foundation_vectors.py
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import struct
import sys
from collections import Counter
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = REPO / "Tests" / "Vectors"
sys.path.insert(0, str(HERE))

import bip39  # noqa: E402
import ed25519_zebra  # noqa: E402
import nacl.exceptions  # noqa: E402
import nacl.signing  # noqa: E402
import sr25519  # noqa: E402
import xxhash  # noqa: E402
from bittensor_wallet import Keypair as BtKeypair  # noqa: E402
from Crypto.Hash import HMAC as CryptoHMAC  # noqa: E402
from Crypto.Hash import SHA256 as CryptoSHA256  # noqa: E402
from Crypto.Hash import SHA512 as CryptoSHA512  # noqa: E402
from Crypto.Hash import keccak  # noqa: E402
from Crypto.Protocol.KDF import PBKDF2 as CryptoPBKDF2  # noqa: E402
from mnemonic import Mnemonic  # noqa: E402
from scalecodec.base import RuntimeConfiguration  # noqa: E402
from scalecodec.type_registry import load_type_registry_preset  # noqa: E402
from scalecodec.utils import ss58 as scale_ss58  # noqa: E402
from substrateinterface import Keypair as SiKeypair  # noqa: E402
from substrateinterface.key import DeriveJunction as SiDeriveJunction  # noqa: E402
from substrateinterface.utils import hasher as si_hasher  # noqa: E402

import substrate_oracle as so  # noqa: E402

LIBS = ["substrate-interface", "bittensor-wallet", "py-sr25519-bindings", "py-ed25519-zebra-bindings",
        "py-bip39-bindings", "scalecodec", "xxhash", "pycryptodome", "PyNaCl", "mnemonic"]
GENERATOR = "Scripts/vectors/generate_foundation_vectors.py (" + ", ".join(
    f"{name} {version(name)}" for name in LIBS) + ")"

STATS: Counter = Counter()


def hx(data: bytes) -> str:
    return bytes(data).hex()


def check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


def write(name: str, payload: dict) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    body = {"generator": GENERATOR}
    body.update(payload)
    with open(OUT / name, "w", encoding="utf-8") as handle:
        json.dump(body, handle, indent=1, ensure_ascii=True)
        handle.write("\n")


def ss58_all(public: bytes, prefix: int = 42) -> str:
    """SS58 from our model, checked against scalecodec."""
    ours = so.ss58_encode(public, prefix)
    check(ours == scale_ss58.ss58_encode(public, prefix), f"ss58 mismatch for {hx(public)} / {prefix}")
    return ours


def si_chain_codes_match(suri: so.Suri) -> bool:
    """substrate-interface's junction parsing differs from sp_core for some inputs."""
    for junction in suri.junctions:
        if SiDeriveJunction.from_derive_path(junction.text, junction.hard).chain_code != junction.chain_code:
            return False
    return True


# =============================================================================================
# a. keys_mnemonic.json

WORD_COUNTS = [12, 15, 18, 21, 24]
SR_PATHS = [
    "", "//hard/soft/0//42", "//0", "/1", "//18446744073709551615", "//18446744073709551616",
    "/18446744073709551615", "//" + "a" * 31, "//" + "a" * 32, "/" + "c" * 40, "//" + "b" * 64,
    "//Alice/stash", "//007", "//+7", "//polkadot//1/2/3", "/\u00fcn\u00efc\u00f8d\u00e9", "//0/0//0",
    "//\u0663", "//\u65e5\u672c\u8a9e\u306e\u30b8\u30e3\u30f3\u30af\u30b7\u30e7\u30f3\u540d", "/0",
]
ED_PATHS = [
    "", "//0", "//1", "//18446744073709551615", "//18446744073709551616", "//" + "a" * 31,
    "//" + "a" * 32, "//" + "b" * 64, "//hard//42", "//007", "//+7", "//Alice//stash",
    "//\u65e5\u672c\u8a9e\u306e\u30b8\u30e3\u30f3\u30af\u30b7\u30e7\u30f3\u540d",
]
PASSWORDS = ["password", "p\u00e4ssw\u00f6rd", "\u5bc6\u7801 with spaces", "\u00e9", "e\u0301",
             "a/b//c", "\U0001f511 key", "Tr0ub4dor&3"]


def mnemonic_vector(phrase: str, password: str, path: str, scheme: str) -> dict:
    check(bip39.bip39_validate(phrase), "bip39-bindings rejects generated phrase")
    suri_text = so.make_suri(phrase, path, password)
    suri = so.parse_suri(suri_text)
    check(suri.phrase == phrase and (suri.password or "") == password, f"SURI round trip {suri_text!r}")
    check("".join(("//" if j.hard else "/") + j.text for j in suri.junctions) == path, "path round trip")

    mini = so.mini_secret_from_phrase(phrase, password)
    check(mini == bytes(bip39.bip39_to_mini_secret(phrase, password)), "mini secret vs bip39-bindings")

    public = so.public_from_suri(suri_text, scheme)
    check(public == so.bittensor_public(suri_text, scheme), f"bittensor-wallet disagrees on {suri_text!r}")
    STATS["mnemonic: checked by bittensor-wallet"] += 1

    crypto = 1 if scheme == "sr25519" else 0
    if scheme == "sr25519":
        check(sr25519.pair_from_seed(mini)[0] == so.public_from_suri(so.make_suri(phrase, "", password), scheme),
              "root key")
    if not password and (scheme == "sr25519" or not path):
        if si_chain_codes_match(suri):
            si_pub = SiKeypair.create_from_uri(suri_text, crypto_type=crypto).public_key
            check(bytes(si_pub) == public, f"substrate-interface disagrees on {suri_text!r}")
            STATS["mnemonic: checked by substrate-interface create_from_uri"] += 1
        else:
            STATS["mnemonic: substrate-interface junction parsing differs (skipped)"] += 1
    if not path:
        si_pub = SiKeypair.create_from_seed(mini, crypto_type=crypto).public_key
        check(bytes(si_pub) == public, "substrate-interface create_from_seed")
        STATS["mnemonic: checked by substrate-interface create_from_seed"] += 1
    if scheme == "ed25519":
        check(bytes(nacl.signing.SigningKey(so.ed25519_seed_from_suri(suri_text)).verify_key) == public,
              "PyNaCl ed25519 public key")

    address = ss58_all(public)
    check(BtKeypair.create_from_uri(suri_text, crypto_type=crypto).ss58_address == address, "bt ss58")
    return {
        "mnemonic": phrase,
        "password": password,
        "path": path,
        "scheme": scheme,
        "suri": suri_text,
        "entropy": hx(so.mnemonic_entropy(phrase)),
        "mini_secret": hx(mini),
        "public_key": hx(public),
        "ss58_address": address,
    }


def gen_keys_mnemonic() -> int:
    rng = random.Random(0x5EED_0001)
    english = Mnemonic("english")
    vectors = []
    counter = 0
    for scheme, paths in (("sr25519", SR_PATHS), ("ed25519", ED_PATHS)):
        for index, path in enumerate(paths):
            for with_password in (False, True):
                words = WORD_COUNTS[counter % len(WORD_COUNTS)]
                counter += 1
                phrase = english.to_mnemonic(rng.randbytes(words * 4 // 3))
                check(len(phrase.split(" ")) == words, "word count")
                password = PASSWORDS[index % len(PASSWORDS)] if with_password else ""
                vectors.append(mnemonic_vector(phrase, password, path, scheme))
    # no derivation path: every word count, both schemes, password on alternate ones
    for scheme in ("sr25519", "ed25519"):
        for index, words in enumerate(WORD_COUNTS):
            phrase = english.to_mnemonic(rng.randbytes(words * 4 // 3))
            password = PASSWORDS[(index * 3) % len(PASSWORDS)] if index % 2 else ""
            vectors.append(mnemonic_vector(phrase, password, "", scheme))
    # the dev phrase itself, both schemes
    for scheme in ("sr25519", "ed25519"):
        vectors.append(mnemonic_vector(so.DEV_PHRASE, "", "//Alice", scheme))
    write("keys_mnemonic.json", {"vectors": vectors})
    return len(vectors)


# =============================================================================================
# b. keys_dev_uris.json

WELL_KNOWN = {
    ("//Alice", "sr25519"): "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
    ("//Alice", "ed25519"): "88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee",
}


def gen_keys_dev_uris() -> int:
    rng = random.Random(0x5EED_0002)
    seed_uri = "0x" + hx(rng.randbytes(32))
    cases = []
    for name in ("Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"):
        cases += [("//" + name, "sr25519"), ("//" + name, "ed25519")]
    cases += [("//Alice/stash", "sr25519"), ("//Alice//stash", "sr25519"), ("//Alice//stash", "ed25519"),
              ("//Bob//stash", "sr25519"), (so.DEV_PHRASE, "sr25519"), (so.DEV_PHRASE, "ed25519"),
              (so.DEV_PHRASE + "//Alice", "sr25519")]
    for scheme in ("sr25519", "ed25519"):
        cases += [(seed_uri, scheme), (seed_uri + "//Alice", scheme), (seed_uri + "//hard//0", scheme),
                  (seed_uri + "///ignored-password", scheme)]
    cases += [(seed_uri + "/soft", "sr25519"), (seed_uri + "//hard/soft/1", "sr25519")]

    vectors = []
    for uri, scheme in cases:
        public = so.public_from_suri(uri, scheme)
        check(public == so.bittensor_public(uri, scheme), f"bittensor-wallet disagrees on {uri}")
        crypto = 1 if scheme == "sr25519" else 0
        if not uri.startswith("0x") and (scheme == "sr25519" or "/" not in uri):
            check(bytes(SiKeypair.create_from_uri(uri, crypto_type=crypto).public_key) == public,
                  f"substrate-interface disagrees on {uri}")
        if uri.startswith("0x") and "/" not in uri:
            check(bytes(SiKeypair.create_from_seed(uri, crypto_type=crypto).public_key) == public, "seed")
        if (uri, scheme) in WELL_KNOWN:
            check(hx(public) == WELL_KNOWN[(uri, scheme)], f"well-known key {uri}")
        vectors.append({"uri": uri, "scheme": scheme, "public_key": hx(public), "ss58_address": ss58_all(public)})
    # well-known results from the reference doc
    by_uri = {(v["uri"], v["scheme"]): v for v in vectors}
    check(by_uri[("//Alice", "sr25519")]["ss58_address"] == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "Alice")
    check(by_uri[("//Bob", "sr25519")]["public_key"].startswith("8eaf0415"), "Bob")
    check(by_uri[("//Bob", "sr25519")]["public_key"].endswith("f26a48"), "Bob")
    check(by_uri[("//Alice/stash", "sr25519")]["public_key"].startswith("42693199"), "Alice/stash")
    check(by_uri[("//Alice/stash", "sr25519")]["public_key"].endswith("9bf61"), "Alice/stash")
    check(by_uri[(seed_uri, "sr25519")]["public_key"] == by_uri[(seed_uri + "///ignored-password", "sr25519")]["public_key"],
          "password ignored for hex seeds")
    write("keys_dev_uris.json", {"vectors": vectors})
    return len(vectors)


# =============================================================================================
# c. keys_ss58.json

SS58_PREFIXES = [0, 1, 2, 5, 42, 45, 48, 63, 64, 65, 127, 128, 255, 256, 1000, 4095, 12345, 16383]


def other_libs_reject(address: str) -> dict:
    results = {}
    try:
        scale_ss58.ss58_decode(address)
        results["scalecodec"] = "accepted"
    except Exception:
        results["scalecodec"] = "rejected"
    try:
        BtKeypair(ss58_address=address)
        results["bittensor-wallet"] = "accepted"
    except Exception:
        results["bittensor-wallet"] = "rejected"
    return results


def gen_keys_ss58() -> tuple:
    rng = random.Random(0x5EED_0003)
    alice = so.public_from_suri("//Alice", "sr25519")
    keys = [alice, bytes(32), b"\xff" * 32]
    valid = []
    for index, prefix in enumerate(SS58_PREFIXES):
        for key in keys[: 1 + (index % 3)] + [rng.randbytes(32)]:
            address = ss58_all(key, prefix)
            check(so.ss58_decode(address) == (prefix, key), "own decode")
            check(scale_ss58.ss58_decode(address, valid_ss58_format=prefix) == hx(key), "scalecodec decode")
            check(bytes(BtKeypair(ss58_address=address).public_key) == key, "bittensor-wallet decode")
            valid.append({"public_key": hx(key), "prefix": prefix, "address": address})

    invalid = []

    def add(address: str, reason: str, note: str) -> None:
        try:
            so.ss58_decode(address)
            raise AssertionError(f"own decoder accepted invalid {address!r}")
        except so.SS58Error as err:
            check(err.reason == reason, f"{address!r}: expected {reason}, got {err.reason}")
        others = other_libs_reject(address)
        for lib, verdict in others.items():
            if verdict == "accepted":
                STATS[f"ss58: {lib} accepts invalid ({note})"] += 1
        invalid.append({"address": address, "reason": reason, "note": note})

    # checksum: one character changed, same decoded length and prefix byte(s)
    made = 0
    for entry in valid:
        if made >= 10:
            break
        address = entry["address"]
        position = rng.randrange(2, len(address))
        for replacement in rng.sample(so.B58_ALPHABET, len(so.B58_ALPHABET)):
            if replacement == address[position]:
                continue
            candidate = address[:position] + replacement + address[position + 1:]
            data = so.b58decode(candidate)
            original = so.b58decode(address)
            if len(data) == len(original) and data[:2] == original[:2]:
                add(candidate, "checksum", f"prefix {entry['prefix']}: character {position} changed")
                made += 1
                break
    # checksum: valid payload, checksum bytes swapped
    payload = so.ss58_prefix_bytes(42) + alice
    checksum = so.ss58_checksum(payload)
    add(so.b58encode(payload + checksum[::-1]), "checksum", "checksum bytes swapped")

    # length
    alice_42 = so.ss58_encode(alice, 42)
    add(so.ss58_encode_raw(bytes([42]), alice[:31]), "length", "31-byte key, valid checksum")
    add(so.ss58_encode_raw(bytes([42]), alice + b"\x00"), "length", "33-byte key, valid checksum")
    add(so.ss58_encode_raw(so.ss58_prefix_bytes(1000), alice[:31]), "length", "two-byte prefix, 31-byte key")
    add(so.ss58_encode_raw(bytes([42]), b""), "length", "no key at all")
    add(so.ss58_encode_raw(bytes([42]), alice + alice), "length", "64-byte key, valid checksum")
    add(so.b58encode(payload + checksum[:1]), "length", "one-byte checksum")
    add(so.b58encode(payload + checksum + b"\x00"), "length", "extra byte after the checksum")
    # (dropping or appending characters changes the leading bytes too, so those are not used:
    #  whether they read as "length" or "prefix" depends on the decoder's check order)
    add("", "length", "empty string")
    add("1", "length", "single character")

    # base58 alphabet
    for bad in ("0", "O", "I", "l"):
        add(alice_42[:10] + bad + alice_42[11:], "base58", f"contains {bad!r}")
    add(alice_42[:10] + "+" + alice_42[11:], "base58", "contains '+'")
    add(" " + alice_42, "base58", "leading space")
    add(alice_42 + "\u00e9", "base58", "non-ASCII character")

    # prefix
    add(so.ss58_encode_raw(bytes([46]), alice), "prefix", "reserved prefix 46, valid checksum")
    add(so.ss58_encode_raw(bytes([47]), alice), "prefix", "reserved prefix 47, valid checksum")
    add(so.ss58_encode_raw(bytes([0x80, 0x00]), alice), "prefix", "first byte 0x80 (>= 128)")
    add(so.ss58_encode_raw(bytes([0xFF, 0x01]), alice), "prefix", "first byte 0xff (>= 128)")

    write("keys_ss58.json", {"valid": valid, "invalid": invalid})
    return len(valid), len(invalid)


# =============================================================================================
# d. keys_sr25519_signatures.json

L = 2 ** 252 + 27742317777372353535851937790883648493
MESSAGE_LENGTHS = [0, 1, 32, 64, 256, 1000]


def sr_other_verify(public: bytes, message: bytes, signature: bytes) -> bool:
    """bittensor-wallet and substrate-interface; both must agree (they also retry <Bytes>-wrapped)."""
    verdicts = set()
    for name, factory in (("bittensor-wallet", lambda: BtKeypair(public_key=hx(public), crypto_type=1)),
                          ("substrate-interface", lambda: SiKeypair(public_key=public, ss58_format=42,
                                                                    crypto_type=1))):
        try:
            verdicts.add(bool(factory().verify(message, signature)))
        except (ValueError, RuntimeError) as err:  # malformed input is reported by raising
            STATS[f"sr25519: {name} raises {type(err).__name__} on invalid input"] += 1
            verdicts.add(False)
    check(len(verdicts) == 1, "bittensor-wallet and substrate-interface disagree on a signature")
    return verdicts.pop()


def gen_sr25519_signatures() -> tuple:
    rng = random.Random(0x5EED_0004)
    keypairs = [so.sr25519_from_suri("//Alice")]
    for _ in range(5):
        public, secret = sr25519.pair_from_seed(rng.randbytes(32))
        keypairs.append((bytes(public), bytes(secret)))
    valid = []
    for public, secret in keypairs:
        for length in MESSAGE_LENGTHS:
            message = rng.randbytes(length)
            signature = bytes(sr25519.sign((public, secret), message))
            check(so.sr25519_verify(public, message, signature), "own signature verifies")
            check(sr_other_verify(public, message, signature), "second oracle verifies")
            valid.append({"public_key": hx(public), "message": hx(message), "signature": hx(signature)})
    # a text message by //Alice, as `key sign --message hello` would sign it
    public, secret = keypairs[0]
    signature = bytes(sr25519.sign((public, secret), b"hello"))
    valid.append({"public_key": hx(public), "message": hx(b"hello"), "signature": hx(signature)})

    invalid = []

    def add(base: dict, case: str, public=None, message=None, signature=None) -> None:
        public = bytes.fromhex(base["public_key"]) if public is None else public
        message = bytes.fromhex(base["message"]) if message is None else message
        signature = bytes.fromhex(base["signature"]) if signature is None else signature
        check(not so.sr25519_verify(public, message, signature), f"{case} unexpectedly verifies")
        check(not sr_other_verify(public, message, signature), f"{case} verifies in second oracle")
        invalid.append({"public_key": hx(public), "message": hx(message), "signature": hx(signature), "case": case})

    for turn in range(2):
        for base in rng.sample(valid, 4):
            sig = bytearray.fromhex(base["signature"])
            message = bytes.fromhex(base["message"])
            flipped_r = bytearray(sig)
            flipped_r[rng.randrange(32)] ^= 1 << rng.randrange(8)
            add(base, "flipped_r_bit", signature=bytes(flipped_r))
            flipped_s = bytearray(sig)
            flipped_s[rng.randrange(32, 63)] ^= 1 << rng.randrange(8)
            add(base, "flipped_s_bit", signature=bytes(flipped_s))
            changed = bytearray(message) if message else bytearray(b"\x00")
            if message:
                changed[rng.randrange(len(changed))] ^= 0x01
            add(base, "changed_message", message=bytes(changed))
            unmarked = bytearray(sig)
            unmarked[63] &= 0x7F
            add(base, "cleared_marker_bit", signature=bytes(unmarked))
            s_value = int.from_bytes(bytes(sig[32:63]) + bytes([sig[63] & 0x7F]), "little")
            s_plus_l = bytearray((s_value + L).to_bytes(32, "little"))
            s_plus_l[63 - 32] |= 0x80
            add(base, "s_plus_l_non_canonical", signature=bytes(sig[:32]) + bytes(s_plus_l))
            other = next(p for p, _ in keypairs if hx(p) != base["public_key"])
            add(base, "wrong_public_key", public=other)
            if turn == 0:
                add(base, "r_not_a_point", signature=b"\xff" * 32 + bytes(sig[32:]))
                add(base, "public_key_not_a_point", public=b"\xff" * 32)
                add(base, "zero_signature_marked", signature=bytes(63) + b"\x80")
    write("keys_sr25519_signatures.json", {"valid": valid, "invalid": invalid})
    return len(valid), len(invalid)


# =============================================================================================
# e. keys_ed25519_signatures.json

def ed_all_verify(public: bytes, message: bytes, signature: bytes) -> bool:
    zebra = so.ed25519_verify(public, message, signature)
    try:
        nacl.signing.VerifyKey(public).verify(message, signature)
        sodium = True
    except (nacl.exceptions.BadSignatureError, ValueError, nacl.exceptions.CryptoError):
        sodium = False
    check(zebra == sodium, "ed25519-zebra and libsodium disagree")
    return zebra


def gen_ed25519_signatures() -> tuple:
    rng = random.Random(0x5EED_0005)
    seeds = [so.ed25519_seed_from_suri("//Alice")] + [rng.randbytes(32) for _ in range(5)]
    vectors = []
    for seed in seeds:
        public = so.ed25519_public(seed)
        check(bytes(nacl.signing.SigningKey(seed).verify_key) == public, "nacl public")
        for length in MESSAGE_LENGTHS:
            message = rng.randbytes(length)
            signature = so.ed25519_sign(seed, message)
            check(bytes(nacl.signing.SigningKey(seed).sign(message).signature) == signature, "nacl signature")
            si_sig = SiKeypair.create_from_seed(seed, crypto_type=0).sign(message)
            check(bytes(si_sig) == signature, "substrate-interface signature")
            bt_sig = BtKeypair.create_from_seed(hx(seed), crypto_type=0).sign(message)
            check(bytes(bt_sig) == signature, "bittensor-wallet signature")
            check(ed_all_verify(public, message, signature), "verifies")
            vectors.append({"seed": hx(seed), "public_key": hx(public), "message": hx(message),
                            "signature": hx(signature)})
    signature = so.ed25519_sign(seeds[0], b"hello")
    vectors.append({"seed": hx(seeds[0]), "public_key": hx(so.ed25519_public(seeds[0])),
                    "message": hx(b"hello"), "signature": hx(signature)})

    invalid = []

    def add(base: dict, case: str, public=None, message=None, signature=None) -> None:
        public = bytes.fromhex(base["public_key"]) if public is None else public
        message = bytes.fromhex(base["message"]) if message is None else message
        signature = bytes.fromhex(base["signature"]) if signature is None else signature
        check(not ed_all_verify(public, message, signature), f"{case} unexpectedly verifies")
        invalid.append({"seed": base["seed"], "public_key": hx(public), "message": hx(message),
                        "signature": hx(signature), "case": case})

    for base in rng.sample(vectors, 6):
        sig = bytes.fromhex(base["signature"])
        message = bytes.fromhex(base["message"])
        flipped_r = bytearray(sig)
        flipped_r[rng.randrange(32)] ^= 1 << rng.randrange(8)
        add(base, "flipped_r_bit", signature=bytes(flipped_r))
        flipped_s = bytearray(sig)
        flipped_s[rng.randrange(32, 63)] ^= 1 << rng.randrange(8)
        add(base, "flipped_s_bit", signature=bytes(flipped_s))
        changed = bytearray(message) if message else bytearray(b"\x00")
        if message:
            changed[rng.randrange(len(changed))] ^= 0x01
        add(base, "changed_message", message=bytes(changed))
        s_value = int.from_bytes(sig[32:], "little")
        add(base, "s_plus_l_non_canonical", signature=sig[:32] + (s_value + L).to_bytes(32, "little"))
        other = next(v["public_key"] for v in vectors if v["public_key"] != base["public_key"])
        add(base, "wrong_public_key", public=bytes.fromhex(other))
    write("keys_ed25519_signatures.json", {"vectors": vectors, "invalid": invalid})
    return len(vectors), len(invalid)


# =============================================================================================
# f. hashing.json

def twox(data: bytes, lanes: int) -> bytes:
    return b"".join(struct.pack("<Q", xxhash.xxh64_intdigest(data, seed=i)) for i in range(lanes))


def keccak256(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def gen_hashing() -> tuple:
    rng = random.Random(0x5EED_0006)
    check(hx(keccak256(b"")) == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", "keccak KAT")
    check(hx(twox(b"System", 2)) == "26aa394eea5630e07c48ae0c9558cef7", "twox128 System KAT")
    inputs = [rng.randbytes(n) for n in (0, 1, 3, 31, 32, 33, 64, 127, 128, 129, 200, 1000)]
    inputs += [b"System", b"Account", b"SubtensorModule", b"abc"]
    digests = []
    for data in inputs:
        row = {
            "input": hx(data),
            "blake2b_128": hx(hashlib.blake2b(data, digest_size=16).digest()),
            "blake2b_256": hx(hashlib.blake2b(data, digest_size=32).digest()),
            "blake2b_512": hx(hashlib.blake2b(data, digest_size=64).digest()),
            "twox64": hx(twox(data, 1)),
            "twox128": hx(twox(data, 2)),
            "twox256": hx(twox(data, 4)),
            "keccak256": hx(keccak256(data)),
            "sha256": hx(hashlib.sha256(data).digest()),
            "sha512": hx(hashlib.sha512(data).digest()),
        }
        check(row["blake2b_128"] == hx(si_hasher.blake2_128(data)), "blake2_128 vs substrate-interface")
        check(row["blake2b_256"] == hx(si_hasher.blake2_256(data)), "blake2_256 vs substrate-interface")
        check(row["twox64"] == hx(si_hasher.xxh64(data)), "twox64 vs substrate-interface")
        check(row["twox128"] == hx(si_hasher.xxh128(data)), "twox128 vs substrate-interface")
        check(row["sha256"] == CryptoSHA256.new(data).hexdigest(), "sha256 vs pycryptodome")
        check(row["sha512"] == CryptoSHA512.new(data).hexdigest(), "sha512 vs pycryptodome")
        check(row["keccak256"] != hx(hashlib.sha3_256(data).digest()), "keccak must not be SHA3")
        digests.append(row)

    macs = []
    for key_len, msg_len in ((0, 0), (0, 32), (1, 1), (32, 64), (64, 100), (127, 3), (128, 128), (129, 1000),
                             (200, 17)):
        key, message = rng.randbytes(key_len), rng.randbytes(msg_len)
        mac = hmac.new(key, message, hashlib.sha512).digest()
        check(mac == CryptoHMAC.new(key, message, digestmod=CryptoSHA512).digest(), "hmac vs pycryptodome")
        macs.append({"key": hx(key), "message": hx(message), "mac": hx(mac)})
    key, message = b"Bitcoin seed", rng.randbytes(64)
    macs.append({"key": hx(key), "message": hx(message), "mac": hx(hmac.new(key, message, hashlib.sha512).digest())})

    kdfs = []
    kdf_cases = [(rng.randbytes(16), b"mnemonic", 2048, 64), (rng.randbytes(32), b"mnemonicpassword", 2048, 64),
                 (b"password", b"salt", 1, 64), (b"password", b"salt", 2, 64), (b"password", b"salt", 4096, 32),
                 (b"", b"", 1, 1), (rng.randbytes(20), rng.randbytes(40), 3, 100), (rng.randbytes(200), b"s", 10, 129),
                 (rng.randbytes(28), "mnemonicp\u00e4ss".encode("utf-8"), 2048, 64)]
    for password, salt, iterations, dklen in kdf_cases:
        derived = hashlib.pbkdf2_hmac("sha512", password, salt, iterations, dklen)
        check(derived == CryptoPBKDF2(password, salt, dklen, iterations, hmac_hash_module=CryptoSHA512), "pbkdf2")
        kdfs.append({"password": hx(password), "salt": hx(salt), "iterations": iterations, "dklen": dklen,
                     "derived": hx(derived)})
    check(kdfs[0]["derived"][:64] == hx(so.mini_secret_from_entropy(kdf_cases[0][0])), "mini secret = pbkdf2")

    xx = []
    for data in inputs[:12]:
        for seed in (0, 1, 2, 3, 0xDEADBEEF, 2 ** 63, 2 ** 64 - 1, rng.getrandbits(64)):
            digest = xxhash.xxh64_intdigest(data, seed=seed)
            check(digest == int.from_bytes(xxhash.xxh64(data, seed=seed).digest(), "big"), "xxh64 digest order")
            xx.append({"input": hx(data), "seed": seed, "digest_u64": str(digest)})
    write("hashing.json", {"digests": digests, "hmac_sha512": macs, "pbkdf2_sha512": kdfs, "xxhash64": xx})
    return len(digests), len(macs), len(kdfs), len(xx)


# =============================================================================================
# g. storage_keys.json

HASHERS = {
    "Blake2_128Concat": si_hasher.blake2_128_concat,
    "Twox64Concat": si_hasher.two_x64_concat,
    "Identity": si_hasher.identity,
    "Blake2_128": si_hasher.blake2_128,
    "Blake2_256": si_hasher.blake2_256,
    "Twox128": si_hasher.xxh128,
    "Twox256": lambda data: twox(data, 4),
}

# independent re-implementation used to cross-check the substrate-interface helpers
_OWN_HASHERS = {
    "Blake2_128Concat": lambda d: hashlib.blake2b(d, digest_size=16).digest() + d,
    "Twox64Concat": lambda d: twox(d, 1) + d,
    "Identity": lambda d: d,
    "Blake2_128": lambda d: hashlib.blake2b(d, digest_size=16).digest(),
    "Blake2_256": lambda d: hashlib.blake2b(d, digest_size=32).digest(),
    "Twox128": lambda d: twox(d, 2),
    "Twox256": lambda d: twox(d, 4),
}

_RC = RuntimeConfiguration()
_RC.update_type_registry(load_type_registry_preset("legacy"))


def scale(type_name: str, value) -> bytes:
    encoded = bytes(_RC.create_scale_object(type_name).encode(value).data)
    # independent encoding for the cross-check
    if type_name in ("u8", "u16", "u32", "u64", "u128"):
        own = value.to_bytes(int(type_name[1:]) // 8, "little")
    elif type_name == "AccountId":
        own = bytes.fromhex(value[2:])
    elif type_name == "Bytes":
        raw = bytes.fromhex(value[2:])
        own = so.compact_encode(len(raw)) + raw
    elif type_name == "bool":
        own = b"\x01" if value else b"\x00"
    else:
        raise ValueError(type_name)
    check(encoded == own, f"SCALE {type_name}")
    return encoded


def storage_vector(pallet: str, item: str, keys: list) -> dict:
    key = bytes(si_hasher.xxh128(pallet.encode())) + bytes(si_hasher.xxh128(item.encode()))
    own = twox(pallet.encode(), 2) + twox(item.encode(), 2)
    check(key == own, "pallet/item prefix")
    for hasher, encoded in keys:
        part = bytes(HASHERS[hasher](encoded))
        check(part == _OWN_HASHERS[hasher](encoded), f"{hasher} cross-check")
        key += part
    return {"pallet": pallet, "item": item,
            "keys": [{"hasher": h, "encoded": hx(e)} for h, e in keys], "storage_key": hx(key)}


def gen_storage_keys() -> int:
    rng = random.Random(0x5EED_0007)
    alice = so.public_from_suri("//Alice", "sr25519")
    bob = so.public_from_suri("//Bob", "sr25519")
    acct = lambda k: scale("AccountId", "0x" + hx(k))  # noqa: E731
    vectors = [
        storage_vector("System", "Account", [("Blake2_128Concat", acct(alice))]),
        storage_vector("System", "Number", []),
        storage_vector("System", "Events", []),
        storage_vector("System", "BlockHash", [("Twox64Concat", scale("u32", 0))]),
        storage_vector("SubtensorModule", "TotalStake", []),
        storage_vector("SubtensorModule", "Stake", [("Blake2_128Concat", acct(alice)), ("Identity", acct(bob))]),
        storage_vector("SubtensorModule", "Uids", [("Identity", scale("u16", 1)), ("Blake2_128Concat", acct(alice))]),
        storage_vector("SubtensorModule", "Alpha", [("Blake2_128Concat", acct(alice)), ("Blake2_128Concat", acct(bob)),
                                                    ("Identity", scale("u16", 3))]),
        storage_vector("SubtensorModule", "TotalHotkeyAlpha", [("Blake2_128Concat", acct(alice)),
                                                               ("Identity", scale("u16", 0))]),
    ]
    # worked examples from shared/reference/substrate-interop.md section D
    doc = {v["pallet"] + "." + v["item"]: v["storage_key"] for v in vectors}
    check(doc["System.Account"] == "26aa394eea5630e07c48ae0c9558cef7" "b99d880ec681799c0cf30e8886371da9"
          "de1e86a9a8c739864cf3cc5ec2bea59f" + hx(alice), "doc System.Account")
    check(doc["System.Events"] == "26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7", "doc Events")
    check(doc["System.Number"].endswith("cef702a5c1b19ab7a04f536c519aca4983ac"), "doc Number")
    check(doc["System.BlockHash"].endswith("cef7a44704b568d21667356a5a050c118746b4def25cfda6ef3a00000000"), "doc BlockHash")
    check(doc["SubtensorModule.TotalStake"] == "658faa385070e074c85bf6b568cf05554f85a3603259384a5fa5494b7d7fdb8c",
          "doc TotalStake")
    check(doc["SubtensorModule.Stake"] == "658faa385070e074c85bf6b568cf0555" "22fbe0bd0cb77b6b6f365f641b0de381"
          "de1e86a9a8c739864cf3cc5ec2bea59f" + hx(alice) + hx(bob), "doc Stake")
    check(hx(bob).startswith("8eaf0415") and hx(bob).endswith("f26a48"), "Bob")

    pallets = ["System", "Balances", "SubtensorModule", "Timestamp", "Commitments", "Aura", "Grandpa",
               "TransactionPayment", "Sudo", "Multisig"]
    items = ["Account", "Keys", "Weights", "Bonds", "Axons", "Delegates", "NetworksAdded", "Locks",
             "Owner", "Registry", "LastUpdate", "Prometheus", "X"]
    key_types = [("u16", lambda: rng.getrandbits(16)), ("u32", lambda: rng.getrandbits(32)),
                 ("u64", lambda: rng.getrandbits(64)), ("AccountId", lambda: "0x" + hx(rng.randbytes(32))),
                 ("Bytes", lambda: "0x" + hx(rng.randbytes(rng.choice([0, 1, 5, 63, 64, 70])))),
                 ("bool", lambda: rng.random() < 0.5), ("u8", lambda: rng.getrandbits(8)),
                 ("u128", lambda: rng.getrandbits(128))]
    for _ in range(14):
        keys = []
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            type_name, make = rng.choice(key_types)
            keys.append((rng.choice(list(HASHERS)), scale(type_name, make())))
        vectors.append(storage_vector(rng.choice(pallets), rng.choice(items), keys))
    hashers_used = {k["hasher"] for v in vectors for k in v["keys"]}
    check(hashers_used == set(HASHERS), f"every hasher represented: {sorted(hashers_used)}")
    write("storage_keys.json", {"vectors": vectors})
    return len(vectors)


def main() -> None:
    counts = {
        "keys_mnemonic.json": gen_keys_mnemonic(),
        "keys_dev_uris.json": gen_keys_dev_uris(),
        "keys_ss58.json (valid, invalid)": gen_keys_ss58(),
        "keys_sr25519_signatures.json (valid, invalid)": gen_sr25519_signatures(),
        "keys_ed25519_signatures.json (vectors, invalid)": gen_ed25519_signatures(),
        "hashing.json (digests, hmac, pbkdf2, xxhash64)": gen_hashing(),
        "storage_keys.json": gen_storage_keys(),
    }
    print(GENERATOR)
    for name, count in counts.items():
        print(f"  {name}: {count}")
    for what, count in sorted(STATS.items()):
        print(f"  [{count}] {what}")


if __name__ == "__main__":
    main()
