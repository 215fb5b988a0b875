/// The text `smartcity schedule` prints: one row per instance, then the set's deviation
/// from the critical-path bound and from the optima or best known makespans.
///
/// Without `timings` the text depends only on the instances and the solver's options, so
/// the same inputs give byte-identical output; with it, a time column and a total time line
/// (measurements) are added.
public enum PSPLIBBenchmarkText {
    public static func render(_ benchmark: PSPLIBBenchmark, language l: Language, timings: Bool = false) -> String {
        let separator = l.pick(id: ",", en: ".")
        func percent(_ value: Double?) -> String { value.map { decimal($0, separator) } ?? "—" }
        let optima = benchmark.referencesAreOptima
        var header = [l.pick(id: "instans", en: "instance"), "makespan", l.pick(id: "batas bawah", en: "lower bound"),
                      l.pick(id: "selisih %", en: "gap %"), optima ? "optimum" : l.pick(id: "terbaik diketahui", en: "best known"),
                      l.pick(id: "deviasi %", en: "deviation %"),
                      l.pick(id: "jadwal", en: "schedules"), l.pick(id: "terbaik pada", en: "best at")]
        if timings { header.append(l.pick(id: "waktu s", en: "time s")) }
        var table = TextTable(header: header, rightAligned: Set(1..<header.count))
        for run in benchmark.runs {
            var row = [run.path, String(run.makespan), String(run.lowerBound), percent(run.gap), run.reference.map { String($0.makespan) } ?? "—",
                       percent(run.deviation), String(run.schedulesGenerated), String(run.bestFoundAt)]
            if timings { row.append(decimal(run.seconds, separator, places: 3)) }
            table.rows.append(row)
        }
        var out = table.rendered() + "\n"
        let count = benchmark.runs.count
        let known = benchmark.withReference.count
        let schedules = benchmark.runs.reduce(0) { $0 + $1.schedulesGenerated }
        out += l.pick(id: "\(count) instans, \(schedules) jadwal dibangkitkan",
                      en: "\(count) instance\(count == 1 ? "" : "s"), \(schedules) schedules generated") + "\n"
        if count > 0 {
            let average = percent(benchmark.averageCriticalPathDeviation), max = percent(benchmark.maxCriticalPathDeviation)
            out += l.pick(id: "deviasi dari batas lintasan kritis: rata-rata \(average) %, maksimum \(max) %",
                          en: "deviation from the critical-path bound: average \(average) %, max \(max) %") + "\n"
        }
        if known > 0 {
            let average = percent(benchmark.averageDeviation), max = percent(benchmark.maxDeviation), reached = benchmark.referenceReachedCount
            if optima {
                out += l.pick(id: "deviasi dari optimum: rata-rata \(average) %, maksimum \(max) %; optimum tercapai \(reached) dari \(known)",
                              en: "deviation from the optimum: average \(average) %, max \(max) %; optimum reached \(reached) of \(known)") + "\n"
            } else {
                out += l.pick(id: "deviasi dari yang terbaik diketahui: rata-rata \(average) %, maksimum \(max) %; tercapai \(reached) dari \(known)",
                              en: "deviation from the best known: average \(average) %, max \(max) %; reached \(reached) of \(known)") + "\n"
            }
        }
        if timings {
            let sum = benchmark.runs.reduce(0) { $0 + $1.seconds }
            let perSchedule = decimal(schedules > 0 ? sum * 1e6 / Double(schedules) : 0, separator, places: 1)
            out += l.pick(id: "waktu total \(decimal(benchmark.seconds, separator)) s (jumlah per instans \(decimal(sum, separator)) s; \(perSchedule) µs per jadwal)",
                          en: "total time \(decimal(benchmark.seconds, separator)) s (sum over instances \(decimal(sum, separator)) s; \(perSchedule) µs per schedule)") + "\n"
        }
        return out
    }

    /// `value` with `places` decimals, half away from zero, without locale.
    static func decimal(_ value: Double, _ separator: String, places: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale), fraction = String(scaled % Int(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return sign + String(whole) + separator + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
