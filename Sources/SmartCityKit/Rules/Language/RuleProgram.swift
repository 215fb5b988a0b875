/// One expression of a rule, parsed, type-checked against the catalogs in use and
/// compiled: the unit rules are made of.
public struct RuleProgram: Sendable {
    /// The expression as written.
    public var text: String
    public var syntax: RuleSyntax
    public var typed: TypedExpression
    public var compiled: CompiledExpression
    /// The parts of the expression that read the assessment (answers, scores, the OPD, its
    /// services, the city), in order of appearance: what a trace shows.
    public var inputs: [TypedExpression]
    /// The same, compiled: what a finding records when its rule fires.
    public var compiledInputs: [CompiledExpression]

    /// Parses, checks and compiles `text`; the error says what is wrong and at which offset.
    public static func build(_ text: String, catalogs: CatalogSet, capabilities: RuleCapabilities) -> Result<RuleProgram, RuleSyntaxError> {
        switch RuleParser.parse(text) {
        case .failure(let e): return .failure(e)
        case .success(let syntax):
            do throws(RuleSyntaxError) {
                let typed = try RuleChecker(catalogs: catalogs, capabilities: capabilities).check(syntax)
                return .success(RuleProgram(text: text, syntax: syntax, typed: typed, compiled: RuleCompiler.compile(typed),
                                            inputs: typed.inputs, compiledInputs: typed.inputs.map(RuleCompiler.compile)))
            } catch {
                return .failure(error)
            }
        }
    }

    /// The value, by the compiled closures.
    public func evaluate(_ ctx: RuleContext, _ cursor: RuleCursor = RuleCursor()) throws(RuleOverflow) -> RuleValue {
        try compiled.value(ctx, cursor)
    }
}

extension TypedExpression {
    /// The reading parts of the expression, each once, in order of appearance.
    var inputs: [TypedExpression] {
        var out: [TypedExpression] = []
        var seen = Set<String>()
        func walk(_ e: TypedExpression) {
            switch e.node {
            case .answer, .opdScore, .city, .opd, .services:
                if seen.insert(e.label).inserted { out.append(e) }
            case .list(let elements), .builtin(_, let elements): elements.forEach(walk)
            case .unary(_, let a): walk(a)
            case .binary(_, let a, let b): walk(a); walk(b)
            case .chain(let first, let links): walk(first); links.forEach { walk($0.operand) }
            case .literal, .it, .service: break
            }
        }
        walk(self)
        return out
    }
}
