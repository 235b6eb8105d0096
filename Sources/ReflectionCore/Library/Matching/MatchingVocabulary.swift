/// The fixed word lists of the theme matcher: stop words, and the aliases
/// that say what stemming and spelling folding cannot.
enum MatchingVocabulary {
    /// Words too common to say anything about a theme: English function
    /// words, with contractions as the tokenizer leaves them ("dont").
    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "eg", "etc", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "ie", "if", "in", "into",
        "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no",
        "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
        "own", "re", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "cant", "couldnt",
        "wont", "wouldnt", "shouldnt", "mustnt", "neednt", "shant", "aint",
        // The filler of a journal entry: when it was written, how sure, and
        // words that stand for any thing or person. They say nothing about a
        // theme, and a long theme's notes would otherwise collect them.
        "today", "tonight", "yesterday", "tomorrow", "actually", "really", "quite", "maybe", "perhaps", "even", "still",
        "though", "although", "already", "ever", "instead", "rather", "else", "lot", "lots", "bit", "yes", "ok", "okay",
        "get", "gets", "got", "getting", "gotten", "went", "gone", "going", "goes", "said", "says", "saying",
        "thing", "things", "someone", "something", "everyone", "everything", "anyone", "anything", "nobody", "nothing",
        "somebody", "anybody", "seem", "seems", "seemed", "whether",
    ]

    /// Words and phrases (as written) and what they also mean: only what
    /// stemming and spelling folding cannot reach. Keys and values go
    /// through the same tokenizing, folding and stemming as the text, so a
    /// key matches every word with its stem: a key must not stem to a word
    /// that means something else.
    ///
    /// The table was once larger (acronyms spelt out, organisations'
    /// names, numbers in words, near-synonyms): measured with the curated
    /// keywords, those expansions added words common to many themes and
    /// cost accuracy on every labelled set (`bench/matching`, "without
    /// aliases"), so only irregular forms and spelling variants are left.
    static let aliases: [(String, String)] = [
        // Spellings and hyphenations of one word.
        ("a&e", "emergency department"), ("a and e", "emergency department"),
        ("burned out", "burnout exhausted"), ("burnt out", "burnout exhausted"), ("burn out", "burnout exhausted"),
        ("burning out", "burnout exhausted"), ("well being", "wellbeing"), ("well-being", "wellbeing"), ("siloed", "silo"),
        // Past tenses the stemmer cannot reach, and words it splits from their kin.
        ("cried", "cry tears"), ("cries", "cry"), ("wept", "cry tears"), ("weep", "cry tears"), ("weeping", "cry tears"),
        ("felt", "feel"), ("taught", "teach"), ("merge", "merger"), ("fought", "fight"), ("sued", "sue litigation"), ("suing", "sue litigation"),
    ]
}
