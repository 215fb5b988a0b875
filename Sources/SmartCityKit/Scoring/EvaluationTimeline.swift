/// Where a period stands against the evaluation it prepares for: the policy's calendar for
/// that evaluation and, as of a date, each stage to come, open or past with its days left.
/// Worked out once, when scoring; the dashboard, the summary, the unit pages (the items' due
/// date) and the appeal sheet read it.
public struct EvaluationTimeline: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        /// Opens in this many days.
        case upcoming(opensIn: Int)
        /// Open; this many days after today until it closes (0: today is the last day).
        case open(closesIn: Int)
        case past
    }

    public struct StageState: Sendable, Hashable {
        public var window: EvaluationCalendar.Window
        public var state: State
    }

    public var calendar: EvaluationCalendar
    /// The date the days are counted from: the period's date.
    public var asOf: CalendarDate
    public var stages: [StageState]

    /// What the items a unit owes are due by: the last day of the upload.
    public var due: CalendarDate? { calendar.uploadDeadline }

    /// The evaluation a period prepares for: among the policy's calendars of the period's
    /// method (or of any method), the earliest that is not over by `asOf`.
    public static func next(_ calendars: [EvaluationCalendar], method: String, asOf: CalendarDate) -> EvaluationTimeline? {
        let candidates = calendars.filter { ($0.method == nil || $0.method == method) && !(($0.end ?? asOf) < asOf) }
        guard let calendar = candidates.min(by: { ($0.year, $0.line) < ($1.year, $1.line) }) else { return nil }
        let stages = calendar.windows.map { window -> StageState in
            let state: State
            if asOf < window.start {
                state = .upcoming(opensIn: asOf.days(to: window.start))
            } else if !(window.end < asOf) {
                state = .open(closesIn: asOf.days(to: window.end))
            } else {
                state = .past
            }
            return StageState(window: window, state: state)
        }
        return EvaluationTimeline(calendar: calendar, asOf: asOf, stages: stages)
    }
}
