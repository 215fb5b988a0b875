/// Reads the single-mode `.sm` format of PSPLIB (Kolisch and Sprecher, "PSPLIB — A project
/// scheduling problem library", EJOR 96, 1996) into a `SchedulingProblem`.
///
/// The parts read: the header lines `jobs (incl. supersource/sink ):` and
/// `- renewable :` (plus `- nonrenewable` and `- doubly constrained`, which must be 0),
/// then the sections `PRECEDENCE RELATIONS:` (job, modes, number of successors,
/// successors), `REQUESTS/DURATIONS:` (job, mode, duration, one demand per resource) and
/// `RESOURCEAVAILABILITIES:` (one capacity per resource). Other lines are ignored.
///
/// Every job is kept, the dummy source and sink (duration 0) included, as activity
/// `number − 1` named by its job number, so makespans equal PSPLIB's and messages use the
/// file's numbers. Malformed input gives findings with file, line and column, never a trap.
public enum PSPLIBParser {
    static let precedenceTitle = "PRECEDENCE RELATIONS:"
    static let requestsTitle = "REQUESTS/DURATIONS:"
    static let availabilityTitle = "RESOURCEAVAILABILITIES:"

    /// The problem of `text`, or nil with the findings when it is malformed or unsolvable.
    /// `file` names the source in findings.
    public static func parse(_ text: String, file: String) -> (problem: SchedulingProblem?, findings: [Diagnostic]) {
        var reader = Reader(lines: PSPLIBLines(text), file: file)
        let problem = reader.problem()
        return (reader.findings.hasErrors ? nil : problem, reader.findings)
    }

    /// One parse: the lines and the findings collected so far.
    struct Reader {
        let lines: PSPLIBLines
        let file: String
        var findings: [Diagnostic] = []

        func location(_ line: PSPLIBLines.Line?, _ token: PSPLIBLines.Token? = nil) -> Diagnostic.Location {
            Diagnostic.Location(file: file, line: line?.number, column: token?.column ?? (line == nil ? nil : 1))
        }

        mutating func report(_ message: PlanningMessage, _ line: PSPLIBLines.Line?, _ token: PSPLIBLines.Token? = nil) {
            findings.append(Diagnostic(message, at: location(line, token)))
        }

        /// All numbers of a row, or nil after reporting the first that is not one.
        mutating func numbers(_ line: PSPLIBLines.Line, section: String) -> [Int]? {
            var values: [Int] = []
            for token in line.tokens {
                guard let value = Int(token.text) else {
                    report(.notAnInteger(found: String(token.text), section: section), line, token)
                    return nil
                }
                values.append(value)
            }
            return values
        }

        /// A header count such as `jobs (incl. supersource/sink ):  32`, nil when absent.
        mutating func headerCount(_ label: String) -> (value: Int, line: PSPLIBLines.Line)? {
            guard let (token, line) = lines.labelled(label) else { return nil }
            guard let value = Int(token.text) else {
                report(.notAnInteger(found: String(token.text), section: label), line, token)
                return nil
            }
            return (value, line)
        }

        mutating func section(_ title: String) -> [PSPLIBLines.Line]? {
            if let rows = lines.rows(of: title) { return rows }
            report(.missingSection(title), nil)
            return nil
        }

