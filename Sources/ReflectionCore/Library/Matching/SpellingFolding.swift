/// Folds British spellings into American ones before stemming, so that
/// "organisation" and "organization", "behaviour" and "behavior" meet.
///
/// The Porter stemmer is blind to spelling: it stems "organization" to
/// "organ" but "organisation" to "organis", and leaves "behaviour" and
/// "behavior" apart. A small rule set covers the regular patterns (-ise,
/// -isation, -yse, -our), each with the words it must not touch ("promise",
/// "hour", "detour"); a table covers the rest ("centre", "programme",
/// "paediatric", "learnt").
///
/// ```swift
/// SpellingFolding.fold("organisational") // "organizational"
/// SpellingFolding.fold("neighbourhood")  // "neighborhood"
/// SpellingFolding.fold("promise")        // "promise"
/// ```
public enum SpellingFolding {
    /// `word` (one lower-case word) in American spelling, or unchanged.
    public static func fold(_ word: String) -> String {
        if let folded = table[word] { return folded }
        let bytes = word.utf8
        guard bytes.count >= 5, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        // Most words have neither ending: look for "is"/"ys" or "our" before trying the rules.
        var hasIs = false, hasOur = false
        var previous2: UInt8 = 0, previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "s"), previous == UInt8(ascii: "i") || previous == UInt8(ascii: "y") { hasIs = true }
            if byte == UInt8(ascii: "r"), previous == UInt8(ascii: "u"), previous2 == UInt8(ascii: "o") { hasOur = true }
            previous2 = previous
            previous = byte
        }
        if hasIs, let folded = foldIse(word) { return folded }
        if hasOur, let folded = foldOur(word) { return folded }
        return word
    }

    /// Whole words the rules cannot reach: -tre, -ogue, -mme, ae and oe, -ence, -t past tenses, and a few more.
    static let table: [String: String] = {
        var table: [String: String] = [:]
        let pairs: [(String, String)] = [
            ("centre", "center"), ("centres", "centers"), ("centred", "centered"), ("theatre", "theater"), ("theatres", "theaters"),
            ("metre", "meter"), ("metres", "meters"), ("litre", "liter"), ("fibre", "fiber"), ("calibre", "caliber"),
            ("sombre", "somber"), ("spectre", "specter"), ("meagre", "meager"), ("manoeuvre", "maneuver"),
            ("catalogue", "catalog"), ("dialogue", "dialog"), ("dialogues", "dialogs"), ("analogue", "analog"),
            ("programme", "program"), ("programmes", "programs"), ("grey", "gray"),
            ("paediatric", "pediatric"), ("paediatrics", "pediatrics"), ("paediatrician", "pediatrician"), ("paediatricians", "pediatricians"),
            ("anaesthetic", "anesthetic"), ("anaesthetist", "anesthetist"), ("anaesthetists", "anesthetists"), ("anaesthesia", "anesthesia"),
            ("orthopaedic", "orthopedic"), ("orthopaedics", "orthopedics"), ("haematology", "hematology"), ("gynaecology", "gynecology"),
            ("anaemia", "anemia"), ("oedema", "edema"), ("foetal", "fetal"), ("oesophagus", "esophagus"), ("diarrhoea", "diarrhea"),
            ("encyclopaedia", "encyclopedia"), ("mediaeval", "medieval"),
            ("licence", "license"), ("licences", "licenses"), ("defence", "defense"), ("defences", "defenses"),
            ("offence", "offense"), ("offences", "offenses"), ("pretence", "pretense"),
            ("practise", "practice"), ("practised", "practiced"), ("practises", "practices"), ("practising", "practicing"),
            ("judgement", "judgment"), ("judgements", "judgments"), ("acknowledgement", "acknowledgment"),
            ("ageing", "aging"), ("sceptic", "skeptic"), ("sceptical", "skeptical"), ("scepticism", "skepticism"),
            ("learnt", "learned"), ("unlearnt", "unlearned"), ("burnt", "burned"), ("spelt", "spelled"), ("dreamt", "dreamed"), ("spoilt", "spoiled"),
            ("whilst", "while"), ("amongst", "among"), ("enrol", "enroll"), ("enrolment", "enrollment"), ("fulfil", "fulfill"),
            ("fulfilment", "fulfillment"), ("skilful", "skillful"), ("wilful", "willful"), ("instil", "instill"),
            ("cheque", "check"), ("cheques", "checks"), ("tyre", "tire"), ("kerb", "curb"), ("plough", "plow"),
            ("mould", "mold"), ("moult", "molt"), ("storey", "story"), ("jewellery", "jewelry"), ("aluminium", "aluminum"),
        ]
        for (british, american) in pairs { table[british] = american }
        return table
    }()

    /// Words ending in -ise (and its forms) where -ise is not the -ize suffix.
    static let iseWords: Set<String> = [
        "advertise", "advise", "apprise", "arise", "chastise", "circumcise", "comprise", "compromise", "concise", "demise",
        "despise", "devise", "disguise", "enterprise", "excise", "exercise", "expertise", "franchise", "improvise", "incise",
        "merchandise", "paradise", "precise", "premise", "promise", "raise", "praise", "reprise", "revise", "supervise",
        "surmise", "surprise", "televise", "treatise", "otherwise", "likewise", "clockwise", "noise", "poise", "cruise",
        "bruise", "guise", "rise", "wise", "anise", "valise", "mortise", "tortoise", "porpoise", "turquoise", "sunrise",
        "uprise", "chemise", "reprise", "franchise", "appraise", "upraise", "braise", "expertise", "arise", "misadvise",
        "underwise", "streetwise", "concise", "imprecise", "overexercise",
    ]

    /// The endings of an -ise word and the -ize ending each folds to.
    static let iseEndings: [(String, String)] = [
        ("isationally", "izationally"), ("isational", "izational"), ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("iser", "izer"),
        ("isers", "izers"), ("ises", "izes"), ("ise", "ize"),
        ("ysing", "yzing"), ("ysed", "yzed"), ("yses", "yzes"), ("yse", "yze"),
    ]

    static func foldIse(_ word: String) -> String? {
        for (ending, replacement) in iseEndings where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            // The bare -ise word: "promising" is "promise", "supervisor" never reaches here.
            let base = stem + (ending.hasPrefix("y") ? "yse" : "ise")
            guard stem.count >= 3, !iseWords.contains(base), !["wise", "vise", "prise"].contains(where: { base.hasSuffix($0) }) else { return nil }
            // -yse is only analyse, paralyse, catalyse, dialyse, hydrolyse.
            if ending.hasPrefix("y"), !stem.hasSuffix("l") { return nil }
            // "isis", "crises": -ises after a vowel-less stem is a plural of -is.
            if ending == "ises", ["cr", "bas", "analys", "thes", "diagnos", "oas"].contains(where: { stem.hasSuffix($0) }) { return nil }
            return stem + replacement
        }
        return nil
    }

    /// Words with "our" that is not the -our ending.
    static let ourWords: Set<String> = ["contour", "devour", "detour", "paramour", "troubadour", "velour", "amour", "glamour"]

    /// What may follow -our in a word that folds ("colourful", "favourite", "neighbourhood").
    static let ourSuffixes = ["", "s", "ed", "ing", "able", "ably", "ful", "fully", "ite", "ites", "itism", "er", "ers",
                              "less", "hood", "hoods", "ism", "ist", "ists", "ly", "ment"]

    static func foldOur(_ word: String) -> String? {
        let letters = Array(word.utf8), our = Array("our".utf8)
        guard letters.count >= 6 else { return nil }
        // The last "our" that leaves at least three letters before it.
        guard let start = stride(from: letters.count - 3, through: 3, by: -1).first(where: { Array(letters[$0..<($0 + 3)]) == our }) else {
            return nil
        }
        let before = String(decoding: letters[..<start], as: UTF8.self)
        let after = String(decoding: letters[(start + 3)...], as: UTF8.self)
        guard ourSuffixes.contains(after), !ourWords.contains(where: { (before + "our").hasSuffix($0) }) else { return nil }
        return before + "or" + after
    }
}
