/// What an expression may read, by the kind of rule it sits in: an `applies` rule is
/// decided before anything is answered, so it may read only the OPD itself; a `readiness`
/// rule runs while scoring, so it may read the OPD and its services; the others run after
/// scoring and may read everything.
public struct RuleCapabilities: Sendable, Hashable {
    public var kind: String
    public var answers: Bool
    public var scores: Bool
    public var city: Bool
    public var services: Bool
    public var it: Bool

    public static func forKind(_ kind: String, forEach: Bool) -> RuleCapabilities {
        switch kind {
        case "applies": return RuleCapabilities(kind: kind, answers: false, scores: false, city: false, services: false, it: false)
        case "readiness": return RuleCapabilities(kind: kind, answers: false, scores: false, city: false, services: true, it: false)
        default: return RuleCapabilities(kind: kind, answers: true, scores: true, city: true, services: true, it: forEach)
        }
    }
}

/// Type-checks an expression against the catalogs in use, resolving every name it reads.
///
/// Errors carry the offset of the offending part, so the loader can point at the column.
struct RuleChecker {
    let catalogs: CatalogSet
    let capabilities: RuleCapabilities
    var inPredicate = false

    static let answerFunctions: [String: AnswerField] = Dictionary(uniqueKeysWithValues: AnswerField.allCases.map { ($0.rawValue, $0) })
    static let functions = AnswerField.allCases.map(\.rawValue) + Builtin.allCases.map(\.rawValue)
        + ["index", "domain", "dimension", "city.level", "city.index", "city.domain", "city.dimension", "services.share", "services.count"]
        + CityCount.allCases.map(\.rawValue)
    static let opdMembers = ["id", "name", "kind", "tags", "roles", "staff"]
    static let staffMembers = ["leader", "admin", "operator", "total"]

    init(catalogs: CatalogSet, capabilities: RuleCapabilities) {
        self.catalogs = catalogs
        self.capabilities = capabilities
    }

    func check(_ s: RuleSyntax) throws(RuleSyntaxError) -> TypedExpression {
        func typed(_ node: TypedExpression.Node, _ type: RuleType) -> TypedExpression {
            TypedExpression(node: node, type: type, offset: s.offset, label: Self.reads(node) ? s.rendered : "")
        }
        switch s {
        case .number(let f, _): return typed(.literal(.number(f)), .number(optional: false))
        case .string(let v, _): return typed(.literal(.string(v)), .string(optional: false))
        case .bool(let b, _): return typed(.literal(.bool(b)), .bool)
        case .missing: return typed(.literal(.missing), .missing)
        case .list(let elements, let at):
            guard !elements.isEmpty else { throw RuleSyntaxError(.emptyList, at: at) }
            let typedElements = try elements.map { (e) throws(RuleSyntaxError) in try check(e) }
            if typedElements.allSatisfy({ $0.type == .number(optional: false) }) { return typed(.list(typedElements), .numberList) }
            if typedElements.allSatisfy({ $0.type == .string(optional: false) }) { return typed(.list(typedElements), .stringList) }
            let odd = typedElements.first { $0.type != typedElements[0].type } ?? typedElements[0]
            throw RuleSyntaxError(.expectedType(expected: "\(typedElements[0].type) (as the first element)", found: odd.type.description), at: odd.offset)
        case .name(let n, let at):
            switch n {
            case "it":
                guard capabilities.it else { throw RuleSyntaxError(.notAvailable("it", in: capabilities.kind + " (forEach: indicator)"), at: at) }
                return typed(.it, .indicator)
            case "stage" where inPredicate: return typed(.service(.stage), .number(optional: false))
            case "users" where inPredicate: return typed(.service(.users), .number(optional: true))
            case "opd", "city", "services":
                throw RuleSyntaxError(.expectedType(expected: "a value", found: n), at: at)
            default:
                let known = ["it", "opd", "city", "services", "true", "false", "missing"] + (inPredicate ? ["stage", "users"] : [])
                if Self.functions.contains(n) {
                    throw RuleSyntaxError(.expected("\(n)(…)", found: n), at: at)
                }
                throw RuleSyntaxError(.unknownName(n, suggestion: Suggestion.closest(to: n, in: known)), at: at)
            }
        case .member(_, let member, let at):
            guard let path = s.path else { throw RuleSyntaxError(.unknownMember(member, of: "value", known: []), at: at) }
            return try checkMember(path, at: at, typed: typed)
        case .call(let callee, let arguments, let at):
            guard let name = callee.path else { throw RuleSyntaxError(.unknownFunction(callee.rendered, suggestion: nil), at: at) }
            return try checkCall(name, arguments, at: at, typed: typed)
        case .unary(let op, let operand, _):
            let e = try check(operand)
            if op == .not {
                guard e.type == .bool else { throw RuleSyntaxError(.expectedType(expected: "true/false", found: e.type.description), at: e.offset) }
                return typed(.unary(.not, e), .bool)
            }
            guard e.type.isNumber else { throw RuleSyntaxError(.expectedType(expected: "a number", found: e.type.description), at: e.offset) }
            if case .literal(.number(let f)) = e.node {
                guard let negated = f.negated() else { throw RuleSyntaxError(.constantOverflow("-" + f.description), at: s.offset) }
                return typed(.literal(.number(negated)), e.type)
            }
            return typed(.unary(.negate, e), e.type)
        case .binary(let op, let l, let r, let at):
            let left = try check(l), right = try check(r)
            let type = try Self.resultType(op, left.type, right.type, at: at)
            if let folded = try Self.fold(op, left, right, at: at) { return typed(.literal(.number(folded)), type) }
            return typed(.binary(op, left, right), type)
        case .chain(let first, let links):
            // A loop over the operands: one level of recursion for the whole chain. A run of
            // number literals at its start is computed now (see `fold`).
            var head = try check(first)
            var type = head.type
            var typedLinks: [TypedLink] = []
            for link in links {
                let right = try check(link.operand)
                type = try Self.resultType(link.op, type, right.type, at: link.offset)
                if typedLinks.isEmpty, let folded = try Self.fold(link.op, head, right, at: link.offset) {
                    head = TypedExpression(node: .literal(.number(folded)), type: type, offset: head.offset, label: "")
                } else {
                    typedLinks.append(TypedLink(op: link.op, operand: right))
                }
            }
            return typed(typedLinks.isEmpty ? head.node : .chain(head, typedLinks), type)
        }
    }

