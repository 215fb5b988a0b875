extension Pipeline {
    /// Scores the period (the latest when nil) and plans the roadmap from its actions.
    public static func roadmap(_ locations: InputLocations, periodID: String?, options: RoadmapOptions) -> (roadmap: Roadmap?, diagnostics: [Diagnostic]) {
        let (report, inputs, diagnostics) = score(locations, periodID: periodID)
        guard let report, let inputs else { return (nil, diagnostics) }
        let (roadmap, planDiagnostics) = RoadmapPlanner.plan(report, workspace: inputs.workspace, scope: inputs.scope, options: options)
        return (roadmap, diagnostics + planDiagnostics)
    }

    /// Scores the period and plans the roadmap and the Bimtek classes together (`CityPlanner`).
    public static func cityPlan(_ locations: InputLocations, periodID: String?, roadmapOptions: RoadmapOptions = RoadmapOptions(),
                                bimtekOptions: BimtekOptions = BimtekOptions(), withRoadmap: Bool = true)
        -> (plan: CityPlan?, report: ScoreReport?, diagnostics: [Diagnostic]) {
        var timings: [StageTiming] = []
        return cityPlan(locations, periodID: periodID, roadmapOptions: roadmapOptions, bimtekOptions: bimtekOptions, withRoadmap: withRoadmap,
                        timings: &timings)
    }

    /// `cityPlan`, with the wall time of scoring and of planning (`bimtek --timings`).
    public static func cityPlan(_ locations: InputLocations, periodID: String?, roadmapOptions: RoadmapOptions = RoadmapOptions(),
                                bimtekOptions: BimtekOptions = BimtekOptions(), withRoadmap: Bool = true, timings: inout [StageTiming])
        -> (plan: CityPlan?, report: ScoreReport?, diagnostics: [Diagnostic]) {
        let clock = ContinuousClock()
        let start = clock.now
        let (report, inputs, diagnostics) = score(locations, periodID: periodID)
        guard let report, let inputs else { return (nil, nil, diagnostics) }
        let planned = clock.now
        let (plan, planDiagnostics) = CityPlanner.plan(report, workspace: inputs.workspace, scope: inputs.scope, training: inputs.training,
                                                       roadmapOptions: roadmapOptions, bimtekOptions: bimtekOptions, withRoadmap: withRoadmap)
        timings += [StageTiming(stage: .periods, duration: planned - start), StageTiming(stage: .plans, duration: clock.now - planned)]
        return (plan, report, diagnostics + planDiagnostics)
    }

    /// The smallest capacity of `resource` whose plan meets every milestone more of it can
    /// meet, with that plan (the one `--capacity` with that number gives, Bimtek classes
    /// included); nil when the period cannot be planned.
    public static func minimumCapacity(_ locations: InputLocations, periodID: String?, resource: String,
                                       options: RoadmapOptions) -> (answer: CapacityAnswer?, diagnostics: [Diagnostic]) {
        let (report, inputs, diagnostics) = score(locations, periodID: periodID)
        guard let report, let inputs else { return (nil, diagnostics) }
        let (answer, planDiagnostics) = CityPlanner.minimumCapacity(report, workspace: inputs.workspace, scope: inputs.scope, training: inputs.training,
                                                                    resource: resource, roadmapOptions: options)
        return (answer, diagnostics + planDiagnostics)
    }
}
