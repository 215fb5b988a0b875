/// How many condition evaluations a rule set makes over a workspace: the denominator of
/// the benchmark's "rules × OPDs per second".
public enum RuleEvaluationCount {
    public static func count(rules: RuleSet, scope: Scope) -> Int {
        var total = 0
        for opd in scope.expected.indices {
            total += rules.actions.filter { $0.indicator.map { scope.expects(opd, $0) } ?? true }.count
            total += rules.flags.reduce(0) { $0 + ($1.forEach ? scope.expected[opd].count : 1) }
        }
        return total
    }
}
