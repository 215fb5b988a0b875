/// The Bimtek CSV files: one registration list per class, and the budget per module and
/// per OPD. Excel-friendly like the other exports (`CSVWriter`: BOM, chosen separator,
/// formula guard).
public enum BimtekCSVRenderer {
    /// The OPDs of a class with their role and seats: what the organisers send out.
    public static func registration(_ c: BimtekClass, report: ScoreReport, training: TrainingCatalog, language l: Language, writer: CSVWriter) -> String {
        let header = [BimtekText.column(.module).text(l), BimtekText.column(.start).text(l), BimtekText.column(.end).text(l),
                      "id", BimtekText.column(.opd).text(l), BimtekText.column(.role).text(l), BimtekText.column(.seats).text(l)]
        let title = training.module(c.module)?.title.text(l) ?? c.module
        let rows = c.seats.map { s in
            [title, c.start.description, c.end.description, s.opdID, report.opds.indices.contains(s.opd) ? report.opds[s.opd].name : s.opdID,
             s.role.text(l), String(s.count)]
        }
        return writer.document(header: header, rows: rows)
    }

    /// Classes, participants and cost per module, then seats and cost per OPD, then the
    /// total against the budget.
    public static func budget(_ bimtek: BimtekPlan, training: TrainingCatalog, language l: Language, writer: CSVWriter) -> String {
        let header = [BimtekText.column(.module).text(l) + " / " + BimtekText.column(.opd).text(l), BimtekText.column(.classes).text(l),
                      BimtekText.column(.lowerBound).text(l), BimtekText.column(.participants).text(l), BimtekText.column(.cost).text(l)]
        var rows = bimtek.modules.filter { $0.classes > 0 }.map { m in
            [training.module(m.module)?.id ?? m.module, String(m.classes), String(m.lowerBound), String(m.plannedParticipants), String(m.cost)]
        }
        rows += BimtekBudget.perOPD(bimtek).map { [$0.opdID, "", "", String($0.seats), String($0.cost)] }
        rows.append([BimtekText.total.text(l), String(bimtek.classes.count), String(bimtek.modules.reduce(0) { $0 + $1.lowerBound }),
                     String(bimtek.classes.reduce(0) { $0 + $1.participants }), String(bimtek.totalCost)])
        rows.append([BimtekText.budgetHeading.text(l), "", "", "", String(bimtek.budget)])
        return writer.document(header: header, rows: rows)
    }
}
