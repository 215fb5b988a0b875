/// A token of the rule language with its offset in the expression.
struct RuleToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number(Fraction)
        case string(String)
        case name(String)
        /// Punctuation and operators: `( ) [ ] , . == != < <= > >= + - * /`.
        case symbol(String)
        case end
    }

    var kind: Kind
    var offset: Int
}

/// Splits an expression into tokens; the first bad character is a syntax error with its
/// offset.
enum RuleLexer {
    static func tokens(_ text: String) -> Result<[RuleToken], RuleSyntaxError> {
        let chars = Array(text)
        var out: [RuleToken] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1; continue }
            let start = i
            if c.isASCII, c.isNumber {
                while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
                if i + 1 < chars.count, chars[i] == ".", chars[i + 1].isASCII, chars[i + 1].isNumber {
                    i += 1
                    while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
                }
                let literal = String(chars[start..<i])
                guard let value = Fraction(decimal: literal), Fraction.decimals(of: literal) <= 4 else {
                    return .failure(RuleSyntaxError(.badNumber(literal), at: start))
                }
                out.append(RuleToken(kind: .number(value), offset: start))
                continue
            }
            if c == "\"" {
                i += 1
                var value = ""
                var closed = false
                while i < chars.count {
                    if chars[i] == "\\", i + 1 < chars.count {
                        value.append(chars[i + 1])
                        i += 2
                        continue
                    }
                    if chars[i] == "\"" { closed = true; i += 1; break }
                    value.append(chars[i])
                    i += 1
                }
                guard closed else { return .failure(RuleSyntaxError(.unterminatedString, at: start)) }
                out.append(RuleToken(kind: .string(value), offset: start))
                continue
            }
            if c.isLetter || c == "_" {
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { i += 1 }
                out.append(RuleToken(kind: .name(String(chars[start..<i])), offset: start))
                continue
            }
            let two = i + 1 < chars.count ? String(chars[i...i + 1]) : ""
            if ["==", "!=", "<=", ">="].contains(two) {
                out.append(RuleToken(kind: .symbol(two), offset: start))
                i += 2
                continue
            }
            if "()[],.<>+-*/".contains(c) {
                out.append(RuleToken(kind: .symbol(String(c)), offset: start))
                i += 1
                continue
            }
            if c == "=" { return .failure(RuleSyntaxError(.singleEquals, at: start)) }
            return .failure(RuleSyntaxError(.unexpectedCharacter(String(c)), at: start))
        }
        out.append(RuleToken(kind: .end, offset: chars.count))
        return .success(out)
    }
}