    /// A literal as written when four decimals show it exactly, else as `n/d`.
    static func exact(_ f: Fraction) -> String {
        let text = f.plainText()
        return Fraction(decimal: text) == f ? text : f.description
    }

    /// Whether a node reads the assessment: the nodes a trace labels.
    static func reads(_ node: TypedExpression.Node) -> Bool {
        switch node {
        case .answer, .opdScore, .city, .opd, .services: return true
        default: return false
        }
    }

    /// The value of arithmetic on two number literals, computed now so that `validate`
    /// reports what `run` would trip on; nil when either side is not a literal or the
    /// divisor is zero (that gives `missing` when evaluated).
    static func fold(_ op: RuleOperator, _ l: TypedExpression, _ r: TypedExpression, at: Int) throws(RuleSyntaxError) -> Fraction? {
        guard op.isArithmetic, case .literal(.number(let x)) = l.node, case .literal(.number(let y)) = r.node, !y.isZero else { return nil }
        guard let result = op.apply(x, y) else {
            throw RuleSyntaxError(.constantOverflow(exact(x) + " " + op.rawValue + " " + exact(y)), at: at)
        }
        return result
    }

    static func resultType(_ op: RuleOperator, _ l: RuleType, _ r: RuleType, at: Int) throws(RuleSyntaxError) -> RuleType {
        let mismatch = RuleSyntaxError(.typeMismatch(operator: op.rawValue, left: l.description, right: r.description), at: at)
        switch op {
        case .and, .or:
            guard l == .bool, r == .bool else { throw mismatch }
            return .bool
        case .plus, .minus, .times, .divide:
            guard l.isNumber, r.isNumber else { throw mismatch }
            // Division by zero gives missing, so a quotient is always optional.
            return .number(optional: l.isOptional || r.isOptional || op == .divide)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard l.isNumber, r.isNumber else { throw mismatch }
            return .bool
        case .equal, .notEqual:
            switch (l, r) {
            case (.number, .number), (.string, .string), (.bool, .bool): return .bool
            case (.missing, let other), (let other, .missing):
                guard other.isOptional else { throw mismatch }
                return .bool
            default: throw mismatch
            }
        case .isIn:
            switch (l, r) {
            case (.string(false), .stringList), (.number(false), .numberList): return .bool
            default: throw mismatch
            }
        case .not, .negate: throw mismatch
        }
    }

