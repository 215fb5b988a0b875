/// The bounds every expression of the rule language must stay within, checked while it is
/// parsed so that no rule file can exhaust the stack or the time of a run.
///
/// Both are far beyond any real rule (the shipped ones are under 200 characters and nest
/// at most 4 levels) and small enough that parsing, checking, compiling and evaluating stay
/// a few stack frames per level on any thread. docs/rules.md explains the choice.
public enum RuleLimits {
    /// Deepest nesting of parentheses, lists, calls, member accesses and unary operators
    /// (`not`, `-`), counted together.
    public static let maximumDepth = 64
    /// Longest expression, in characters.
    public static let maximumLength = 4_000
}
