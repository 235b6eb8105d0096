extension PromptLibrary {
    /// The library compiled into reflect from `Prompts/questions.json`, so that
    /// the executable works when copied alone to any folder, and starts
    /// without parsing JSON.
    public static func builtIn() -> PromptLibrary { embedded }
}
