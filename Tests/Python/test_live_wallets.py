"""LIVE interop of the Swift `btcli` wallet commands with the real bittensor-wallet 4.1.1.

Both directions of the wallet issue's first criterion, plus regen, watch-only wallets, the old
formats, the error paths and the configuration precedence, driven through the built binary at
$BTCLI_BIN (default: <repo>/.build/debug/btcli), each test in its own temporary --wallet.path.

    swift build --product btcli
    .venv/bin/python -m pytest Tests/Python/test_live_wallets.py

NaCl keyfiles cost an Argon2i derivation (512 MiB, about a second) in every encrypt and decrypt,
on both sides, so the encrypted cases are few.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_bin = Path(os.environ.get("BTCLI_BIN", ".build/debug/btcli"))
BIN = _bin if _bin.is_absolute() else REPO / _bin
FIXTURES = REPO / "Tests" / "Vectors" / "wallets"

if not (BIN.is_file() and os.access(BIN, os.X_OK)):
    pytest.skip(f"btcli not found at {BIN}; build it with `swift build --product btcli` (or set BTCLI_BIN).",
                allow_module_level=True)

bittensor_wallet = pytest.importorskip("bittensor_wallet", reason="install Scripts/requirements-oracles.txt")
from bittensor_wallet import Keypair, Wallet  # noqa: E402

CALL_TIMEOUT = 60
KNOWN_MNEMONIC = "embrace when people burst rich salon derive flush carry ugly double stamp"
KNOWN_SS58 = "5ES3WoxqEoWuSghubujD3wvH1koDQ5Lk7BarXiGTeVNPEByF"
PASSWORD = "correct horse battery"


def btcli(*args: str, env: dict | None = None, path: Path | None = None, cwd: Path | None = None):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BT_")}
    full_env.update(env or {})
    argv = [str(BIN), *args]
    if path is not None:
        argv += ["--wallet.path", str(path)]
    return subprocess.run(argv, capture_output=True, text=True, timeout=CALL_TIMEOUT, env=full_env,
                          stdin=subprocess.DEVNULL, cwd=cwd)


def ok(result) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    return result.stdout


def fails_cleanly(result, *, secret: str | None = None) -> str:
    """A non-zero exit with exactly one `Error: …` line on stderr and no secret anywhere."""
    assert result.returncode != 0, result.stdout
    assert result.returncode < 128, f"crashed: {result.returncode}"
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    if secret:
        assert secret not in result.stdout + result.stderr
    return lines[0]


def listed(output: str) -> dict[str, str]:
    """`name (ss58)` entries of `btcli list`, by name."""
    out = {}
    for line in output.splitlines():
        text = line.lstrip("│├└─ ")
        if "(" in text and text.endswith(")"):
            name, _, rest = text.partition(" (")
            out[name] = rest[:-1]
    return out


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- Done-when 1: both directions -------------------------------------------------------------

def test_btcli_wallet_opens_in_bittensor_wallet(tmp_path):
    env = {"BT_COLD_PW_ALICE": PASSWORD}
    ok(btcli("new_coldkey", "--wallet.name", "alice", "--no_prompt", env=env, path=tmp_path))
    ok(btcli("wallet", "new_hotkey", "--wallet.name", "alice", "--wallet.hotkey", "miner", "--no_prompt",
             env=env, path=tmp_path))
    coldkey = tmp_path / "alice" / "coldkey"
    assert coldkey.read_bytes().startswith(b"$NACL")
    assert PASSWORD.encode() not in coldkey.read_bytes()
    for f in [coldkey, tmp_path / "alice" / "coldkeypub.txt", tmp_path / "alice" / "hotkeys" / "miner"]:
        assert f.stat().st_mode & 0o777 == 0o600, f

    shown = listed(ok(btcli("list", env=env, path=tmp_path)))
    wallet = Wallet(name="alice", hotkey="miner", path=str(tmp_path))
    cold = wallet.coldkey_file.get_keypair(password=PASSWORD)
    assert cold.ss58_address == shown["alice"] == wallet.coldkeypub.ss58_address
    assert wallet.hotkey.ss58_address == shown["miner"]
    # The unlocked Python key signs, and btcli's signature of the same key verifies.
    signature = ok(btcli("wallet", "sign", "--wallet.name", "alice", "--message", "interop", env=env, path=tmp_path)).strip()
    assert cold.verify(b"interop", bytes.fromhex(signature))


def test_bittensor_wallet_opens_in_btcli(tmp_path):
    wallet = Wallet(name="py", hotkey="validator", path=str(tmp_path))
    wallet.create_new_coldkey(n_words=12, use_password=True, overwrite=True, suppress=True, coldkey_password=PASSWORD)
    wallet.create_new_hotkey(n_words=12, use_password=False, overwrite=True, suppress=True)
    env = {"BT_COLD_PW_PY": PASSWORD}
    shown = listed(ok(btcli("list", path=tmp_path)))
    assert shown["py"] == wallet.coldkeypub.ss58_address
    assert shown["validator"] == wallet.hotkey.ss58_address
    assert "validatorpub.txt" not in shown  # the public part is not listed as a hotkey

    message = "signed by a bittensor-wallet key"
    sig = ok(btcli("wallet", "sign", "--wallet.name", "py", "--message", message, env=env, path=tmp_path)).strip()
    assert Keypair(ss58_address=wallet.coldkeypub.ss58_address).verify(message.encode(), bytes.fromhex(sig))
    sig = ok(btcli("wallet", "sign", "--wallet.name", "py", "--wallet.hotkey", "validator", "--use_hotkey",
                   "--message", message, path=tmp_path)).strip()
    assert Keypair(ss58_address=wallet.hotkey.ss58_address).verify(message.encode(), bytes.fromhex(sig))


# --- Done-when 2: regen and watch-only ---------------------------------------------------------

def test_regen_coldkey_known_mnemonic_and_hotkey(tmp_path):
    out = ok(btcli("regen_coldkey", "--wallet.name", "r", "--mnemonic", *KNOWN_MNEMONIC.split(), "--no_password",
                   "--no_prompt", path=tmp_path))
    assert KNOWN_SS58 in out
    wallet = Wallet(name="r", hotkey="default", path=str(tmp_path))
    assert wallet.coldkey.ss58_address == KNOWN_SS58 == wallet.coldkeypub.ss58_address
    mnemonic = Keypair.generate_mnemonic(24)
    ok(btcli("regen_hotkey", "--wallet.name", "r", "--mnemonic", mnemonic, "--no_prompt", path=tmp_path))
    assert wallet.hotkey.ss58_address == Keypair.create_from_mnemonic(mnemonic).ss58_address
    seed = "0x" + "42" * 32
    ok(btcli("regen_hotkey", "--wallet.name", "r", "--wallet.hotkey", "s", "--seed", seed, "--no_prompt", path=tmp_path))
    assert Wallet(name="r", hotkey="s", path=str(tmp_path)).hotkey.ss58_address == Keypair.create_from_seed(seed).ss58_address


def test_regen_coldkeypub_makes_a_watch_only_wallet(tmp_path):
    ok(btcli("regen_coldkeypub", "--wallet.name", "watch", "--ss58", KNOWN_SS58, "--no_prompt", path=tmp_path))
    assert sorted(os.listdir(tmp_path / "watch")) == ["coldkeypub.txt"]
    assert Wallet(name="watch", path=str(tmp_path)).coldkeypub.ss58_address == KNOWN_SS58
    assert listed(ok(btcli("list", path=tmp_path)))["watch"] == KNOWN_SS58
    line = fails_cleanly(btcli("wallet", "sign", "--wallet.name", "watch", "--message", "x", "--no_prompt", path=tmp_path))
    assert "does not exist" in line
    pub = Keypair(ss58_address=KNOWN_SS58).public_key.hex()
    ok(btcli("regen_coldkeypub", "--wallet.name", "watch2", "--public_key", "0x" + pub, "--no_prompt", path=tmp_path))
    assert Wallet(name="watch2", path=str(tmp_path)).coldkeypub.ss58_address == KNOWN_SS58


def test_regen_coldkey_from_polkadot_js_backup_and_dev_uri(tmp_path):
    manifest = json.loads((FIXTURES / "manifest.json").read_text())
    backup = next(f for f in manifest["fixtures"] if f["file"] == "polkadot_js_backup.json")
    ok(btcli("regen_coldkey", "--wallet.name", "j", "--json", str(FIXTURES / backup["file"]), "--json_password",
             backup["password"], "--no_password", "--no_prompt", path=tmp_path))
    assert Wallet(name="j", path=str(tmp_path)).coldkey.ss58_address == backup["ss58_address"]
    ok(btcli("new_coldkey", "--wallet.name", "dev", "--uri", "//Alice", "--no_password", "--no_prompt", path=tmp_path))
    alice = Keypair.create_from_uri("//Alice")
    dev = Wallet(name="dev", path=str(tmp_path)).coldkey
    assert dev.ss58_address == alice.ss58_address
    sig = ok(btcli("wallet", "sign", "--wallet.name", "dev", "--message", "dev", path=tmp_path)).strip()
    assert alice.verify(b"dev", bytes.fromhex(sig))


# --- old formats and `wallet update` -----------------------------------------------------------

def test_wallet_update_migrates_ansible_vault_to_nacl(tmp_path):
    manifest = json.loads((FIXTURES / "manifest.json").read_text())
    vault = next(f for f in manifest["fixtures"] if f["format"] == "ansible_vault")
    (tmp_path / "old").mkdir()
    shutil.copy(FIXTURES / vault["file"], tmp_path / "old" / "coldkey")
    env = {"BT_COLD_PW_OLD": vault["password"]}
    sig = ok(btcli("wallet", "sign", "--wallet.name", "old", "--message", "m", env=env, path=tmp_path)).strip()
    assert Keypair(ss58_address=vault["ss58_address"]).verify(b"m", bytes.fromhex(sig))
    ok(btcli("wallet", "update", "--wallet.name", "old", "--no_prompt", env=env, path=tmp_path))
    assert (tmp_path / "old" / "coldkey").read_bytes().startswith(b"$NACL")
    key = Wallet(name="old", path=str(tmp_path)).coldkey_file.get_keypair(password=vault["password"])
    assert key.ss58_address == vault["ss58_address"]


# --- Done-when 4: errors ------------------------------------------------------------------------

def test_wrong_password_is_one_sentence_and_changes_nothing(tmp_path):
    env = {"BT_COLD_PW_W": PASSWORD}
    ok(btcli("regen_coldkey", "--wallet.name", "w", "--mnemonic", KNOWN_MNEMONIC, "--no_prompt", env=env, path=tmp_path))
    before = snapshot(tmp_path)
    wrong = "definitely not it 42"
    line = fails_cleanly(btcli("wallet", "sign", "--wallet.name", "w", "--message", "x", env={"BT_COLD_PW_W": wrong},
                               path=tmp_path), secret=wrong)
    assert "Invalid password" in line
    (tmp_path / "v").mkdir()
    shutil.copy(FIXTURES / "coldkey_ansible_vault", tmp_path / "v" / "coldkey")
    before = snapshot(tmp_path)
    line = fails_cleanly(btcli("wallet", "update", "--wallet.name", "v", env={"BT_COLD_PW_V": wrong}, path=tmp_path),
                         secret=wrong)
    assert "Invalid password" in line
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("damage", ["garbage", "truncated_json", "truncated_nacl", "empty"])
def test_corrupt_keyfiles_are_one_sentence(tmp_path, damage):
    (tmp_path / "c" / "hotkeys").mkdir(parents=True)
    good = (FIXTURES / "hotkey_bittensor_wallet").read_bytes()
    data = {"garbage": b"\x00\x01not a key", "truncated_json": good[: len(good) // 2],
            "truncated_nacl": (FIXTURES / "coldkey_nacl").read_bytes()[:40], "empty": b""}[damage]
    (tmp_path / "c" / "coldkey").write_bytes(data)
    (tmp_path / "c" / "hotkeys" / "default").write_bytes(data)
    before = snapshot(tmp_path)
    env = {"BT_COLD_PW_C": PASSWORD}
    line = fails_cleanly(btcli("wallet", "sign", "--wallet.name", "c", "--message", "x", env=env, path=tmp_path), secret=PASSWORD)
    assert "corrupt" in line
    fails_cleanly(btcli("wallet", "sign", "--wallet.name", "c", "--use_hotkey", "--message", "x", env=env, path=tmp_path))
    assert "c (?)" in ok(btcli("list", path=tmp_path))
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("args, words", [
    (["wallet", "sign", "--wallet.name", "nobody", "--message", "x"], "No wallet named 'nobody'"),
    (["regen_coldkeypub", "--wallet.name", "b", "--ss58", "5ES3WoxqEoWuSghubujD3wvH1koDQ5Lk7BarXiGTeVNPEByG"], "Invalid SS58"),
    (["regen_coldkeypub", "--wallet.name", "b", "--public_key", "0x1234"], "Invalid public key"),
    (["regen_coldkey", "--wallet.name", "b", "--mnemonic", "embrace", "when", "people", "burst", "rich", "salon",
      "derive", "flush", "carry", "ugly", "double", "double", "--no_password"], "Invalid mnemonic"),
    (["regen_coldkey", "--wallet.name", "b", "--seed", "0x1234", "--no_password"], "Invalid seed"),
    (["new_coldkey", "--wallet.name", "b", "--config", "/nonexistent/config.yml"], "config file"),
])
def test_bad_inputs_are_one_sentence_and_write_nothing(tmp_path, args, words):
    line = fails_cleanly(btcli(*args, "--no_prompt", path=tmp_path))
    assert words in line
    assert not any(tmp_path.rglob("*"))


def test_existing_keys_are_never_overwritten_silently(tmp_path):
    ok(btcli("regen_coldkey", "--wallet.name", "k", "--mnemonic", KNOWN_MNEMONIC, "--no_password", "--no_prompt", path=tmp_path))
    before = snapshot(tmp_path)
    line = fails_cleanly(btcli("new_coldkey", "--wallet.name", "k", "--no_password", "--no_prompt", path=tmp_path))
    assert "already exists" in line
    fails_cleanly(btcli("regen_coldkeypub", "--wallet.name", "k", "--ss58", Keypair.create_from_uri("//Bob").ss58_address,
                        "--no_prompt", path=tmp_path))
    assert snapshot(tmp_path) == before
    ok(btcli("new_coldkey", "--wallet.name", "k", "--no_password", "--overwrite", "--no_prompt", path=tmp_path))
    assert snapshot(tmp_path) != before


def test_weak_password_from_environment_is_refused_without_echo(tmp_path):
    line = fails_cleanly(btcli("new_coldkey", "--wallet.name", "weak", "--no_prompt", env={"BT_COLD_PW_WEAK": "abcdef"},
                               path=tmp_path), secret="abcdef")
    assert "not strong enough" in line
    assert not any(tmp_path.rglob("*"))


# --- Done-when 5: configuration precedence ------------------------------------------------------

def test_flag_beats_config_file_beats_environment(tmp_path):
    paths = {}
    for source in ["env", "file", "flag"]:
        paths[source] = tmp_path / source
        ok(btcli("regen_coldkeypub", "--wallet.name", f"from_{source}", "--ss58", KNOWN_SS58, "--no_prompt",
                 path=paths[source]))
    (tmp_path / "conf.yml").write_text(f"wallet.path: {paths['file']}\n")
    env = {"BT_WALLET_PATH": str(paths["env"])}

    def wallets(*extra, env=env):
        return set(listed(btcli("list", "--no_prompt", *extra, env=env, cwd=tmp_path).stdout))

    assert wallets() == {"from_env"}
    assert wallets("--config", "conf.yml") == {"from_file"}
    assert wallets("--config", "conf.yml", "--wallet.path", str(paths["flag"])) == {"from_flag"}
    assert wallets("--wallet.path", str(paths["flag"])) == {"from_flag"}
    # Nested YAML works too, and the seed's `--config.file` spelling.
    (tmp_path / "nested.yml").write_text(f"wallet:\n  path: {paths['file']}\n")
    assert wallets("--config.file", "nested.yml") == {"from_file"}
    # BT_WALLET_NAME selects the wallet name when no flag or file names it.
    out = btcli("wallet", "sign", "--message", "x", "--no_prompt", env={**env, "BT_WALLET_NAME": "from_env"})
    assert "from_env" in fails_cleanly(out)


def test_help_lists_flags_with_defaults():
    for command in [["new_coldkey"], ["wallet", "new_hotkey"], ["regen_coldkey"], ["list"], ["wallet", "sign"]]:
        text = ok(btcli(*command, "--help"))
        assert "--wallet.name" in text and "default: default" in text and "BT_WALLET_PATH" in text
