/// `smartcity bimtek`: the plan in the terminal — overview, classes by month, what is left
/// unmet and which milestones that endangers.
public enum BimtekTextRenderer {
    public static func render(_ plan: CityPlan, report: ScoreReport, language l: Language) -> String {
        guard let bimtek = plan.bimtek, let training = plan.training else { return "" }
        var out = BimtekText.title(city: report.cityName.text(l), year: bimtek.start.year).text(l) + "\n"
        let participants = bimtek.classes.reduce(0) { $0 + $1.participants }
        out += BimtekText.overview(classes: bimtek.classes.count, participants: participants, cost: BimtekFormat.rupiah(bimtek.totalCost, l),
                                   budget: BimtekFormat.rupiah(bimtek.budget, l), trainers: bimtek.trainers, from: bimtek.start.description,
                                   to: bimtek.end.description).text(l) + "\n"
        out += BimtekText.lowerBound(classes: bimtek.classes.count, bound: bimtek.modules.reduce(0) { $0 + $1.lowerBound }).text(l) + "\n"
        if !bimtek.unmet.isEmpty {
            let every = bimtek.costOfEveryNeed
            out += BimtekText.everyNeedLine(needs: plan.needs.count, cost: BimtekFormat.rupiah(every, l),
                                            over: every > bimtek.budget ? BimtekFormat.rupiah(every - bimtek.budget, l) : nil).text(l) + "\n"
        }
        if plan.needs.isEmpty { return out + BimtekText.noNeeds.text(l) + "\n" }
        var month = ""
        for c in bimtek.classes.sorted(by: { ($0.start, $0.module, $0.trainer) < ($1.start, $1.module, $1.trainer) }) {
            let m = BimtekFormat.month(c.start)
            if m != month {
                out += "\n" + m + "\n"
                month = m
            }
            let title = training.module(c.module)?.title.text(l) ?? c.module
            out += "  " + BimtekText.classLine(module: title, from: c.start.description, to: c.end.description, participants: c.participants,
                                              opds: BimtekFormat.opds(c).count, cost: BimtekFormat.rupiah(c.cost, l)).text(l) + "\n"
        }
        if !bimtek.unmet.isEmpty {
            out += "\n" + BimtekText.unmetHeading(bimtek.unmet.count).text(l) + "\n"
            for u in bimtek.unmet.prefix(20) where u.need < plan.needs.count {
                out += "  " + unmetLine(u, plan: plan, training: training, language: l) + "\n"
            }
            if bimtek.unmet.count > 20 { out += "  …\n" }
        }
        let late = bimtek.lateness.filter { $0.daysLate > 0 }
        if !late.isEmpty { out += "\n" + BimtekText.lateHeading(late.count).text(l) + "\n" }
        return out
    }

    static func unmetLine(_ u: UnmetTrainingNeed, plan: CityPlan, training: TrainingCatalog, language l: Language) -> String {
        let need = plan.needs[u.need]
        var line = BimtekText.unmetLine(opd: need.opdID, module: training.module(need.module)?.title.text(l) ?? need.module,
                                        role: need.role.counted(l), participants: need.participants, reason: u.reason.text(l)).text(l)
        if let milestones = plan.endangered[u.need] { line += "; " + BimtekText.endangers(milestones.joined(separator: ", ")).text(l) }
        return line
    }
}
