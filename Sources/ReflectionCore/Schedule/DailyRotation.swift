/// The simple deterministic rotation `reflect today` uses until the real
/// scheduler arrives: day by day it walks the themes in library order, and on
/// each pass through them takes each theme's next prompt.
public enum DailyRotation {
    /// The prompt for a date. The same date gives the same prompt everywhere.
    public static func prompt(for date: CalendarDate, in library: PromptLibrary) -> PlacedPrompt? {
        let themes = library.questions.flatMap { q in q.themes.map { (q, $0) } }
        guard !themes.isEmpty else { return nil }
        let day = date.dayNumber
        let pass = floorDivide(day, themes.count)
        let (question, theme) = themes[day - pass * themes.count]
        guard !theme.prompts.isEmpty else { return nil }
        let prompt = theme.prompts[pass - floorDivide(pass, theme.prompts.count) * theme.prompts.count]
        return PlacedPrompt(prompt: prompt, theme: theme, question: question)
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