    func checkMember(_ path: String, at: Int, typed: (TypedExpression.Node, RuleType) -> TypedExpression) throws(RuleSyntaxError) -> TypedExpression {
        let parts = path.split(separator: ".").map(String.init)
        guard parts.first == "opd" else {
            if ["city", "services"].contains(parts[0]) {
                throw RuleSyntaxError(.expected("\(path)(…)", found: path), at: at)
            }
            throw RuleSyntaxError(.unknownName(parts[0], suggestion: Suggestion.closest(to: parts[0], in: ["opd", "city", "services"])), at: at)
        }
        switch parts.count {
        case 2:
            switch parts[1] {
            case "id": return typed(.opd(.id), .string(optional: false))
            case "name": return typed(.opd(.name), .string(optional: false))
            case "kind": return typed(.opd(.kind), .string(optional: false))
            case "tags": return typed(.opd(.tags), .stringList)
            case "roles": return typed(.opd(.roles), .stringList)
            default: throw RuleSyntaxError(.unknownMember(parts[1], of: "opd", known: Self.opdMembers), at: at)
            }
        case 3 where parts[1] == "staff":
            let fields: [String: OPDField] = ["leader": .leaders, "admin": .admins, "operator": .operators, "total": .total]
            guard let field = fields[parts[2]] else { throw RuleSyntaxError(.unknownMember(parts[2], of: "opd.staff", known: Self.staffMembers), at: at) }
            return typed(.opd(field), .number(optional: true))
        default:
            throw RuleSyntaxError(.unknownMember(parts.dropFirst().joined(separator: "."), of: "opd", known: Self.opdMembers), at: at)
        }
    }

    func require(_ available: Bool, _ what: String, at: Int) throws(RuleSyntaxError) {
        if !available { throw RuleSyntaxError(.notAvailable(what, in: capabilities.kind), at: at) }
    }

    func arity(_ name: String, _ arguments: [RuleSyntax], _ expected: Int, at: Int) throws(RuleSyntaxError) {
        if arguments.count != expected { throw RuleSyntaxError(.wrongArity(function: name, expected: String(expected), found: arguments.count), at: at) }
    }

    func indicatorArgument(_ name: String, _ arguments: [RuleSyntax], at: Int) throws(RuleSyntaxError) -> IndicatorArgument {
        try arity(name, arguments, 1, at: at)
        switch arguments[0] {
        case .string(let id, let argAt):
            guard let ref = catalogs.resolve(id) else {
                throw RuleSyntaxError(.unknownIndicator(id, suggestion: catalogs.suggestion(for: id)), at: argAt)
            }
            return .fixed(ref)
        case .name("it", let argAt):
            guard capabilities.it else { throw RuleSyntaxError(.notAvailable("it", in: capabilities.kind + " (forEach: indicator)"), at: argAt) }
            return .it
        default:
            throw RuleSyntaxError(.indicatorArgumentNotLiteral(function: name), at: arguments[0].offset)
        }
    }

    /// The position in `allGroups` of the outermost group numbered `n`.
    func domainPosition(_ arguments: [RuleSyntax], name: String, at: Int) throws(RuleSyntaxError) -> Int {
        try arity(name, arguments, 1, at: at)
        let catalog = catalogs.index
        guard case .number(let f, let argAt) = arguments[0] else {
            throw RuleSyntaxError(.expectedType(expected: "a domain number", found: arguments[0].rendered), at: arguments[0].offset)
        }
        let all = catalog.allGroups
        guard f.denominator == 1, let position = all.firstIndex(where: { $0.depth == 0 && $0.number.map(Int64.init) == f.numerator }) else {
            throw RuleSyntaxError(.unknownDomain(Int(f.numerator), count: catalog.groups.count), at: argAt)
        }
        return position
    }

    func dimensionPosition(_ arguments: [RuleSyntax], name: String, at: Int) throws(RuleSyntaxError) -> Int {
        try arity(name, arguments, 1, at: at)
        let all = catalogs.dimensions.allGroups
        guard case .string(let key, let argAt) = arguments[0] else {
            throw RuleSyntaxError(.expectedType(expected: "a dimension key in quotes", found: arguments[0].rendered), at: arguments[0].offset)
        }
        guard let position = all.firstIndex(where: { $0.id == key }) else {
            throw RuleSyntaxError(.unknownDimension(key, known: catalogs.dimensions.groups.map(\.id)), at: argAt)
        }
        return position
    }

