#!/usr/bin/env python3
"""Generate Tests/Vectors/scale.json: SCALE golden vectors from py-scale-codec (`scalecodec`).

Usage (from the repository root, with scalecodec 1.2.12 installed):

    python Scripts/vectors/generate_scale_vectors.py [output-path]

Every case is encoded with scalecodec, decoded back with scalecodec, and kept only if the
round trip reproduces the value. JSON schema of each case:

    {"type": "<Rust-style type the Swift test maps to a Swift type>",
     "scale_type": "<type string handed to scalecodec>",
     "value": <JSON value, see below>,
     "encoded": "<lower-case hex, no 0x>"}

Value conventions: every integer (including compact ones) is a decimal string; bool is a JSON
bool; Option is null or the inner value; Vec, fixed arrays and tuples are arrays; Result is
{"Ok": v} or {"Err": v}; BTreeMap is an array of [key, value] pairs in ascending key order;
enums are "Variant" for unit variants or {"Variant": payload} (tuple payloads as arrays).

Types scalecodec has no built-in name for are registered here as custom enums, each noted in
the file's "notes": `Result<u32, u8>`, `OptionBool` (the one-byte Option<bool> shim of
parity-scale-codec), and two test enums with explicit indices.
"""

import json
import sys
from importlib.metadata import version
from pathlib import Path

from scalecodec.base import RuntimeConfigurationObject, ScaleBytes
from scalecodec.type_registry import load_type_registry_preset

LIBRARY = "scalecodec"
SCRIPT = "Scripts/vectors/generate_scale_vectors.py"

CUSTOM_TYPES = {
    # Rust `Result<u32, u8>`: variant 0 Ok(u32), variant 1 Err(u8).
    "ResultU32U8": {"type": "enum", "type_mapping": [["Ok", "u32"], ["Err", "u8"]]},
    # parity-scale-codec's `OptionBool`: one byte, 0 None, 1 Some(true), 2 Some(false).
    "OptionBool": {"type": "enum", "value_list": ["None", "True", "False"]},
    # Unit-only enum with explicit, sparse variant indices.
    "SparseEnum": {"type": "enum", "value_list": {"Alpha": 0, "Beta": 3, "Gamma": 7, "Omega": 255}},
    # Enum with payloads; indices 4 and 5 are unused placeholders so Nested sits at index 6.
    "PayloadEnum": {
        "type": "enum",
        "type_mapping": [
            ["Empty", "Null"],
            ["Number", "u32"],
            ["Pair", "(u8, u16)"],
            ["Text", "String"],
            ["Unused4", "Null"],
            ["Unused5", "Null"],
            ["Nested", "Vec<Option<u32>>"],
        ],
    },
}

UNSIGNED = {"u8": 8, "u16": 16, "u32": 32, "u64": 64, "u128": 128}
SIGNED = {"i8": 8, "i16": 16, "i32": 32, "i64": 64, "i128": 128}


def runtime_config():
    config = RuntimeConfigurationObject()
    config.update_type_registry(load_type_registry_preset("core"))
    config.update_type_registry({"types": CUSTOM_TYPES})
    return config


