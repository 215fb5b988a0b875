/// `roadmap/roadmap.ics`: the milestones and task starts as all-day events (iCalendar,
/// RFC 5545) for Kominfo's calendars.
///
/// Deterministic: UIDs come from the city, the period and the task; `DTSTAMP`, which the
/// standard requires, is the assessed period's date rather than the clock.
public enum RoadmapCalendarRenderer {
    public static func render(_ r: Roadmap, language l: Language) -> String {
        let stamp = compact(r.report.period.date) + "T000000Z"
        let prefix = "\(r.report.policy.city.id)-\(r.report.period.id)"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//smartcity//roadmap//\(l.rawValue.uppercased())", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + escape(RoadmapText.title(city: r.report.cityName.text(l)).text(l))]
        func event(uid: String, date: CalendarDate, summary: String, description: String) {
            lines += ["BEGIN:VEVENT", "UID:" + escape(uid) + "@smartcity", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(compact(date))",
                      "DTEND;VALUE=DATE:\(compact(date.addingDays(1)))", "SUMMARY:" + escape(summary), "DESCRIPTION:" + escape(description),
                      "TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        if let e = r.evaluation {
            let line = RoadmapLines.evaluationLines(e, roadmap: r, language: l).line
            event(uid: "\(prefix)-evaluation-\(e.year)-upload", date: e.due, summary: RoadmapText.calendarMilestone(RoadmapText.uploadCloses(year: e.year).text(l)).text(l),
                  description: line)
        }
        for m in r.milestones {
            let name = m.status.target.name.text(l)
            event(uid: "\(prefix)-milestone-\(m.status.target.id)", date: m.status.target.by,
                  summary: RoadmapText.calendarMilestone(name).text(l), description: RoadmapLines.milestoneLine(m, report: r.report, language: l))
        }
        let order = r.tasks.indices.sorted { (r.starts[$0], r.tasks[$0].name(r.report.opds)) < (r.starts[$1], r.tasks[$1].name(r.report.opds)) }
        for i in order {
            let t = r.tasks[i]
            // The title reads as words; the description keeps the task's id for whoever looks it up.
            let id = t.item.map { "\($0) (\(t.rule))" } ?? t.rule
            let description = "\(id), \(t.resource), \(r.calendar.date(r.starts[i])) – \(r.calendar.endDate(r.finishes[i]))"
            let label = RoadmapLines.taskTitle(t, report: r.report, language: l)
            event(uid: "\(prefix)-task-\(r.report.opds[t.opd].id)-\(t.item ?? t.rule)", date: r.calendar.date(r.starts[i]),
                  summary: RoadmapText.calendarTaskStart(task: label, opd: r.report.opds[t.opd].name).text(l), description: description)
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ d: CalendarDate) -> String { String(d.description.filter { $0 != "-" }) }

    /// TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks; other
    /// control characters, which §3.3.11 does not allow, are dropped. UIDs are TEXT too, so an
    /// id can never end a line and start a property of its own.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            case _ where c.value < 0x20 || (0x7F...0x9F).contains(c.value): continue
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Lines longer than 75 octets folded (§3.1): CRLF and a space, never inside a
    /// UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for c in line.unicodeScalars {
            let size = String(c).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(c)
            count += size
        }
        return out
    }
}
