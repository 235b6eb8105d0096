// Generated from Prompts/questions.json by scripts/embed-library. Do not edit:
// edit the JSON, then run scripts/embed-library.

extension PromptLibrary {
    /// The library of Prompts/questions.json, as compiled into reflect.
    static let embedded = PromptLibrary(
        schemaVersion: 1,
        source: Source(title: "Leading across boundaries – making sense of the questions, dilemmas and opportunities", organisation: "The King’s Fund", facilitators: ["Patricia Boyle", "Deborah Homa"]),
        hosts: [
            Host(id: "debbie-sorkin", name: "Debbie Sorkin", role: "National Director of Systems Leadership", organisation: "The Leadership Centre", conversation: "pre-planned"),
            Host(id: "robert-packham", name: "Robert Packham", role: "Director of Health and Social Care", organisation: "Perth and Kinross", conversation: "pre-planned"),
            Host(id: "nichola-gardner", name: "Nichola Gardner", role: "Programme Director", organisation: "NEL Sustainability and Transformation Plan", conversation: "pre-planned"),
            Host(id: "david-wylie", name: "David Wylie", role: "Head of Podiatry", organisation: "NHS Glasgow and Greater Clyde", conversation: "impromptu"),
            Host(id: "tony-vickers-byrne", name: "Tony Vickers-Byrne", role: "Director of Human Resources", organisation: "Public Health England", conversation: "impromptu"),
        ],
        questions: [
            Question(
                id: "relationships", text: "How do you build relationships when there isn’t enough time, or they’re fraught or non-existent?",
                askedBy: "debbie-sorkin", context: "based on her systems research across boundaries",
                themes: [
                    Theme(
                        id: "relationships-breaking-down-barriers", title: "Breaking down barriers to relationships",
                        notes: [
                            Note(id: "relationships-breaking-down-barriers-n1", text: "Barriers are internal and external."),
                            Note(id: "relationships-breaking-down-barriers-n2", text: "Task versus relationships."),
                            Note(id: "relationships-breaking-down-barriers-n3", text: "Don't need to do it all at once. Try one thing to build a relationship and see what grows from there."),
                            Note(id: "relationships-breaking-down-barriers-n4", text: "Permission and time to do the ‘soft stuff’. And how/what interventions have worked."),
                            Note(id: "relationships-breaking-down-barriers-n5", text: "Coffee roulette – pair up with another colleague for a coffee meeting/get to know you."),
                            Note(id: "relationships-breaking-down-barriers-n6", text: "Allow time for these conversations."),
                            Note(id: "relationships-breaking-down-barriers-n7", text: "No phones in meetings; if people are waiting for people to join, then they talk to each other instead of answering emails while they wait for the meeting to start."),
                            Note(id: "relationships-breaking-down-barriers-n8", text: "Building relationships that exist outside meetings and offline, eg, coffee, chat over biscuits in meetings."),
                            Note(id: "relationships-breaking-down-barriers-n9", text: "Open space meetings – that encourage discussions and/or innovation rather than getting through the agenda."),
                            Note(id: "relationships-breaking-down-barriers-n10", text: "Either an open space meeting or open space in meetings already established."),
                            Note(id: "relationships-breaking-down-barriers-n11", text: "NHS England, CQC can sometimes hamper relationship-building as they want to help/fix rather than letting the lay of the land to be seen."),
                        ],
                        prompts: [
                            Prompt(id: "relationships-breaking-down-barriers-p1", text: "Think of a relationship you keep meaning to build but never get to: what is one small step you could make time for this week – a coffee, a conversation – and how will you notice whether it is growing?", sources: ["relationships-breaking-down-barriers-n3", "relationships-breaking-down-barriers-n5", "relationships-breaking-down-barriers-n6"]),
                            Prompt(id: "relationships-breaking-down-barriers-p2", text: "Think of a relationship you are finding hard to build: which barriers sit inside you (your habits, your diary, your sense that the task comes first) and which sit outside, such as a national body arriving to fix things – and which could you actually shift this month?", sources: ["relationships-breaking-down-barriers-n1", "relationships-breaking-down-barriers-n2", "relationships-breaking-down-barriers-n11"]),
                            Prompt(id: "relationships-breaking-down-barriers-p3", text: "In the meetings you chaired last week, what happened in the minutes before the start and in how the agenda was run – was there any open space for people to talk and get to know each other, and what would you change next time?", sources: ["relationships-breaking-down-barriers-n7", "relationships-breaking-down-barriers-n8", "relationships-breaking-down-barriers-n9", "relationships-breaking-down-barriers-n10"]),
                            Prompt(id: "relationships-breaking-down-barriers-p4", text: "Have you given yourself and your team permission and time for the 'soft stuff' of building relationships, and which interventions have worked when you did?", sources: ["relationships-breaking-down-barriers-n4"]),
                            Prompt(id: "relationships-breaking-down-barriers-p5", text: "Think of a relationship that feels fraught: what do you feel before you meet that person, and which of those feelings are internal barriers you could work on?", sources: ["relationships-breaking-down-barriers-n1"], angle: "feelings"),
                        ],
                        keywords: ["open space", "agenda", "coffee", "coffee roulette", "soft stuff", "barriers", "informal", "chat", "phones", "emails", "get to know", "outside the meeting", "board papers", "small step", "mobiles", "mobile phones", "phones away", "laptops", "screens", "tea", "cuppa", "biscuits", "lunch together", "small talk", "chatting", "catch-up", "get to know each other", "getting to know", "face to face", "in person", "video call", "cameras off", "agenda items", "any other business", "minutes", "standing items", "open discussion", "time to talk", "relationship building", "walking meeting", "pair up", "breakfast", "corridor conversation", "first names", "inbox", "offline", "unstructured", "relationship time", "meetings", "teams meeting", "zoom", "virtual meetings", "hybrid", "cameras", "muted", "typing", "multitasking", "checking emails", "phones out", "devices", "packed agenda", "formality", "no time to chat", "kettle", "canteen", "water cooler", "informal chat", "team social", "before the meeting", "arrive early", "open space event", "world cafe", "unconference", "inspectors", "regulator visit"]),
                    Theme(
                        id: "relationships-scale-of-ambition", title: "Scale of ambition",
                        notes: [
                            Note(id: "relationships-scale-of-ambition-n1", text: "Which system should they concentrate on: their organisation, larger area, economic system?"),
                            Note(id: "relationships-scale-of-ambition-n2", text: "You don't need to think of every detail. This often stops innovation."),
                            Note(id: "relationships-scale-of-ambition-n3", text: "Concentrate on the immediate and in a small way. Can then build up."),
                            Note(id: "relationships-scale-of-ambition-n4", text: "Concentrate on what's best/needed rather than dealing with egos."),
                        ],
                        prompts: [
                            Prompt(id: "relationships-scale-of-ambition-p1", text: "For the relationship-building you are attempting now, which system are you really aiming at – your own organisation, the wider area or the local health economy – and is that the right level to start from?", sources: ["relationships-scale-of-ambition-n1"]),
                            Prompt(id: "relationships-scale-of-ambition-p2", text: "Where are you holding back a cross-boundary step until every detail is settled, and what small, immediate move could you make instead and then build on?", sources: ["relationships-scale-of-ambition-n2", "relationships-scale-of-ambition-n3"]),
                            Prompt(id: "relationships-scale-of-ambition-p3", text: "In your most recent tense partnership discussion, how much of your energy went on managing egos rather than on what was actually needed?", sources: ["relationships-scale-of-ambition-n4"]),
                        ],
                        keywords: ["ambition", "whole system", "whole county", "too big", "start small", "small scale", "achievable", "egos", "economy", "which system", "every detail", "scope", "boil the ocean", "too ambitious", "grand plan", "grand plans", "big bang", "county-wide", "system-wide", "region-wide", "whole population", "scale up", "build up from", "quick wins", "low hanging fruit", "paralysis", "overwhelmed", "overwhelming", "incremental", "modest", "manageable", "bite-sized", "vanity project", "flagship", "empire building", "where to focus", "footprint", "start somewhere", "spread", "roll out", "whole ics", "too complex", "endless planning", "stuck in planning", "never starts", "locality", "one pcn", "small beginnings", "acorns", "baby steps", "one step at a time", "step by step", "little by little", "think big", "prestige", "vanity", "personal glory", "too much at once"]),
                    Theme(
                        id: "relationships-positive-lens", title: "Positive lens",
                        notes: [
                            Note(id: "relationships-positive-lens-n1", text: "We tend to focus on what doesn't work but need to take time in meetings to recognise what works well, which in itself encourages innovation."),
                        ],
                        prompts: [
                            Prompt(id: "relationships-positive-lens-p1", text: "In your last few meetings, how much time went on what isn't working compared with naming what is working well, and how could you build deliberate recognition into the next one?", sources: ["relationships-positive-lens-n1"]),
                        ],
                        keywords: ["what worked", "went well", "celebrate", "thank", "thanked", "appreciation", "credit", "good news", "bright spots", "recognition", "praise", "debrief", "positive", "going right", "going well", "worked well", "good news story", "success story", "wins", "shout out", "thank you", "well done", "recognise", "acknowledge", "proud", "pride", "strengths", "strengths-based", "rag rating", "everything wrong", "problems", "doom", "gloom", "negative", "negativity", "moaning", "deficit", "learning from excellence", "greatix", "compliments", "good practice", "morale boost", "optimism", "hope", "hopeful", "energising", "uplifting", "start with the good", "risk register", "incident reports", "datix", "exceptions", "what's broken", "fault-finding", "criticism", "what went right", "bright side", "successes", "achievement", "achievements", "celebration", "staff awards", "thank-you cards", "kind words", "positive deviance", "what's working", "works well", "encouragement", "encouraging", "energised", "spotlight", "showcase"]),
                    Theme(
                        id: "relationships-getting-started", title: "Getting started",
                        notes: [
                            Note(id: "relationships-getting-started-n1", text: "Find areas of mutual benefit, mutual outcomes, shared objectives."),
                            Note(id: "relationships-getting-started-n2", text: "Focus on commonality rather than differences."),
                            Note(id: "relationships-getting-started-n3", text: "Recognise who your allies would be, who can be the bridges, who can hear yours and other voices."),
                            Note(id: "relationships-getting-started-n4", text: "Concentrate on the immediate and in a small way. Can then build up."),
                            Note(id: "relationships-getting-started-n5", text: "Commonality of issues across the organisations, whether they are NHS, local authority, housing etc."),
                            Note(id: "relationships-getting-started-n6", text: "Dealing with power dynamics."),
                        ],
                        prompts: [
                            Prompt(id: "relationships-getting-started-p1", text: "With a partner you find hard to work with, what shared outcome or common issue – across NHS, local authority or housing – could you open with instead of your differences?", sources: ["relationships-getting-started-n1", "relationships-getting-started-n2", "relationships-getting-started-n5"]),
                            Prompt(id: "relationships-getting-started-p2", text: "Who are the allies and bridge-builders who could carry your voice, and hear others', into a relationship you are struggling to start – and have you asked them?", sources: ["relationships-getting-started-n3"]),
                            Prompt(id: "relationships-getting-started-p3", text: "What is the smallest immediate piece of joint work you could begin now, and how will you handle the power dynamics around the table when you do?", sources: ["relationships-getting-started-n4", "relationships-getting-started-n6"]),
                            Prompt(id: "relationships-getting-started-p4", text: "How would the leader of a partner organisation – a local authority or a housing provider – describe what they need from working with you, and where is the mutual benefit for them?", sources: ["relationships-getting-started-n1", "relationships-getting-started-n5"], angle: "other-view"),
                        ],
                        keywords: ["allies", "ally", "bridge", "shared outcome", "mutual benefit", "shared objectives", "common interest", "power dynamics", "who pays", "differences", "disagreements", "barely know", "housing", "first contact", "where to start", "first meeting", "new relationship", "new partner", "introduction", "introduced", "first conversation", "common ground", "in common", "same problem", "shared problem", "win-win", "their priorities", "broker", "connector", "link person", "bridge-builder", "sponsor", "power", "purse strings", "junior partner", "unequal", "seat at the table", "homelessness", "police", "schools", "cold call", "icebreaker", "from scratch", "blank slate", "opening conversation", "no relationship", "never worked with", "starting point", "common cause", "mutual interest", "shared interest", "both want", "what's in it for them", "their agenda", "their world", "priorities align", "overlap", "same patients", "same families", "same residents", "bigger partner", "smaller organisation", "power imbalance", "friendly face", "insider", "door opener", "contacts", "introductions", "warm introduction"]),
                    Theme(
                        id: "relationships-altruism", title: "Altruism",
                        notes: [
                            Note(id: "relationships-altruism-n1", text: "Altruism – even when we have shared aims we don't put ourselves in others’ shoes as leaders not just communities."),
                            Note(id: "relationships-altruism-n2", text: "Do I need to take a lead role or take a back seat?"),
                        ],
                        prompts: [
                            Prompt(id: "relationships-altruism-p1", text: "When did you last genuinely put yourself in a fellow leader's shoes – seeing the pressures on them – rather than assuming that shared aims meant shared views?", sources: ["relationships-altruism-n1"]),
                            Prompt(id: "relationships-altruism-p2", text: "In a partnership you are part of now, have you consciously chosen whether to lead or to take a back seat, and what might stepping back make possible for others?", sources: ["relationships-altruism-n2"]),
                        ],
                        keywords: ["altruism", "back seat", "take the lead", "step back", "shared aims", "same aims", "signed up", "their pressures", "their shoes", "her shoes", "his shoes", "assuming", "generous", "selfless", "stand aside", "let go", "hand over", "handing over", "give away", "let them lead", "who gets the credit", "logo", "territory", "hold on to", "protect our income", "lose the contract", "greater good", "bigger than us", "generosity", "give up", "sacrifice", "unselfish", "supporting role", "follow", "follower", "second fiddle", "not about us", "their success", "for the patients not us", "kudos", "glory", "better at it", "better than us", "they do it better", "play to their strengths", "enable", "enabler", "enabling role", "facilitate", "behind the scenes", "in the background", "servant leadership", "our name", "possessive", "not ours", "who should lead", "lead or follow", "our objectives", "our interests", "transfer funding", "let them have", "let someone else", "not our place", "lead the bid", "bid", "lead provider", "prime provider", "hosting", "who hosts", "serve the system", "for the system", "put them first", "others first", "self-effacing", "humility", "modesty", "without credit", "unsung", "help them succeed"]),
                ]),
            Question(
                id: "frames", text: "How can you change frames and shift perceptions when a frame has already been set?",
                askedBy: "debbie-sorkin", context: "based on her systems research across boundaries",
                themes: [
                    Theme(
                        id: "frames-tribes-preconceived-ideas", title: "Tribes and preconceived ideas",
                        notes: [
                            Note(id: "frames-tribes-preconceived-ideas-n1", text: "Frameworks such as hierarchy and ‘lunch silos’. Having lunch in ‘your tribes’."),
                            Note(id: "frames-tribes-preconceived-ideas-n2", text: "We have preconceived beliefs of other people, organisations, sectors – eg, health versus social versus housing."),
                            Note(id: "frames-tribes-preconceived-ideas-n3", text: "Heroic frames – eg, think what frames people really have, we are the coal face, saving people."),
                            Note(id: "frames-tribes-preconceived-ideas-n4", text: "Acknowledging what's difficult – eg, why is it difficult talking to consultants? The perception that they are difficult, seen as an unquestionably, unapproachable authority, rude and hierarchical –ie, I can't contradict what ‘they’ said as I'm ‘only a nurse/trainee/junior doctor etc."),
                            Note(id: "frames-tribes-preconceived-ideas-n5", text: "Hospital nurses who think a community nurse is the lowest of the low but yet care ‘not just in hospitals’ is a key belief across the system."),
                            Note(id: "frames-tribes-preconceived-ideas-n6", text: "Are young people less hierarchical? More willing to argue that and it is supported by use of techhnology. Emails break down the physical barriers – you can put your point across in an email rather than having to have a meeting."),
                            Note(id: "frames-tribes-preconceived-ideas-n7", text: "Charities can become ‘aggressive’ over funding and with health professionals to get in the door to tell their story."),
                            Note(id: "frames-tribes-preconceived-ideas-n8", text: "Top table being full of men."),
                        ],
                        prompts: [
                            Prompt(id: "frames-tribes-preconceived-ideas-p1", text: "Who do you have lunch with, sit beside and talk to informally – and which professions, organisations or sectors does that routine leave out?", sources: ["frames-tribes-preconceived-ideas-n1", "frames-tribes-preconceived-ideas-n2"]),
                            Prompt(id: "frames-tribes-preconceived-ideas-p2", text: "What story does your team tell about itself – perhaps as the heroes at the coal face – and how does that story shape how you see community colleagues, charities or other sectors?", sources: ["frames-tribes-preconceived-ideas-n3", "frames-tribes-preconceived-ideas-n5", "frames-tribes-preconceived-ideas-n7"]),
                            Prompt(id: "frames-tribes-preconceived-ideas-p3", text: "Who in your organisation feels unable to contradict a senior voice or to see themselves at a top table full of men, and what could you change – including how people can put their point across – so they are heard?", sources: ["frames-tribes-preconceived-ideas-n4", "frames-tribes-preconceived-ideas-n6", "frames-tribes-preconceived-ideas-n8"]),
                        ],
                        keywords: ["tribe", "tribes", "hierarchy", "hierarchical", "junior doctor", "student nurse", "trainee", "only a nurse", "ward round", "top table", "men", "all male", "gender", "charities", "aggressive", "preconceived", "stereotype", "prejudice", "lunch", "heroic", "coal face", "community nurse", "unapproachable", "dare", "assumptions about", "assume", "stereotypes", "labels", "pigeonhole", "written off", "looked down on", "look down on", "lowest of the low", "pecking order", "snobbery", "second-class", "bureaucrats", "penny pinchers", "dinosaurs", "prima donnas", "intimidated", "intimidating", "speak up", "daunting", "district nurse", "district nurses", "health visitor", "social workers", "perception", "perceptions", "what they think of us", "men in suits", "male-dominated", "white men", "gender balance", "young staff", "younger generation", "prejudge", "myths", "their image of", "name-calling", "unfair", "see us as", "see them as", "think we are", "lazy", "greedy", "bureaucratic", "that lot", "the other lot", "slagging off", "them lot", "tarred", "snooty", "look down", "condescending", "patronising", "patronised", "dismissed", "not taken seriously", "mere", "god-like", "who do they think", "typical", "suits", "grey suits", "all men", "boys club", "old boys network", "young nurses", "pecking", "preconceptions", "pre-judged"]),
                    Theme(
                        id: "frames-ways-forward", title: "Ways through/forward",
                        notes: [
                            Note(id: "frames-ways-forward-n1", text: "Acknowledging frames change and a combination of different frames will work for different audiences but need to have a coherent message throughout."),
                            Note(id: "frames-ways-forward-n2", text: "Ok to sweat the small stuff/the detail of these frames as a way of changing culture."),
                            Note(id: "frames-ways-forward-n3", text: "Management, clinicians, etc to think about it from a patient perspective, to think of patient as a person not a symptom."),
                            Note(id: "frames-ways-forward-n4", text: "Have a good talent management framework."),
                        ],
                        prompts: [
                            Prompt(id: "frames-ways-forward-p1", text: "When you explain a change to different audiences, how do you tailor the frame for each while keeping one coherent message – and where has that message recently fractured?", sources: ["frames-ways-forward-n1"]),
                            Prompt(id: "frames-ways-forward-p2", text: "Which small details of language or routine could you attend to this week as a deliberate way of shifting culture?", sources: ["frames-ways-forward-n2"]),
                            Prompt(id: "frames-ways-forward-p3", text: "In your last major decision, how explicitly did you and your clinical and managerial colleagues see it from the patient's point of view as a person – and does your talent management grow leaders who do this?", sources: ["frames-ways-forward-n3", "frames-ways-forward-n4"]),
                            Prompt(id: "frames-ways-forward-p4", text: "Take a decision you are about to make: how would it look to the patient at the centre of it, seen as a person rather than a symptom?", sources: ["frames-ways-forward-n3"], angle: "other-view"),
                        ],
                        keywords: ["core message", "coherent", "narrative", "audiences", "framing", "story", "small stuff", "detail", "culture change", "patient perspective", "person not a symptom", "talent management", "branding", "logo", "names", "communications", "message", "messaging", "consistent message", "mixed messages", "pitch", "tailor", "tailored", "audience", "different audiences", "stakeholders", "media", "headline", "storytelling", "consistency", "same story", "details matter", "little things", "small things", "language", "wording", "whole person", "person-centred", "what matters to you", "not a number", "patient as a person", "talent", "succession planning", "talent pool", "career pathways", "emphasis", "crowds", "versions", "explanation", "diagnosis", "condition", "nhs number", "the person behind", "name not a number", "reframe the message", "presentation", "slides", "slide deck", "newsletter", "all-staff email", "staff briefing", "key messages", "talking points", "lines to take", "elevator pitch", "tell the story", "frame", "reframe", "positioning", "tone", "consistent", "inconsistent", "contradictory", "signage", "first impressions", "what matters to her", "what matters to him", "life story", "biography", "high potential", "career conversations", "talent review"]),
                    Theme(
                        id: "frames-self-awareness-reflexivity", title: "Self-awareness & reflexivity",
                        notes: [
                            Note(id: "frames-self-awareness-reflexivity-n1", text: "Recognising we have emotional pulls to certain frames."),
                            Note(id: "frames-self-awareness-reflexivity-n2", text: "Working with the frame and how it's changed rather than denying it is there."),
                        ],
                        prompts: [
                            Prompt(id: "frames-self-awareness-reflexivity-p1", text: "Which frame do you feel an emotional pull towards – one you defend almost instinctively – and what would it take for you to examine it?", sources: ["frames-self-awareness-reflexivity-n1"], angle: "feelings"),
                            Prompt(id: "frames-self-awareness-reflexivity-p2", text: "Think of a frame already set around your work: are you working with it and with how it has changed, or acting as if it isn't there?", sources: ["frames-self-awareness-reflexivity-n2"]),
                        ],
                        keywords: ["bias", "blind spot", "emotional pull", "attachment", "my assumptions", "self-awareness", "reflexivity", "denial", "pretend", "doubts", "pet project", "hobby horse", "defensive", "gut reaction", "instinct", "knee-jerk", "hackles", "triggered", "trigger", "my reaction", "prejudged", "unconscious bias", "check myself", "notice myself", "noticing myself", "my baggage", "projecting", "projection", "my lens", "where i'm coming from", "objective", "self-aware", "introspection", "soft spot", "favouritism", "attached", "emotionally invested", "invested", "honest with myself", "why do i", "my own reaction", "own prejudice", "irritated", "my assumption", "biased", "overreacted", "reacted badly", "snap judgement", "jumped to conclusions", "jump to conclusions", "look in the mirror", "mirror", "about myself", "my part", "my role in it", "my own behaviour", "reflexive", "own lens", "my filter", "confirmation bias", "emotional attachment", "attached to", "my baby", "my idea", "loyalty", "sentimental", "nostalgia", "rose-tinted", "in denial"]),
                    Theme(
                        id: "frames-infrastructure", title: "Infrastructure",
                        notes: [
                            Note(id: "frames-infrastructure-n1", text: "Pace of movement to integration is fast but unless you have infrastructure that supports that (financial) then it is fundamentally flawed."),
                            Note(id: "frames-infrastructure-n2", text: "There is a reality, re regulation, checks and cuts etc. But can't be the only focus."),
                            Note(id: "frames-infrastructure-n3", text: "NHS England, CQC can sometimes hamper relationship-building as they want to help/fix rather than letting the lay of the land to be seen."),
                        ],
                        prompts: [
                            Prompt(id: "frames-infrastructure-p1", text: "Where is your push for integration running ahead of the financial and other infrastructure needed to support it, and what would have to be in place first?", sources: ["frames-infrastructure-n1"]),
                            Prompt(id: "frames-infrastructure-p2", text: "How much of your leadership time last week went on regulation, inspection and cuts, and what got squeezed out as a result?", sources: ["frames-infrastructure-n2"]),
                            Prompt(id: "frames-infrastructure-p3", text: "When national bodies or regulators step in to help or fix, how do you make sure the real local picture – and local relationships – still get a chance to emerge?", sources: ["frames-infrastructure-n3"]),
                        ],
                        keywords: ["infrastructure", "budget", "pooled budget", "money", "funding flows", "pay scales", "electronic records", "it systems", "regulation", "regulators", "inspection", "cuts", "cost improvement", "integration", "contracts", "tariff", "payment", "pipes", "it", "shared records", "data sharing", "information governance", "logins", "computer systems", "software", "epr", "systmone", "emis", "interoperability", "budgets", "section 75", "commissioning", "payment by results", "block contract", "estates", "office space", "co-location", "terms and conditions", "agenda for change", "employers", "honorary contracts", "statutory", "legal framework", "bureaucracy", "red tape", "paperwork", "integrated teams", "back office", "foundations", "nuts and bolts", "systems don't talk", "incompatible", "access", "smartcards", "wifi", "budget lines", "money follows", "funding follows", "procurement rules", "legal entity", "statutory duties", "governance structures", "accountability", "financial framework", "allocation", "allocations", "capital", "revenue", "car parks", "premises", "hr systems", "job descriptions", "pensions", "indemnity", "insurance", "registration", "compliance", "reporting requirements"]),
                    Theme(
                        id: "frames-history", title: "History",
                        notes: [
                            Note(id: "frames-history-n1", text: "Historic frames can influence now –eg, can be suspicious of someone (drug rep, for example) selling me something. Reverberations from David Nicholson years etc. So, you take frames with you, sometimes without realising."),
                            Note(id: "frames-history-n2", text: "Frame around service relationships."),
                        ],
                        prompts: [
                            Prompt(id: "frames-history-p1", text: "What past experiences – earlier regimes, old suspicions of people selling you something – do you carry into today's partnerships without realising, and how might they colour what you hear?", sources: ["frames-history-n1"]),
                            Prompt(id: "frames-history-p2", text: "How is the history of service relationships between your organisation and its partners framing what feels possible now?", sources: ["frames-history-n2"]),
                        ],
                        keywords: ["history", "past", "years ago", "suspicious", "suspicion", "grudge", "pct", "remember when", "baggage", "mistrust", "distrust", "drug rep", "previous", "old wounds", "reputation", "in the past", "memory", "memories", "long memories", "never forgotten", "never forgiven", "scar", "scars", "bruised", "burned before", "once bitten", "hangover", "ghosts", "old battles", "feud", "feuds", "grievance", "bad blood", "still sore", "folklore", "lansley", "mid staffs", "inherited", "inherit", "history repeating", "heard it all before", "salesman", "sales pitch", "old story", "what happened before", "predecessors", "before my time", "historic", "historical", "past experience", "last reorganisation", "tried before", "been tried", "been here before", "deja vu", "same thing happened", "previous regime", "old management", "the nineties", "1990s", "2000s", "decades-old", "long-standing", "wary", "wariness", "hurt before", "let down", "broken promises", "betrayal", "betrayed"]),
                ]),
            Question(
                id: "long-term", text: "How do you keep a long-term perspective in the face of short-term demands?",
                askedBy: "debbie-sorkin", context: "based on her systems research across boundaries",
                themes: [
                    Theme(
                        id: "long-term-senior-roles", title: "Senior roles",
                        notes: [
                            Note(id: "long-term-senior-roles-n1", text: "Acknowledge role of interim arrangements/roles. Can hinder progress on long-term goals as interim CEO etc. On the flip side it can bring new ideas when there is a change of personnel – rather than the same people reappearing in the system in different roles."),
                            Note(id: "long-term-senior-roles-n2", text: "Lost morale particularly in senior staff. How do we in governance work on this fragmentation? Need energy, resilience and support from others. Don't want to rock the boat, lose their job, etc as made the scapegoat."),
                            Note(id: "long-term-senior-roles-n3", text: "Create space and time for senior leaders to sit with their colleagues. Cross-boundary relationships exist between people so there may be a good relationship between individuals, eg, two chairs from different organisations, but what happens when they leave? Folk need to share knowledge and not just reliant on relationship of one or two people."),
                        ],
                        prompts: [
                            Prompt(id: "long-term-senior-roles-p1", text: "Think of the last interim appointment in your system: what did you do to stop it stalling long-term goals, and what fresh thinking did you take from the change of face?", sources: ["long-term-senior-roles-n1"]),
                            Prompt(id: "long-term-senior-roles-p2", text: "Where have you seen senior colleagues keeping their heads down for fear of being blamed, and what energy, cover or support could you offer them this month?", sources: ["long-term-senior-roles-n2"]),
                            Prompt(id: "long-term-senior-roles-p3", text: "Which of your cross-boundary relationships rests on just you and one counterpart – what would be lost if either of you left tomorrow, and how could you spread that knowledge now?", sources: ["long-term-senior-roles-n3"]),
                            Prompt(id: "long-term-senior-roles-p4", text: "How is your own morale as short-term demands pile up, and what energy or support from others would help you keep the long term in view?", sources: ["long-term-senior-roles-n2"], angle: "feelings"),
                        ],
                        keywords: ["interim", "chief executive", "ceo", "senior colleagues", "senior leaders", "directors", "morale", "scapegoat", "rock the boat", "succession", "turnover", "chairs", "governance", "fragmentation", "personnel", "lose their job", "stand-in", "temporary", "interim director", "churn", "revolving door", "musical chairs", "merry-go-round", "usual suspects", "recycled", "new broom", "fresh eyes", "resigned", "resignation", "stepped down", "moved on", "appointment", "vacancy", "non-executive", "non-executives", "fall guy", "sacked", "pushed out", "job security", "handover", "single point of failure", "organisational memory", "senior team", "leadership changes", "chief executives", "retire", "retirement", "departure", "departed", "exit", "recruit", "headhunter", "appointment panel", "shortlist", "vacancies", "the chair", "two chairs", "personal relationship", "goes with them", "leaves with them", "key relationships", "knowledge leaves", "handover notes", "knowledge sharing", "senior morale", "fragmented", "isolation at the top", "scapegoated", "hung out to dry", "thrown under the bus", "carry the can", "heads roll", "culture of fear", "job on the line"]),
                    Theme(
                        id: "long-term-engaging-long-term-staff", title: "Engaging long-term staff",
                        notes: [
                            Note(id: "long-term-engaging-long-term-staff-n1", text: "Clinical leaders and allied health professionals have a key role as they stay in the organisation longer – need to support and utilise them so that they don’t ‘just keep their head down’, or do what they can in their circumstances. Too busy fire-fighting the day to day."),
                        ],
                        prompts: [
                            Prompt(id: "long-term-engaging-long-term-staff-p1", text: "Which long-serving clinicians or allied health professionals in your organisation are stuck fire-fighting, and what would you do this week to draw on their continuity for the longer-term agenda?", sources: ["long-term-engaging-long-term-staff-n1"]),
                        ],
                        keywords: ["long-serving", "loyal", "continuity", "occupational therapists", "allied health professionals", "therapists", "outlasted", "reorganisations", "head down", "fire-fighting", "managers come and go", "old hands", "stay longer", "years of experience", "volunteering ideas", "been here for years", "decades", "long service", "veteran", "stalwart", "seen it all", "outlast", "physio", "physiotherapist", "speech and language", "dietitian", "dietitians", "podiatrist", "radiographer", "pharmacist", "senior sister", "matron", "stopped volunteering", "disengaged", "jaded", "weary", "untapped", "underused", "wasted talent", "expertise", "know-how", "wisdom", "local knowledge", "institutional memory", "keep their heads down", "daily grind", "carry it on", "sustain", "backbone", "speech therapist", "audiologist", "orthoptist", "biomedical scientist", "pharmacy technician", "senior nurse", "charge nurse", "clinical nurse specialist", "nurse specialist", "specialist nurse", "lead nurse", "head of therapies", "therapy lead", "permanent staff", "core staff", "loyal staff", "old guard", "been through it all", "survivors", "long-standing staff", "mainstay", "stability", "tenure", "years in post", "gone quiet", "stopped speaking up", "tuned out", "given up", "change weary", "tap into", "harness", "utilise", "draw on"]),
                    Theme(
                        id: "long-term-engaging-patients", title: "Engaging patients",
                        notes: [
                            Note(id: "long-term-engaging-patients-n1", text: "Make sure that the patient voice is always present."),
                        ],
                        prompts: [
                            Prompt(id: "long-term-engaging-patients-p1", text: "In the last strategic discussion you led, where was the patient voice – and what would you change so it is there every time, not only when someone remembers to invite it?", sources: ["long-term-engaging-patients-n1"]),
                            Prompt(id: "long-term-engaging-patients-p2", text: "If a patient who will rely on your services in ten years' time were in the room, what would they ask you to protect from this month's short-term demands?", sources: ["long-term-engaging-patients-n1"], angle: "other-view"),
                        ],
                        keywords: ["patient voice", "patient group", "patient participation", "patient representative", "patients in the room", "co-design", "co-production", "public involvement", "healthwatch", "residents", "carers", "families", "voice of patients", "patients' voices", "empty chair", "around the table", "patient story", "patient stories", "patient panel", "patient forum", "ppg", "patient reps", "lay member", "lay members", "friends and family test", "ask patients", "talk to patients", "what patients want", "nothing about us without us", "co-produce", "coproduction", "public engagement", "community voice", "citizens", "citizens panel", "focus group", "listening event", "engagement", "patient experience", "experience of care", "patient feedback", "hear from patients", "listen to patients", "patients' views", "views", "what patients think", "representation", "missing voice", "nobody asked patients", "ppi", "ppie", "patient leaders", "patient partner", "patient partners", "carer representative"]),
                    Theme(
                        id: "long-term-building-coalitions", title: "Building coalitions",
                        notes: [
                            Note(id: "long-term-building-coalitions-n1", text: "Need a coalition of those wanting to try so they can find strength in a group to outnumber any saboteurs."),
                        ],
                        prompts: [
                            Prompt(id: "long-term-building-coalitions-p1", text: "Who in your system is willing to try something new, and how could you bring them together so that, as a group, they outweigh those who would undermine the change?", sources: ["long-term-building-coalitions-n1"]),
                        ],
                        keywords: ["coalition", "willing", "critical mass", "saboteurs", "briefing against", "blockers", "opposition", "outnumber", "supporters", "movement", "champions", "early adopters", "picked off", "strength in numbers", "the willing", "enthusiasts", "keen", "on board", "backers", "momentum", "groundswell", "tipping point", "band together", "alliance", "win over", "naysayers", "detractors", "doubters", "resisters", "vocal minority", "sabotage", "undermine", "undermining", "safety in numbers", "like-minded", "majority", "minority", "group of the willing", "ringleaders", "trailblazers", "pioneers", "those who want to", "enthusiastic", "innovators", "converts", "believers", "true believers", "ambassadors", "champion network", "network of champions", "support base", "outnumbered", "lone voice", "single-handed", "squad", "snowball", "ripple", "catch on", "sceptics", "cynics", "opponents", "wreckers", "spoilers", "troublemakers", "lobby", "lobbying"]),
                    Theme(
                        id: "long-term-allowing-learning", title: "Allowing learning",
                        notes: [
                            Note(id: "long-term-allowing-learning-n1", text: "Permission to try, fail and tweak things as long as the learning is picked up. For example, have chance to pilot rather than ‘one strike and you are out’ ‘pass or fail’."),
                        ],
                        prompts: [
                            Prompt(id: "long-term-allowing-learning-p1", text: "When did you last give a team explicit permission to pilot, fail and adjust – and how did you make sure the learning was captured rather than the work judged as pass or fail?", sources: ["long-term-allowing-learning-n1"]),
                        ],
                        keywords: ["pilot", "piloting", "trial", "tweak", "iterate", "pass or fail", "one strike", "permission to try", "adapt", "prototype", "evaluate", "pdsa", "quality improvement", "captured the learning", "test", "testing", "try out", "give it a go", "adjust", "refine", "iteration", "learn as we go", "too early", "evaluation", "axed", "scrapped", "risk averse", "lessons learned", "capture learning", "test and learn", "proof of concept", "small test", "teething problems", "sink or swim", "make or break", "all or nothing", "non-recurrent", "try things out", "course correct", "pilots", "testbed", "demonstrator", "tweaking", "adjustments", "improve as we go", "learn from it", "reviewed", "too soon", "premature", "prematurely", "funding pulled", "funding ends", "short-term funding", "one-off funding", "project funding", "killed off", "canned", "binned", "second chance", "another go", "try again", "licence to try", "safe to fail", "fail fast", "risk appetite"]),
                    Theme(
                        id: "long-term-vision-and-evolution", title: "Vision and evolution",
                        notes: [
                            Note(id: "long-term-vision-and-evolution-n1", text: "What do we want services to be like? Not ‘theirs’ – eg, the board. How do we hold it for a longer term perspective?"),
                            Note(id: "long-term-vision-and-evolution-n2", text: "Strong vision but flexibility on how to get there and what it eventually looks like. Allowing it to evolve."),
                            Note(id: "long-term-vision-and-evolution-n3", text: "Flexibility in vision also needed in the NHS in the face of national and political psyche which is more short term."),
                        ],
                        prompts: [
                            Prompt(id: "long-term-vision-and-evolution-p1", text: "Whose picture of the future service are you holding – yours, the board's, or one genuinely shared with staff and users – and how will you keep it alive beyond the next planning cycle?", sources: ["long-term-vision-and-evolution-n1"]),
                            Prompt(id: "long-term-vision-and-evolution-p2", text: "Where are you holding the destination firmly but the route loosely, and where have you let national or political short-termism pull your vision off course?", sources: ["long-term-vision-and-evolution-n2", "long-term-vision-and-evolution-n3"]),
                        ],
                        keywords: ["vision", "strategy", "ten years", "ten-year", "ownership", "theirs", "flexible", "evolve", "direction", "ministers", "political", "politics", "national priorities", "short-termism", "what good looks like", "north star", "the dream", "whose vision", "our vision", "belongs to", "direction of travel", "roadmap", "change course", "pivot", "stay the course", "hold steady", "true north", "guiding star", "keep sight", "lose sight", "long game", "government", "election", "policy changes", "new policy", "national targets", "white paper", "reforms", "u-turn", "priorities change", "moving goalposts", "goalposts", "shifting sands", "hold the line", "aspiration", "where we want to be", "visionary", "long-term vision", "mission", "end goal", "where we're heading", "heading", "compass", "anchor", "persist", "persistence", "evolving", "evolution", "unfold", "flex", "adaptable", "adaptive", "secretary of state", "downing street", "treasury", "department of health", "dhsc", "national policy", "political cycle", "election cycle", "manifesto", "co-own", "imposed vision"]),
                ]),
            Question(
                id: "strategic-plan", text: "How do you deliver a strategic plan for significant change in health and care delivery while managing significant legacy issues?",
                askedBy: "robert-packham", context: "who is responsible for health and social care in Perth and Kinross in Scotland",
                themes: [
                    Theme(
                        id: "strategic-plan-relationship-management", title: "Relationship management",
                        notes: [
                            Note(id: "strategic-plan-relationship-management-n1", text: "Pay attention to conversational processes and who is talking to whom about what."),
                            Note(id: "strategic-plan-relationship-management-n2", text: "Use appreciative approaches to conversations about change."),
                            Note(id: "strategic-plan-relationship-management-n3", text: "We can learn from Sobel work on Deep generalisation and ‘get over ourselves’ and learn from each other."),
                            Note(id: "strategic-plan-relationship-management-n4", text: "Show up with all your uncertainties and talk honestly with others."),
                        ],
                        prompts: [
                            Prompt(id: "strategic-plan-relationship-management-p1", text: "In your current change programme, who is talking to whom about what – and which missing conversation matters most?", sources: ["strategic-plan-relationship-management-n1"]),
                            Prompt(id: "strategic-plan-relationship-management-p2", text: "When did you last open a conversation about change by asking what is already working, and when did you last admit your own uncertainties to a partner?", sources: ["strategic-plan-relationship-management-n2", "strategic-plan-relationship-management-n4"]),
                            Prompt(id: "strategic-plan-relationship-management-p3", text: "In which partnership would setting aside your organisation's pride let you learn something from the other side, and what is stopping you?", sources: ["strategic-plan-relationship-management-n3"]),
                            Prompt(id: "strategic-plan-relationship-management-p4", text: "Which legacy issue do you feel most defensive or weary about, and what would help you get over yourself and learn from others about it?", sources: ["strategic-plan-relationship-management-n3"], angle: "feelings"),
                        ],
                        keywords: ["merger", "merging", "merged", "acquisition", "who talks to whom", "conversations", "appreciative", "proud", "admit", "uncertainties", "get over ourselves", "learn from each other", "medical directors", "finance directors", "introduce", "grapevine", "gossip", "back channel", "informal networks", "stakeholder map", "stakeholder mapping", "key relationships", "keep partners informed", "briefings", "admit i don't know", "humility", "humble", "consolidation", "tupe", "shared services", "group model", "conversations about change", "news travels", "found out from", "who knows what", "acquiring", "acquired", "joint committee", "joint chair", "joint chief executive", "shared chief executive", "conversation", "dialogue", "one-to-ones", "informal conversations", "key people", "influence", "influencing", "network map", "relational", "don't know yet", "openly", "peer learning"]),
                    Theme(
                        id: "strategic-plan-change-designs", title: "Change designs",
                        notes: [
                            Note(id: "strategic-plan-change-designs-n1", text: "Create a design for change, use design-trained consultants to help you?"),
                        ],
                        prompts: [
                            Prompt(id: "strategic-plan-change-designs-p1", text: "Has your plan for change been deliberately designed, or has it grown by accretion – and would bringing in design expertise help you see it differently?", sources: ["strategic-plan-change-designs-n1"]),
                        ],
                        keywords: ["design", "designers", "service design", "redesign", "map", "mapping", "patient journey", "design thinking", "blueprint", "spreadsheet", "elective recovery", "waiting list", "process mapping", "design lab", "design agency", "consultancy", "management consultants", "mckinsey", "deloitte", "pwc", "kpmg", "storyboard", "mock-up", "user research", "user testing", "user journey", "journey mapping", "customer journey", "personas", "human-centred design", "double diamond", "service blueprint", "pmo", "project plan", "workstreams", "change programme", "methodology", "architecture", "piecemeal", "patchwork", "sticking plaster", "lean", "six sigma", "kaizen", "rapid improvement", "hackathon", "design sprint", "service redesign", "model of care", "operating model", "target operating model", "design principles", "modelling", "pathway mapping", "value stream", "systems thinking", "theory of change", "logic model", "driver diagram", "plan on a page", "post-it notes", "post-its", "whiteboard", "improvement team", "transformation team", "management consultancy", "consulting firm", "outside experts", "external experts", "outside help", "advisers"]),
                    Theme(
                        id: "strategic-plan-learn-from-other-organisations", title: "Learn from other organisations",
                        notes: [
                            Note(id: "strategic-plan-learn-from-other-organisations-n1", text: "There is information emerging from VUCA (volatility, uncertainty, complexity, ambiguity) organisational experience."),
                            Note(id: "strategic-plan-learn-from-other-organisations-n2", text: "Housing associations do 30-year plans, backed up with five- and one-year plans."),
                        ],
                        prompts: [
                            Prompt(id: "strategic-plan-learn-from-other-organisations-p1", text: "Which organisations that already live with volatility and uncertainty could you learn from, and whom will you contact to find out how they cope?", sources: ["strategic-plan-learn-from-other-organisations-n1"]),
                            Prompt(id: "strategic-plan-learn-from-other-organisations-p2", text: "How far ahead does your plan really look, and how would a 30-year horizon, backed by nearer-term plans, change the choices you make about legacy issues?", sources: ["strategic-plan-learn-from-other-organisations-n2"]),
                        ],
                        keywords: ["other organisations", "other sectors", "vuca", "volatility", "uncertainty", "complexity", "ambiguity", "housing associations", "visit", "benchmark", "best practice", "utilities", "military", "emergency services", "private sector", "airline", "steal with pride", "learn from", "other industries", "aviation", "retail", "supermarket", "banks", "banking", "manufacturing", "toyota", "car industry", "oil", "energy company", "water company", "army", "navy", "universities", "tech companies", "startups", "hotel", "hospitality", "business", "industry", "companies", "corporate", "peer review", "site visit", "study tour", "exemplar", "exemplars", "vanguard", "beacon", "kaiser", "buurtzorg", "abroad", "overseas", "scenario planning", "scenarios", "horizon scanning", "unpredictable", "turbulent", "turbulence", "volatile", "how they do it", "other trusts", "other systems", "other areas", "elsewhere", "reinvent the wheel", "reinventing the wheel", "not invented here", "their model", "their approach", "learning visit", "go and see", "case study", "case studies", "model hospital", "getting it right first time", "spread and adoption", "learning network", "community of practice", "conference", "webinar", "commercial", "firms", "retailers", "logistics", "supply chain", "armed forces"]),
                    Theme(
                        id: "strategic-plan-service-user-help", title: "Service user help",
                        notes: [
                            Note(id: "strategic-plan-service-user-help-n1", text: "Use the resource of the service user but give them enough time to prepare, befriending them or coaching them to contribute."),
                        ],
                        prompts: [
                            Prompt(id: "strategic-plan-service-user-help-p1", text: "When you last involved a service user in planning, how much time and support did you give them to prepare – and what would befriending or coaching them look like next time?", sources: ["strategic-plan-service-user-help-n1"]),
                            Prompt(id: "strategic-plan-service-user-help-p2", text: "Picture a service user invited to help shape your plan: what would they need from you to feel prepared and able to contribute, not just present?", sources: ["strategic-plan-service-user-help-n1"], angle: "other-view"),
                        ],
                        keywords: ["service user", "service users", "experts by experience", "lived experience", "peer worker", "peer support", "prepare", "preparing", "befriend", "paid for time", "unprepared", "mental health", "user voice", "recovery college", "papers in advance", "late papers", "briefed", "brief them", "pre-meeting briefing", "buddy", "buddying", "mentor", "mentoring", "accompany", "travel expenses", "pay them", "involvement payment", "lived experience lead", "peer support worker", "expert patient", "schizophrenia", "depression", "addiction", "learning disability", "autism", "autistic", "easy read", "tokenism", "token", "build confidence", "confidence", "training for reps", "preparation", "prep", "ready to contribute", "support to take part", "people with lived experience", "peer researchers", "user-led", "user involvement", "involvement team", "mental health service users", "carers' group", "prepared", "pre-briefing", "coaching them", "befriender", "confidence to speak", "find their voice", "feel able", "out of place", "expenses", "honorarium", "payment for involvement", "read the papers", "papers"]),
                    Theme(
                        id: "strategic-plan-think-long-term", title: "Think long term",
                        notes: [
                            Note(id: "strategic-plan-think-long-term-n1", text: "Do as housing associations do and think 30 years ahead."),
                            Note(id: "strategic-plan-think-long-term-n2", text: "Develop leadership in frontline staff."),
                        ],
                        prompts: [
                            Prompt(id: "strategic-plan-think-long-term-p1", text: "If you planned 30 years ahead, which of today's legacy issues would you stop spending energy on, and which would you tackle now?", sources: ["strategic-plan-think-long-term-n1"]),
                            Prompt(id: "strategic-plan-think-long-term-p2", text: "What are you doing to develop leadership in your frontline staff, and what more could you do this year?", sources: ["strategic-plan-think-long-term-n2"]),
                        ],
                        keywords: ["thirty years", "30 years", "30-year", "housing association", "long term plan", "legacy", "buildings", "estates", "patching", "frontline leadership", "frontline staff", "future leaders", "talent pipeline", "decades", "generation", "2040", "2050", "next generation", "grandchildren", "decades ahead", "future generations", "planning horizon", "horizon", "year end", "financial year", "short term", "upstream", "invest to save", "grow our own", "growing our own", "pipeline", "apprentices", "apprenticeships", "band 5", "nursing associates", "students", "leaders of tomorrow", "leadership at every level", "charge nurses", "estates strategy", "long view", "future", "leaders of the future", "grow leaders", "bring on", "bringing on", "2030s", "2040s", "generations to come", "far ahead", "forward planning", "forward look", "build for the future", "future-proof", "sustainable", "long-term investment", "capital programme", "new build", "demographics", "population growth", "develop leaders", "nurture talent", "develop the next generation"]),
                    Theme(
                        id: "strategic-plan-two-speed-capabilities", title: "Create two speed capabilities?",
                        notes: [
                            Note(id: "strategic-plan-two-speed-capabilities-n1", text: "Local authorities plan long term and travel at 40 mph."),
                            Note(id: "strategic-plan-two-speed-capabilities-n2", text: "NHS acute reacts, and travels at 150 mph."),
                            Note(id: "strategic-plan-two-speed-capabilities-n3", text: "Do we need to be able to do both speeds or work together at 90 mph?"),
                        ],
                        prompts: [
                            Prompt(id: "strategic-plan-two-speed-capabilities-p1", text: "Where in your system do you need the fast, reactive pace of acute care, and where the slower, long-range pace of local authority planning – and does your plan recognise both?", sources: ["strategic-plan-two-speed-capabilities-n1", "strategic-plan-two-speed-capabilities-n2"]),
                            Prompt(id: "strategic-plan-two-speed-capabilities-p2", text: "When partners moving at different speeds clash, do you push for one compromise pace or build the capability to work at both, and which did you choose last time?", sources: ["strategic-plan-two-speed-capabilities-n3"]),
                        ],
                        keywords: ["speed", "speeds", "pace", "fast", "slow", "mph", "miles an hour", "acute trust", "reckless", "reactive", "tempo", "timescales", "150", "40", "90", "rhythm", "cadence", "slowly", "sluggish", "snail", "hare", "rush", "rushing", "hurry", "overnight", "immediately", "committee cycle", "councillors", "democratic process", "procurement", "quarterly", "planning cycle", "out of step", "in sync", "timelines", "deadlines", "agility", "agile", "nimble", "speed up", "slow down", "local authority", "velocity", "faster", "slower", "quick", "quickly", "speedy", "urgency", "sense of urgency", "patience", "impatient", "impatience", "council processes", "committees", "elected members", "politicians", "local politics", "democratic", "consultation period", "statutory consultation", "reacting", "react", "knee-jerk", "weeks not months", "local government", "county council", "unitary", "borough", "different timescales", "different pace", "mismatch", "meet in the middle", "compromise"]),
                ]),
            Question(
                id: "clinical-leadership", text: "What are the critical factors for engaging clinical leadership for change, in the new vision for care delivery?",
                askedBy: "robert-packham", context: "who is responsible for health and social care in Perth and Kinross in Scotland",
                themes: [
                    Theme(
                        id: "clinical-leadership-involvement", title: "Involvement",
                        notes: [
                            Note(id: "clinical-leadership-involvement-n1", text: "Buy some time to support people to come to change activities."),
                            Note(id: "clinical-leadership-involvement-n2", text: "Start some clinical excellence awards so that people will aspire to get one."),
                            Note(id: "clinical-leadership-involvement-n3", text: "Involve clinicians in the creation of the case for change."),
                            Note(id: "clinical-leadership-involvement-n4", text: "Create a shared purpose from the bottom up, based on why people come to work, have them draw it, use clean language, use metaphors."),
                            Note(id: "clinical-leadership-involvement-n5", text: "Use appreciative inquiry methodologies to get the right response."),
                            Note(id: "clinical-leadership-involvement-n6", text: "If you’re not getting the right response, you’re not communicating in the right way."),
                        ],
                        prompts: [
                            Prompt(id: "clinical-leadership-involvement-p1", text: "What time and support have you actually bought for clinicians to take part in change work, and what recognition would make them want to lead it?", sources: ["clinical-leadership-involvement-n1", "clinical-leadership-involvement-n2"]),
                            Prompt(id: "clinical-leadership-involvement-p2", text: "Did clinicians help write the case for change you are pursuing now, or were they asked to endorse it – and how might you build the purpose from why they come to work?", sources: ["clinical-leadership-involvement-n3", "clinical-leadership-involvement-n4"]),
                            Prompt(id: "clinical-leadership-involvement-p3", text: "When you are not getting the response you hoped for from clinicians, how do you check whether the problem lies in how you are communicating?", sources: ["clinical-leadership-involvement-n6"]),
                            Prompt(id: "clinical-leadership-involvement-p4", text: "Where could you use appreciative inquiry – starting from what already works – to get the right response from clinicians to your change?", sources: ["clinical-leadership-involvement-n5"]),
                            Prompt(id: "clinical-leadership-involvement-p5", text: "How does your case for change look to a clinician on the front line who had no part in creating it, and what would make it theirs?", sources: ["clinical-leadership-involvement-n3"], angle: "other-view"),
                        ],
                        keywords: ["involve clinicians", "clinical engagement", "engage clinicians", "consultants", "clinicians", "time out of clinics", "job plans", "backfill", "case for change", "clinical excellence awards", "awards", "shared purpose", "bottom up", "clean language", "metaphors", "buy-in", "release time", "written by managers", "clinical input", "clinical voice", "clinical buy-in", "clinically led", "clinician-led", "co-author", "from the start", "early on", "session time", "programmed activities", "spa time", "job planning", "locum cover", "pay for their time", "lunchtime sessions", "reward", "rewards", "why we come to work", "out of bed", "bottom-up", "grass roots", "frontline ideas", "communication", "poorly attended", "engagement event", "clinical senate", "clinical reference group", "clinical directors", "business case", "options appraisal", "proposal", "doctors", "own the case", "drawing", "pictures", "never asked", "not asked", "ask them first", "presented with", "done to", "done with", "finished product", "fait accompli", "not consulted", "consulted afterwards", "sign up to", "clinical champions", "clinical leads", "clinical lead", "medical leadership", "nurse leaders", "clinical ownership", "own the change", "design it with", "with us not to us", "their ideas", "listen to clinicians", "invited", "invitation", "attendance", "turn up", "time to attend", "released", "paid time", "funded time", "recognition scheme", "aspire", "why they went into medicine", "vocation", "calling", "passion", "not landing", "communicate", "communicating"]),
                    Theme(
                        id: "clinical-leadership-cross-silo-conversations", title: "Cross-silo conversations",
                        notes: [
                            Note(id: "clinical-leadership-cross-silo-conversations-n1", text: "Invite the different disciplines to talk in workshops about what they think/say about each other."),
                            Note(id: "clinical-leadership-cross-silo-conversations-n2", text: "Help them see that between them they have all the power they need and ‘get over themselves’."),
                            Note(id: "clinical-leadership-cross-silo-conversations-n3", text: "Encourage honesty and ‘bring out your dead’."),
                            Note(id: "clinical-leadership-cross-silo-conversations-n4", text: "Involve patients/public."),
                            Note(id: "clinical-leadership-cross-silo-conversations-n5", text: "If scale too large it gets harder to have meaningful conversations."),
                        ],
                        prompts: [
                            Prompt(id: "clinical-leadership-cross-silo-conversations-p1", text: "When did you last bring different disciplines together to say openly what they think of each other, and what made it safe – or unsafe – to be honest?", sources: ["clinical-leadership-cross-silo-conversations-n1", "clinical-leadership-cross-silo-conversations-n3"]),
                            Prompt(id: "clinical-leadership-cross-silo-conversations-p2", text: "How could you help your clinical groups see that between them they already hold the power to make the change happen?", sources: ["clinical-leadership-cross-silo-conversations-n2"]),
                            Prompt(id: "clinical-leadership-cross-silo-conversations-p3", text: "Where are patients and the public in your cross-professional conversations, and are your forums small enough for those conversations to mean something?", sources: ["clinical-leadership-cross-silo-conversations-n4", "clinical-leadership-cross-silo-conversations-n5"]),
                        ],
                        keywords: ["disciplines", "multidisciplinary", "surgeons", "anaesthetists", "theatre", "theatres", "blame", "blaming", "bring out your dead", "workshops", "honesty", "get over themselves", "professions", "silo", "cancelled operations", "behind their backs", "what they say about", "each other", "other professions", "different professions", "physicians", "nurses", "therapists", "paramedics", "pharmacists", "in the same room", "facilitated session", "facilitated workshop", "away day", "clear the air", "air grievances", "frank", "candour", "home truths", "all the power", "between them", "blame game", "bounce", "ping-pong", "handoffs", "smaller groups", "small groups", "break-out groups", "round table", "different disciplines", "across professions", "across departments", "interdisciplinary", "huddle", "case conference", "joint session", "honest conversation", "honest conversations", "speak freely", "safe to say", "what they think of each other", "how we see each other", "myths about each other", "out in the open", "air it", "vent", "confess", "admit mistakes", "meaningful conversations", "manageable size", "solve it themselves", "precious"]),
                    Theme(
                        id: "clinical-leadership-gp-to-consultant", title: "GP to consultant",
                        notes: [
                            Note(id: "clinical-leadership-gp-to-consultant-n1", text: "Consultant-connect service has been very helpful to facilitate talking about patients and building relationships between disciplines. GP calls answered in 2 ½ mins, and eight specialisms involved in new service in pilot."),
                        ],
                        prompts: [
                            Prompt(id: "clinical-leadership-gp-to-consultant-p1", text: "What practical mechanism in your system lets a GP reach a consultant quickly about a patient, and how could you use it to build relationships, not just answer queries?", sources: ["clinical-leadership-gp-to-consultant-n1"]),
                        ],
                        keywords: ["gp", "gps", "general practice", "consultant connect", "advice and guidance", "referral", "referrals", "specialist", "specialists", "phone", "hospital consultants", "specialties", "primary and secondary care", "interface", "hotline", "phone line", "ring a consultant", "call a consultant", "speak to a specialist", "specialist advice", "a&g", "refer", "referring", "bounced back", "rejected referrals", "two-week wait", "outpatient", "outpatients", "cardiologist", "dermatologist", "cardiology", "dermatology", "rheumatology", "geriatrician", "surgeries", "practices", "gp partner", "hospital doctors", "discharge letters", "clinic letters", "shared care", "virtual clinic", "hot clinic", "rapid access", "family doctor", "general practitioners", "hospital specialists", "phone call", "phoned", "rang", "quick call", "direct line", "switchboard", "bleep", "on-call", "registrar", "guidance", "email advice", "e-referral", "referral triage", "rejected", "avoid a referral", "admission avoidance", "know each other by name", "specialty"]),
                    Theme(
                        id: "clinical-leadership-dealing-with-resistance", title: "Dealing with resistance",
                        notes: [
                            Note(id: "clinical-leadership-dealing-with-resistance-n1", text: "Sometimes it is more to do with not knowing than reluctance."),
                            Note(id: "clinical-leadership-dealing-with-resistance-n2", text: "Share lived experience, it unlocks."),
                        ],
                        prompts: [
                            Prompt(id: "clinical-leadership-dealing-with-resistance-p1", text: "Think of a clinician you have labelled as resistant: how sure are you that it is reluctance rather than not knowing, and what would you do differently if it is the latter?", sources: ["clinical-leadership-dealing-with-resistance-n1"]),
                            Prompt(id: "clinical-leadership-dealing-with-resistance-p2", text: "When did you last bring patients' and carers' lived experience into a stuck conversation with clinicians, and what did it unlock?", sources: ["clinical-leadership-dealing-with-resistance-n2"], angle: "other-view"),
                            Prompt(id: "clinical-leadership-dealing-with-resistance-p3", text: "When clinicians push back on a change you care about, what do you feel, and how does that feeling affect whether you hear reluctance or not knowing?", sources: ["clinical-leadership-dealing-with-resistance-n1"], angle: "feelings"),
                        ],
                        keywords: ["resistance", "resistant", "reluctant", "reluctance", "push back", "pushback", "slow to sign up", "not knowing", "never been told", "lack of information", "my own experience", "personal story", "objections", "sceptical", "cynical", "blocking", "obstruction", "dig their heels in", "heels in", "refused", "won't engage", "stonewalling", "opposed", "against it", "hostile", "dismissive", "didn't understand", "misunderstood", "misunderstanding", "misconception", "worried", "fears", "concerns", "explain", "show them", "demonstration", "demo", "see it working", "own story", "family member", "relative", "as a patient", "unlocks", "penny dropped", "changed his mind", "came round", "persuade", "persuaded", "hearts and minds", "questions", "explained", "information", "ignorance", "unaware", "no idea", "assumed the worst", "wrong idea", "personal experience", "own family", "resist", "resisting", "pushing back", "holding out", "digging in", "refusing", "sceptic", "won over", "dragging their feet", "foot-dragging", "reluctantly", "unconvinced", "hesitant", "hesitancy", "wary of change", "fear of the unknown", "lack of understanding", "never been explained", "nobody explained", "briefing", "real story", "a story", "patient story", "unlocked", "opened up"]),
                    Theme(
                        id: "clinical-leadership-psychological-literacy", title: "Build organisational psychological literacy",
                        notes: [
                            Note(id: "clinical-leadership-psychological-literacy-n1", text: "Support reflective practice."),
                        ],
                        prompts: [
                            Prompt(id: "clinical-leadership-psychological-literacy-p1", text: "What space for reflective practice do you protect for yourself and your clinical leaders, and what happens to it when the pressure rises?", sources: ["clinical-leadership-psychological-literacy-n1"]),
                        ],
                        keywords: ["psychological", "psychology", "reflective practice", "reflective practice groups", "schwartz rounds", "supervision", "facilitator", "reflect", "trauma", "pandemic", "psychological safety", "emotional intelligence", "balint", "reflective sessions", "hot debrief", "debrief", "clinical supervision", "restorative supervision", "professional nurse advocate", "trim", "psychologist", "psychologists", "staff psychology", "sense-making", "processing", "emotional labour", "moral injury", "vicarious trauma", "compassion fatigue", "group dynamics", "team dynamics", "unconscious", "containment", "trauma-informed", "psychologically informed", "human factors", "reflection", "reflective space", "talking about the work", "reflective", "group supervision", "peer supervision", "case discussion", "clinical psychologist", "psychotherapist", "organisational psychology", "organisational development", "why people behave", "behave", "anxiety", "defence mechanisms", "defended", "splitting", "transference", "psychologically safe", "stress", "stressed"]),
                ]),
            Question(
                id: "resources", text: "When 2 per cent of our population consume 50 per cent of our resources and we face a 70 per cent increase in over-85 year olds by 2030 how should we focus our resources and what might we need to help us?",
                askedBy: "robert-packham", context: "who is responsible for health and social care in Perth and Kinross in Scotland",
                themes: [
                    Theme(
                        id: "resources-approaches", title: "Approaches",
                        notes: [
                            Note(id: "resources-approaches-n1", text: "My Care, My Way pilot."),
                            Note(id: "resources-approaches-n2", text: "Community hubs, build or convert."),
                            Note(id: "resources-approaches-n3", text: "Care navigators."),
                            Note(id: "resources-approaches-n4", text: "Ideas pot of gold."),
                            Note(id: "resources-approaches-n5", text: "Use coaches to reduce dependence of high-resource individuals."),
                            Note(id: "resources-approaches-n6", text: "Use the less-old people who are still fit and in their 60s and 70s to take care of the 80+."),
                            Note(id: "resources-approaches-n7", text: "Don’t over-treat."),
                            Note(id: "resources-approaches-n8", text: "Don’t medicalise death."),
                        ],
                        prompts: [
                            Prompt(id: "resources-approaches-p1", text: "Think of the handful of people in your patch who use the most care: what would it take for you to give them a coach or navigator rather than another service, and who would you need to convince?", sources: ["resources-approaches-n3", "resources-approaches-n5"]),
                            Prompt(id: "resources-approaches-p2", text: "Where last week did you see someone over-treated, or their death medicalised, because of the system's habits rather than their wishes, and what did you do about it?", sources: ["resources-approaches-n7", "resources-approaches-n8"]),
                            Prompt(id: "resources-approaches-p3", text: "Where in your area could a community hub be built, or an existing building converted into one, and who would you need with you to make it happen?", sources: ["resources-approaches-n2"]),
                            Prompt(id: "resources-approaches-p4", text: "How could the fit people in their 60s and 70s in your community help take care of those over 80, and what would they need from you to do it?", sources: ["resources-approaches-n6"]),
                            Prompt(id: "resources-approaches-p5", text: "Which local pilot, such as My Care, My Way, could you back to test a different way of focusing your resources, and how would you judge whether to extend it?", sources: ["resources-approaches-n1"]),
                            Prompt(id: "resources-approaches-p6", text: "Who among your staff and community holds ideas that could be a pot of gold for your resources, and how are you asking for them?", sources: ["resources-approaches-n4"]),
                        ],
                        keywords: ["resources", "high intensity users", "frequent attenders", "two per cent", "half of our resources", "care navigators", "navigator", "health coaches", "community hubs", "hubs", "volunteers", "older people", "over 85", "frailty", "over-treating", "end of life", "medicalise death", "prevention", "demand", "waiting list", "ageing population", "my care my way", "link workers", "link worker", "social prescribers", "health coaching", "frequent flyers", "frequent users", "high users", "high cost", "heavy users", "loneliness", "isolation", "self-management", "dependence", "dependency", "polypharmacy", "medication review", "overtreatment", "over-investigation", "unnecessary", "realistic medicine", "ceilings of care", "dnacpr", "advance care planning", "respect form", "palliative", "dying", "good death", "frail", "elderly", "over-80s", "over-85s", "retired", "retirees", "young old", "fit older people", "good neighbours", "signposting", "ideas", "ideas fund", "small share", "share of", "different model", "complex needs", "multiple conditions", "multimorbidity", "long-term conditions", "care coordination", "care coordinator", "case management", "case manager", "proactive care", "anticipatory care", "population segmentation", "risk stratification", "high risk", "small number", "handful of people", "most of our money", "cost the most", "expensive", "spend", "spending", "wellbeing centre", "peer volunteers", "retired volunteers", "community connectors", "over-treated", "burden of treatment", "end-of-life care", "hospice care", "talk about death", "conversations about dying"]),
                    Theme(
                        id: "resources-learn-from-rural", title: "Learn from rural communities",
                        notes: [
                            Note(id: "resources-learn-from-rural-n1", text: "Higher independence behaviours in rural communities."),
                            Note(id: "resources-learn-from-rural-n2", text: "Fewer people die in hospital in rural areas; in Shetland 96 per cent die at home."),
                            Note(id: "resources-learn-from-rural-n3", text: "Use community hospitals as community hubs."),
                            Note(id: "resources-learn-from-rural-n4", text: "Use people in multiple roles as they do on islands."),
                        ],
                        prompts: [
                            Prompt(id: "resources-learn-from-rural-p1", text: "What do the most self-reliant communities you know do differently, and which one of those habits could you deliberately encourage in your own services?", sources: ["resources-learn-from-rural-n1"]),
                            Prompt(id: "resources-learn-from-rural-p2", text: "Which community hospital or other building could you also use as a community hub, and which staff could work across several roles, as island teams do – what rule would you have to relax?", sources: ["resources-learn-from-rural-n3", "resources-learn-from-rural-n4"]),
                            Prompt(id: "resources-learn-from-rural-p3", text: "How do you feel when someone in your care dies in hospital who could have died at home, and what does that feeling tell you about where your resources should go?", sources: ["resources-learn-from-rural-n2"], angle: "feelings"),
                        ],
                        keywords: ["rural", "islands", "island", "remote", "shetland", "village", "countryside", "community hospitals", "multiple roles", "generalist", "independence", "die at home", "neighbours", "self-reliance", "highlands", "market town", "villages", "hamlet", "farm", "farming", "farmers", "crofters", "coast", "coastal", "moor", "dales", "hills", "isles", "ferry", "miles from", "sparse", "sparsely populated", "small town", "everybody knows everybody", "look out for each other", "self-sufficient", "resourceful", "make do", "many hats", "several hats", "jack of all trades", "dual roles", "retained firefighter", "home death", "place of death", "cottage hospital", "dispensing practice", "urban", "remote and rural", "remote communities", "island life", "scottish", "wales", "welsh", "cornwall", "cumbria", "lincolnshire", "norfolk", "fells", "mountain", "mountains", "long drive", "miles away", "cut off", "snowed in", "ferries", "community spirit", "close-knit", "tight-knit", "neighbourly", "mutual aid"]),
                    Theme(
                        id: "resources-data", title: "Data",
                        notes: [
                            Note(id: "resources-data-n1", text: "People need good information and in accessible forms."),
                            Note(id: "resources-data-n2", text: "50 per cent of people in recent audit of acute services didn’t need to be there."),
                        ],
                        prompts: [
                            Prompt(id: "resources-data-p1", text: "When did you last look at which people in your acute beds need not be there, and what did you change as a result?", sources: ["resources-data-n2"]),
                            Prompt(id: "resources-data-p2", text: "How easily could a frail older person or their family find and understand the information they need about your services, and how do you know?", sources: ["resources-data-n1"], angle: "other-view"),
                        ],
                        keywords: ["data", "audit", "information", "evidence", "figures", "numbers", "dashboard", "analytics", "intelligence", "accessible", "plain english", "leaflets", "jargon", "impenetrable", "metrics", "beds", "occupancy", "population health", "snapshot", "statistics", "stats", "charts", "graphs", "infographic", "data pack", "power bi", "analyst", "analysts", "business intelligence", "report", "readable", "translate", "interpret", "baseline", "measure", "measurement", "kpis", "indicators", "proportion", "inappropriate admissions", "criteria to reside", "medically fit", "delayed discharges", "stranded patients", "length of stay", "utilisation", "patient information", "websites", "the numbers", "plain numbers", "the facts", "data quality", "bad data", "no data", "lack of data", "data-driven", "evidence base", "evidenced", "prove", "proof", "audit showed", "audit found", "percentage", "avoidable", "avoidable admissions", "inappropriate", "needn't", "understandable", "easy to understand", "format", "formats", "languages", "translated", "interpreters", "large print", "app", "online"]),
                    Theme(
                        id: "resources-litigation", title: "Litigation",
                        notes: [
                            Note(id: "resources-litigation-n1", text: "Children and old people deserve dignity and need to litigate if necessary."),
                        ],
                        prompts: [
                            Prompt(id: "resources-litigation-p1", text: "Where are children and old people in your services not getting the dignity they deserve, and would you support them in litigating if that were necessary?", sources: ["resources-litigation-n1"]),
                        ],
                        keywords: ["litigation", "legal action", "sue", "lawyer", "solicitor", "court", "ombudsman", "complaint", "complaints", "dignity", "elderly", "children", "safeguarding", "rights", "fight for", "lawyers", "legal", "courts", "sued", "suing", "claim", "claims", "compensation", "negligence", "nhs resolution", "coroner", "inquest", "judicial review", "tribunal", "legal challenge", "legal threat", "advocate", "advocacy", "human rights", "entitled", "families fighting", "battle", "indignity", "degrading", "neglect", "neglected", "undignified", "send", "ehcp", "parents", "substandard", "phso", "grandmother", "grandfather", "lawsuit", "the law", "investigation", "public inquiry", "family complaint", "formal complaint", "mp's letter", "local mp", "petition", "fighting for", "stand up for", "speak for", "abuse", "disabled children", "special needs", "special educational needs", "learning disabilities", "mental capacity", "best interests", "deprivation of liberty", "dols", "court of protection"]),
                ]),
            Question(
                id: "resilience", text: "System and individual resilience, how best to achieve it?",
                askedBy: "nichola-gardner", context: "Programme director for the creation of and delivery of NEL STP",
                themes: [
                    Theme(
                        id: "resilience-expressing-emotion", title: "Expressing emotion and vulnerability",
                        notes: [
                            Note(id: "resilience-expressing-emotion-n1", text: "This is the space we need to be in."),
                            Note(id: "resilience-expressing-emotion-n2", text: "Takes courage and confidence."),
                            Note(id: "resilience-expressing-emotion-n3", text: "Paradox – NHS attracts compassionate workers and heroic leaders."),
                            Note(id: "resilience-expressing-emotion-n4", text: "Traditionally, leaders not encouraged to share pain and vulnerabilities – hasn’t been the ‘norm’, pacesetting leadership has been the norm."),
                            Note(id: "resilience-expressing-emotion-n5", text: "Expressing vulnerability is a characteristic of good leadership – show weakness to show strength."),
                            Note(id: "resilience-expressing-emotion-n6", text: "Rationally and logically it makes sense, but need to acknowledge the emotions associated with the new world."),
                            Note(id: "resilience-expressing-emotion-n7", text: "Be open to discussions about how people feel, initiate them, encourage them, role model them."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-expressing-emotion-p1", text: "Think of a moment last week when you felt out of your depth: did you find the courage to let your team see that vulnerability, and what did showing (or hiding) it cost you?", sources: ["resilience-expressing-emotion-n2", "resilience-expressing-emotion-n5"], angle: "feelings"),
                            Prompt(id: "resilience-expressing-emotion-p2", text: "When did you last share something that was genuinely hard for you with colleagues, rather than projecting the always-strong, always-driving leader people expect?", sources: ["resilience-expressing-emotion-n3", "resilience-expressing-emotion-n4"]),
                            Prompt(id: "resilience-expressing-emotion-p3", text: "In your next team meeting about the changes ahead, how will you make it a space where people can acknowledge the emotions the changes bring – and go first yourself?", sources: ["resilience-expressing-emotion-n1", "resilience-expressing-emotion-n6", "resilience-expressing-emotion-n7"], angle: "feelings"),
                        ],
                        keywords: ["emotion", "emotions", "vulnerability", "vulnerable", "feelings", "sad", "upset", "tears", "cried", "courage", "how i felt", "pacesetting", "look strong", "weakness", "open up", "grief", "loss", "cry", "crying", "tearful", "wept", "choked up", "emotional", "felt", "how i feel", "how people feel", "how are you feeling", "hurt", "hurting", "pain", "grieving", "angry", "frightened", "afraid", "scared", "stiff upper lip", "keep it together", "opened up", "role model", "go first", "lead by example", "heroic", "hero", "superhero", "invincible", "never show", "show weakness", "exposed", "raw", "honest about how", "share how", "broke", "broken", "devastated", "gutted", "heartbroken", "heavy", "shaken", "upsetting", "distressing", "traumatic", "what it cost me", "permission to feel", "name the feeling", "how it feels"]),
                    Theme(
                        id: "resilience-compassion-for-self", title: "Having compassion for self",
                        notes: [
                            Note(id: "resilience-compassion-for-self-n1", text: "We are leaders of the national health service and yet we look after ourselves least."),
                            Note(id: "resilience-compassion-for-self-n2", text: "To be able to show compassion for others we need to give ourselves permission to take time/ show compassion for self."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-compassion-for-self-p1", text: "Looking at your diary for the last fortnight, where did you look after everyone except yourself, and what one thing will you protect for your own wellbeing next week?", sources: ["resilience-compassion-for-self-n1"]),
                            Prompt(id: "resilience-compassion-for-self-p2", text: "What would it take for you to give yourself explicit permission to take time out, and how might that change the compassion you can offer your staff?", sources: ["resilience-compassion-for-self-n2"]),
                        ],
                        keywords: ["self-care", "annual leave", "holiday", "rest", "exhausted", "tired", "running on empty", "burnout", "burned out", "sleep", "work-life balance", "my own health", "look after myself", "boundaries", "switch off", "day off", "time off", "weekend", "guilt", "skipped lunch", "breaks", "no break", "toilet", "insomnia", "awake at night", "long hours", "late nights", "evenings", "emails at night", "cancelled leave", "my gp", "blood pressure", "gym", "bedtime", "drained", "knackered", "shattered", "running on fumes", "self-compassion", "kind to myself", "hard on myself", "beat myself up", "inner critic", "guilty", "take my own advice", "practise what i preach", "occupational health", "counselling", "cope", "coping", "martyr", "short-tempered", "irritable", "recharge", "downtime", "time for me", "me time", "hobbies", "walks", "yoga", "mindfulness", "meditation", "counsellor", "doctor's appointment", "ignored symptoms", "migraine", "headaches", "illness", "worked through", "presenteeism", "never off", "always on", "on holiday", "midnight", "weekend working", "overworking", "workaholic", "exhaustion", "fatigue", "worn out", "depleted", "short with"]),
                    Theme(
                        id: "resilience-building-relationships", title: "Building relationships and connecting with others",
                        notes: [
                            Note(id: "resilience-building-relationships-n1", text: "Relationships are key."),
                            Note(id: "resilience-building-relationships-n2", text: "Need to move away from toxic relationships towards closer relationships, of trust – will take time."),
                            Note(id: "resilience-building-relationships-n3", text: "Some, longer-standing / existing partnerships will get there sooner because they’ve been doing this longer."),
                            Note(id: "resilience-building-relationships-n4", text: "Make the most of opportunities to build new relationships – connect around a common purpose."),
                            Note(id: "resilience-building-relationships-n5", text: "Walk in others’ shoes – try to see others’ perspectives and empathise."),
                            Note(id: "resilience-building-relationships-n6", text: "Find resilience in others."),
                            Note(id: "resilience-building-relationships-n7", text: "Get groups of people together, start having conversations."),
                            Note(id: "resilience-building-relationships-n8", text: "Network like crazy."),
                            Note(id: "resilience-building-relationships-n9", text: "Make commitments to support one another."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-building-relationships-p1", text: "Which working relationship across your system feels most strained or distrustful, and what could a longer-standing partnership that has got there teach you about moving it, step by step, towards trust?", sources: ["resilience-building-relationships-n1", "resilience-building-relationships-n2", "resilience-building-relationships-n3"]),
                            Prompt(id: "resilience-building-relationships-p2", text: "Pick a partner whose position frustrates you: walking in their shoes, how would the problem look from their side of the table, and what common purpose could you build on together?", sources: ["resilience-building-relationships-n4", "resilience-building-relationships-n5"], angle: "other-view"),
                            Prompt(id: "resilience-building-relationships-p3", text: "Who do you turn to when your own resilience runs low, and which group of peers or wider network could you bring together this quarter to make commitments to support one another?", sources: ["resilience-building-relationships-n6", "resilience-building-relationships-n7", "resilience-building-relationships-n8", "resilience-building-relationships-n9"]),
                        ],
                        keywords: ["relationships", "toxic", "trust", "partnership", "connect", "network", "networking", "common purpose", "empathise", "their side", "walk in their shoes", "commitments", "support one another", "rebuild", "reach out", "adult social care", "peers", "counterparts", "opposite number", "support network", "group chat", "ring each other", "call each other", "check in", "checked in", "lean on", "each other's backs", "solidarity", "camaraderie", "friendship", "friends", "fractious", "broken relationship", "mend", "repair", "rebuild trust", "built trust", "earn trust", "rapport", "bond", "connection", "connected", "lonely at the top", "isolated", "action learning set", "learning set", "peer group", "lifeline", "relationship", "mutual support", "support each other", "supporting each other", "kindred", "allies across", "colleagues across", "buddy up", "mentor", "trusted", "trusting", "distrust", "mistrust"]),
                    Theme(
                        id: "resilience-unlearning-relearning", title: "Unlearning and re-learning",
                        notes: [
                            Note(id: "resilience-unlearning-relearning-n1", text: "We’re caught between dualities – the old ways and the new."),
                            Note(id: "resilience-unlearning-relearning-n2", text: "No guidelines about how to ‘be’ in the new world – opportunity and a threat."),
                            Note(id: "resilience-unlearning-relearning-n3", text: "Operating in a different way takes courage."),
                            Note(id: "resilience-unlearning-relearning-n4", text: "Sometimes we need to re-learn, go back to being a novice, admit we need new skills."),
                            Note(id: "resilience-unlearning-relearning-n5", text: "Different models can facilitate this – eg, appreciative inquiry."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-unlearning-relearning-p1", text: "Where are you still operating by the old rules while saying you want the new way of working, and what would you need to let go of to change that?", sources: ["resilience-unlearning-relearning-n1", "resilience-unlearning-relearning-n2", "resilience-unlearning-relearning-n3"]),
                            Prompt(id: "resilience-unlearning-relearning-p2", text: "What skill does your current role now demand that you are still a novice at, and how could you learn it openly, perhaps using an approach like appreciative inquiry?", sources: ["resilience-unlearning-relearning-n4", "resilience-unlearning-relearning-n5"]),
                        ],
                        keywords: ["unlearn", "unlearning", "relearn", "relearning", "novice", "learner", "beginner", "old ways", "new way", "command and control", "new skills", "guidelines", "rulebook", "new world", "dualities", "appreciative inquiry", "letting go", "imposter", "new role", "new territory", "out of my depth", "newly qualified", "start again", "deskilled", "expert", "old habits", "habits", "muscle memory", "no manual", "no map", "no playbook", "making it up", "learning curve", "steep learning curve", "upskill", "reskill", "humbling", "give up control", "the old way", "used to", "in my old job", "clinical background", "former", "student", "apprentice", "rookie", "new to this", "fish out of water", "clueless", "old skills", "what worked before", "system role", "system leadership", "different world", "new way of working", "old way of working", "start from scratch", "knew everything", "unlearned", "relearned", "re-learn", "re-learning", "old tricks", "new tricks", "outdated skills", "out of date", "relevance", "irrelevant", "what got me here", "leave behind", "reinvent", "reinventing myself", "identity", "professional identity"]),
                    Theme(
                        id: "resilience-taking-time-to-think", title: "Taking time to think",
                        notes: [
                            Note(id: "resilience-taking-time-to-think-n1", text: "Pace doesn’t enable this – finding time is a challenge."),
                            Note(id: "resilience-taking-time-to-think-n2", text: "There are ‘now’ issues that take up time; need to create space for transformation."),
                            Note(id: "resilience-taking-time-to-think-n3", text: "Day to day prevents wider thinking; difficult to do both jobs well."),
                            Note(id: "resilience-taking-time-to-think-n4", text: "Pressure doesn’t foster trust."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-taking-time-to-think-p1", text: "In the last week, how much of your time went on today's urgent issues versus thinking about transformation, and what would you drop to create a regular thinking slot?", sources: ["resilience-taking-time-to-think-n1", "resilience-taking-time-to-think-n2", "resilience-taking-time-to-think-n3"]),
                            Prompt(id: "resilience-taking-time-to-think-p2", text: "When you are under pressure, how does it show up in the way you treat colleagues, and what effect does that have on the trust you are trying to build?", sources: ["resilience-taking-time-to-think-n4"]),
                        ],
                        keywords: ["time to think", "thinking time", "headspace", "space to think", "diary", "back to back", "operational pressure", "day to day", "no time", "busy", "protected time", "reflection time", "strategic thinking", "transformation", "blocked time", "calendar", "back-to-back meetings", "wall-to-wall", "opel", "sitreps", "fires", "urgent", "important", "treadmill", "hamster wheel", "head above water", "strategic", "thinking", "ponder", "retreat", "quiet", "both jobs", "operational", "doing and thinking", "relentless", "never stops", "no let up", "think properly", "fire-fighting", "stop and think", "breathing space", "pause", "crowded out", "swallowed up", "eaten up", "urgent stuff", "no time to think", "think straight", "wider thinking", "thinking space", "time to reflect", "headroom", "mental space", "slow down", "too fast", "no pause", "pressured", "rushed", "rushing", "reactive", "long-term thinking"]),
                    Theme(
                        id: "resilience-out-of-comfort-zones", title: "Forcing oneself out of comfort zones",
                        notes: [
                            Note(id: "resilience-out-of-comfort-zones-n1", text: "Accept some people will find this challenging."),
                            Note(id: "resilience-out-of-comfort-zones-n2", text: "Acknowledge the impact of uncertainty – some good people leaving – how do we support them? How do we stop this?"),
                            Note(id: "resilience-out-of-comfort-zones-n3", text: "Takes courage to move from the known to the unknown."),
                            Note(id: "resilience-out-of-comfort-zones-n4", text: "Play to the strengths of people happier in the ‘grey’."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-out-of-comfort-zones-p1", text: "What is the decision or conversation you have been putting off because it takes you into the unknown, and what would help you find the courage to take it on?", sources: ["resilience-out-of-comfort-zones-n3"]),
                            Prompt(id: "resilience-out-of-comfort-zones-p2", text: "As uncertainty bites, who in your team is finding it challenging or thinking of leaving, and who is happier in the grey – how are you supporting the first and playing to the strengths of the second?", sources: ["resilience-out-of-comfort-zones-n1", "resilience-out-of-comfort-zones-n2", "resilience-out-of-comfort-zones-n4"]),
                        ],
                        keywords: ["comfort zone", "uncomfortable", "unknown", "uncertainty", "leaving", "good people leaving", "stretch", "challenging", "nervous", "scary", "step up", "grey", "brave", "first step", "leap", "quit", "losing staff", "retention", "limbo", "up in the air", "restructure", "restructuring", "redundancy", "at risk", "new structure", "change fatigue", "anxiety", "anxious", "frightening", "terrified", "dread", "dreading", "put off", "putting off", "courage", "bravery", "nerve", "deep breath", "jump", "plunge", "deep end", "uncharted", "unfamiliar", "new ground", "discomfort", "grey areas", "ambiguity", "thrive on change", "unsettled", "unsettling", "resignations", "resigning", "leavers", "walking out", "moving on", "jump ship", "uncertain future", "what happens next", "scared", "fear", "afraid", "frightened", "thrive", "stretching", "courageous", "unnerving", "unknowns", "challenge", "challenged", "take on", "volunteered", "said yes", "terrifying", "nerves", "butterflies", "out of my comfort zone", "comfortable", "familiar", "known", "staff leaving", "losing good people", "retain", "keep good people", "support people through change", "change management", "transition", "transitions"]),
                    Theme(
                        id: "resilience-redefining-success", title: "Redefining notions of success/ giving permission to fail",
                        notes: [
                            Note(id: "resilience-redefining-success-n1", text: "Failure isn’t binary – think of this as an experiment."),
                            Note(id: "resilience-redefining-success-n2", text: "Focus on learning – we are going to learn (not fail) when we do this."),
                            Note(id: "resilience-redefining-success-n3", text: "Seek to find answers through experimentation."),
                            Note(id: "resilience-redefining-success-n4", text: "Feels like we need to get on with it before permission is taken away."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-redefining-success-p1", text: "Think of an initiative that did not go to plan recently: how did you describe it to others, and how would it change things to frame it as an experiment you learned from?", sources: ["resilience-redefining-success-n1", "resilience-redefining-success-n2", "resilience-redefining-success-n3"]),
                            Prompt(id: "resilience-redefining-success-p2", text: "What have you got permission to try now, while it lasts, and what is stopping you getting on with it before that permission is taken away?", sources: ["resilience-redefining-success-n4"]),
                        ],
                        keywords: ["failure", "fail", "failed", "experiment", "experiments", "success", "succeed", "missed target", "targets", "permission to fail", "binary", "try things", "innovation", "take a chance", "missed the target", "didn't hit", "fell short", "didn't work", "flop", "success measures", "what counts as success", "measure of success", "failing", "trial and error", "lessons", "what we learned", "learnt", "found out", "insight", "partial success", "good enough", "perfectionism", "just do it", "crack on", "get on with it", "window", "ask forgiveness", "bold", "tested", "measure success", "success looks like", "definition of success", "hit the target", "missed", "below target", "it failed", "didn't deliver", "underdelivered", "not a failure", "experimenting", "hypothesis", "try and see", "window of opportunity", "while we can", "go for it", "take the chance", "act now", "do it anyway"]),
                    Theme(
                        id: "resilience-honest-discussions", title: "Encouraging honest, system-level discussions",
                        notes: [
                            Note(id: "resilience-honest-discussions-n1", text: "Difficult to shift old cultures of competition and having control to new ways of collaboration."),
                            Note(id: "resilience-honest-discussions-n2", text: "Resilience comes from honesty – acknowledge perverse incentives (eg, control totals) still encourage people to look out for their own."),
                            Note(id: "resilience-honest-discussions-n3", text: "Need to break down protectionism – move beyond the organisations we’ve had in the past."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-honest-discussions-p1", text: "Which incentive or target in your system currently pushes you to protect your own organisation at the expense of the whole, and have you said so openly to your partners?", sources: ["resilience-honest-discussions-n2", "resilience-honest-discussions-n3"]),
                            Prompt(id: "resilience-honest-discussions-p2", text: "Where do you still hold on to control or compete when collaboration would serve patients better, and what honest conversation could you start about it?", sources: ["resilience-honest-discussions-n1"]),
                        ],
                        keywords: ["honest", "honesty", "control totals", "competition", "competing", "protectionism", "protect our own", "own organisation", "perverse incentives", "incentives", "collaboration", "system leaders", "elephant in the room", "uncomfortable truth", "candid", "financial position", "deficit", "surplus", "break even", "balance the books", "bottom line", "protect our budget", "cost shunting", "cost-shifting", "shunt", "pass the buck", "gaming", "playing games", "rewarded for", "penalised", "fines", "unsaid", "unspoken", "nodding", "nodding along", "polite", "politeness", "partnership theatre", "straight talk", "cards on the table", "provider collaborative", "look after our own", "sovereignty", "territorial", "self-interest", "compete", "competitors", "market", "winning contracts", "rivalry", "rival", "financial targets", "organisational interest", "system first", "awkward", "awkward truth", "avoid the subject", "dance around", "tiptoe", "everyone knows", "open secret", "collusion", "collude", "say what we all know"]),
                    Theme(
                        id: "resilience-demystifying-stps", title: "De-mystifying STPs",
                        notes: [
                            Note(id: "resilience-demystifying-stps-n1", text: "STPs have been shrouded in mystery."),
                            Note(id: "resilience-demystifying-stps-n2", text: "Don’t use pseudonyms – call savings plans ‘savings’, not sustainability plans."),
                            Note(id: "resilience-demystifying-stps-n3", text: "Develop common ground – agree shared principles to move forward, say what will happen in the end, set out a vision."),
                            Note(id: "resilience-demystifying-stps-n4", text: "What are we here for and what can we get clarity on?"),
                            Note(id: "resilience-demystifying-stps-n5", text: "Be honest with patients and the public."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-demystifying-stps-p1", text: "If a member of the public asked you tomorrow what your STP is really for, could you take away the mystery in plain language – including the savings – without jargon or euphemism?", sources: ["resilience-demystifying-stps-n1", "resilience-demystifying-stps-n2", "resilience-demystifying-stps-n5"]),
                            Prompt(id: "resilience-demystifying-stps-p2", text: "Can you and your partners state in a sentence what you are here for and where the plan will end up, and where do you still need to get clarity together?", sources: ["resilience-demystifying-stps-n3", "resilience-demystifying-stps-n4"]),
                        ],
                        keywords: ["stp", "stps", "sustainability and transformation", "integrated care system", "mystery", "secret", "secret plan", "savings", "closures", "close hospitals", "public", "consultation", "transparency", "principles", "clarity", "explain", "public meeting", "jargon", "euphemism", "euphemisms", "weasel words", "management speak", "corporate speak", "plain language", "plain speaking", "call it what it is", "cuts", "cutting", "savings plan", "efficiency", "efficiencies", "financial recovery", "icb", "integrated care", "joint forward plan", "mp", "scrutiny", "town hall", "headlines", "closing", "closure", "downgrade", "downgrading", "credibility", "opaque", "vague", "what it means", "upfront", "transparent", "tell the public", "secrecy", "shrouded", "confusion", "confused", "nobody understands", "explain it", "explaining", "honest with the public", "communities", "public consultation", "ics plan", "system plan", "strategy document", "rebrand", "rebranded", "renamed", "new name"]),
                    Theme(
                        id: "resilience-collective-decisions", title: "Making collective decisions",
                        notes: [
                            Note(id: "resilience-collective-decisions-n1", text: "People are having to contemplate sacred cows – need to decide locally what’s right for you."),
                            Note(id: "resilience-collective-decisions-n2", text: "Clinicians see the benefits of collaboration at ground level – involve them."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-collective-decisions-p1", text: "Which long-protected service or tradition in your area now needs a hard decision, and how are you making sure it is decided together with local partners rather than imposed?", sources: ["resilience-collective-decisions-n1"]),
                            Prompt(id: "resilience-collective-decisions-p2", text: "How directly are frontline clinicians involved in the decisions you are making about collaboration, and whose voice is missing?", sources: ["resilience-collective-decisions-n2"]),
                        ],
                        keywords: ["decision", "decide", "collective", "sacred cow", "sacred cows", "locally", "local decision", "consensus", "jointly", "ground level", "vote", "community beds", "difficult decisions", "off limits", "no-go", "nobody dares", "consolidate", "keep open", "reconfigure", "options", "choose", "choice", "trade-off", "hard choices", "tough choices", "prioritise", "together", "as a group", "shared decision", "agree", "agreement", "collectively", "imposed", "top-down", "from above", "closest to", "decide together", "mandate", "our call", "sacred", "taboo", "face up to", "grasp the nettle", "nettle", "bite the bullet", "our area", "for ourselves", "own decision", "whitehall", "centrally", "told what to do", "close a unit", "underused", "decision-making", "decisions", "decided", "collective decision", "shared ownership", "everyone agreed", "buy-in from", "majority view", "ballot", "democratic decision", "make the call", "hard decision", "unpopular decision", "local solution", "local solutions", "what's right for us", "right for our area"]),
                    Theme(
                        id: "resilience-thinking-differently", title: "Thinking differently",
                        notes: [
                            Note(id: "resilience-thinking-differently-n1", text: "Can other services, eg, ambulance, third sector, help with this?"),
                        ],
                        prompts: [
                            Prompt(id: "resilience-thinking-differently-p1", text: "For a problem currently on your desk, which service outside your usual circle – ambulance, the third sector, someone else – could help, and have you asked them?", sources: ["resilience-thinking-differently-n1"]),
                        ],
                        keywords: ["third sector", "voluntary sector", "charity", "volunteers", "ambulance", "paramedics", "fire service", "police", "community groups", "faith groups", "other services", "outside the box", "creative", "alternative", "pharmacy", "libraries", "charities", "voluntary", "vcse", "red cross", "st john", "macmillan", "food bank", "churches", "mosque", "faith", "fire and rescue", "firefighters", "leisure centre", "pharmacists", "opticians", "dentists", "ambulance crews", "community transport", "outside the nhs", "beyond the nhs", "not just us", "someone else", "unusual partners", "unlikely partners", "new partners", "fresh approach", "lateral", "innovative", "different angle", "reframe", "other agencies", "other people could", "creativity", "new ideas", "imaginative", "unconventional", "different approach", "other ways", "alternatives", "non-nhs", "local businesses", "employers", "leisure", "sport", "gyms", "arts", "museums", "social enterprise", "community interest company", "co-op", "parish council", "town council", "good neighbour scheme"]),
                    Theme(
                        id: "resilience-pathways-and-tasks", title: "Focusing on pathways and tasks to help build relationships",
                        notes: [
                            Note(id: "resilience-pathways-and-tasks-n1", text: "It’s not relationship or task, it’s relationships through tasks."),
                            Note(id: "resilience-pathways-and-tasks-n2", text: "Work based around specific tasks can build relationships built on common practice."),
                            Note(id: "resilience-pathways-and-tasks-n3", text: "Get practical – find something that will bring people together."),
                            Note(id: "resilience-pathways-and-tasks-n4", text: "Clinicians working on pathways really unlocks conversations (but can make boards nervous)."),
                        ],
                        prompts: [
                            Prompt(id: "resilience-pathways-and-tasks-p1", text: "Which shared, practical task or care pathway could you use to bring a difficult partner into working with you, so that the relationship grows through the work itself?", sources: ["resilience-pathways-and-tasks-n1", "resilience-pathways-and-tasks-n2", "resilience-pathways-and-tasks-n3"]),
                            Prompt(id: "resilience-pathways-and-tasks-p2", text: "When clinicians start redesigning pathways across boundaries, how do you bring your board with you rather than letting their nervousness shut the conversation down?", sources: ["resilience-pathways-and-tasks-n4"]),
                        ],
                        keywords: ["pathway", "pathways", "task", "tasks", "practical", "project", "joint work", "common practice", "stroke", "shared task", "protocol", "clinical pathway", "nervous board", "sepsis", "heart failure", "diabetes", "copd", "falls pathway", "frailty pathway", "cancer pathway", "discharge pathway", "pathway redesign", "care pathway", "shared protocol", "door-to-needle", "timings", "qi project", "joint project", "working group", "task and finish", "roll up sleeves", "real work", "concrete", "working together on", "common problem", "common task", "joint audit", "morbidity and mortality", "team building", "clinical network", "practical task", "specific task", "piece of work", "job to do", "joint task", "common goal", "doing it together", "by doing", "project group", "project team", "service improvement", "quality improvement project", "guideline", "checklist", "referral criteria", "triage criteria", "clinicians designing"]),
                ]),
            Question(
                id: "we-are-great", text: "The main challenge for leaders is to shift ‘I’m great’ mentality to ‘We’re great’. Is this hypothesis correct?",
                askedBy: "david-wylie", context: "Head of Podiatry, NHS Glasgow and Greater Clyde [sic: NHS Greater Glasgow and Clyde]",
                themes: [
                    Theme(
                        id: "we-are-great-diversity", title: "Diversity in the workplace",
                        notes: [
                            Note(id: "we-are-great-diversity-n1", text: "Different people, different motivations?"),
                        ],
                        prompts: [
                            Prompt(id: "we-are-great-diversity-p1", text: "Pick two people in your team who frustrate each other: what different motivations might each be bringing to work, and how have you checked your assumptions?", sources: ["we-are-great-diversity-n1"]),
                        ],
                        keywords: ["diversity", "diverse", "inclusion", "background", "generations", "younger", "age", "motivation", "motivated", "motivates", "different people", "equality", "race", "ethnicity", "neurodiversity", "flexible working", "motivations", "what motivates", "drives", "drivers", "different reasons", "different needs", "caring responsibilities", "flexible", "rotas", "self-rostering", "international recruits", "overseas nurses", "visa", "cultural", "religion", "ramadan", "accent", "disabled", "disability", "lgbt", "women", "older staff", "younger staff", "gen z", "millennials", "generational", "ethnic minority", "racism", "wres", "inclusive", "edi", "one size fits all", "individual", "like me", "people like me", "different backgrounds", "values differ", "what matters to them", "individual needs", "each person", "life stage", "parents", "school run", "religious", "prayer", "neurodivergent", "adhd", "dyslexia", "menopause", "pregnancy", "maternity leave", "returners", "part-timers", "agency staff", "bank staff", "locums", "migrants", "first language", "second language"]),
                    Theme(
                        id: "we-are-great-masking", title: "Masking",
                        notes: [
                            Note(id: "we-are-great-masking-n1", text: "‘I'm great’ mentality can be manifest for different reasons spanning from vulnerability to genuine ego."),
                        ],
                        prompts: [
                            Prompt(id: "we-are-great-masking-p1", text: "Think of a colleague whose confidence grates on you: what might it be masking, and how would your approach change if it were vulnerability rather than ego?", sources: ["we-are-great-masking-n1"]),
                            Prompt(id: "we-are-great-masking-p2", text: "In the last month, when did you project 'I'm great' to hide your own uncertainty or vulnerability, and what did that cost you or your team?", sources: ["we-are-great-masking-n1"]),
                        ],
                        keywords: ["mask", "masking", "front", "brave face", "confident", "pretending", "under control", "ego", "bravado", "insecurity", "cover", "hiding", "broke down", "i'm great", "cocky", "swagger", "bluster", "boast", "boasting", "best in the country", "outstanding", "show-off", "dominates", "loud", "brash", "overconfident", "know-it-all", "shield", "facade", "façade", "act", "performing", "hide", "insecure", "fragile", "fragility", "cracks", "underneath", "i'm fine", "everything's fine", "put on a show", "save face", "self-promotion", "big man", "arrogance", "conceited", "big-headed", "self-important", "pompous", "superiority", "superior", "grandstanding", "posturing", "puffed up", "chest-beating", "ego-driven", "overcompensating", "compensating", "deep down", "inner", "crumbling", "tremble", "shaky", "nothing wrong", "cope alone", "keeping up appearances", "appearances", "image", "status anxiety", "never admits", "can't admit", "admit weakness", "always right", "certainty", "false confidence", "show of strength", "tough guy"]),
                    Theme(
                        id: "we-are-great-performance", title: "Performance",
                        notes: [
                            Note(id: "we-are-great-performance-n1", text: "How to work with different performance levels and behaviours?"),
                            Note(id: "we-are-great-performance-n2", text: "Constructive challenge not done or is reacted to negatively."),
                            Note(id: "we-are-great-performance-n3", text: "Employment practices and regulation."),
                        ],
                        prompts: [
                            Prompt(id: "we-are-great-performance-p1", text: "When someone last challenged you constructively, how did you react in the moment, and what did your reaction teach the people watching?", sources: ["we-are-great-performance-n2"]),
                            Prompt(id: "we-are-great-performance-p2", text: "Which performance or behaviour conversation are you putting off, and how much of that is down to employment processes versus your own reluctance?", sources: ["we-are-great-performance-n1", "we-are-great-performance-n3"]),
                            Prompt(id: "we-are-great-performance-p3", text: "How do you feel when a junior colleague challenges you in front of others, and how does that feeling show in your reaction?", sources: ["we-are-great-performance-n2"], angle: "feelings"),
                        ],
                        keywords: ["performance", "underperformance", "poor performance", "behaviour", "conduct", "disciplinary", "hr", "capability", "employment", "constructive challenge", "feedback", "appraisal", "difficult colleague", "bullying", "standards", "performance management", "managing performance", "underperforming", "poor performer", "pulling their weight", "coasting", "grievance", "hr case", "employee relations", "union", "unions", "sickness absence", "absence management", "formal process", "informal process", "warning", "improvement plan", "objectives", "difficult feedback", "took it personally", "offended", "attitude", "rude", "incivility", "harassment", "comparison", "league table", "variation", "top performers", "high performers", "low performers", "gmc", "nmc", "fitness to practise", "not up to standard", "quality of work", "sloppy", "lateness", "absence", "sick notes", "excuses", "accountability", "hold to account", "holding to account", "consequences", "tolerate", "tolerating", "tolerated", "conflict", "confrontation", "confront", "challenging conversation", "tough conversation", "employment law", "procedures", "policy", "policies", "hr advice", "hr process"]),
                    Theme(
                        id: "we-are-great-titles", title: "Titles",
                        notes: [
                            Note(id: "we-are-great-titles-n1", text: "Seniority can make it hard to hear genuine stories from staff. However, do need to work hard to listen despite this."),
                            Note(id: "we-are-great-titles-n2", text: "All need to model compassionate leadership."),
                        ],
                        prompts: [
                            Prompt(id: "we-are-great-titles-p1", text: "What did you do last week to hear an unfiltered story from frontline staff, despite your title, and what did you hear?", sources: ["we-are-great-titles-n1"]),
                            Prompt(id: "we-are-great-titles-p2", text: "In which recent meeting did your seniority shape the conversation, and how could you model compassionate leadership there next time?", sources: ["we-are-great-titles-n1", "we-are-great-titles-n2"]),
                            Prompt(id: "we-are-great-titles-p3", text: "How does a conversation with you look to a member of frontline staff, given your title, and what might stop them telling you a genuine story?", sources: ["we-are-great-titles-n1"], angle: "other-view"),
                        ],
                        keywords: ["title", "titles", "seniority", "rank", "status", "hear", "listen", "genuine", "stories", "shop floor", "back to the floor", "shifts", "visible", "walkabout", "badge", "name badge", "uniform", "suit", "tie", "upstairs", "top floor", "ivory tower", "exec corridor", "walk round", "walk the floor", "night shift", "visits", "gemba", "what's really going on", "tell the boss", "to my face", "shut up", "speaking up", "freedom to speak up", "whistleblowing", "bad news", "filtered", "sanitised", "deference", "deferential", "grade", "position", "approachable", "hierarchy", "the truth", "incognito", "boss", "senior", "job title", "my title", "because of my role", "my position", "distance", "distant", "out of touch", "visibility", "meet staff", "staff stories", "frontline stories", "listening sessions", "tell me the truth", "honest with me", "afraid to tell", "scared to tell", "yes-men", "only good news", "rosy picture", "want to hear"]),
                    Theme(
                        id: "we-are-great-human-behaviours", title: "Human behaviours and Maslow",
                        notes: [
                            Note(id: "we-are-great-human-behaviours-n1", text: "Leaders need to understand human behaviour and diversity, and have skill in working effectively using this."),
                        ],
                        prompts: [
                            Prompt(id: "we-are-great-human-behaviours-p1", text: "Think of a team member who is struggling: which of their basic needs might be unmet right now, and how are you using that understanding in how you lead them?", sources: ["we-are-great-human-behaviours-n1"]),
                        ],
                        keywords: ["maslow", "human needs", "needs", "belonging", "security", "predictability", "motivation", "human nature", "understanding people", "hierarchy of needs", "personality", "reactions", "human behaviour", "basic needs", "pay", "wages", "money worries", "cost of living", "bills", "rent", "hungry", "transport", "parking", "safety", "job security", "secure", "belong", "esteem", "self-esteem", "respected", "respect", "behaviour change", "nudge", "carrots", "sticks", "threat", "fight or flight", "stress response", "habit", "survive", "first things first", "survival", "surviving", "staying afloat", "keeping the lights on", "ends meet", "money", "poverty", "low pay", "minimum wage", "pyramid", "self-fulfilment", "driven by", "drive", "fundamentals", "physiological", "tired and hungry", "basic", "psychology of", "how people behave", "why people do", "emotional needs", "social needs", "recognition", "status", "autonomy", "control", "fairness", "certainty", "uncertainty", "threatened", "feel safe", "safe", "scarcity"]),
                    Theme(
                        id: "we-are-great-silos-tribes", title: "Silos and tribes",
                        notes: [
                            Note(id: "we-are-great-silos-tribes-n1", text: "Many exist: medical vs non-medical, managers vs clinicians, primary vs secondary care, public vs staff. Makes it hard to collaborate properly."),
                            Note(id: "we-are-great-silos-tribes-n2", text: "Culture and conditions cause pressure and climate of defensiveness."),
                            Note(id: "we-are-great-silos-tribes-n3", text: "Technical and highly specialist working makes it harder."),
                        ],
                        prompts: [
                            Prompt(id: "we-are-great-silos-tribes-p1", text: "Which tribe – medical or non-medical, manager or clinician, primary or secondary care – do you instinctively speak for, and when did you last reinforce 'us and them' with another group?", sources: ["we-are-great-silos-tribes-n1"]),
                            Prompt(id: "we-are-great-silos-tribes-p2", text: "Where is defensiveness highest in the services you lead, and what pressure or condition you control might be feeding it?", sources: ["we-are-great-silos-tribes-n2"]),
                            Prompt(id: "we-are-great-silos-tribes-p3", text: "How do you help highly specialist teams see themselves as part of a shared 'we' and collaborate beyond their own world?", sources: ["we-are-great-silos-tribes-n3", "we-are-great-silos-tribes-n1"]),
                        ],
                        keywords: ["silo", "silos", "tribes", "tribal", "us and them", "managers versus clinicians", "primary care", "secondary care", "medical", "non-medical", "specialist", "defensiveness", "defensive", "entrenched", "turf", "professional boundaries", "them and us", "our patients", "their beds", "not my patient", "not our problem", "turf war", "territory", "camps", "sides", "divide", "divided", "rift", "gulf", "walls", "bunker", "bunker mentality", "defending", "pass the parcel", "medics", "departments", "divisions", "directorates", "specialties", "super-specialist", "narrow", "separate", "silo working", "own bubble", "bubble", "own world", "little kingdoms", "kingdom", "fiefdoms", "fiefdom", "empires", "tribalism", "factions", "camp", "cliques", "clique", "closed shop", "protect their own", "professional pride", "demarcation", "not my job", "who does what", "handoff"]),
                    Theme(
                        id: "we-are-great-training", title: "Training",
                        notes: [
                            Note(id: "we-are-great-training-n1", text: "Needs to modernise."),
                            Note(id: "we-are-great-training-n2", text: "Medical training needs softer skills."),
                            Note(id: "we-are-great-training-n3", text: "Learning together helps."),
                        ],
                        prompts: [
                            Prompt(id: "we-are-great-training-p1", text: "When did staff from different professions in your organisation last learn side by side, and what could you do to make that the norm?", sources: ["we-are-great-training-n3"]),
                            Prompt(id: "we-are-great-training-p2", text: "Which 'softer' skill do you most wish you had been taught, and how are you making sure the people you develop get it?", sources: ["we-are-great-training-n2"]),
                            Prompt(id: "we-are-great-training-p3", text: "Which part of the training your staff receive most needs to modernise, and what would you change first?", sources: ["we-are-great-training-n1"]),
                        ],
                        keywords: ["training", "course", "curriculum", "modernise", "outdated", "soft skills", "softer skills", "medical school", "doctors", "education", "multidisciplinary", "learn together", "leadership course", "induction", "teaching", "simulation", "negotiation", "syllabus", "modules", "nursing school", "university", "students", "student nurses", "medical students", "foundation doctors", "registrars", "trainees", "deanery", "teach", "taught", "lecture", "lectures", "exams", "osce", "sim", "skills lab", "communication skills", "bedside manner", "breaking bad news", "people skills", "interprofessional", "inter-professional", "multi-professional", "shared learning", "learning together", "joint training", "classroom", "e-learning", "mandatory training", "old-fashioned", "preceptorship", "apprenticeship", "training programme", "taught sessions", "study", "study days", "study leave", "education programme", "professional education", "cpd", "continuing professional development", "revalidation", "competencies", "skills training", "outdated training", "old curriculum"]),
                ]),
            Question(
                id: "compassion", text: "Compassionate leadership, how to maintain it?",
                askedBy: "tony-vickers-byrne", context: "the Director of HR in Public Health England",
                themes: [
                    Theme(
                        id: "compassion-compassionate-leadership", title: "Compassionate leadership",
                        notes: [
                            Note(id: "compassion-compassionate-leadership-n1", text: "Normalise compassion as part of management/leadership."),
                            Note(id: "compassion-compassionate-leadership-n2", text: "Decode ‘compassion’."),
                            Note(id: "compassion-compassionate-leadership-n3", text: "Leadership to understand it and own it."),
                            Note(id: "compassion-compassionate-leadership-n4", text: "Be alive to the suffering of others – be present and listen (improve these skills)."),
                            Note(id: "compassion-compassionate-leadership-n5", text: "Workforce needs to ‘feel looked after’."),
                            Note(id: "compassion-compassionate-leadership-n6", text: "Start the conversation – compassion needs a champion."),
                            Note(id: "compassion-compassionate-leadership-n7", text: "Human leadership gains."),
                            Note(id: "compassion-compassionate-leadership-n8", text: "‘Better work’ with the team and is comfortable."),
                            Note(id: "compassion-compassionate-leadership-n9", text: "Compassion is innovation."),
                            Note(id: "compassion-compassionate-leadership-n10", text: "Let people into your leadership role."),
                            Note(id: "compassion-compassionate-leadership-n11", text: "Stop. Revisit and engage the workforce."),
                        ],
                        prompts: [
                            Prompt(id: "compassion-compassionate-leadership-p1", text: "If someone asked you what compassion looks like in your day-to-day management and leadership, what concrete behaviours from last week could you point to as your own?", sources: ["compassion-compassionate-leadership-n1", "compassion-compassionate-leadership-n2", "compassion-compassionate-leadership-n3"]),
                            Prompt(id: "compassion-compassionate-leadership-p2", text: "In your last difficult conversation with a member of staff, how fully present were you, and what would have helped you listen better?", sources: ["compassion-compassionate-leadership-n4"]),
                            Prompt(id: "compassion-compassionate-leadership-p3", text: "Who in your organisation is championing compassion, and what would it take for you to start that conversation visibly yourself?", sources: ["compassion-compassionate-leadership-n6"]),
                            Prompt(id: "compassion-compassionate-leadership-p4", text: "If you asked members of your workforce whether they feel looked after, what would they say, and what would they point to?", sources: ["compassion-compassionate-leadership-n5"], angle: "other-view"),
                            Prompt(id: "compassion-compassionate-leadership-p5", text: "What has leading in a more human way gained you and your team recently, and how could you make those gains visible to others?", sources: ["compassion-compassionate-leadership-n7"]),
                            Prompt(id: "compassion-compassionate-leadership-p6", text: "Think of a time your team did better work with you: how comfortable were they with you then, and what did you do to make it so?", sources: ["compassion-compassionate-leadership-n8"]),
                            Prompt(id: "compassion-compassionate-leadership-p7", text: "Where could a more compassionate approach be the innovation your service needs, and what would you try first?", sources: ["compassion-compassionate-leadership-n9"]),
                            Prompt(id: "compassion-compassionate-leadership-p8", text: "How far do you let people into your leadership role – what it asks of you and how it feels – and who could you let in a little further?", sources: ["compassion-compassionate-leadership-n10"]),
                            Prompt(id: "compassion-compassionate-leadership-p9", text: "When did you last stop, revisit how a change was going and engage the workforce in it, and where do you need to do that now?", sources: ["compassion-compassionate-leadership-n11"]),
                        ],
                        keywords: ["compassionate leadership", "compassion", "values", "present", "listen", "listening", "suffering", "looked after", "kindness", "care for staff", "champion", "workforce", "staff survey", "human leadership", "role model", "empathy", "presence", "attention", "distress", "distressed", "kind", "caring", "cared for", "valued", "feel valued", "appreciated", "supportive", "empathetic", "warmth", "gentle", "time for people", "open door", "human touch", "humane", "walk the talk", "leadership style", "management style", "how i lead", "normalise", "everyday", "staff engagement", "pulse survey", "alongside", "be there", "being there", "sit with", "stay with", "just listen", "hear them out", "comfort", "console", "attentive", "check on", "checking on", "after a death", "bad shift", "alongside them", "compassionate", "care about", "cares", "look after staff", "looking after", "staff wellbeing", "time to listen", "listening leader", "kind leadership", "humane leadership", "people-centred", "person-centred leadership"]),
                    Theme(
                        id: "compassion-development-training", title: "Development/training",
                        notes: [
                            Note(id: "compassion-development-training-n1", text: "Frontline managers need the time, space, permissions for compassion as default style."),
                            Note(id: "compassion-development-training-n2", text: "Organisation’s failure to acknowledge/accept humanity/vulnerability prevents senior clinical and non-clinical and others from saying ‘I need help’ or ‘I am going through personal trauma, eg, divorce/family struggle’."),
                            Note(id: "compassion-development-training-n3", text: "Need ability to share emotions, to care, to self-reflect."),
                            Note(id: "compassion-development-training-n4", text: "Sharing experiences with team members."),
                            Note(id: "compassion-development-training-n5", text: "Behaviour formed by mindset (framed, development conversations, training etc) of the organisational fabric."),
                        ],
                        prompts: [
                            Prompt(id: "compassion-development-training-p1", text: "What have you done to give your frontline managers the time and permission to lead with compassion, and what do they experience instead?", sources: ["compassion-development-training-n1"]),
                            Prompt(id: "compassion-development-training-p2", text: "Would a senior colleague in your team feel safe telling you they were going through a personal crisis, and what evidence do you have either way?", sources: ["compassion-development-training-n2"]),
                            Prompt(id: "compassion-development-training-p3", text: "How do your development conversations and training shape the mindset people bring to work, and which would you change first?", sources: ["compassion-development-training-n5"]),
                            Prompt(id: "compassion-development-training-p4", text: "What helps or stops you sharing your emotions at work and taking time to self-reflect, and how could you build that ability in your team?", sources: ["compassion-development-training-n3"], angle: "feelings"),
                            Prompt(id: "compassion-development-training-p5", text: "When did you last share an experience of your own with your team members, and what did it change in what they shared with you?", sources: ["compassion-development-training-n4"]),
                        ],
                        keywords: ["development", "leadership development", "frontline managers", "development programme", "coaching", "mindset", "self-reflection", "sharing emotions", "development conversations", "time and space", "personal trauma", "divorce", "ask for help", "asking for help", "i need help", "need help", "admit struggling", "kept it quiet", "personal life", "personal circumstances", "family illness", "sick parent", "dementia", "bereavement", "bereaved", "separation", "caring for", "line managers", "middle managers", "first-line managers", "supervisors", "manager development", "leadership programme", "mentoring", "default style", "how we do things", "organisational culture", "fabric", "permission", "the space", "one-to-ones", "wellbeing conversations", "wellbeing conversation", "personal development", "reflect on", "learning to care", "compassion training", "compassionate management", "first-line", "new managers", "newly promoted", "promoted", "nobody taught me", "never trained", "no training for managers", "manager training", "management training", "share with the team"]),
                    Theme(
                        id: "compassion-perceived-risks", title: "Perceived risks",
                        notes: [
                            Note(id: "compassion-perceived-risks-n1", text: "Compassion associated with weak leadership/leader stigma (by those you are leading and your superior/organisation/system) viewed as ‘over protecting your people’."),
                            Note(id: "compassion-perceived-risks-n2", text: "Some organisations judge your capability negatively/call into question your skills if you show that you are human and need help."),
                            Note(id: "compassion-perceived-risks-n3", text: "Mistakes are not failure or weakness and should not define you."),
                        ],
                        prompts: [
                            Prompt(id: "compassion-perceived-risks-p1", text: "When did you last hold back from a compassionate response because you worried it would look weak to your board or system, and what would you do differently?", sources: ["compassion-perceived-risks-n1"]),
                            Prompt(id: "compassion-perceived-risks-p2", text: "How did you respond to your own most recent mistake, and does that response help or hinder your team in admitting theirs?", sources: ["compassion-perceived-risks-n2", "compassion-perceived-risks-n3"]),
                        ],
                        keywords: ["weak", "weakness", "soft", "too soft", "stigma", "judged", "risk", "over-protecting", "protecting my people", "capability", "mistakes", "fear", "regional team", "tough", "credibility", "pushed back", "soft touch", "pushover", "mother hen", "nanny", "protective", "overprotective", "shielding", "defending my team", "stand up for my team", "overlooked", "passed over", "marked down", "career", "career-limiting", "held against", "reputation", "taken seriously", "seen as", "perceived", "risky", "blame culture", "error", "errors", "serious incident", "define you", "define me", "competence", "questioned", "doubted", "keep quiet", "say nothing", "macho", "grip", "weak leader", "look weak", "seen as weak", "showing weakness", "soft on", "too nice", "lenient", "naive", "not tough enough", "hard-nosed", "jeopardise", "consequences for me", "frowned upon", "judgemental"]),
                    Theme(
                        id: "compassion-humanity", title: "Humanity",
                        notes: [
                            Note(id: "compassion-humanity-n1", text: "My role does not remove my humanity/individuality."),
                            Note(id: "compassion-humanity-n2", text: "Permission to be yourself not the role."),
                            Note(id: "compassion-humanity-n3", text: "Managers who care produce healthy workers who care."),
                            Note(id: "compassion-humanity-n4", text: "Good work is good for health."),
                            Note(id: "compassion-humanity-n5", text: "Authentic and strong, you have to be you."),
                            Note(id: "compassion-humanity-n6", text: "Being authentic is more important than being kind – that is to be truly compassionate."),
                            Note(id: "compassion-humanity-n7", text: "Firm but fair; compassion is having difficult conversations too."),
                            Note(id: "compassion-humanity-n8", text: "Stories that resonate with others."),
                            Note(id: "compassion-humanity-n9", text: "Need safe environment to express deep emotions such as shame, disgust etc, which are also authentic and a component of compassion’s environment of authenticity."),
                        ],
                        prompts: [
                            Prompt(id: "compassion-humanity-p1", text: "Where in the past week did you hide behind your role rather than being authentically yourself, and what might have happened if you hadn't?", sources: ["compassion-humanity-n1", "compassion-humanity-n2", "compassion-humanity-n5"]),
                            Prompt(id: "compassion-humanity-p2", text: "Which difficult conversation have you been softening to seem kind, and how could you have it in a way that is both firm and compassionate?", sources: ["compassion-humanity-n6", "compassion-humanity-n7"]),
                            Prompt(id: "compassion-humanity-p3", text: "Where could your team safely express deep emotions such as shame or disgust, and what are you doing to create that safe environment?", sources: ["compassion-humanity-n9"], angle: "feelings"),
                            Prompt(id: "compassion-humanity-p4", text: "Which managers in your organisation most clearly care for their people, and what do you notice about the health of the workers in their teams?", sources: ["compassion-humanity-n3"]),
                            Prompt(id: "compassion-humanity-p5", text: "What makes the work in your team good for health, and which parts of the work you lead do the opposite?", sources: ["compassion-humanity-n4"]),
                            Prompt(id: "compassion-humanity-p6", text: "Which story about your own work has resonated with others, and what story could you tell to make compassion real for your team?", sources: ["compassion-humanity-n8"]),
                        ],
                        keywords: ["humanity", "human", "authentic", "authenticity", "be myself", "yourself", "kind", "firm but fair", "difficult conversation", "shame", "disgust", "frustration", "safe space", "individuality", "real me", "be me", "as myself", "just me", "a person", "human being", "behind the role", "hide behind", "robot", "robotic", "firm", "fair", "difficult conversations", "apologised", "apology", "warm", "genuine", "sincere", "being real", "personality", "my own story", "resonate", "ashamed", "embarrassed", "disgusted", "fury", "good work", "meaningful work", "healthy workplace", "i'm human", "only human", "human too", "the person", "myself at work", "whole self", "bring my whole self", "vulnerable side", "real person", "mask off", "take off the mask", "honesty", "tough love", "frank"]),
                    Theme(
                        id: "compassion-metaphor", title: "Metaphor",
                        notes: [
                            Note(id: "compassion-metaphor-n1", text: "Organisations as living organism."),
                            Note(id: "compassion-metaphor-n2", text: "Need to nurture, grow, water, feed roots."),
                            Note(id: "compassion-metaphor-n3", text: "Let life in health and wellbeing of the individual = health and wellbeing of organisations."),
                        ],
                        prompts: [
                            Prompt(id: "compassion-metaphor-p1", text: "If your organisation were a living plant, which roots are you neglecting to water right now, and what would feeding them look like this month?", sources: ["compassion-metaphor-n1", "compassion-metaphor-n2"]),
                            Prompt(id: "compassion-metaphor-p2", text: "How do you currently read the wellbeing of individual staff as a signal of your organisation's health, and what are those signals telling you?", sources: ["compassion-metaphor-n3"]),
                        ],
                        keywords: ["metaphor", "organism", "living", "roots", "nurture", "grow", "water", "garden", "gardener", "feed", "plant", "soil", "health and wellbeing", "wellbeing", "sickness", "ecosystem", "organic", "gardening", "plants", "seeds", "seedlings", "rooted", "watering", "weeds", "weeding", "prune", "pruning", "bloom", "blossom", "wither", "withering", "thrive", "thriving", "fertile", "barren", "sunlight", "oxygen", "body", "lungs", "cells", "immune system", "ecology", "living system", "alive", "machine", "cogs", "factory", "conveyor belt", "engine", "clockwork", "image", "it's like", "living thing", "nature", "natural", "seasons", "harvest", "crops", "tending", "tend", "cultivate", "cultivating", "greenhouse", "sapling", "tree", "trees", "branches", "forest", "heartbeat", "veins", "blood", "lifeblood", "nervous system", "muscles", "skeleton", "bones", "wounded", "healing", "heal"]),
                    Theme(
                        id: "compassion-why-compassion", title: "Why compassion?",
                        notes: [
                            Note(id: "compassion-why-compassion-n1", text: "Self-preservation leads to the exclusion of others."),
                            Note(id: "compassion-why-compassion-n2", text: "Needs real commitment to change rather than following the new fad/jumping on the bandwagon."),
                        ],
                        prompts: [
                            Prompt(id: "compassion-why-compassion-p1", text: "When did self-preservation last lead you to exclude someone or something from your attention, and what was the effect?", sources: ["compassion-why-compassion-n1"]),
                            Prompt(id: "compassion-why-compassion-p2", text: "How would your staff know that your commitment to compassion is real rather than the latest initiative, and what would you stop doing to prove it?", sources: ["compassion-why-compassion-n2"]),
                        ],
                        keywords: ["why compassion", "self-preservation", "exclude", "exclusion", "fad", "bandwagon", "initiative", "poster", "campaign", "commitment", "real commitment", "lip service", "tick box", "buzzword", "latest thing", "financial pressure", "survival", "pr", "publicity", "comms campaign", "banners", "awareness week", "initiatives", "flavour of the month", "fashionable", "trendy", "box ticking", "tokenistic", "hollow", "empty words", "words not actions", "walk the walk", "genuine commitment", "sustained", "long haul", "look after number one", "protect ourselves", "cover our backs", "excluded", "left out", "outsiders", "why bother", "business case for compassion", "productivity", "outcomes", "retention", "evidence that", "self-interest", "protect themselves", "excluding", "left behind", "outsider", "us first", "every team for itself", "cynicism", "performative", "virtue signalling", "token gesture", "gesture", "gestures", "nice words", "talk is cheap", "actions not words", "real change", "embed", "embedded", "long-term commitment", "not a project"]),
                ]),
        ])
}