    func checkCall(_ name: String, _ arguments: [RuleSyntax], at: Int,
                   typed: (TypedExpression.Node, RuleType) -> TypedExpression) throws(RuleSyntaxError) -> TypedExpression {
        if let field = Self.answerFunctions[name] {
            if field != .weight { try require(capabilities.answers, name + "()", at: at) }
            let argument = try indicatorArgument(name, arguments, at: at)
            let type: RuleType
            switch field {
            case .level, .selfLevel, .verified, .target: type = .number(optional: true)
            case .gap, .weight: type = .number(optional: false)
            case .evidence: type = .string(optional: true)
            case .answered, .notApplicable: type = .bool
            }
            return typed(.answer(field, argument), type)
        }
        switch name {
        case "index":
            try require(capabilities.scores, "index()", at: at)
            try arity(name, arguments, 0, at: at)
            return typed(.opdScore(.index), .number(optional: true))
        case "domain":
            try require(capabilities.scores, "domain()", at: at)
            return typed(.opdScore(.indexGroup(try domainPosition(arguments, name: name, at: at))), .number(optional: true))
        case "dimension":
            try require(capabilities.scores, "dimension()", at: at)
            return typed(.opdScore(.dimensionGroup(try dimensionPosition(arguments, name: name, at: at))), .number(optional: true))
        case "city.level":
            try require(capabilities.city, name + "()", at: at)
            return typed(.city(.level(try indicatorArgument(name, arguments, at: at))), .number(optional: true))
        case "city.index":
            try require(capabilities.city, name + "()", at: at)
            try arity(name, arguments, 0, at: at)
            return typed(.city(.score(.index)), .number(optional: true))
        case "city.domain":
            try require(capabilities.city, name + "()", at: at)
            return typed(.city(.score(.indexGroup(try domainPosition(arguments, name: name, at: at)))), .number(optional: true))
        case "city.dimension":
            try require(capabilities.city, name + "()", at: at)
            return typed(.city(.score(.dimensionGroup(try dimensionPosition(arguments, name: name, at: at)))), .number(optional: true))
        case "city.opds", "city.daring", "city.integrated":
            try require(capabilities.city, name + "()", at: at)
            try arity(name, arguments, 0, at: at)
            return typed(.city(.count(CityCount(rawValue: name) ?? .opds)), .number(optional: false))
        case "services.share", "services.count":
            try require(capabilities.services, name + "()", at: at)
            guard !inPredicate else { throw RuleSyntaxError(.notAvailable(name + "()", in: "services predicate"), at: at) }
            let aggregate: ServiceAggregate = name == "services.share" ? .share : .count
            if aggregate == .count, arguments.isEmpty { return typed(.services(.count, predicate: nil), .number(optional: false)) }
            guard arguments.count == 1 else {
                throw RuleSyntaxError(.wrongArity(function: name, expected: aggregate == .count ? "0–1" : "1", found: arguments.count), at: at)
            }
            var inner = self
            inner.inPredicate = true
            let predicate = try inner.check(arguments[0])
            guard predicate.type == .bool else {
                throw RuleSyntaxError(.expectedType(expected: "a condition on stage or users", found: predicate.type.description), at: predicate.offset)
            }
            return typed(.services(aggregate, predicate: predicate), .number(optional: aggregate == .share))
        case "min", "max":
            guard !arguments.isEmpty else { throw RuleSyntaxError(.wrongArity(function: name, expected: "1+", found: 0), at: at) }
            let typedArguments = try arguments.map { (a) throws(RuleSyntaxError) in try check(a) }
            for a in typedArguments where !a.type.isNumber {
                throw RuleSyntaxError(.expectedType(expected: "a number", found: a.type.description), at: a.offset)
            }
            return typed(.builtin(name == "min" ? .min : .max, typedArguments), .number(optional: typedArguments.contains { $0.type.isOptional }))
        case "coalesce":
            try arity(name, arguments, 2, at: at)
            let a = try check(arguments[0]), b = try check(arguments[1])
            switch (a.type, b.type) {
            case (.number, .number(let o)): return typed(.builtin(.coalesce, [a, b]), .number(optional: o))
            case (.string, .string(let o)): return typed(.builtin(.coalesce, [a, b]), .string(optional: o))
            default:
                throw RuleSyntaxError(.typeMismatch(operator: "coalesce", left: a.type.description, right: b.type.description), at: at)
            }
        default:
            throw RuleSyntaxError(.unknownFunction(name, suggestion: Suggestion.closest(to: name, in: Self.functions)), at: at)
        }
    }
}
