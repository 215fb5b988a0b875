extension ReadinessDefinition {
    /// The definition in words: "sedikitnya 60 % layanan pada tahap ≥ 3", or the readiness
    /// rule's own text.
    public func text(_ status: ReadinessRule.Status, _ l: Language) -> String {
        switch source(status) {
        case .threshold(let t)?:
            return ReportText.readinessThreshold(share: t.minimumSharePercent.formatted(decimals: 0), stage: t.minimumStage).text(l)
        case .rule(let r)?: return r.text.text(l)
        case nil: return "—"
        }
    }
}
