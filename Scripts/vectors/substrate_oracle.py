"""Small, explicit Python model of Substrate key handling, used as a test oracle.

It is written from the specification in shared/reference/sr25519.md (sp_core semantics) and
leans on the Rust bindings only for the curve work:

* BIP39 entropy/checksum: the ``mnemonic`` package; mini secret: hashlib PBKDF2 (checked against
  py-bip39-bindings by the callers).
* SURI parsing and junction chain codes: implemented here the way ``sp_core`` does it
  (a junction is a u64 if Rust's ``u64::from_str`` accepts it, otherwise a SCALE string).
* sr25519: py-sr25519-bindings (``pair_from_seed``, ``hard_derive_keypair``, ``derive_keypair``).
* ed25519: seed derivation implemented here, public key from py-ed25519-zebra-bindings.
* SS58 and Base58: implemented here.

Used by ``generate_foundation_vectors.py`` and by ``Tests/Python/test_live_keys.py``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

import ed25519_zebra
import sr25519
from mnemonic import Mnemonic

DEV_PHRASE = "bottom drive obey lake curtain smoke basket hold race lonely fit walk"
U64_MAX = (1 << 64) - 1
JUNCTION_ID_LEN = 32

_ENGLISH = Mnemonic("english")


# --------------------------------------------------------------------------------------------
# SCALE helpers (only what the key code needs)

def compact_encode(n: int) -> bytes:
    """SCALE Compact<u*> encoding of a non-negative integer."""
    if n < 0:
        raise ValueError("compact of a negative number")
    if n < 1 << 6:
        return bytes([n << 2])
    if n < 1 << 14:
        return ((n << 2) | 1).to_bytes(2, "little")
    if n < 1 << 30:
        return ((n << 2) | 2).to_bytes(4, "little")
    raw = n.to_bytes((n.bit_length() + 7) // 8, "little")
    return bytes([((len(raw) - 4) << 2) | 3]) + raw


def scale_str(text: str) -> bytes:
    data = text.encode("utf-8")
    return compact_encode(len(data)) + data


def blake2b(data: bytes, size: int) -> bytes:
    return hashlib.blake2b(data, digest_size=size).digest()


# --------------------------------------------------------------------------------------------
# Base58 (Bitcoin alphabet) and SS58

B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(B58_ALPHABET)}


def b58encode(data: bytes) -> str:
    zeros = len(data) - len(data.lstrip(b"\x00"))
    value = int.from_bytes(data, "big")
    digits = []
    while value:
        value, rem = divmod(value, 58)
        digits.append(B58_ALPHABET[rem])
    return "1" * zeros + "".join(reversed(digits))


class SS58Error(ValueError):
    """Raised by ``ss58_decode``; ``reason`` is one of base58 | length | prefix | checksum."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


