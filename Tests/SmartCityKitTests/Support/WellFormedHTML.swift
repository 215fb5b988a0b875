import Foundation

/// A small, strict HTML checker for tests of generated pages: a tokenizer of its own (tags,
/// quoted attributes, comments, doctype, text, raw text inside `<script>` and `<style>`),
/// stricter than browsers on purpose, since we write every end tag ourselves.
///
/// It reports, each as `line N: …`:
/// - unbalanced or misnested tags (void elements need no end tag; `<…/>` is accepted only on
///   void elements and inside `<svg>`, where it closes the element);
/// - duplicate `id`s, duplicate attributes in one tag, attribute values without quotes;
/// - event-handler attributes (`on…`): our pages attach behaviour from their one script;
/// - a `<script src>`, any `src` that is `http(s)` or `//` (external resource), any such
///   `href` on an element other than `<a>`, `@import` or `url(http…)` in a `<style>`;
/// - a `<` in text that starts no tag, a `&` that starts no character reference
///   (text that was not escaped), unterminated tags and comments.
enum WellFormedHTML {
    /// One start tag as found: lowercased name, attributes in order (nil value: boolean
    /// attribute), 1-based line.
    struct Element {
        var name: String
        var attributes: [(name: String, value: String?)]
        var line: Int

        /// The value of attribute `name` (`""` for a boolean one), nil when absent.
        subscript(_ name: String) -> String? {
            attributes.first { $0.name == name }.map { $0.value ?? "" }
        }
    }

    /// Every problem found in `html`; empty when the page is fine.
    static func problems(in html: String) -> [String] {
        var scanner = Scanner(html)
        scanner.run()
        return scanner.problems
    }

    /// Every start tag of `html`, in document order (for tests that look at attributes).
    static func elements(in html: String) -> [Element] {
        var scanner = Scanner(html)
        scanner.run()
        return scanner.elements
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    private struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var problems: [String] = []
        var elements: [Element] = []
        var stack: [(name: String, line: Int)] = []
        var ids: [String: Int] = [:]

        init(_ html: String) { s = Array(html.unicodeScalars) }

        mutating func report(_ message: String, at line: Int? = nil) {
            problems.append("line \(line ?? self.line): \(message)")
        }

        mutating func advance(_ n: Int = 1) {
            for _ in 0..<n where i < s.count {
                if s[i] == "\n" { line += 1 }
                i += 1
            }
        }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? { i + offset < s.count ? s[i + offset] : nil }

        func starts(with text: String, caseInsensitive: Bool = false) -> Bool {
            for (k, c) in text.unicodeScalars.enumerated() {
                guard let d = peek(k) else { return false }
                if caseInsensitive ? lower(d) != lower(c) : d != c { return false }
            }
            return true
        }

        func lower(_ c: Unicode.Scalar) -> Unicode.Scalar { ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c }
        static func isLetter(_ c: Unicode.Scalar?) -> Bool { c.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false }
        static func isSpace(_ c: Unicode.Scalar?) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }

        mutating func run() {
            while i < s.count {
                if s[i] == "<" {
                    if starts(with: "<!--") { comment() }
                    else if starts(with: "<!") { declaration() }
                    else if peek(1) == "/" && Self.isLetter(peek(2)) { endTag() }
                    else if Self.isLetter(peek(1)) { startTag() }
                    else { report("`<` in text that starts no tag (unescaped text?)"); advance() }
                } else {
                    if s[i] == "&" { checkReference() }
                    advance()
                }
            }
            for open in stack.reversed() { report("<\(open.name)> is never closed", at: open.line) }
        }

        /// At a `&`: it must start `&name;`, `&#123;` or `&#x1F;`.
        mutating func checkReference() {
            var k = 1
            func at(_ k: Int) -> Unicode.Scalar? { peek(k) }
            if at(1) == "#" {
                k = 2
                let hex = at(2) == "x" || at(2) == "X"
                if hex { k = 3 }
                let start = k
                while let c = at(k), hex ? c.properties.isASCIIHexDigit : ("0"..."9").contains(c) { k += 1 }
                if k > start && at(k) == ";" { return }
            } else {
                while let c = at(k), Self.isLetter(c) || ("0"..."9").contains(c) { k += 1 }
                if k > 1 && at(k) == ";" { return }
            }
            report("`&` that starts no character reference (unescaped text?)")
        }

        mutating func comment() {
            let start = line
            advance(4)
            while i < s.count && !starts(with: "-->") { advance() }
            if i >= s.count { report("comment never ends", at: start) } else { advance(3) }
        }

        mutating func declaration() {
            let start = line
            while i < s.count && s[i] != ">" { advance() }
            if i >= s.count { report("`<!` never ends", at: start) } else { advance() }
        }

