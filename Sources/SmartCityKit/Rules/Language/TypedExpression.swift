/// An expression after type checking: names resolved to what they read (indicator ids to
/// catalog positions, dimension keys to group positions), each node with its type.
///
/// Both the compiler and the reference interpreter work from this tree; no text is looked
/// at after it is built.
public struct TypedExpression: Sendable, Hashable {
    public indirect enum Node: Sendable, Hashable {
        case literal(RuleValue)
        case list([TypedExpression])
        case it
        case answer(AnswerField, IndicatorArgument)
        case opdScore(ScoreField)
        case city(CityField)
        case opd(OPDField)
        case services(ServiceAggregate, predicate: TypedExpression?)
        case service(ServiceField)
        case builtin(Builtin, [TypedExpression])
        case unary(RuleOperator, TypedExpression)
        case binary(RuleOperator, TypedExpression, TypedExpression)
        /// Operators of one precedence applied left to right (`RuleSyntax.chain`).
        case chain(TypedExpression, [TypedLink])
    }

    public var node: Node
    public var type: RuleType
    /// Offset of the expression in the rule's text.
    public var offset: Int
    /// How the expression reads in the rule, for traces (`level("SPBE-07")`); empty for
    /// the nodes that read nothing (operators, literals), which no trace shows — rendering
    /// every node would make checking quadratic in the nesting.
    public var label: String
}

/// One operator of a typed chain with its right operand.
public struct TypedLink: Sendable, Hashable {
    public var op: RuleOperator
    public var operand: TypedExpression
}

/// Which indicator a function reads: a fixed one, or `it`.
public enum IndicatorArgument: Sendable, Hashable {
    case fixed(IndicatorRef)
    case it
}

public enum AnswerField: String, Sendable, Hashable, CaseIterable {
    case level, selfLevel = "self", verified, evidence, answered, notApplicable = "not_applicable", target, gap, weight
}

public enum ScoreField: Sendable, Hashable {
    case index
    /// A group of the index method, by position in `allGroups`.
    case indexGroup(Int)
    case dimensions
    /// A group of the dimensions method, by position in `allGroups`.
    case dimensionGroup(Int)
}

public enum CityField: Sendable, Hashable {
    case level(IndicatorArgument)
    case score(ScoreField)
    case count(CityCount)
}

/// Counts of the city's OPDs: `city.opds()`, `city.daring()`, `city.integrated()`.
public enum CityCount: String, Sendable, Hashable, CaseIterable {
    case opds = "city.opds", daring = "city.daring", integrated = "city.integrated"
}

public enum OPDField: String, Sendable, Hashable, CaseIterable {
    case id, name, kind, tags, roles
    case leaders = "staff.leader", admins = "staff.admin", operators = "staff.operator", total = "staff.total"
}

public enum ServiceAggregate: String, Sendable, Hashable { case share, count }

public enum ServiceField: String, Sendable, Hashable { case stage, users }

public enum Builtin: String, Sendable, Hashable, CaseIterable { case min, max, coalesce }
