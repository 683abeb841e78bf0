"""Generate the wallet keyfile fixtures in Tests/Vectors/wallets/ with the real libraries.

Every on-disk format a bittensor user may have, each file written by the library that writes it:
  * NaCl ($NACL, Argon2i + secretbox): PyNaCl with bittensor's constants, checked by
    bittensor-wallet 4.1.1 `decrypt_keyfile_data`; plus the known-answer file of the reference.
  * Ansible Vault (bittensor 5): `ansible_vault.Vault(password).vault.encrypt`, checked by
    bittensor-wallet 4.1.1.
  * legacy Fernet (bittensor <= 2): `cryptography.fernet.Fernet` with the PBKDF2-SHA256 key
    bittensor derived (10 000 000 rounds of its fixed salt).
  * unencrypted JSON: Python-style (json.dumps, ordered keys, v5 without privateKey) and
    bittensor-wallet 4.1.1's compact form with cryptoType (sr25519, ed25519, privateKey only).
  * coldkeypub forms: raw 0x hex, publicKey-only JSON, bittensor 7-style with nulls.
  * a polkadot-js encrypted JSON export (substrate-interface `export_to_encrypted_json`).
  * password_policy.json: verdicts of password_strength's policy as bittensor configures it.

    .venv/bin/python Scripts/vectors/generate_wallet_fixtures.py

Deterministic except the Ansible Vault file (random salt) and the polkadot-js export (random
salt and nonce); NaCl nonces and the Fernet IV/time are fixed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import ansible_vault
import bittensor_wallet
import nacl.pwhash
import nacl.secret
from bittensor_wallet import Keypair
from bittensor_wallet import keyfile as bwk
from cryptography.fernet import Fernet
from password_strength import PasswordPolicy
from substrateinterface import Keypair as SIKeypair

OUT = Path(__file__).resolve().parents[2] / "Tests" / "Vectors" / "wallets"
MNEMONIC = "embrace when people burst rich salon derive flush carry ugly double stamp"
MNEMONIC_ED = "bottom drive obey lake curtain smoke basket hold race lonely fit walk"
PASSWORD = "Tao&Swift-2024"
NACL_SALT = b"\x13q\x83\xdf\xf1Z\t\xbc\x9c\x90\xb5Q\x879\xe9\xb1"
LEGACY_SALT = b"Iguesscyborgslikemyselfhaveatendencytobeparanoidaboutourorigins"


def python_json(kp: Keypair, mnemonic: str | None, seed_hex: str | None, v5: bool = True) -> bytes:
    """bittensor 5/6 `serialized_keypair_to_keyfile_data`: json.dumps, fixed key order."""
    pub = "0x" + kp.public_key.hex()
    d = {"accountId": pub, "publicKey": pub}
    if not v5:
        d["privateKey"] = None
    d.update({"secretPhrase": mnemonic, "secretSeed": seed_hex, "ss58Address": kp.ss58_address})
    return json.dumps(d).encode()


def nacl_encrypt(data: bytes, password: str, nonce: bytes) -> bytes:
    key = nacl.pwhash.argon2i.kdf(
        nacl.secret.SecretBox.KEY_SIZE, password.encode(), salt=NACL_SALT,
        opslimit=nacl.pwhash.argon2i.OPSLIMIT_SENSITIVE, memlimit=nacl.pwhash.argon2i.MEMLIMIT_SENSITIVE)
    return b"$NACL" + bytes(nacl.secret.SecretBox(key).encrypt(data, nonce))


def seed_of(mnemonic: str) -> str:
    # substrate-bip39 mini secret via substrate-interface (independent of bittensor-wallet).
    seed = SIKeypair.create_from_mnemonic(mnemonic).seed_hex
    if isinstance(seed, bytes):
        seed = seed.hex()
    return seed if seed.startswith("0x") else "0x" + seed


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    entries = []

    def add(name: str, data: bytes, fmt: str, kp, scheme: str, has_secret: bool, password=None, note=""):
        (OUT / name).write_bytes(data)
        entry = {"file": name, "format": fmt, "scheme": scheme, "password": password, "has_secret": has_secret,
                 "public_key": kp.public_key.hex(), "ss58_address": kp.ss58_address, "note": note}
        # The real reader must agree (bittensor-wallet cannot read Fernet, raw hex or publicKey-only).
        if fmt in ("nacl", "ansible_vault", "plain") and note != "publicKey only":
            plain = bwk.decrypt_keyfile_data(data, password=password) if password else data
            back = bwk.deserialize_keypair_from_keyfile_data(plain)
            assert back.ss58_address == kp.ss58_address, name
        entries.append(entry)

    sr = Keypair.create_from_mnemonic(MNEMONIC)
    sr_seed = seed_of(MNEMONIC)
    assert sr.ss58_address == "5ES3WoxqEoWuSghubujD3wvH1koDQ5Lk7BarXiGTeVNPEByF"
    ed = Keypair.create_from_mnemonic(MNEMONIC_ED, crypto_type=0)
    alice = Keypair.create_from_uri("//Alice")

    # NaCl: a bittensor 6-style coldkey under PASSWORD (fixed nonce), and the reference known answer.
    add("coldkey_nacl", nacl_encrypt(python_json(sr, MNEMONIC, sr_seed, v5=False), PASSWORD, bytes(range(24))),
        "nacl", sr, "sr25519", True, PASSWORD, "bittensor 6/7 NaCl coldkey")
    kat = bytes.fromhex(
        "244e41434c000102030405060708090a0b0c0d0e0f10111213141516172d88a1fed8f05f742adf206bc0144c473c92896fe17ecf9bca4eac36d8e53c5273074bce8592167fa716dff9d1918f14a321bc02cd261ee0613418b4226153e2de67ecff47a623609f7aeff71f6a9ac8f564aa")
    assert kat == nacl_encrypt(json.dumps({"ss58Address": sr.ss58_address}).encode(), "bittensor", bytes(range(24)))
    add("coldkeypub_nacl_known_answer", kat, "nacl", sr, "sr25519", False, "bittensor",
        "reference known answer: ss58Address only, password 'bittensor'")

    # Ansible Vault (bittensor 5).
    vault = ansible_vault.Vault(PASSWORD).vault.encrypt(python_json(sr, MNEMONIC, sr_seed))
    vault = vault if isinstance(vault, bytes) else vault.encode()
    add("coldkey_ansible_vault", vault, "ansible_vault", sr, "sr25519", True, PASSWORD, "bittensor 5 Ansible Vault coldkey")

    # Legacy Fernet (bittensor <= 2), key = urlsafe_b64(PBKDF2-SHA256(password, salt, 10_000_000)).
    raw = hashlib.pbkdf2_hmac("sha256", PASSWORD.encode(), LEGACY_SALT, 10_000_000, 32)
    token = Fernet(base64.urlsafe_b64encode(raw))._encrypt_from_parts(
        python_json(sr, MNEMONIC, sr_seed), 1_600_000_000, bytes(range(16)))
    assert Fernet(base64.urlsafe_b64encode(raw)).decrypt(token) == python_json(sr, MNEMONIC, sr_seed)
    add("coldkey_legacy_fernet", token, "legacy_fernet", sr, "sr25519", True, PASSWORD, "bittensor <= 2 Fernet coldkey")

    # Unencrypted JSON in each writer's shape.
    add("hotkey_python_v5", python_json(sr, MNEMONIC, sr_seed), "plain", sr, "sr25519", True, None, "bittensor 5 json.dumps")
    add("hotkey_bittensor_wallet", bytes(bwk.serialized_keypair_to_keyfile_data(Keypair.create_from_mnemonic(MNEMONIC))),
        "plain", sr, "sr25519", True, None, "bittensor-wallet 4.1.1 compact JSON")
    add("hotkey_ed25519", bytes(bwk.serialized_keypair_to_keyfile_data(ed)), "plain", ed, "ed25519", True, None,
        "bittensor-wallet 4.1.1 ed25519 (cryptoType 0)")
    add("hotkey_private_key_only", bytes(bwk.serialized_keypair_to_keyfile_data(alice)), "plain", alice, "sr25519", True, None,
        "//Alice from bittensor-wallet: privateKey only")
    pub = "0x" + sr.public_key.hex()
    add("coldkeypub_hex.txt", pub.encode(), "plain_hex", sr, "sr25519", False, None, "old raw hex coldkeypub")
    add("coldkeypub_public_key_only.txt", json.dumps({"publicKey": pub}).encode(), "plain", sr, "sr25519", False, None,
        "publicKey only")
    add("coldkeypub_v7.txt", python_json(Keypair(ss58_address=sr.ss58_address), None, None, v5=False), "plain", sr,
        "sr25519", False, None, "bittensor 7 coldkeypub with nulls")
    add("coldkeypub_bittensor_wallet.txt",
        bytes(bwk.serialized_keypair_to_keyfile_data(Keypair(ss58_address=sr.ss58_address))), "plain", sr, "sr25519",
        False, None, "bittensor-wallet 4.1.1 coldkeypub")

    # polkadot-js JSON export for regen_coldkey --json.
    si = SIKeypair.create_from_mnemonic(MNEMONIC)
    backup = si.export_to_encrypted_json(PASSWORD, name="fixture")
    assert SIKeypair.create_from_encrypted_json(backup, PASSWORD).ss58_address == sr.ss58_address
    add("polkadot_js_backup.json", json.dumps(backup).encode(), "polkadot_js", sr, "sr25519", True, PASSWORD,
        "substrate-interface export_to_encrypted_json")

    (OUT / "manifest.json").write_text(json.dumps({
        "generator": f"Scripts/vectors/generate_wallet_fixtures.py (bittensor-wallet {bittensor_wallet.__version__ if hasattr(bittensor_wallet, '__version__') else '4.1.1'}, PyNaCl, ansible-vault, cryptography, substrate-interface)",
        "mnemonic": MNEMONIC, "seed": sr_seed, "fixtures": entries}, indent=1) + "\n")

    # Password policy verdicts: password_strength as bittensor 5-7 configure it.
    policy = PasswordPolicy.from_names(strength=0.20, entropybits=10, length=6)
    samples = ["abcdef", "123456", "password", "Passw0rd", "qwerty12", "abcdefgh", "hello world", "correct horse",
               "S3cret!pass", "abc", "aaaaaaaaaaaa", "abcabcabcabc", "Tr0ub4dor&3", "zxcvbnm123", "passwordpassword",
               "9876543210", "tao tao tao", "x7#Lq", "x7#Lq2", "ababab12", "MyWallet2024", "qazwsxedc", "1q2w3e4r",
               "éàüöç€ß", "Ωmega-τao", "bittensor", "bittensor!", "hunter2", "letmein!", "P@ss w0rd!",
               "aaaaaab", "aabbccdd", "~!@#$%^", "0987654321", "AbCdEfGh", "the quick brown fox", PASSWORD]
    (OUT / "password_policy.json").write_text(json.dumps({
        "generator": "password_strength PasswordPolicy.from_names(strength=0.20, entropybits=10, length=6)",
        "cases": [{"password": p, "accepted": not policy.test(p) and len(p) > 0} for p in samples]}, indent=1,
        ensure_ascii=False) + "\n")
    print(f"wrote {len(entries)} fixtures to {OUT}")


if __name__ == "__main__":
    main()
