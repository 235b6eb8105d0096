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

    /// Words and phrases (as written) and what they also mean: expansions,
    /// so the words themselves still count. Keys and values go through the
    /// same tokenizing, folding and stemming as the text, so a key matches
    /// every word with its stem ("merge" is also "merging" and "merged"):
    /// a key must not stem to a word that means something else.
    static let aliases: [(String, String)] = [
        ("a&e", "emergency department"), ("a and e", "emergency department"), ("ed", "emergency department"),
        ("burnout", "burned out exhausted"), ("burned out", "burnout exhausted"), ("burnt out", "burnout exhausted"),
        ("burn out", "burnout exhausted"), ("burning out", "burnout exhausted"),
        ("well being", "wellbeing"), ("well-being", "wellbeing"),
        ("ceo", "chief executive"), ("chief exec", "chief executive"), ("chief executive", "ceo"),
        ("council", "local authority"), ("councils", "local authorities"), ("local authority", "council"),
        ("social services", "social care"), ("third sector", "voluntary sector charity"),
        ("voluntary sector", "third sector charity"), ("vcse", "third sector voluntary charity"), ("charities", "third sector"),
        ("pcn", "primary care network"), ("gp practice", "general practice"),
        ("nhse", "nhs england"), ("cqc", "regulator"), ("ofsted", "regulator inspection"),
        ("qi", "quality improvement"), ("cip", "cost improvement"), ("cips", "cost improvement"),
        ("ot", "occupational therapist"), ("ots", "occupational therapists"), ("ahp", "allied health professional"),
        ("ahps", "allied health professionals"), ("hca", "healthcare assistant"), ("hcas", "healthcare assistants"),
        ("human resources", "hr"),
        ("ics", "integrated care system"), ("icb", "integrated care board"), ("stp", "sustainability transformation plan"),
        ("stps", "sustainability transformation plans"),
        ("miles an hour", "mph speed"), ("miles per hour", "mph speed"),
        ("thirty", "30"), ("forty", "40"), ("fifty", "50"), ("seventy", "70"), ("eighty", "80"), ("ninety", "90"),
        ("hundred and fifty", "150"), ("eighty five", "85"), ("eighty-five", "85"), ("85s", "85"),
        ("per cent", "percent"), ("half", "50 percent"),
        ("siloed", "silo"), ("us and them", "tribes silos"),
        ("merge", "merger"), ("takeover", "merger acquisition"),
        ("backlog", "waiting list"),
        ("off sick", "sickness"), ("sick leave", "sickness"), ("time off", "leave rest"),
        ("told off", "judged"), ("saving face", "masking"),
        // Past tenses the stemmer cannot reach, and words it splits from their kin.
        ("cried", "cry tears"), ("cries", "cry"), ("wept", "cry tears"), ("weep", "cry tears"), ("weeping", "cry tears"),
        ("felt", "feel"), ("taught", "teach"), ("fought", "fight"), ("sued", "sue litigation"), ("suing", "sue litigation"),
        ("firefighting", "fire fighting"), ("vs", "versus"),
        // Clinical and NHS shorthand.
        ("f1", "foundation doctor junior doctor"), ("f1s", "foundation doctors junior doctors"),
        ("fy1", "foundation doctor junior doctor"), ("fy1s", "foundation doctors junior doctors"),
        ("f2", "foundation doctor junior doctor"), ("f2s", "foundation doctors junior doctors"),
        ("physio", "physiotherapist therapist"), ("physiotherapist", "therapist"), ("physiotherapy", "therapist"),
        ("speech and language", "therapist"), ("salt", "speech language therapist"),
        ("paramedic", "ambulance"), ("paramedics", "ambulance"),
        ("dn", "district nurse community nurse"), ("district nurse", "community nurse"), ("district nursing", "community nursing"),
        ("exec", "executive"), ("meds", "medication medicines"), ("kids", "children"), ("medics", "doctors medical"),
        ("docs", "doctors"), ("icu", "intensive care"), ("itu", "intensive care"), ("mdt", "multidisciplinary team"),
        ("ccg", "clinical commissioning group commissioners"), ("camhs", "children young people mental health"),
        ("ooh", "out of hours"), ("comms", "communications"), ("bame", "ethnic minority"),
        ("edi", "equality diversity inclusion"), ("ftsu", "freedom to speak up"), ("rag", "red amber green"),
        ("tupe", "transfer staff"), ("coo", "chief operating officer"), ("cfo", "finance director"),
        ("ned", "non-executive director"), ("neds", "non-executive directors"), ("non exec", "non-executive"),
        ("ward manager", "frontline manager"), ("ward managers", "frontline managers"), ("team leader", "frontline manager"),
        ("team leaders", "frontline managers"), ("old folk", "older people"), ("pensioners", "older people"),
        ("999", "ambulance emergency"), ("ambo", "ambulance"), ("mh", "mental health"),
    ]
}
