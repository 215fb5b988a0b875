import SmartCityKit

extension LocalizedText {
    /// A text that reads the same in both languages: a format such as `YYYY-MM`, a range
    /// `1…100`, a list of words the command line takes as they are.
    init(untranslated text: String) {
        self.init(id: text, en: text)
    }

    /// This text followed by `other`, in each language.
    func appending(_ other: LocalizedText) -> LocalizedText {
        LocalizedText(id: id + other.id, en: en + other.en)
    }
}