        mutating func problem() -> SchedulingProblem? {
            let jobs = headerCount("jobs (incl.")
            let renewable = headerCount("- renewable")
            for label in ["- nonrenewable", "- doubly constrained"] {
                if let (count, line) = headerCount(label), count != 0 { report(.nonrenewableResources(count: count), line) }
            }
            let precedence = section(PSPLIBParser.precedenceTitle)
            let requests = section(PSPLIBParser.requestsTitle)
            let availability = section(PSPLIBParser.availabilityTitle)
            guard let precedence, let requests, let availability, !findings.hasErrors else { return nil }
            let lines = self.lines
            func title(_ name: String) -> PSPLIBLines.Line? { lines.index(of: name).map { lines.lines[$0] } }

            // Sizes: from the rows themselves, checked against the header's counts.
            let n = precedence.count
            if let jobs, jobs.value != n {
                report(.jobCountMismatch(found: n, expected: jobs.value, section: PSPLIBParser.precedenceTitle), title(PSPLIBParser.precedenceTitle))
            }
            if requests.count != n {
                report(.jobCountMismatch(found: requests.count, expected: n, section: PSPLIBParser.requestsTitle), title(PSPLIBParser.requestsTitle))
            }
            guard let capacityRow = availability.first else {
                report(.wrongNumberCount(found: 0, expected: renewable?.value ?? 1, section: PSPLIBParser.availabilityTitle),
                       title(PSPLIBParser.availabilityTitle))
                return nil
            }
            for extra in availability.dropFirst() {
                report(.wrongNumberCount(found: extra.tokens.count, expected: 0, section: PSPLIBParser.availabilityTitle), extra)
            }
            guard let capacities = numbers(capacityRow, section: PSPLIBParser.availabilityTitle) else { return nil }
            if let renewable, renewable.value != capacities.count {
                report(.wrongNumberCount(found: capacities.count, expected: renewable.value, section: PSPLIBParser.availabilityTitle), capacityRow)
            }
            guard !findings.hasErrors else { return nil }

            var predecessors = Array(repeating: [Int](), count: n)
            for (i, row) in precedence.enumerated() {
                readPrecedence(row, job: i + 1, jobs: n, into: &predecessors)
            }
            var activities: [SchedulingProblem.Activity] = []
            for (i, row) in requests.enumerated() {
                guard let (duration, demands) = readRequest(row, job: i + 1, resources: capacities.count) else { continue }
                activities.append(SchedulingProblem.Activity(name: String(i + 1), duration: duration, demands: demands, predecessors: predecessors[i]))
            }
            guard !findings.hasErrors else { return nil }
            let resources = capacities.enumerated().map { SchedulingProblem.Resource(name: "R \($0.offset + 1)", capacity: $0.element) }
            let problem = SchedulingProblem(resources: resources, activities: activities)
            for finding in problem.validate() {
                var positioned = finding
                if let j = finding.activities.first {
                    let usesRequests = ["PLN002", "PLN004", "PLN005", "PLN006"].contains(finding.code)
                    positioned.location = location((usesRequests ? requests : precedence)[j])
                } else {
                    positioned.location = location(capacityRow)
                }
                findings.append(positioned)
            }
            return problem
        }

        /// `job modes #successors successors…`; successors become predecessors of theirs.
        mutating func readPrecedence(_ row: PSPLIBLines.Line, job: Int, jobs: Int, into predecessors: inout [[Int]]) {
            let section = PSPLIBParser.precedenceTitle
            guard let values = numbers(row, section: section) else { return }
            guard values.count >= 3 else {
                report(.wrongNumberCount(found: values.count, expected: 3, section: section), row)
                return
            }
            if values[0] != job { return report(.unexpectedJobNumber(found: values[0], expected: job), row, row.tokens[0]) }
            if values[1] != 1 { return report(.multipleModes(job: job, modes: values[1]), row, row.tokens[1]) }
            guard values[2] >= 0, values.count == 3 + values[2] else {
                return report(.wrongNumberCount(found: values.count, expected: 3 + max(values[2], 0), section: section), row, row.tokens[2])
            }
            for (k, successor) in values.dropFirst(3).enumerated() {
                guard successor >= 1, successor <= jobs else {
                    report(.successorOutOfRange(job: job, successor: successor, jobs: jobs), row, row.tokens[3 + k])
                    continue
                }
                predecessors[successor - 1].append(job - 1)
            }
        }

        /// `job mode duration demand…`.
        mutating func readRequest(_ row: PSPLIBLines.Line, job: Int, resources: Int) -> (Int, [Int])? {
            let section = PSPLIBParser.requestsTitle
            guard let values = numbers(row, section: section) else { return nil }
            guard values.count == 3 + resources else {
                report(.wrongNumberCount(found: values.count, expected: 3 + resources, section: section), row)
                return nil
            }
            if values[0] != job {
                report(.unexpectedJobNumber(found: values[0], expected: job), row, row.tokens[0])
                return nil
            }
            if values[1] != 1 {
                report(.multipleModes(job: job, modes: values[1]), row, row.tokens[1])
                return nil
            }
            return (values[2], Array(values.dropFirst(3)))
        }
    }
}
