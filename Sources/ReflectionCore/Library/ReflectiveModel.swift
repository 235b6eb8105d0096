/// A reflective model: the stages an entry walks through, as headings.
public enum ReflectiveModel: String, CaseIterable, Sendable {
    case driscoll, gibbs, kolb, free

    /// A stage: its heading and the questions it asks.
    public struct Stage: Equatable, Sendable {
        public var heading: String
        public var questions: String
    }

    /// The model's stages, in order (none for free writing).
    public var stages: [Stage] {
        switch self {
        case .driscoll:
            return [Stage(heading: "What?", questions: "What happened? What did I see and do? How did others react?"),
                    Stage(heading: "So what?", questions: "What did I feel then and now? What were the effects? What troubles me, and what good came of it?"),
                    Stage(heading: "Now what?", questions: "What are the implications? What will I do differently, and what do I need? What happens if I change nothing?")]
        case .gibbs:
            return [Stage(heading: "Description", questions: "What happened?"),
                    Stage(heading: "Feelings", questions: "What was I thinking and feeling?"),
                    Stage(heading: "Evaluation", questions: "What was good and bad about it?"),
                    Stage(heading: "Analysis", questions: "What sense can I make of it?"),
                    Stage(heading: "Conclusion", questions: "What else could I have done? What did I learn?"),
                    Stage(heading: "Action plan", questions: "If it arose again, what would I do?")]
        case .kolb:
            return [Stage(heading: "Concrete experience", questions: "What did I do?"),
                    Stage(heading: "Reflective observation", questions: "What did I and others notice?"),
                    Stage(heading: "Abstract conceptualisation", questions: "What idea explains it?"),
                    Stage(heading: "Active experimentation", questions: "What will I try next?")]
        case .free:
            return []
        }
    }

    /// The model's name as people write it.
    public var title: String {
        switch self {
        case .driscoll: return "Driscoll"
        case .gibbs: return "Gibbs"
        case .kolb: return "Kolb"
        case .free: return "Free writing"
        }
    }
}
