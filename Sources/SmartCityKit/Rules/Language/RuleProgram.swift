/// One expression of a rule, parsed, type-checked against the catalogs in use and
/// compiled: the unit rules are made of.
public struct RuleProgram: Sendable {
    /// The expression as written.
    public var text: String
    public var syntax: RuleSyntax
    public var typed: TypedExpression
    public var compiled: CompiledExpression

    /// Parses, checks and compiles `text`; the error says what is wrong and at which offset.
    public static func build(_ text: String, catalogs: CatalogSet, capabilities: RuleCapabilities) -> Result<RuleProgram, RuleSyntaxError> {
        switch RuleParser.parse(text) {
        case .failure(let e): return .failure(e)
        case .success(let syntax):
            do throws(RuleSyntaxError) {
                let typed = try RuleChecker(catalogs: catalogs, capabilities: capabilities).check(syntax)
                return .success(RuleProgram(text: text, syntax: syntax, typed: typed, compiled: RuleCompiler.compile(typed)))
            } catch {
                return .failure(error)
            }
        }
    }

    /// The value, by the compiled closures.
    public func evaluate(_ ctx: RuleContext, _ cursor: RuleCursor = RuleCursor()) -> RuleValue { compiled.value(ctx, cursor) }
}