def b58decode(text: str) -> bytes:
    value = 0
    for ch in text:
        if ch not in _B58_INDEX:
            raise SS58Error("base58", f"character {ch!r} is not in the Base58 alphabet")
        value = value * 58 + _B58_INDEX[ch]
    ones = len(text) - len(text.lstrip("1"))
    body = value.to_bytes((value.bit_length() + 7) // 8, "big") if value else b""
    return b"\x00" * ones + body


def ss58_prefix_bytes(prefix: int) -> bytes:
    if 0 <= prefix < 64:
        return bytes([prefix])
    if 64 <= prefix < 16384:
        return bytes([((prefix & 0b1111_1100) >> 2) | 0b0100_0000,
                      (prefix >> 8) | ((prefix & 0b11) << 6)])
    raise ValueError(f"SS58 prefix {prefix} out of range")


def ss58_checksum(payload: bytes) -> bytes:
    return blake2b(b"SS58PRE" + payload, 64)[:2]


def ss58_encode_raw(prefix_bytes: bytes, body: bytes) -> str:
    """Encode arbitrary prefix bytes + body with a correct 2-byte checksum (no validation)."""
    payload = prefix_bytes + body
    return b58encode(payload + ss58_checksum(payload))


def ss58_encode(public_key: bytes, prefix: int = 42) -> str:
    if len(public_key) != 32:
        raise ValueError("SS58 account ids are 32 bytes")
    if prefix in (46, 47):
        raise ValueError("SS58 prefixes 46 and 47 are reserved")
    return ss58_encode_raw(ss58_prefix_bytes(prefix), public_key)


def ss58_decode(address: str) -> Tuple[int, bytes]:
    """Strict AccountId32 decoder in sp_core's check order: base58, prefix byte, length,
    reserved prefix, checksum."""
    data = b58decode(address)
    if len(data) < 2:
        raise SS58Error("length", f"{len(data)} bytes")
    first = data[0]
    if first < 64:
        prefix_len, prefix = 1, first
    elif first < 128:
        lower = ((first << 2) | (data[1] >> 6)) & 0xFF
        upper = data[1] & 0b0011_1111
        prefix_len, prefix = 2, lower | (upper << 8)
    else:
        raise SS58Error("prefix", f"first byte 0x{first:02x} is not a valid SS58 prefix byte")
    if len(data) != prefix_len + 32 + 2:
        raise SS58Error("length", f"{len(data)} bytes, expected {prefix_len + 34}")
    if prefix in (46, 47):
        raise SS58Error("prefix", f"prefix {prefix} is reserved")
    if ss58_checksum(data[: prefix_len + 32]) != data[prefix_len + 32:]:
        raise SS58Error("checksum", "checksum mismatch")
    return prefix, data[prefix_len: prefix_len + 32]


# --------------------------------------------------------------------------------------------
# BIP39 the Substrate way

def mnemonic_entropy(phrase: str) -> bytes:
    """Entropy of an English BIP39 phrase; raises ValueError for bad words/length/checksum."""
    words = phrase.split(" ")
    if len(words) not in (12, 15, 18, 21, 24):
        raise ValueError(f"invalid mnemonic word count {len(words)}")
    if not _ENGLISH.check(phrase):
        raise ValueError("invalid mnemonic (unknown word or bad checksum)")
    return bytes(_ENGLISH.to_entropy(words))


def mini_secret_from_entropy(entropy: bytes, password: str = "") -> bytes:
    salt = ("mnemonic" + password).encode("utf-8")  # no NFKD, as substrate-bip39
    return hashlib.pbkdf2_hmac("sha512", entropy, salt, 2048, 64)[:32]


def mini_secret_from_phrase(phrase: str, password: str = "") -> bytes:
    return mini_secret_from_entropy(mnemonic_entropy(phrase), password)


# --------------------------------------------------------------------------------------------
# SURI and junctions (sp_core semantics)

# sp_core: ^(?P<phrase>[\d\w ]+)?(?P<path>(//?[^/]+)*)(///(?P<password>.*))?$
_SURI_RE = re.compile(r"^(?P<phrase>[\d\w ]+)?(?P<path>(//?[^/]+)*)(///(?P<password>.*))?$", re.S)
_JUNCTION_RE = re.compile(r"/(/?[^/]+)")
_RUST_U64_RE = re.compile(r"^\+?[0-9]+$")  # what Rust's u64::from_str accepts (ASCII only)


@dataclass(frozen=True)
class Junction:
    text: str
    hard: bool

    @property
    def chain_code(self) -> bytes:
        return junction_chain_code(self.text)


def rust_parse_u64(text: str) -> Optional[int]:
    if not _RUST_U64_RE.match(text):
        return None
    value = int(text.lstrip("+"))
    return value if value <= U64_MAX else None


def junction_chain_code(text: str) -> bytes:
    number = rust_parse_u64(text)
    data = number.to_bytes(8, "little") if number is not None else scale_str(text)
    if len(data) > JUNCTION_ID_LEN:
        return blake2b(data, 32)
    return data.ljust(JUNCTION_ID_LEN, b"\x00")


@dataclass(frozen=True)
class Suri:
    phrase: str
    junctions: List[Junction]
    password: Optional[str]


def parse_suri(suri: str) -> Suri:
    match = _SURI_RE.match(suri)
    if not match:
        raise ValueError(f"invalid secret URI {suri!r}")
    junctions = []
    for part in _JUNCTION_RE.findall(match.group("path") or ""):
        if part.startswith("/"):
            junctions.append(Junction(part[1:], True))
        else:
            junctions.append(Junction(part, False))
    return Suri(match.group("phrase") or DEV_PHRASE, junctions, match.group("password"))


def root_mini_secret(suri: Suri) -> bytes:
    """Seed before derivation: a 0x-hex seed as is (password ignored, as sp_core), else BIP39."""
    if suri.phrase.startswith("0x"):
        seed = bytes.fromhex(suri.phrase[2:])
        if len(seed) != 32:
            raise ValueError("hex seed must be 32 bytes")
        return seed
    return mini_secret_from_phrase(suri.phrase, suri.password or "")


# --------------------------------------------------------------------------------------------
# Key derivation

def sr25519_from_suri(suri_text: str) -> Tuple[bytes, bytes]:
    """(public key, 64-byte secret) after derivation."""
    suri = parse_suri(suri_text)
    public, secret = sr25519.pair_from_seed(root_mini_secret(suri))
    for junction in suri.junctions:
        derive = sr25519.hard_derive_keypair if junction.hard else sr25519.derive_keypair
        # the bindings take (chain code, public, secret) and the HDKD "sign-bytes" message,
        # which Substrate leaves empty
        _, public, secret = derive((junction.chain_code, public, secret), b"")
    return bytes(public), bytes(secret)


def ed25519_hard_derive(seed: bytes, chain_code: bytes) -> bytes:
    return blake2b(compact_encode(11) + b"Ed25519HDKD" + seed + chain_code, 32)


def ed25519_seed_from_suri(suri_text: str) -> bytes:
    suri = parse_suri(suri_text)
    seed = root_mini_secret(suri)
    for junction in suri.junctions:
        if not junction.hard:
            raise ValueError("ed25519 supports only hard junctions")
        seed = ed25519_hard_derive(seed, junction.chain_code)
    return seed


def ed25519_public(seed: bytes) -> bytes:
    _, public = ed25519_zebra.ed_from_seed(seed)
    return bytes(public)


def public_from_suri(suri_text: str, scheme: str) -> bytes:
    if scheme == "sr25519":
        return sr25519_from_suri(suri_text)[0]
    if scheme == "ed25519":
        return ed25519_public(ed25519_seed_from_suri(suri_text))
    raise ValueError(f"unknown scheme {scheme}")


def make_suri(phrase: str, path: str = "", password: str = "") -> str:
    return phrase + path + ("///" + password if password else "")


# --------------------------------------------------------------------------------------------
# Second oracle: bittensor-wallet (sp_core underneath). Optional import.

def bittensor_public(suri_text: str, scheme: str) -> Optional[bytes]:
    try:
        from bittensor_wallet import Keypair
    except ImportError:  # pragma: no cover - optional oracle
        return None
    crypto = 1 if scheme == "sr25519" else 0
    return bytes(Keypair.create_from_uri(suri_text, crypto_type=crypto).public_key)


# --------------------------------------------------------------------------------------------
# Signatures

def sr25519_verify(public: bytes, message: bytes, signature: bytes) -> bool:
    """py-sr25519-bindings verify; it raises for malformed input (e.g. unmarked) -> False."""
    try:
        return bool(sr25519.verify(bytes(signature), bytes(message), bytes(public)))
    except Exception:
        return False


def ed25519_verify(public: bytes, message: bytes, signature: bytes) -> bool:
    try:
        return bool(ed25519_zebra.ed_verify(bytes(signature), bytes(message), bytes(public)))
    except Exception:
        return False


def ed25519_sign(seed: bytes, message: bytes) -> bytes:
    private, _ = ed25519_zebra.ed_from_seed(seed)
    return bytes(ed25519_zebra.ed_sign(private, message))
