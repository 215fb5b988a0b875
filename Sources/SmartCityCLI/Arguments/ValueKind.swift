import SmartCityKit

/// What an option's value is — a whole number in a range, a date, one of a few words — and
/// how its text on the command line becomes that value. Kept apart from the option, so one
/// kind serves every option that takes it and says alike what it expects.
struct ValueKind<Value: Sendable>: Sendable {
    /// How usage and help write the value: `N`, `YYYY-MM-DD`, `table|csv|json`.
    var placeholder: String
    /// What a valid value looks like, for the message about one that is not.
    var expected: LocalizedText
    /// The value a text stands for, or `RejectedText` naming the part that is wrong.
    var parse: @Sendable (String) throws(RejectedText) -> Value
    /// How a value is written on the command line, to show a default in help.
    var format: @Sendable (Value) -> String = { "\($0)" }

    /// The parsing of an option named `option`: a rejected text becomes the usage error
    /// that names the option, what was found and what was expected.
    func reader(for option: String) -> @Sendable (String) throws(UsageError) -> Value {
        { [parse, expected] (text: String) throws(UsageError) -> Value in
            do throws(RejectedText) {
                return try parse(text)
            } catch {
                throw .invalidValue(option: option, found: error.found, expected: expected)
            }
        }
    }
}

/// A text that is not a value of its kind. `found` is what the message points at: the whole
/// text, or the one item of a list that is wrong.
struct RejectedText: Error {
    var found: String
}

extension ValueKind where Value == String {
    /// Any text, taken as it is: an id, a period's name, a resource.
    static func text(_ placeholder: String) -> ValueKind {
        ValueKind(placeholder: placeholder, expected: LocalizedText(untranslated: placeholder), parse: { $0 })
    }

    /// Text that must pass `isValid`; `expected` says what passes.
    static func text(_ placeholder: String, expected: LocalizedText, where isValid: @escaping @Sendable (String) -> Bool) -> ValueKind {
        ValueKind(placeholder: placeholder, expected: expected) { (text: String) throws(RejectedText) -> String in
            guard isValid(text) else { throw RejectedText(found: text) }
            return text
        }
    }

    /// A file or folder. Whether it may exist, or may be written, is the command's to say
    /// (see `OutputPlacement`), so any text is taken here.
    static func path(_ placeholder: String) -> ValueKind {
        text(placeholder)
    }

    /// The name of a person or team, without the white space around it; never blank.
    static func name(_ placeholder: String) -> ValueKind {
        ValueKind(placeholder: placeholder, expected: LocalizedText(id: "nama", en: "a name")) { (text: String) throws(RejectedText) -> String in
            let name = text.trimmingWhiteSpace
            guard !name.isEmpty else { throw RejectedText(found: text) }
            return name
        }
    }
}

extension ValueKind where Value == CalendarDate {
    /// A day, `YYYY-MM-DD`.
    static var date: ValueKind {
        ValueKind(placeholder: "YYYY-MM-DD", expected: LocalizedText(untranslated: "YYYY-MM-DD")) { (text: String) throws(RejectedText) -> CalendarDate in
            guard let date = CalendarDate(iso: text) else { throw RejectedText(found: text) }
            return date
        }
    }

    /// A month, `YYYY-MM`, as its first day; a full date is taken as that day, as it always was.
    static var month: ValueKind {
        ValueKind(placeholder: "YYYY-MM", expected: LocalizedText(untranslated: "YYYY-MM")) { (text: String) throws(RejectedText) -> CalendarDate in
            guard let date = CalendarDate(iso: text + "-01") ?? CalendarDate(iso: text) else { throw RejectedText(found: text) }
            return date
        }
    }
}

extension ValueKind where Value: FixedWidthInteger {
    /// A whole number within `range`, written in decimal digits.
    static func integer(in range: ClosedRange<Value>, placeholder: String) -> ValueKind {
        ValueKind(placeholder: placeholder, expected: LocalizedText(untranslated: "\(range.lowerBound)…\(range.upperBound)")) {
            (text: String) throws(RejectedText) -> Value in
            guard let number = Value(text), range.contains(number) else { throw RejectedText(found: text) }
            return number
        }
    }
}

extension ValueKind where Value: Equatable {
    /// One of `words`, each standing for its value; several words may stand for one value
    /// (`;` and `semicolon`). Help writes a value as its first word.
    static func choice(_ words: [(word: String, value: Value)], placeholder: String? = nil) -> ValueKind {
        ValueKind(placeholder: placeholder ?? words.map(\.word).joined(separator: "|"),
                  expected: LocalizedText(untranslated: words.map(\.word).joined(separator: " | ")),
                  parse: { (text: String) throws(RejectedText) -> Value in
                      guard let match = words.first(where: { $0.word == text }) else { throw RejectedText(found: text) }
                      return match.value
                  },
                  format: { value in words.first(where: { $0.value == value })?.word ?? "" })
    }
}

extension ValueKind where Value: CaseIterable & RawRepresentable & Equatable, Value.RawValue == String {
    /// One of the cases of `Value`, written as its raw value.
    static func choice(_ type: Value.Type) -> ValueKind {
        choice(Value.allCases.map { (word: $0.rawValue, value: $0) })
    }
}

extension String {
    /// The text without white space at either end.
    var trimmingWhiteSpace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
