import Testing

/// The planning tests, grouped so that `swift test --filter Planning` selects them all.
@Suite enum PlanningTests {}
