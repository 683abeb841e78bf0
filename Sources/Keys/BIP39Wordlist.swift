/// The BIP39 English word list, with a word → index lookup.
enum BIP39Wordlist {
    /// The 2048 words in order.
    static let english: [String] = englishText.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Index of each word.
    static let englishIndex: [String: Int] = {
        var table: [String: Int] = [:]
        for (i, w) in english.enumerated() { table[w] = i }
        return table
    }()
}
