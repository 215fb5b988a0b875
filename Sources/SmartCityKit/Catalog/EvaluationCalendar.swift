/// One year's national evaluation as the city plans around it (`evaluations` in the policy):
/// the dated stages of the index method's evaluation, from the upload of the evidence to the
/// final results. The dates are the ministry's for the year, written down by the city (the
/// policy cites where each year's dates come from); a year not yet announced is marked an
/// estimate.
public struct EvaluationCalendar: Sendable, Hashable {
    /// The stages of an evaluation, in the order they follow each other.
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        /// The units upload their evidence items to the evaluation portal.
        case upload
        /// The external assessors' verdict on each item (*penilaian dokumen*).
        case documentResults
        /// Clarification and the appeal (*sanggah*) against the document results.
        case interview
        /// The assessors' visit, where needed.
        case visitation
        /// The results are set and published.
        case results
    }

    /// A stage's dates: one day, or from `start` to `end` inclusive.
    public struct Window: Sendable, Hashable {
        public var stage: Stage
        public var start: CalendarDate
        public var end: CalendarDate
        public var line: Int
    }

    public var year: Int
    /// The index method evaluated (a catalog id); nil for whichever method the period uses.
    public var method: String?
    /// Whether the dates are the city's estimate, not yet announced.
    public var estimated: Bool
    /// Where the dates come from.
    public var source: LocalizedText?
    /// The stages the policy dates, in stage order.
    public var windows: [Window]
    public var line: Int
    /// What each month of missing the upload costs, relative to the policy's other
    /// milestones (`Policy.milestoneWeights`).
    public var weight: Int = 1

    public func window(_ stage: Stage) -> Window? { windows.first { $0.stage == stage } }

    /// The last day evidence can be uploaded: what the items a unit owes are due by.
    public var uploadDeadline: CalendarDate? { window(.upload)?.end }

    /// The last dated day of the evaluation.
    public var end: CalendarDate? { windows.map(\.end).max() }
}
