"""LIVE cross-check of the Swift `subtensor key ...` commands against the Python oracles.

Drives the binary at $SUBTENSOR_BIN (default: <repo>/.build/debug/subtensor) with fresh random
mnemonics, derivation paths, passwords and messages, and compares with
Scripts/vectors/substrate_oracle.py (py-sr25519-bindings, py-ed25519-zebra-bindings, mnemonic)
and bittensor-wallet when installed.

    swift build --product subtensor
    .venv/bin/python -m pytest Tests/Python/test_live_keys.py

The random seed is printed in every failure message; set LIVE_KEYS_SEED to replay a run.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "Scripts" / "vectors"))

_bin = Path(os.environ.get("SUBTENSOR_BIN", ".build/debug/subtensor"))
BIN = _bin if _bin.is_absolute() else REPO / _bin

if not (BIN.is_file() and os.access(BIN, os.X_OK)):
    pytest.skip(
        f"Swift binary not found at {BIN}. Build it with `swift build --product subtensor` in {REPO} "
        "(or point SUBTENSOR_BIN at an existing binary).",
        allow_module_level=True,
    )

for _module in ("sr25519", "ed25519_zebra", "mnemonic", "bip39"):
    pytest.importorskip(_module, reason="install Scripts/requirements-oracles.txt")

import substrate_oracle as so  # noqa: E402
from mnemonic import Mnemonic  # noqa: E402

SEED = int(os.environ.get("LIVE_KEYS_SEED", random.SystemRandom().getrandbits(32)))
CALL_TIMEOUT = 20  # seconds per invocation
SCHEMES = ["sr25519", "ed25519"]
ENGLISH = Mnemonic("english")
SIGNAL_LIKE_EXIT = {132, 133, 134, 136, 137, 139}  # SIGILL/SIGTRAP/SIGABRT/SIGFPE/SIGKILL/SIGSEGV via a shell


def rng_for(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def ctx(extra: str = "") -> str:
    return f"[LIVE_KEYS_SEED={SEED}] {extra}"


def run(*args: str, timeout: float = CALL_TIMEOUT) -> subprocess.CompletedProcess:
    try:
        result = subprocess.run([str(BIN), *args], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(ctx(f"timed out after {timeout}s: subtensor {' '.join(args)!r}"))
    assert result.returncode >= 0, ctx(f"killed by signal {-result.returncode}: {args!r}\n{result.stderr}")
    assert result.returncode not in SIGNAL_LIKE_EXIT, ctx(f"crash-like exit {result.returncode}: {args!r}")
    return result


def run_ok(*args: str) -> str:
    result = run(*args)
    assert result.returncode == 0, ctx(f"exit {result.returncode} for {args!r}\nstderr: {result.stderr}")
    return result.stdout


def run_json(*args: str) -> dict:
    out = run_ok(*args)
    try:
        return json.loads(out)
    except json.JSONDecodeError:
        pytest.fail(ctx(f"not JSON from {args!r}: {out!r}"))


def strip0x(text: str) -> str:
    text = text.strip()
    return text[2:] if text.lower().startswith("0x") else text


# ---------------------------------------------------------------------------------------------
# random inputs

PASSWORDS = ["password", "correct horse", "p\u00e4ssw\u00f6rd", "\u5bc6\u7801", "a/b//c", "\U0001f511",
             "e\u0301", "Tr0ub4dor&3"]
NAMES = ["Alice", "stash", "hot", "cold", "validator", "\u00fcn\u00efc\u00f8d\u00e9", "x" * 31, "y" * 32,
         "z" * 70, "007", "+7"]


def random_phrase(rng: random.Random, words: int | None = None) -> str:
    words = words or rng.choice([12, 15, 18, 21, 24])
    return ENGLISH.to_mnemonic(rng.randbytes(words * 4 // 3))


def random_junction_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        return str(rng.choice([0, 1, 42, rng.getrandbits(64), 2 ** 64 - 1, 2 ** 64, rng.getrandbits(80)]))
    if kind < 0.6:
        return rng.choice(NAMES)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 45)))


def random_path(rng: random.Random, scheme: str) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        hard = scheme == "ed25519" or rng.random() < 0.5
        parts.append(("//" if hard else "/") + random_junction_text(rng))
    return "".join(parts)


def random_password(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(PASSWORDS)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789 !$%") for _ in range(rng.randint(1, 20))).strip() or "pw"


def oracle_public(suri: str, scheme: str) -> bytes:
    public = so.public_from_suri(suri, scheme)
    try:
        second = so.bittensor_public(suri, scheme)
    except Exception:  # bittensor-wallet rejects something sp_core accepts: report, keep ours
        second = None
    if second is not None:
        assert second == public, ctx(f"oracles disagree on {suri!r} ({scheme}); fix the oracle first")
    return public


# ---------------------------------------------------------------------------------------------
# (i) inspect


@pytest.mark.parametrize("scheme", SCHEMES)
def test_inspect_matches_oracle(scheme: str) -> None:
    rng = rng_for(f"inspect:{scheme}")
    for index in range(40):
        phrase = random_phrase(rng)
        password = random_password(rng) if index % 2 else ""
        path = random_path(rng, scheme) if (index // 2) % 2 else ""
        suri = so.make_suri(phrase, path, password)
        expected = oracle_public(suri, scheme)
        info = run_json("key", "inspect", suri, "--scheme", scheme, "--output-type", "json")
        where = ctx(f"inspect {suri!r} ({scheme})")
        assert strip0x(info.get("publicKey", "")).lower() == expected.hex(), where
        assert strip0x(info.get("accountId", "")).lower() == expected.hex(), where
        assert info.get("ss58Address") == so.ss58_encode(expected, 42), where
        assert info.get("ss58PublicKey", info.get("ss58Address")) == so.ss58_encode(expected, 42), where

        seed = info.get("secretSeed")
        if seed and seed != "n/a":  # subkey prints "n/a" when there is no seed (soft junctions)
            seed_bytes = bytes.fromhex(strip0x(seed))
            junctions = so.parse_suri(suri).junctions
            if not junctions:
                assert seed_bytes == so.mini_secret_from_phrase(phrase, password), where + " secretSeed"
            elif scheme == "ed25519":
                assert seed_bytes == so.ed25519_seed_from_suri(suri), where + " secretSeed"
            elif all(j.hard for j in junctions):
                assert so.public_from_suri("0x" + seed_bytes.hex(), "sr25519") == expected, where + " secretSeed"


def test_inspect_network_prefix() -> None:
    rng = rng_for("network")
    for prefix in (0, 2, 42, 255, 1000, 16383):
        scheme = rng.choice(SCHEMES)
        suri = random_phrase(rng) + "//" + random_junction_text(rng)
        expected = oracle_public(suri, scheme)
        info = run_json("key", "inspect", suri, "--scheme", scheme, "--network", str(prefix),
                        "--output-type", "json")
        assert info.get("ss58Address") == so.ss58_encode(expected, prefix), ctx(f"{suri!r} prefix {prefix}")


def test_inspect_public_address() -> None:
    """`key inspect --public` with an SS58 address or a 0x public key reports that key."""
    rng = rng_for("public")
    public = oracle_public(random_phrase(rng), "sr25519")
    for argument in (so.ss58_encode(public, 42), "0x" + public.hex()):
        info = run_json("key", "inspect", "--public", argument, "--output-type", "json")
        assert strip0x(info.get("publicKey", "")).lower() == public.hex(), ctx(argument)
        assert info.get("ss58Address") == so.ss58_encode(public, 42), ctx(argument)


# ---------------------------------------------------------------------------------------------
# (ii) generate


@pytest.mark.parametrize("scheme", SCHEMES)
def test_generate_rederives(scheme: str) -> None:
    seen = set()
    for words in (12, 15, 18, 21, 24, None):
        args = ["key", "generate", "--scheme", scheme, "--output-type", "json"]
        if words:
            args += ["--words", str(words)]
        info = run_json(*args)
        phrase = info.get("secretPhrase") or info.get("secretKeyUri") or ""
        where = ctx(f"generate {args!r} -> {phrase!r}")
        assert len(phrase.split(" ")) == (words or 12), where
        assert ENGLISH.check(phrase), where + " not a valid BIP39 phrase"
        assert phrase not in seen, where + " repeated phrase"
        seen.add(phrase)
        expected = oracle_public(phrase, scheme)
        assert strip0x(info.get("publicKey", "")).lower() == expected.hex(), where
        assert info.get("ss58Address") == so.ss58_encode(expected, 42), where
        if info.get("secretSeed") not in (None, "", "n/a"):
            assert strip0x(info["secretSeed"]).lower() == so.mini_secret_from_phrase(phrase).hex(), where


# ---------------------------------------------------------------------------------------------
# (iii) Swift signs, Python verifies


def signing_key(rng: random.Random, scheme: str) -> tuple:
    suri = random_phrase(rng) + ("//" + random_junction_text(rng) if rng.random() < 0.5 else "")
    return suri, oracle_public(suri, scheme)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_swift_signatures_verify_in_python(scheme: str) -> None:
    rng = rng_for(f"sign:{scheme}")
    for index in range(30):
        if index % 10 == 0:
            suri, public = signing_key(rng, scheme)
        message = rng.randbytes(rng.choice([0, 1, 32, 64, rng.randint(2, 300), 1000]) if index else 0)
        out = run_ok("key", "sign", "--suri", suri, "--message", message.hex(), "--hex", "--scheme", scheme)
        where = ctx(f"sign {suri!r} ({scheme}) message {message.hex()!r}: {out!r}")
        lines = [line for line in out.splitlines() if line.strip()]
        assert len(lines) == 1, where
        signature = bytes.fromhex(strip0x(lines[0]))
        assert len(signature) == 64, where
        if scheme == "sr25519":
            assert so.sr25519_verify(public, message, signature), where
        else:
            expected = so.ed25519_sign(so.ed25519_seed_from_suri(suri), message)
            assert signature == expected, where + f" expected {expected.hex()}"


# ---------------------------------------------------------------------------------------------
# (iv) Python signs, Swift verifies


def python_sign(suri: str, scheme: str, message: bytes) -> bytes:
    if scheme == "sr25519":
        import sr25519

        return bytes(sr25519.sign(so.sr25519_from_suri(suri), message))
    return so.ed25519_sign(so.ed25519_seed_from_suri(suri), message)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_python_signatures_verify_in_swift(scheme: str) -> None:
    rng = rng_for(f"verify:{scheme}")
    for index in range(30):
        if index % 10 == 0:
            suri, public = signing_key(rng, scheme)
        message = rng.randbytes(rng.choice([1, 32, 64, rng.randint(2, 300), 1000]))
        signature = python_sign(suri, scheme, message)
        who = so.ss58_encode(public, 42) if index % 2 else "0x" + public.hex()
        where = ctx(f"verify {scheme} key {who} message {message.hex()} signature {signature.hex()}")

        result = run("key", "verify", signature.hex(), who, "--message", message.hex(), "--hex", "--scheme", scheme)
        assert result.returncode == 0, where + f" exit {result.returncode}: {result.stderr}"
        if index % 3:
            continue
        tampered_message = bytearray(message)
        tampered_message[rng.randrange(len(message))] ^= 1 << rng.randrange(8)
        result = run("key", "verify", signature.hex(), who, "--message", bytes(tampered_message).hex(), "--hex",
                     "--scheme", scheme)
        assert result.returncode == 1, where + f" tampered message gave exit {result.returncode}"
        tampered_signature = bytearray(signature)
        tampered_signature[rng.randrange(63)] ^= 1 << rng.randrange(8)
        result = run("key", "verify", bytes(tampered_signature).hex(), who, "--message", message.hex(), "--hex",
                     "--scheme", scheme)
        assert result.returncode == 1, where + f" tampered signature gave exit {result.returncode}"


# ---------------------------------------------------------------------------------------------
# (v) bad inputs: non-zero exit, one line on stderr naming the problem, no crash


def bad_checksum_phrase(rng: random.Random) -> str:
    words = random_phrase(rng, 12).split(" ")
    while True:
        words[-1] = rng.choice(ENGLISH.wordlist)
        candidate = " ".join(words)
        if not ENGLISH.check(candidate):
            return candidate


def thirteen_words(rng: random.Random) -> str:
    return random_phrase(rng, 12) + " " + rng.choice(ENGLISH.wordlist)


def bad_ss58() -> str:
    address = so.ss58_encode(so.public_from_suri("//Alice", "sr25519"), 42)
    for replacement in so.B58_ALPHABET:
        candidate = address[:-1] + replacement
        if candidate != address:
            try:
                so.ss58_decode(candidate)
            except so.SS58Error as err:
                if err.reason == "checksum":
                    return candidate
    raise AssertionError("could not build a bad-checksum address")


def _bad_input_cases():
    rng = rng_for("bad")
    alice = so.ss58_encode(so.public_from_suri("//Alice", "sr25519"), 42)
    good_sig = "11" * 64
    cases = [
        ("mnemonic-checksum", ["key", "inspect", bad_checksum_phrase(rng)], ("checksum", "mnemonic", "phrase")),
        ("mnemonic-13-words", ["key", "inspect", thirteen_words(rng)], ("word", "mnemonic", "phrase")),
        ("ss58-checksum", ["key", "verify", good_sig, bad_ss58(), "--message", "00", "--hex"],
         ("checksum", "ss58", "address")),
        ("signature-not-hex", ["key", "verify", "zz" * 64, alice, "--message", "00", "--hex"], ("hex", "signature")),
        ("signature-odd-hex", ["key", "verify", "abc", alice, "--message", "00", "--hex"], ("hex", "signature")),
        ("signature-short", ["key", "verify", "ab" * 10, alice, "--message", "00", "--hex"],
         ("length", "signature", "bytes")),
        ("message-not-hex", ["key", "sign", "--suri", "//Alice", "--message", "xyz", "--hex"], ("hex", "message")),
        ("generate-13-words", ["key", "generate", "--words", "13"], ("word", "13")),
    ]
    return [pytest.param(args, keywords, id=name) for name, args, keywords in cases]


@pytest.mark.parametrize("args,keywords", _bad_input_cases())
def test_bad_inputs_fail_cleanly(args: list, keywords: tuple) -> None:
    result = run(*args)
    where = ctx(f"subtensor {' '.join(args)!r} -> exit {result.returncode}, stderr {result.stderr!r}")
    assert result.returncode != 0, where
    assert 0 < result.returncode < 128, where
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, where + " (expected exactly one line on stderr)"
    text = unicodedata.normalize("NFKC", lines[0]).lower()
    assert any(keyword in text for keyword in keywords), where + f" (expected one of {keywords})"