        mutating func name() -> String {
            var out = ""
            while let c = peek(), !Self.isSpace(c), c != ">", c != "/", c != "=", c != "\"", c != "'" {
                out.unicodeScalars.append(lower(c))
                advance()
            }
            return out
        }

        mutating func skipSpace() { while Self.isSpace(peek()) { advance() } }

        mutating func startTag() {
            let start = line
            advance()
            let tag = name()
            var attributes: [(name: String, value: String?)] = []
            var selfClosing = false
            while true {
                skipSpace()
                guard let c = peek() else { report("<\(tag)> never ends", at: start); return }
                if c == ">" { advance(); break }
                if c == "/" && peek(1) == ">" { selfClosing = true; advance(2); break }
                let attribute = name()
                if attribute.isEmpty { report("<\(tag)> has a stray `\(c)`"); advance(); continue }
                skipSpace()
                var value: String?
                if peek() == "=" {
                    advance()
                    skipSpace()
                    if let quote = peek(), quote == "\"" || quote == "'" {
                        advance()
                        var v = ""
                        while let d = peek(), d != quote {
                            if d == "&" { checkReference() }
                            v.unicodeScalars.append(d)
                            advance()
                        }
                        if peek() == nil { report("<\(tag)> attribute \(attribute) never ends", at: start); return }
                        advance()
                        value = v
                    } else {
                        report("<\(tag)> attribute \(attribute) has a value without quotes")
                        var v = ""
                        while let d = peek(), !Self.isSpace(d), d != ">" { v.unicodeScalars.append(d); advance() }
                        value = v
                    }
                }
                if attributes.contains(where: { $0.name == attribute }) { report("<\(tag)> repeats attribute \(attribute)") }
                attributes.append((attribute, value))
            }
            let element = Element(name: tag, attributes: attributes, line: start)
            elements.append(element)
            check(element)
            let isVoid = voidElements.contains(tag)
            let inSVG = tag == "svg" || stack.contains { $0.name == "svg" }
            if selfClosing && !isVoid && !inSVG { report("<\(tag)/> is not closed by its `/` in HTML", at: start) }
            if isVoid || selfClosing { return }
            stack.append((tag, start))
            if tag == "script" || tag == "style" { rawText(tag) }
        }

        /// The attribute checks of one start tag.
        mutating func check(_ e: Element) {
            for (attribute, value) in e.attributes {
                let v = (value ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                let external = v.hasPrefix("http:") || v.hasPrefix("https:") || v.hasPrefix("//")
                if attribute.hasPrefix("on") { report("<\(e.name)> has an event-handler attribute \(attribute)", at: e.line) }
                if attribute == "id" {
                    if let first = ids[value ?? ""] {
                        report("duplicate id \"\(value ?? "")\" (first on line \(first))", at: e.line)
                    } else {
                        ids[value ?? ""] = e.line
                    }
                }
                if attribute == "src" && e.name == "script" { report("<script src> loads code from a file", at: e.line) }
                if attribute == "src" && external { report("<\(e.name)> loads an external resource \(value ?? "")", at: e.line) }
                if (attribute == "href" || attribute.hasSuffix(":href")) && external && e.name != "a" {
                    report("<\(e.name)> refers to an external resource \(value ?? "")", at: e.line)
                }
            }
        }

        /// The content of `<script>` or `<style>` up to its end tag, read as raw text.
        mutating func rawText(_ tag: String) {
            let start = line
            var content = ""
            while i < s.count && !starts(with: "</" + tag, caseInsensitive: true) {
                content.unicodeScalars.append(s[i])
                advance()
            }
            if i >= s.count { return }  // reported as never closed
            let css = content.lowercased().replacingOccurrences(of: " ", with: "")
            if tag == "style" && (css.contains("@import") || css.contains("url(http") || css.contains("url(\"http")
                || css.contains("url('http") || css.contains("url(//") || css.contains("url(\"//") || css.contains("url('//")) {
                report("<style> loads an external resource", at: start)
            }
        }

        mutating func endTag() {
            let start = line
            advance(2)
            let tag = name()
            skipSpace()
            guard peek() == ">" else { report("</\(tag)> is malformed"); return }
            advance()
            if voidElements.contains(tag) { report("</\(tag)> ends a void element", at: start); return }
            if stack.last?.name == tag { stack.removeLast(); return }
            if let k = stack.lastIndex(where: { $0.name == tag }) {
                let inner = stack[(k + 1)...].map { "<\($0.name)> (line \($0.line))" }.joined(separator: ", ")
                report("</\(tag)> closes <\(tag)> (line \(stack[k].line)) while \(inner) is still open", at: start)
                stack.removeSubrange(k...)
            } else {
                report("</\(tag)> without an open <\(tag)>", at: start)
            }
        }
    }
}
