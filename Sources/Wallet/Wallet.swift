import Foundation

/// A bittensor wallet: the folder `<path>/<name>/` with `coldkey`, `coldkeypub.txt` and
/// `hotkeys/<hotkey>` (plus `hotkeys/<hotkey>pub.txt`, as bittensor-wallet ≥ 3.1 writes).
/// Defaults: path `~/.bittensor/wallets/`, name and hotkey `default`.
public struct Wallet: Sendable, CustomStringConvertible {
    /// The default wallet folder, before `~` expansion.
    public static let defaultPath = "~/.bittensor/wallets/"
    /// The default wallet and hotkey name.
    public static let defaultName = "default"

    /// The wallet's name (its folder).
    public let name: String
    /// The selected hotkey's name.
    public let hotkey: String
    /// The folder holding the wallets, `~` expanded.
    public let path: String

    /// The wallet `name` with hotkey `hotkey` under `path` (`~` expanded against `home`).
    public init(name: String = defaultName, hotkey: String = defaultName, path: String = defaultPath,
                home: String? = ProcessInfo.processInfo.environment["HOME"]) {
        self.name = name
        self.hotkey = hotkey
        var expanded = path
        if let home, path == "~" || path.hasPrefix("~/") {
            expanded = (home.hasSuffix("/") ? String(home.dropLast()) : home) + path.dropFirst()
        }
        while expanded.count > 1, expanded.hasSuffix("/") { expanded.removeLast() }
        self.path = expanded
    }

    /// `<path>/<name>`.
    public var directory: String { path + "/" + name }

    /// `BT_COLD_PW_<NAME>`: the variable holding this wallet's password.
    public var passwordVariable: String { "BT_COLD_PW_" + name.uppercased() }

    /// The encrypted (or not) coldkey.
    public var coldkeyFile: Keyfile { Keyfile(path: directory + "/coldkey", passwordVariables: [passwordVariable]) }
    /// The public part of the coldkey.
    public var coldkeypubFile: Keyfile { Keyfile(path: directory + "/coldkeypub.txt") }
    /// The selected hotkey.
    public var hotkeyFile: Keyfile { hotkeyFile(named: hotkey) }
    /// The public part of the selected hotkey.
    public var hotkeypubFile: Keyfile { hotkeypubFile(named: hotkey) }

    /// The hotkey `name` of this wallet. Its password comes from `BT_COLD_PW_<WALLETNAME>` or,
    /// as bittensor 6 names it after the parent folder, `BT_COLD_PW_HOTKEYS`.
    public func hotkeyFile(named name: String) -> Keyfile {
        Keyfile(path: directory + "/hotkeys/" + name, passwordVariables: [passwordVariable, "BT_COLD_PW_HOTKEYS"])
    }

    /// The public part of hotkey `name`.
    public func hotkeypubFile(named name: String) -> Keyfile { Keyfile(path: directory + "/hotkeys/" + name + "pub.txt") }

    /// `true` when the wallet folder exists.
    public var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The hotkey names of this wallet, sorted; `<name>pub.txt` files beside a hotkey `<name>`
    /// are its public parts, not hotkeys.
    public func hotkeyNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/hotkeys")) ?? []
        let names = Set(files.filter { !$0.hasPrefix(".") })
        return names.filter { file in
            !(file.hasSuffix("pub.txt") && names.contains(String(file.dropLast("pub.txt".count))))
        }.sorted()
    }

    /// The names of the wallet folders under `path` (`~` expanded against `home`), sorted.
    public static func names(in path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> [String] {
        let root = Wallet(name: "", path: path, home: home).path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return entries.filter { entry in
            var isDirectory: ObjCBool = false
            return !entry.hasPrefix(".") && FileManager.default.fileExists(atPath: root + "/" + entry, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    public var description: String { "Wallet(name: \(name), hotkey: \(hotkey), path: \(path))" }
}
