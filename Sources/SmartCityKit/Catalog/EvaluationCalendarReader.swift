/// Reads the policy's `evaluations`: per year, the dates of each stage, a stage being one day
/// (`"2026-09-20"`) or a window (`{"start": "2026-08-01", "end": "2026-09-15"}`). Stages must
/// follow each other: none starts or ends before the one before it.
enum EvaluationCalendarReader {
    /// The JSON key of each stage.
    static func key(_ stage: EvaluationCalendar.Stage) -> String { stage.rawValue }

    static let known = ["year", "method", "estimated", "source", "weight"] + EvaluationCalendar.Stage.allCases.map(key)

    static func read(_ top: JSONObjectView, context: JSONContext) -> [EvaluationCalendar] {
        var calendars: [EvaluationCalendar] = []
        var seen: [String: Int] = [:]
        for (node, path) in top.array("evaluations", required: false) ?? [] {
            guard let o = context.object(node, path: path, known: known) else { continue }
            let year = o.int("year")
            let method = o.string("method", required: false)
            let estimated = o.bool("estimated", required: false) ?? false
            let source = o.text("source", required: false)
            let weight = o.int("weight", in: Policy.milestoneWeights, required: false) ?? 1
            var windows: [EvaluationCalendar.Window] = []
            for stage in EvaluationCalendar.Stage.allCases {
                guard let window = self.window(o, stage, context: context) else { continue }
                if let previous = windows.last, window.start < previous.start || window.end < previous.end {
                    let at = o.members[key(stage)]
                    context.report(.evaluationStageOutOfOrder(stage: key(stage), dates: text(window), previous: key(previous.stage),
                                                              previousDates: text(previous)), at: at, path: o.path(key(stage)))
                }
                windows.append(window)
            }
            guard let year else { continue }
            let identity = "\(year) \(method ?? "")"
            if let first = seen[identity] {
                context.report(.duplicateEvaluation(year: year, firstLine: first), at: o.members["year"], path: o.path("year"))
                continue
            }
            seen[identity] = node.line
            var calendar = EvaluationCalendar(year: year, method: method, estimated: estimated, source: source, windows: windows, line: node.line)
            calendar.weight = weight
            calendars.append(calendar)
        }
        return calendars
    }

    static func window(_ o: JSONObjectView, _ stage: EvaluationCalendar.Stage, context: JSONContext) -> EvaluationCalendar.Window? {
        let name = key(stage)
        guard let node = o.members[name] else { return nil }
        if node.stringValue != nil {
            return o.date(name).map { EvaluationCalendar.Window(stage: stage, start: $0, end: $0, line: node.line) }
        }
        guard let w = context.object(node, path: o.path(name), known: ["start", "end"]) else { return nil }
        guard let start = w.date("start"), let end = w.date("end") else { return nil }
        if end < start {
            context.report(.endBeforeStart(start: start.description, end: end.description), at: w.members["end"], path: w.path("end"))
            return nil
        }
        return EvaluationCalendar.Window(stage: stage, start: start, end: end, line: node.line)
    }

    static func text(_ w: EvaluationCalendar.Window) -> String {
        w.start == w.end ? w.start.description : w.start.description + " – " + w.end.description
    }
}