def integer_values():
    cases = []
    for name, bits in UNSIGNED.items():
        pattern = int.from_bytes(bytes(range(1, bits // 8 + 1)), "little")
        for v in sorted({0, 1, 2 ** (bits - 1), pattern, 2 ** bits - 2, 2 ** bits - 1}):
            cases.append((name, v))
    for name, bits in SIGNED.items():
        pattern = int.from_bytes(bytes(range(1, bits // 8 + 1)), "little")
        lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
        for v in sorted({lo, lo + 1, -pattern, -1, 0, 1, pattern, hi}):
            cases.append((name, v))
    return cases


def compact_boundaries():
    """Every mode boundary: 1-, 2-, 4-byte modes and each big-integer byte length 4..16."""
    values = {0, 1, 63, 64, 16383, 16384, 2 ** 30 - 1, 2 ** 30}
    for byte_count in range(4, 17):
        values.add(2 ** (8 * byte_count) - 1)
        values.add(2 ** (8 * byte_count))
        values.add(2 ** (8 * byte_count - 1))
    return sorted(values)


def compact_values():
    cases = []
    for name, bits in UNSIGNED.items():
        for v in compact_boundaries():
            if v < 2 ** bits:
                cases.append((f"Compact<{name}>", v))
        cases.append((f"Compact<{name}>", 2 ** bits - 1))
    # de-duplicate while keeping order
    seen, unique = set(), []
    for case in cases:
        if case not in seen:
            seen.add(case)
            unique.append(case)
    return unique


def btree(pairs):
    return sorted(pairs, key=lambda kv: kv[0])


def cases():
    out = []
    out += integer_values()
    out += compact_values()
    out += [("bool", False), ("bool", True)]
    out += [("Option<u32>", None), ("Option<u32>", 0), ("Option<u32>", 2 ** 32 - 1)]
    out += [("Option<bool>", None), ("Option<bool>", True), ("Option<bool>", False)]
    out += [("OptionBool", None), ("OptionBool", True), ("OptionBool", False)]
    out += [("Option<String>", None), ("Option<String>", ""), ("Option<String>", "some")]
    out += [("Vec<u8>", b""), ("Vec<u8>", b"\x00"), ("Vec<u8>", bytes(range(63))),
            ("Vec<u8>", bytes(range(64))), ("Vec<u8>", bytes(i % 256 for i in range(300)))]
    out += [("Vec<u32>", []), ("Vec<u32>", [1, 2 ** 32 - 1]), ("Vec<u32>", list(range(65)))]
    out += [("Vec<Vec<u16>>", []), ("Vec<Vec<u16>>", [[]]), ("Vec<Vec<u16>>", [[1], [2, 65535], []])]
    out += [("Vec<Option<u32>>", [None, 7, None, 2 ** 32 - 1])]
    out += [("Vec<String>", ["", "a", "héllo"])]
    out += [("String", s) for s in [
        "", "a", "hello, world", "héllo", "🌍 unicode ✓ 中文 Ελληνικά",
        "e\u0301", "x" * 63, "y" * 64, "z" * 16384,
    ]]
    out += [("[u8; 4]", [0, 0, 0, 0]), ("[u8; 4]", [1, 2, 3, 255]), ("[u8; 32]", list(range(32)))]
    out += [("[u32; 3]", [1, 2 ** 32 - 1, 0x01020304]), ("[bool; 2]", [True, False])]
    out += [("(u8, u16, u32)", (0, 0, 0)), ("(u8, u16, u32)", (1, 2, 3)),
            ("(u8, u16, u32)", (255, 65535, 2 ** 32 - 1))]
    out += [("(bool, String, Compact<u64>)", (True, "tuple", 2 ** 40))]
    out += [("Result<u32, u8>", {"Ok": 0}), ("Result<u32, u8>", {"Ok": 2 ** 32 - 1}),
            ("Result<u32, u8>", {"Err": 0}), ("Result<u32, u8>", {"Err": 255})]
    out += [("BTreeMap<u32, u64>", []), ("BTreeMap<u32, u64>", [(7, 70)]),
            ("BTreeMap<u32, u64>", btree([(256, 1), (1, 2), (65536, 3), (0, 4), (2 ** 32 - 1, 2 ** 64 - 1)]))]
    out += [("BTreeMap<String, u32>", btree([("b", 2), ("a", 1), ("ä", 4), ("Z", 0), ("ab", 3)]))]
    out += [("SparseEnum", v) for v in ["Alpha", "Beta", "Gamma", "Omega"]]
    out += [("PayloadEnum", v) for v in [
        "Empty", {"Number": 0}, {"Number": 2 ** 32 - 1}, {"Pair": (1, 2)},
        {"Text": "enum text"}, {"Nested": [1, None, 3]},
    ]]
    return out


SCALE_TYPE = {"Result<u32, u8>": "ResultU32U8"}


def to_json(value):
    """Integers become decimal strings; bytes become lists of byte strings; tuples become lists."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return [str(b) for b in value]
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    raise TypeError(f"unsupported value {value!r}")


def scale_value(type_string, value):
    """The value in the form scalecodec expects."""
    if type_string == "OptionBool":
        return {None: "None", True: "True", False: "False"}[value]
    return value


def normalised(type_string, value):
    """Map scalecodec's decoded form onto the form we encoded, for the round-trip check."""
    if type_string == "Vec<u8>":
        if isinstance(value, str) and value.startswith("0x"):
            return bytes.fromhex(value[2:])
        return value.encode("utf-8")
    if type_string.startswith("[u8; "):
        return list(bytes.fromhex(value[2:]))
    if type_string == "OptionBool":
        return {"None": None, "True": True, "False": False}[value]
    return value


def comparable(value):
    if isinstance(value, (list, tuple)):
        return [comparable(v) for v in value]
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    if isinstance(value, (bytes, bytearray)):
        return list(value)
    return value


def main():
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "Tests/Vectors/scale.json"
    config = runtime_config()
    records = []
    for type_string, value in cases():
        scale_type = SCALE_TYPE.get(type_string, type_string)
        encoded = config.create_scale_object(scale_type).encode(scale_value(type_string, value))
        hex_string = encoded.to_hex()[2:]
        decoder = config.create_scale_object(scale_type, data=ScaleBytes("0x" + hex_string))
        decoded = normalised(type_string, decoder.decode())
        if comparable(decoded) != comparable(value):
            raise SystemExit(f"round trip failed for {type_string}: {value!r} -> {decoded!r}")
        if decoder.data.offset != len(bytes.fromhex(hex_string)):
            raise SystemExit(f"decoder left bytes for {type_string}: {value!r}")
        records.append({"type": type_string, "scale_type": scale_type, "value": to_json(value), "encoded": hex_string})

    document = {
        "generator": {"script": SCRIPT, "library": LIBRARY, "version": version(LIBRARY)},
        "notes": [
            "Integers are decimal strings; Option is null or the value; BTreeMap is [[key, value], ...] in key order.",
            "Result<u32, u8> is the custom enum ResultU32U8 (0 Ok(u32), 1 Err(u8)).",
            "Option<bool> is scalecodec's generic Option (0x01 0x01 = Some(true)), as Rust's Option<bool> is.",
            "OptionBool is the custom enum [None, True, False]: parity-scale-codec's one-byte OptionBool.",
            "SparseEnum uses explicit indices Alpha=0, Beta=3, Gamma=7, Omega=255.",
            "PayloadEnum: Empty=0, Number(u32)=1, Pair(u8, u16)=2, Text(String)=3, Nested(Vec<Option<u32>>)=6.",
        ],
        "cases": records,
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} cases to {output}")


if __name__ == "__main__":
    main()
