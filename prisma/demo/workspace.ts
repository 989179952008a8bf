// The demo workspace: claims and counterclaims about the Taliban–ISKP conflict,
// built from five third-party texts kept byte-for-byte in ./texts/.
//
// Everything here refers to everything else by a short stable `key`. The loader
// turns keys into row ids, computes excerpt offsets, prefixes and suffixes from
// `exact` (and `occurrence` where a passage repeats), and hashes the texts.
//
// Conventions:
// - Dates are "YYYY-MM-DD" with a precision. MONTH dates use the 1st of the month;
//   YEAR dates use 1 January. ABOUT dates carry a best point estimate, and the app
//   shows them as "about <month> <year>".
// - Statements are written in neutral words; the quoted passages carry the
//   claimants' own words.
// - A toll records one source's own figures. Nothing is filled in that the text
//   does not state; where a text gives only words ("several", "scores"), the
//   numbers stay empty and the words go in the note.

// ---------- enums (mirroring prisma/schema.prisma) ----------

export type DatePrecision = "DAY" | "MONTH" | "YEAR" | "ABOUT";
export type SourceKind = "ARTICLE" | "REPORT" | "STATEMENT" | "SOCIAL_POST" | "TRANSCRIPT" | "DATASET" | "OTHER";
export type ActorKind = "PERSON" | "ORGANISATION";
export type ClaimKind = "STATEMENT" | "DENIAL" | "RESPONSIBILITY" | "ASSESSMENT" | "NUMERIC";
export type ClaimLinkType = "CONTRADICTS" | "DENIES" | "CLAIMS_RESPONSIBILITY_FOR" | "CONCERNS_INCIDENT" | "SUPPORTS";
export type DisputeStatus = "OPEN" | "UNDER_REVIEW";
export type DisputeSide = "AFFIRMS" | "DISPUTES";
export type Stance = "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
export type AttributionState = "CLAIMED" | "ATTRIBUTED" | "DENIED" | "UNCLAIMED";
export type PlacePrecision = "EXACT" | "TOWN" | "DISTRICT" | "PROVINCE" | "COUNTRY";
export type IncidentActorRole = "PERPETRATOR" | "TARGET" | "CLAIMED_BY" | "ATTRIBUTED_TO" | "DENIED_BY" | "ASSOCIATED";
export type RatingScale = "SOURCE_RELIABILITY" | "INFO_CREDIBILITY" | "LIKELIHOOD" | "CONFIDENCE";

/** "YYYY-MM-DD" */
export type IsoDate = string;

// ---------- records ----------

export interface DemoSource {
  key: string;
  /** File name in prisma/demo/texts/. */
  file: string;
  title: string;
  publisher: string;
  authors: string[];
  publishedAt?: IsoDate;
  publishedPrecision?: DatePrecision;
  url?: string;
  archiveUrl?: string;
  accessedAt?: IsoDate;
  language: "en";
  kind: SourceKind;
  /** Who wrote and published the text, as far as the text shows. */
  attribution: string;
}

export interface DemoAlias {
  alias: string;
  /** BCP 47 code when the alias is in a particular language or script. */
  language?: string;
}

export interface DemoActor {
  key: string;
  name: string;
  kind: ActorKind;
  description: string;
  aliases: DemoAlias[];
}

export interface DemoAffiliation {
  /** Actor key of the member: a person, or an organisation that is part of another. */
  person: string;
  organisation: string;
  role: string;
}

export interface DemoExcerpt {
  key: string;
  source: string;
  /** Verbatim passage of the source text. */
  exact: string;
  /** 0-based index among the passage's occurrences; unset means it occurs exactly once. */
  occurrence?: number;
  note?: string;
}

export interface DemoNumeric {
  value?: number;
  low?: number;
  high?: number;
  unit: string;
}

export interface DemoClaim {
  key: string;
  statement: string;
  kind: ClaimKind;
  claimant?: string;
  onBehalfOf?: string;
  madeAt?: IsoDate;
  madePrecision?: DatePrecision;
  numeric?: DemoNumeric;
  /** Excerpt keys where the claim appears. */
  appearances: string[];
  tags?: string[];
  /** How the claimant and date were read from the texts, and what is uncertain. */
  note?: string;
}

export interface DemoClaimLink {
  from: string;
  to?: string;
  incident?: string;
  type: ClaimLinkType;
  note?: string;
}

export interface DemoDispute {
  key: string;
  proposition: string;
  summary: string;
  status?: DisputeStatus;
  claims: { claim: string; side: DisputeSide }[];
}

export interface DemoToll {
  reportedBy?: string;
  source?: string;
  excerpt?: string;
  killedLow?: number;
  killedBest?: number;
  killedHigh?: number;
  injuredLow?: number;
  injuredBest?: number;
  injuredHigh?: number;
  note?: string;
}

export interface DemoReconciled {
  killedLow?: number;
  killedBest?: number;
  killedHigh?: number;
  injuredLow?: number;
  injuredBest?: number;
  injuredHigh?: number;
  note: string;
}

export interface DemoIncident {
  key: string;
  title: string;
  occurredOn?: IsoDate;
  datePrecision: DatePrecision;
  province?: string;
  district?: string;
  town?: string;
  latitude?: number;
  longitude?: number;
  placePrecision: PlacePrecision;
  eventType: string;
  subEventType?: string;
  target?: string;
  attribution: AttributionState;
  actors: { actor: string; role: IncidentActorRole }[];
  notes: string;
  /** Excerpts that describe the incident (whether or not they give figures). */
  mentions?: string[];
  tolls: DemoToll[];
  reconciled?: DemoReconciled;
}

export interface DemoEvidence {
  claim: string;
  excerpt?: string;
  incident?: string;
  fromClaim?: string;
  stance: Stance;
  note: string;
}

export interface DemoRating {
  rater: "owner" | "editor" | "reviewer";
  scale: RatingScale;
  value: string;
  rationale: string;
  source?: string;
  claim?: string;
}

export interface DemoTag {
  name: string;
  description: string;
}

export interface DemoWorkspace {
  slug: string;
  name: string;
  description: string;
  sources: DemoSource[];
  actors: DemoActor[];
  affiliations: DemoAffiliation[];
  excerpts: DemoExcerpt[];
  claims: DemoClaim[];
  claimLinks: DemoClaimLink[];
  disputes: DemoDispute[];
  incidents: DemoIncident[];
  evidence: DemoEvidence[];
  ratings: DemoRating[];
  tags: DemoTag[];
}

// ---------- shared places ----------

// City-level coordinates only, for well-known cities.
const KABUL = { province: "Kabul", town: "Kabul", latitude: 34.5553, longitude: 69.2075, placePrecision: "TOWN" } as const;
const MAZAR = { province: "Balkh", latitude: 36.709, longitude: 67.1109, placePrecision: "TOWN" } as const;

const PROVISIONAL_TYPE =
  "Event type is a provisional coding: the texts in this workspace do not say how the attack was carried out.";

// ---------- the workspace ----------

export const demoWorkspace: DemoWorkspace = {
  slug: "demo-taliban-iskp",
  name: "Demo: Taliban vs ISKP — claims and counterclaims",
  description:
    "Claims by the Taliban that ISKP (Daesh) was defeated or suppressed, set against ISKP's claimed attacks, " +
    "researchers' counts and US assessments, 2021–2023. Built from five third-party public texts.",

  // ---------------- sources ----------------
  sources: [
    {
      key: "src-balkh-analysis",
      file: "000_4329ad7478df7424.txt",
      title: "[Untitled analysis] ISKP's assassination of the Taliban governor of Balkh and the Taliban–ISKP conflict",
      publisher: "",
      authors: [],
      publishedAt: "2023-03-15",
      publishedPrecision: "ABOUT",
      language: "en",
      kind: "ARTICLE",
      attribution:
        "Third-party text, not the project's writing. The text carries no headline, byline or publisher; the title " +
        "above is supplied by the workspace. It ends with a web page's \"Print Friendly, PDF & Email\" residue. " +
        "Dated about March 2023 from its content: it reports the 9 March 2023 killing and ISKP's statement of " +
        "\"early March\", and mentions nothing later.",
    },
    {
      key: "src-baloch",
      file: "001_5d0d5480f0cda9fd.txt",
      title: "ISIS-K: An Addition to Taliban’s Quandary in Afghanistan",
      publisher: "South Asia Journal",
      authors: ["Hammad Baloch"],
      publishedAt: "2023-09-19",
      publishedPrecision: "DAY",
      url: "https://southasiajournal.net/isis-k-an-addition-to-talibans-quandary-in-afghanistan/",
      language: "en",
      kind: "ARTICLE",
      attribution:
        "Third-party opinion article by Hammad Baloch, dated 19 September 2023 in its byline line. The publisher " +
        "is not named in the text; it is identified from the page the text was taken from. The line " +
        "\"ISIS-K Is Infiltrating the Taliban in Afghanistan | The National Interest\" is a related-article link " +
        "caught in the scrape, not this article's title or publisher.",
    },
    {
      key: "src-rferl",
      file: "002_931f36e0b3c280e6.txt",
      title: "IS-K Attacks Puncture Taliban's Narrative About Establishing Security In Afghanistan",
      publisher: "Radio Free Europe/Radio Liberty (RFE/RL), Gandhara",
      authors: [],
      publishedAt: "2022-05-03",
      publishedPrecision: "ABOUT",
      url: "https://gandhara.rferl.org/a/islamic-state-afghanistan-taliban-security/31836037.html",
      language: "en",
      kind: "ARTICLE",
      attribution:
        "Third-party news report by RFE/RL; the stored text has no byline and no date. Dated about early May 2022: " +
        "it describes 1 May (Eid al-Fitr) in the past tense and late-April 2022 attacks as \"recent weeks\". It " +
        "begins with page furniture (\"Accessibility links\", \"Breaking News\") and repeats a photo caption.",
    },
    {
      key: "src-kizilay",
      file: "003_8d8c1b6dae14c2af.txt",
      title: "The Taliban’s Struggle with the Terrorist Organization ISKP",
      publisher: "ANKASAM",
      authors: ["Şeyma Kızılay"],
      publishedAt: "2023-03-28",
      publishedPrecision: "ABOUT",
      url: "https://ankasam.org/the-talibans-struggle-with-the-terrorist-organization-iskp/?lang=en",
      language: "en",
      kind: "ARTICLE",
      attribution:
        "Third-party analysis by Şeyma Kızılay; the author's biography at the end of the text is in Turkish. The " +
        "publisher is identified from the page the text was taken from, not from the text. Footnote markers " +
        "[1]–[9] appear without their notes. Dated about late March 2023: the latest event it reports is a Taliban " +
        "statement of 27 March 2023.",
    },
    {
      key: "src-imes",
      file: "004_b0884a845dacfe76.txt",
      title: "Pakistani experts speaking on the causes of hostility between ISKP and the Afghan Taliban movement",
      publisher: "Институт Ближнего Востока (Institute of Middle East Studies), as credited",
      authors: [],
      publishedAt: "2023-01-01",
      publishedPrecision: "YEAR",
      url: "https://ecrats.org/en/security_situation/analysis/6757/",
      language: "en",
      kind: "ARTICLE",
      attribution:
        "Third-party text summarising the views of unnamed Pakistani experts; no author. It ends \"Source: Институт " +
        "Ближнего Востока\" (Institute of Middle East Studies) and opens with the section heading \"Situation, " +
        "Facts and Events\" of the site it was taken from (ecrats.org). Two paragraphs repeat each other almost word " +
        "for word. Dated 2023 only approximately.",
    },
  ],

  // ---------------- actors ----------------
  actors: [
    {
      key: "actor-iskp",
      name: "Islamic State Khorasan Province",
      kind: "ORGANISATION",
      description:
        "The Islamic State's regional affiliate in Afghanistan and Pakistan, founded in eastern Afghanistan in early " +
        "2015 (per RFE/RL). The corpus calls it by many names; \"Daesh\" and \"DEAS\" strictly name the parent " +
        "Islamic State, but the texts use them for the group in Afghanistan.",
      aliases: [
        { alias: "ISKP" },
        { alias: "IS-K" },
        { alias: "ISIS-K" },
        { alias: "ISK-P" },
        { alias: "IS-KP" },
        { alias: "ISCP" },
        { alias: "Islamic State in Khorasan Province" },
        { alias: "Islamic State of Khorasan Province" },
        { alias: "Islamic State-Khorasan" },
        { alias: "IS-Khorasan" },
        { alias: "Emirate of Khorasan" },
        { alias: "Daesh" },
        { alias: "DAESH" },
        { alias: "DEASH" },
        { alias: "DEAS" },
        { alias: "داعش", language: "fa" },
      ],
    },
    {
      key: "actor-taliban",
      name: "Taliban",
      kind: "ORGANISATION",
      description:
        "The movement that took power in Afghanistan in August 2021 and governs as the Islamic Emirate of Afghanistan.",
      aliases: [
        { alias: "Afghan Taliban" },
        { alias: "Islamic Emirate of Afghanistan" },
        { alias: "Islamic Emirate" },
        { alias: "IEA" },
        { alias: "طالبان", language: "fa" },
        { alias: "امارت اسلامی افغانستان", language: "fa" },
        { alias: "د افغانستان اسلامي امارت", language: "ps" },
      ],
    },
    {
      key: "actor-mujahid",
      name: "Zabihullah Mujahid",
      kind: "PERSON",
      description: "Chief spokesman of the Taliban and of the Islamic Emirate's government.",
      aliases: [
        { alias: "Thabihullah Mujahid" },
        { alias: "Zabiullah Mujahid" },
        { alias: "Zabihullah Mujahed" },
        { alias: "ذبیح‌الله مجاهد", language: "fa" },
      ],
    },
    {
      key: "actor-muttaki",
      name: "Amir Khan Muttaqi",
      kind: "PERSON",
      description: "Foreign minister of the Taliban government; written \"Emir Khan Muttaki\" in the Kızılay text.",
      aliases: [
        { alias: "Emir Khan Muttaki" },
        { alias: "Amir Khan Muttaki" },
        { alias: "Muttaki" },
        { alias: "Muttaqi" },
        { alias: "امیر خان متقی", language: "fa" },
      ],
    },
    {
      key: "actor-akhundzada",
      name: "Hibatullah Akhundzada",
      kind: "PERSON",
      description: "Supreme leader of the Taliban, based in Kandahar.",
      aliases: [{ alias: "Haibatullah Akhundzada" }, { alias: "Akhundzada" }],
    },
    {
      key: "actor-sirajuddin-haqqani",
      name: "Sirajuddin Haqqani",
      kind: "PERSON",
      description: "Taliban interior minister and leading figure of the Haqqani Network.",
      aliases: [],
    },
    {
      key: "actor-haqqani-network",
      name: "Haqqani Network",
      kind: "ORGANISATION",
      description:
        "A powerful faction within the Taliban. The unsigned Balkh analysis reports claims that it keeps historical ties to ISKP.",
      aliases: [{ alias: "Haqqanis" }],
    },
    {
      key: "actor-muzammil",
      name: "Mohammad Dawood Muzammil",
      kind: "PERSON",
      description:
        "Taliban governor of Nangarhar, where he led the campaign against ISKP, then of Balkh from late 2022; killed " +
        "in a suicide bombing in his office in Mazar-i-Sharif on 9 March 2023.",
      aliases: [{ alias: "Muzammil" }, { alias: "Mohammad Daud Muzammil" }],
    },
    {
      key: "actor-abu-hamza",
      name: "Qudratullah Abu Hamza",
      kind: "PERSON",
      description:
        "Taliban governor of Balkh until late 2022 and a member of the Haqqani Network; reportedly led the Taliban's " +
        "2021 push to take Mazar-i-Sharif.",
      aliases: [{ alias: "Abu Hamza" }],
    },
    {
      key: "actor-qari-fateh",
      name: "Qari Fateh",
      kind: "PERSON",
      description:
        "Described as ISKP's intelligence head (and operations chief); reported killed in a Taliban operation in " +
        "Kabul in February 2023.",
      aliases: [{ alias: "Kari Fateh" }],
    },
    {
      key: "actor-ahangar",
      name: "Ahangar",
      kind: "PERSON",
      description:
        "Described in the Kızılay text as an ISKP leader also known as Abu Usman al-Kashmiri; his death was announced " +
        "on 27 February 2023 and later confirmed by ISKP.",
      aliases: [{ alias: "Abu Usman Al-Kashmiri" }],
    },
    {
      key: "actor-asad-laghamani",
      name: "Asad Laghamani",
      kind: "PERSON",
      description: "Named by the Taliban as an important ISKP leader, known as \"Qais\", killed in a raid in Kabul (announced 27 March 2023).",
      aliases: [{ alias: "Qais" }],
    },
    {
      key: "actor-abdul-fattah",
      name: "Mawlawi Abdul Fattah",
      kind: "PERSON",
      description: "Head of the Taliban's petroleum and mining department in Badakhshan; ISKP claimed to have killed him on or about 24 April 2022.",
      aliases: [{ alias: "Abdul Fattah" }],
    },
    {
      key: "actor-us-gov",
      name: "United States government",
      kind: "ORGANISATION",
      description: "The US government and its agencies, referred to in the texts as \"the US\", \"the USA\" or \"Washington\".",
      aliases: [{ alias: "United States of America" }, { alias: "USA" }, { alias: "US" }, { alias: "Washington" }],
    },
    {
      key: "actor-centcom",
      name: "US Central Command",
      kind: "ORGANISATION",
      description:
        "The US military command responsible for the Middle East and Central and South Asia, including Afghanistan. " +
        "The Kızılay text calls it \"the US Central Forces\".",
      aliases: [{ alias: "CENTCOM" }, { alias: "U.S. Central Command" }, { alias: "US Central Forces" }],
    },
    {
      key: "actor-kurilla",
      name: "Michael Kurilla",
      kind: "PERSON",
      description: "US Army general, commander of US Central Command.",
      aliases: [{ alias: "General Michael Kurilla" }, { alias: "Michael Erik Kurilla" }],
    },
    {
      key: "actor-un",
      name: "United Nations",
      kind: "ORGANISATION",
      description: "The UN; the texts cite its representative to Afghanistan without naming them.",
      aliases: [{ alias: "UN" }],
    },
    {
      key: "actor-eu",
      name: "European Union",
      kind: "ORGANISATION",
      description: "The EU, cited by Kızılay as warning that Afghanistan must not again become a terrorist base.",
      aliases: [{ alias: "EU" }],
    },
    {
      key: "actor-nrf",
      name: "National Resistance Front",
      kind: "ORGANISATION",
      description:
        "Armed opposition to the Taliban, based in the north. The IMES text's \"National Liberation Front\" may mean " +
        "this group, but the text does not say so, so it is not recorded as an alias.",
      aliases: [{ alias: "NRF" }],
    },
    {
      key: "actor-ttp",
      name: "Tehrik-e Taliban Pakistan",
      kind: "ORGANISATION",
      description:
        "The Pakistani Taliban. RFE/RL reports that disaffected TTP members founded ISKP in 2015; the IMES text says " +
        "the TTP and ISKP now work together against the Taliban.",
      aliases: [
        { alias: "TTP" },
        { alias: "Pakistani Taliban" },
        { alias: "Tehrik-i-Taliban Pakistan" },
        { alias: "Tekri-e Taliban Pakistan" },
      ],
    },
    {
      key: "actor-rferl",
      name: "Radio Free Europe/Radio Liberty",
      kind: "ORGANISATION",
      description:
        "US-government-funded international broadcaster. Radio Azadi is its Afghan service; Gandhara is its " +
        "Afghanistan–Pakistan news site.",
      aliases: [{ alias: "RFE/RL" }, { alias: "Radio Azadi" }, { alias: "Gandhara" }],
    },
    {
      key: "actor-abdul-sayed",
      name: "Abdul Sayed",
      kind: "PERSON",
      description: "Sweden-based researcher who tracks ISKP; RFE/RL cites his counts of ISKP attacks.",
      aliases: [],
    },
    {
      key: "actor-zia-ur-rehman",
      name: "Zia Ur Rehman",
      kind: "PERSON",
      description: "Independent Pakistani journalist who tracks militant groups in Afghanistan and Pakistan.",
      aliases: [],
    },
    {
      key: "actor-valle",
      name: "Riccardo Valle",
      kind: "PERSON",
      description: "Italian researcher who tracks ISKP. Spelled \"Reccardo Valle\" in the RFE/RL text.",
      aliases: [{ alias: "Reccardo Valle" }],
    },
    {
      key: "actor-kizilay",
      name: "Şeyma Kızılay",
      kind: "PERSON",
      description:
        "Turkish researcher on security, terrorism, Afghanistan and Pakistan (per the biography at the end of her " +
        "article); author of the ANKASAM analysis in this workspace.",
      aliases: [{ alias: "Seyma Kizilay" }],
    },
  ],

  // ---------------- affiliations ----------------
  affiliations: [
    { person: "actor-mujahid", organisation: "actor-taliban", role: "Spokesman" },
    { person: "actor-muttaki", organisation: "actor-taliban", role: "Minister of Foreign Affairs" },
    { person: "actor-akhundzada", organisation: "actor-taliban", role: "Supreme leader" },
    { person: "actor-sirajuddin-haqqani", organisation: "actor-taliban", role: "Supervises the Interior Ministry" },
    { person: "actor-sirajuddin-haqqani", organisation: "actor-haqqani-network", role: "Leading figure" },
    { person: "actor-haqqani-network", organisation: "actor-taliban", role: "Faction" },
    { person: "actor-muzammil", organisation: "actor-taliban", role: "Governor of Balkh (late 2022 – March 2023)" },
    { person: "actor-muzammil", organisation: "actor-taliban", role: "Governor of Nangarhar (until late 2022)" },
    { person: "actor-abu-hamza", organisation: "actor-taliban", role: "Governor of Balkh (until late 2022)" },
    { person: "actor-abu-hamza", organisation: "actor-haqqani-network", role: "Member" },
    { person: "actor-abdul-fattah", organisation: "actor-taliban", role: "Head of the petroleum and mining department, Badakhshan" },
    { person: "actor-qari-fateh", organisation: "actor-iskp", role: "Intelligence and operations chief (as reported)" },
    { person: "actor-ahangar", organisation: "actor-iskp", role: "Leader (as described by Kızılay)" },
    { person: "actor-asad-laghamani", organisation: "actor-iskp", role: "Leader (per the Taliban)" },
    { person: "actor-kurilla", organisation: "actor-centcom", role: "Commander" },
    { person: "actor-centcom", organisation: "actor-us-gov", role: "Military command" },
  ],

  // ---------------- excerpts ----------------
  excerpts: [
    // 000 — unsigned analysis of the Balkh governor's killing
    {
      key: "ex-balkh-bombing",
      source: "src-balkh-analysis",
      exact:
        "On March 9, 2023, an incident occurred in Mazar-i-Sharif where a suicide bomber detonated himself within the second-floor office of Mohammad Dawood Muzammil, who serves as the Taliban governor of Balkh province in Afghanistan.",
    },
    {
      key: "ex-balkh-iskp-responsibility",
      source: "src-balkh-analysis",
      exact:
        "The Islamic State Khorasan Province (ISKP) has accepted responsibility for the assassination of a senior member of the Taliban administration.",
    },
    {
      key: "ex-balkh-hazara-attacks",
      source: "src-balkh-analysis",
      exact:
        "Between August 2021 and September 2022, the Islamic State Khorasan Province (ISKP) executed almost 16 attacks against the minority Shia Hazara community in various locations, including places of worship, schools, and workplaces. These attacks resulted in the deaths of over 700 individuals.",
    },
    {
      key: "ex-balkh-embassies",
      source: "src-balkh-analysis",
      exact:
        "The events that occurred in September 2022 targeting the embassy of Russia, and in December 2022, targeting the embassy of Pakistan and a hotel accommodating Chinese diplomats and executives, appear to undermine the security measures implemented by the Taliban to safeguard the limited number of countries that maintain their embassies in Kabul.",
    },
    {
      key: "ex-balkh-feeble",
      source: "src-balkh-analysis",
      exact:
        "From August 2021 onwards, the Taliban has exhibited a range of responses to the presence of ISKP on Afghan soil, including denying its existence and portraying the group as feeble and insignificant.",
    },
    {
      key: "ex-balkh-self-sufficiency",
      source: "src-balkh-analysis",
      exact:
        "The Taliban administration has declined any foreign help addressing the ISKP issue, emphasizing its self-sufficiency in handling the matter.",
    },
    {
      key: "ex-balkh-raid-pattern",
      source: "src-balkh-analysis",
      exact:
        "Consistently, after an ISKP assault, the Taliban conducts a raid on an ISKP safe haven located in Kabul or other areas, eliminating the purported culprits responsible for the attacks.",
    },
    {
      key: "ex-balkh-qari-fateh",
      source: "src-balkh-analysis",
      exact:
        "The elimination of Qari Fateh, purportedly the intelligence head of ISKP, during a Taliban operation in Kabul in February 2023 was deemed a triumph in addressing the assaults on the diplomatic establishments of Russia, Pakistan, and China.",
    },
    {
      key: "ex-balkh-eight-killed",
      source: "src-balkh-analysis",
      exact:
        "In the initial month of 2023, eight members of the ISKP were reported to have been eliminated in the provinces of Kabul and Nimroz. According to a representative of the Taliban, the individuals killed were allegedly involved in the perpetration of attacks on a hotel in Kabul, the Embassy of Pakistan, and the airport in Kabul.",
    },
    {
      key: "ex-balkh-strength",
      source: "src-balkh-analysis",
      exact:
        "International evaluations indicate that in the roughly 18 months from August 2021, ISKP’s strength has increased from 3,000 to 6,000, nearly doubling.",
    },
    {
      key: "ex-balkh-un-34",
      source: "src-balkh-analysis",
      exact:
        "The group’s presence in each of Afghanistan’s 34 provinces was certified by the UN representative to Afghanistan in November 2021.",
    },
    {
      key: "ex-balkh-not-diminished",
      source: "src-balkh-analysis",
      exact:
        "Evidently, the organization’s potential has not been much diminished by the numerous raids by Taliban soldiers that reportedly result in the deaths of ISKP members.",
    },
    {
      key: "ex-balkh-phony",
      source: "src-balkh-analysis",
      exact:
        "At least once in early March, ISKP asserted that the Taliban raids that were widely reported upon were phony, just as the execution of the Taliban’s captive members of the group.",
    },
    {
      key: "ex-balkh-haqqani-ties",
      source: "src-balkh-analysis",
      exact: "Former Afghan intelligence officers believe the Haqqani Network’s historical ties to the ISKP have persisted.",
    },
    {
      key: "ex-balkh-showy-raids",
      source: "src-balkh-analysis",
      exact:
        "The connection may have forced the Islamic Emirate to carry out showy raids and make dubious claims about weakening the ISKP.",
    },
    {
      key: "ex-balkh-nrf",
      source: "src-balkh-analysis",
      exact:
        "As per the statement made by the representative of the National Resistance Front, the replacement of Hamza may have incited discord within the Taliban, leading the Haqqanis to enable the ISKP assault on Muzammil potentially.",
    },
    {
      key: "ex-balkh-ability-not-demonstrated",
      source: "src-balkh-analysis",
      exact:
        "The ability of the Taliban to weaken ISKP has not been demonstrated, and they are not inclined to accept any external cooperation to enhance their capacity.",
    },

    // 001 — Hammad Baloch, South Asia Journal
    {
      key: "ex-baloch-defections",
      source: "src-baloch",
      exact:
        "Most notably, they engaged in direct competition for the loyalty of potential recruits, resulting in defections from the Taliban’s ranks.",
    },
    {
      key: "ex-baloch-downplayed",
      source: "src-baloch",
      exact:
        "Initially, they downplayed the seriousness of these challenges, often issuing denials regarding the presence of groups such as al-Qaeda within their territory.",
    },

    // 002 — RFE/RL
    {
      key: "ex-rferl-boasted",
      source: "src-rferl",
      exact:
        "The Taliban has repeatedly boasted of defeating its rival, the Islamic State-Khorasan (IS-K) militant group, and bragged about establishing complete security in Afghanistan in recent months.",
    },
    {
      key: "ex-rferl-punctured",
      source: "src-rferl",
      exact:
        "But a spate of high-profile attacks claimed by IS-K militants in recent weeks has punctured the Taliban's narrative that it has restored law and order in the war-wracked country.",
    },
    {
      key: "ex-rferl-crackdown",
      source: "src-rferl",
      exact:
        "Since seizing power in August 2021, the Taliban has waged a ruthless crackdown against IS-K militants and their followers. But IS-K has remained resilient and has launched regular attacks on Taliban fighters and officials.",
    },
    {
      key: "ex-rferl-sayed-aim",
      source: "src-rferl",
      exact:
        "\"The IS-K's primary aim is to prevent the Taliban from transitioning into a [functional] government from an insurgency,\" said Abdul Sayed, a Sweden-based researcher who tracks IS-K.",
    },
    {
      key: "ex-rferl-downplayed",
      source: "src-rferl",
      exact: "Since seizing power on August 15, the Taliban has constantly downplayed the threat posed by IS-K, which first emerged in 2015.",
    },
    {
      key: "ex-rferl-mujahid-defeated",
      source: "src-rferl",
      exact:
        "\"Without doubt, Daesh has been defeated and suppressed,\" Taliban spokesman Zabihullah Mujahid told RFE/RL's Radio Azadi last month, using an Arabic acronym for IS-K.",
    },
    {
      key: "ex-rferl-mujahid-weakness",
      source: "src-rferl",
      exact: "Mujahid said IS-K's bombings of mosques and schools were \"symptoms of its weakness and defeat.\"",
    },
    {
      key: "ex-rferl-busted",
      source: "src-rferl",
      exact:
        "But a string of deadly IS-K attacks in recent weeks, mostly targeting religious minorities, have busted the Taliban's claim.",
    },
    {
      key: "ex-rferl-kunduz",
      source: "src-rferl",
      exact:
        "IS-K claimed responsibility for an April 22 blast at a mosque and religious school in the northern province of Kunduz that killed at least 33 people.",
    },
    {
      key: "ex-rferl-mazar",
      source: "src-rferl",
      exact:
        "The day before, IS-K said it was behind an attack on a Shi'ite mosque in the northern city of Mazar-e Sharif that killed at least 12 worshippers and wounded scores more.",
    },
    {
      key: "ex-rferl-kabul-unclaimed",
      source: "src-rferl",
      exact:
        "Several other major incidents, including a bombing at a mosque in Kabul that killed up to 50 people on April 29, have gone unclaimed, although they bear the hallmarks of previous IS-K attacks.",
    },
    {
      key: "ex-rferl-sayed-failure",
      source: "src-rferl",
      exact: "\"These attacks are aimed at proving that the Taliban's seizure of power has been a failure,\" he said.",
    },
    {
      key: "ex-rferl-sayed-119",
      source: "src-rferl",
      exact:
        "In the last four months of 2021, IS-K carried out at least 119 attacks in Afghanistan, up from 39 during the same period in 2020, according to a recent report published by Sayed.",
    },
    {
      key: "ex-rferl-sayed-96",
      source: "src-rferl",
      exact: "Of those, 96 targeted Taliban officials or fighters compared with only two in the same period in 2020, Sayed adds.",
    },
    {
      key: "ex-rferl-fattah",
      source: "src-rferl",
      exact:
        "On April 24, IS-K claimed to have killed Mawlawi Abdul Fattah, the head of the department of petroleum and mining in the northeastern province of Badakhshan.",
    },
    {
      key: "ex-rferl-valle",
      source: "src-rferl",
      exact:
        "Reccardo Valle, an Italian researcher tracking IS-K, says Fattah was among at least a dozen Taliban fighters and officials who have been targeted in recent months.",
    },
    {
      key: "ex-rferl-hospital",
      source: "src-rferl",
      exact:
        "In November, IS-K militants stormed a military hospital in Kabul, killing at least 20 people, including a prominent Taliban commander.",
    },
    {
      key: "ex-rferl-memorial",
      source: "src-rferl",
      exact: "A month earlier, IS-K militants targeted a memorial service for Taliban spokesman Mujahid's mother, killing several people.",
    },
    {
      key: "ex-rferl-ttp-origin",
      source: "src-rferl",
      exact:
        "Many IS-K fighters are former members of the Tehrik-e Taliban Pakistan (TTP) militant group, which was thrown into disarray and driven out of its bases in Pakistan's northwestern tribal belt by a massive military operation in 2014. Disgruntled members of the TTP, also known as the Pakistani Taliban, founded the IS-K in eastern Afghanistan in early 2015.",
    },
    {
      key: "ex-rferl-rehman",
      source: "src-rferl",
      exact:
        "Zia Ur Rehman, an independent Pakistani journalist who tracks militant groups in Afghanistan and Pakistan, says IS-K is aiming to weaken \"the Taliban's claims that they are a force of stability in Afghanistan and the region.\"",
    },

    // 003 — Şeyma Kızılay, ANKASAM
    {
      key: "ex-kizilay-qais",
      source: "src-kizilay",
      exact:
        "Finally, in the statement made by the Taliban on March 27, 2023, it was announced that an important DAESH leader was killed in a special counter-terrorism raid in Kabul. It was announced that a DAESH member named Asad Laghamani, known as “Qais”, was neutralized in a special operation against DEASH shelters in the Butkhaak district of Kabul.",
    },
    {
      key: "ex-kizilay-three-killed",
      source: "src-kizilay",
      exact: "The Taliban, which recently carried out another raid in Kabul, stated that three DAESH members were killed on 22 March 2023.",
    },
    {
      key: "ex-kizilay-mujahid-shelter",
      source: "src-kizilay",
      exact:
        "“Members of the terrorist organization DEASH used the shelter to carry out attacks in the city of Kabul and planned to target religious sites and civilians during Ramadan.”",
    },
    {
      key: "ex-kizilay-eight-killed",
      source: "src-kizilay",
      exact:
        "On January 5, 2023, the Taliban announced that they had killed eight Daesh elements and arrested seven people in counter-operations in Kabul. Mujahid also said in a statement that the raids in Kabul and West Nimroz targeted DAESH members who carried out the latest attacks on the Longan Hotel, Pakistani Embassy and military airport in Kabul.",
    },
    {
      key: "ex-kizilay-hotel-airport",
      source: "src-kizilay",
      exact:
        "The organization carried out the attack on the Longan Hotel, where Chinese citizens were located, in December 2022, and the military airport attack in January 2023.",
    },
    {
      key: "ex-kizilay-fateh-ahangar",
      source: "src-kizilay",
      exact:
        "On February 27, 2023, it was announced that Ahangar, also known as the terrorist organization leader Abu Usman Al-Kashmiri, and DAESH intelligence and operation chief Kari Fateh were killed.",
    },
    {
      key: "ex-kizilay-us-3000",
      source: "src-kizilay",
      exact: "This announcement was made just before the US in a recent report suggested that as many as 3,000 Daesh militants were operating in Afghanistan.",
    },
    {
      key: "ex-kizilay-ahangar-confirmed",
      source: "src-kizilay",
      exact: "The terrorist organization ISKP also recently confirmed Ahangar’s death.",
    },
    {
      key: "ex-kizilay-three-assassinations",
      source: "src-kizilay",
      exact: "The organization carried out three assassinations in the last two weeks and achieved its purpose in all but one.",
    },
    {
      key: "ex-kizilay-herat-balkh",
      source: "src-kizilay",
      exact:
        "Mohammad Dawood Muzammil, Head of the Herat Water Supply Department on March 8, 2023 and the Governor of Balkh just one day later, was targeted.",
      note:
        "Garbled in the original: read literally it makes Muzammil the head of the Herat water department. The " +
        "sentence appears to merge two attacks: on the (unnamed) head of the Herat Water Supply Department on " +
        "8 March 2023, and on Muzammil, governor of Balkh, on 9 March.",
    },
    {
      key: "ex-kizilay-nangarhar",
      source: "src-kizilay",
      exact:
        "On March 15, 2023, a regional governor was attacked in Nangarhar; however, it was seen that the ISKP terrorist organization failed in this attack.",
    },
    {
      key: "ex-kizilay-eu",
      source: "src-kizilay",
      exact:
        "a warning came from the European Union (EU) that Afghanistan should not serve as a “terrorist base” once again, and the concern was expressed about the “presence of terrorist groups in Afghanistan”.",
    },
    {
      key: "ex-kizilay-kurilla",
      source: "src-kizilay",
      exact:
        "the Commander of the US Central Forces, General Michael Kurilla, stated that “DEAS is strong in Afghanistan” and that the claim that “the organization could carry out a possible attack against the interests of the USA and allied countries within six months” was brought to the agenda.",
    },
    {
      key: "ex-kizilay-trying-to-show",
      source: "src-kizilay",
      exact:
        "Thus, the Taliban is trying to show that the organization does not pose as much of a threat as mentioned and that it is determined to fight terrorism.",
    },
    {
      key: "ex-kizilay-suppressed",
      source: "src-kizilay",
      exact:
        "As a matter of fact, in the announcement made on March 26, 2023, the Taliban rejected Washington’s claim regarding the strong presence of DAESH in Afghanistan. He stated that the DAESH threat was suppressed.",
      note: "\"He\" is not named; the text gives no speaker for the Taliban's 26 March 2023 announcement.",
    },
    {
      key: "ex-kizilay-muttaki",
      source: "src-kizilay",
      exact:
        "in his statement dated March 19, 2023, the Minister of Foreign Affairs of the Taliban, Emir Khan Muttaki, stated that the members of DAESH fighting against the Taliban came from abroad.",
    },
    {
      key: "ex-kizilay-risks-remain",
      source: "src-kizilay",
      exact:
        "However, considering the ISKP’s recent targeting of Taliban officials, it is clear that the risks arising from the terrorist organization in question have not completely disappeared.",
    },

    // 004 — Pakistani experts (Institute of Middle East Studies, via ecrats.org)
    {
      key: "ex-imes-most-serious",
      source: "src-imes",
      exact:
        "As Pakistani experts point out, the Islamic State of Khorasan Province (ISKP) now poses the most serious threat to the Afghan Taliban movement and its power in Afghanistan.",
    },
    {
      key: "ex-imes-recruit",
      source: "src-imes",
      exact:
        "ISKP tried to recruit disgruntled members of the Taliban movement, taking advantage of internal tensions and discontent within the group.",
    },
    {
      key: "ex-imes-defections",
      source: "src-imes",
      exact:
        "some Taliban militants and leaders defected to the side of IS-Khorasan, which further weakened the Taliban and stimulated internal divisions.",
    },
    {
      key: "ex-imes-diminished-east",
      source: "src-imes",
      exact:
        "The brutal campaign against ISKP has diminished its capabilities in the east, but the group has begun to adapt, changing its area of operations and tactics, and has even carried out cross-border strikes against Afghanistan's Central Asian neighbors",
    },
    {
      key: "ex-imes-insufficient",
      source: "src-imes",
      exact:
        "Even though the Taliban is a significant military and political force in Afghanistan, it currently does not have sufficient resources and potential to fully counter ISKP on their own.",
    },
  ],

  // ---------------- claims ----------------
  claims: [
    // --- spring 2022: "defeated and suppressed" and what contradicts it ---
    {
      key: "claim-mujahid-defeated",
      statement: "ISKP (Daesh) has been defeated and suppressed in Afghanistan.",
      kind: "STATEMENT",
      claimant: "actor-mujahid",
      onBehalfOf: "actor-taliban",
      madeAt: "2022-04-15",
      madePrecision: "ABOUT",
      appearances: ["ex-rferl-mujahid-defeated"],
      tags: ["taliban-statement"],
      note:
        "Said to RFE/RL's Radio Azadi \"last month\", relative to an RFE/RL report of about early May 2022, so about April 2022.",
    },
    {
      key: "claim-mujahid-weakness",
      statement: "ISKP's bombings of mosques and schools are symptoms of its weakness and defeat.",
      kind: "ASSESSMENT",
      claimant: "actor-mujahid",
      onBehalfOf: "actor-taliban",
      madeAt: "2022-04-15",
      madePrecision: "ABOUT",
      appearances: ["ex-rferl-mujahid-weakness"],
      tags: ["taliban-statement"],
      note: "Reported in the same passage as the \"defeated and suppressed\" remark; same approximate date.",
    },
    {
      key: "claim-taliban-complete-security",
      statement: "The Taliban has defeated ISKP and established complete security in Afghanistan.",
      kind: "STATEMENT",
      claimant: "actor-taliban",
      appearances: ["ex-rferl-boasted"],
      tags: ["taliban-statement"],
      note:
        "RFE/RL's summary of repeated Taliban statements \"in recent months\" before about May 2022; no single statement or date is given.",
    },
    {
      key: "claim-taliban-feeble",
      statement: "ISKP is feeble and insignificant in Afghanistan; at times the Taliban has denied that it exists there at all.",
      kind: "DENIAL",
      claimant: "actor-taliban",
      appearances: ["ex-balkh-feeble", "ex-rferl-downplayed"],
      tags: ["taliban-statement"],
      note:
        "A pattern of Taliban statements from August 2021 onwards, as characterised by the unsigned Balkh analysis and by RFE/RL; no single statement is quoted.",
    },
    {
      key: "claim-rferl-narrative-punctured",
      statement:
        "A run of deadly ISKP-claimed attacks in April 2022, mostly against religious minorities, has disproved the Taliban's claim to have defeated ISKP and restored security.",
      kind: "ASSESSMENT",
      claimant: "actor-rferl",
      madeAt: "2022-05-03",
      madePrecision: "ABOUT",
      appearances: ["ex-rferl-punctured", "ex-rferl-busted"],
      tags: ["media-assessment"],
    },
    {
      key: "claim-sayed-119",
      statement:
        "ISKP carried out at least 119 attacks in Afghanistan in the last four months of 2021, against 39 in the same months of 2020.",
      kind: "NUMERIC",
      claimant: "actor-abdul-sayed",
      numeric: { value: 119, low: 119, unit: "ISKP attacks in Afghanistan, September–December 2021 (39 in the same months of 2020)" },
      appearances: ["ex-rferl-sayed-119"],
      tags: ["researcher-count"],
      note:
        "From \"a recent report published by Sayed\", cited by RFE/RL; the report itself and its date are not given (after December 2021, before about May 2022).",
    },
    {
      key: "claim-sayed-96",
      statement:
        "Of those attacks, 96 targeted Taliban officials or fighters, against two in the same months of 2020 — a shift from mainly civilian targets.",
      kind: "NUMERIC",
      claimant: "actor-abdul-sayed",
      numeric: { value: 96, unit: "ISKP attacks on Taliban officials or fighters, September–December 2021 (2 in the same months of 2020)" },
      appearances: ["ex-rferl-sayed-96"],
      tags: ["researcher-count"],
      note: "Same report as the 119-attack count.",
    },
    {
      key: "claim-sayed-aim",
      statement:
        "ISKP's main aim is to stop the Taliban turning from an insurgency into a functioning government; its attacks are meant to show that the Taliban takeover has failed.",
      kind: "ASSESSMENT",
      claimant: "actor-abdul-sayed",
      madeAt: "2022-05-03",
      madePrecision: "ABOUT",
      appearances: ["ex-rferl-sayed-aim", "ex-rferl-sayed-failure"],
      tags: ["researcher-count"],
      note: "Quoted by RFE/RL; date is that of the report.",
    },
    {
      key: "claim-rehman-stability",
      statement: "ISKP is trying to undermine the Taliban's claim to be a force of stability in Afghanistan and the region.",
      kind: "ASSESSMENT",
      claimant: "actor-zia-ur-rehman",
      madeAt: "2022-05-03",
      madePrecision: "ABOUT",
      appearances: ["ex-rferl-rehman"],
      note: "Quoted by RFE/RL; date is that of the report.",
    },
    {
      key: "claim-valle-dozen",
      statement: "At least a dozen Taliban fighters and officials, Abdul Fattah among them, had been targeted by ISKP in the preceding months.",
      kind: "NUMERIC",
      claimant: "actor-valle",
      madeAt: "2022-05-03",
      madePrecision: "ABOUT",
      numeric: { low: 12, unit: "Taliban fighters and officials targeted by ISKP in the months to about May 2022" },
      appearances: ["ex-rferl-valle"],
      tags: ["researcher-count"],
    },
    {
      key: "claim-iskp-kunduz",
      statement: "ISKP carried out the 22 April 2022 blast at a mosque and religious school in Kunduz province.",
      kind: "RESPONSIBILITY",
      claimant: "actor-iskp",
      madeAt: "2022-04-22",
      madePrecision: "ABOUT",
      appearances: ["ex-rferl-kunduz"],
      tags: ["iskp-claim", "responsibility"],
      note: "RFE/RL reports the claim but not when it was issued.",
    },
    {
      key: "claim-iskp-mazar",
      statement: "ISKP carried out the 21 April 2022 attack on a Shi'ite mosque in Mazar-e Sharif.",
      kind: "RESPONSIBILITY",
      claimant: "actor-iskp",
      madeAt: "2022-04-21",
      madePrecision: "ABOUT",
      appearances: ["ex-rferl-mazar"],
      tags: ["iskp-claim", "responsibility"],
      note: "The attack was \"the day before\" 22 April; RFE/RL does not say when the claim was issued.",
    },
    {
      key: "claim-iskp-fattah",
      statement: "ISKP killed Mawlawi Abdul Fattah, head of the Taliban's petroleum and mining department in Badakhshan.",
      kind: "RESPONSIBILITY",
      claimant: "actor-iskp",
      madeAt: "2022-04-24",
      madePrecision: "ABOUT",
      appearances: ["ex-rferl-fattah"],
      tags: ["iskp-claim", "responsibility"],
      note: "\"On April 24, IS-K claimed to have killed…\": it is unclear whether 24 April is the date of the claim or of the killing.",
    },
    {
      key: "claim-un-34-provinces",
      statement: "ISKP is present in all 34 provinces of Afghanistan.",
      kind: "ASSESSMENT",
      claimant: "actor-un",
      madeAt: "2021-11-01",
      madePrecision: "MONTH",
      appearances: ["ex-balkh-un-34"],
      note: "Attributed to \"the UN representative to Afghanistan\", who is not named.",
    },

    // --- 2023: "the DAESH threat was suppressed" and what contradicts it ---
    {
      key: "claim-iskp-balkh",
      statement: "ISKP carried out the 9 March 2023 suicide bombing that killed Mohammad Dawood Muzammil, the Taliban governor of Balkh.",
      kind: "RESPONSIBILITY",
      claimant: "actor-iskp",
      madeAt: "2023-03-09",
      madePrecision: "ABOUT",
      appearances: ["ex-balkh-iskp-responsibility"],
      tags: ["iskp-claim", "responsibility"],
      note: "The text says ISKP \"has accepted responsibility\" without giving the date of the claim.",
    },
    {
      key: "claim-kizilay-assassinations",
      statement:
        "In the two weeks to mid-March 2023 ISKP made three assassination attempts on Taliban officials (Herat, 8 March; Balkh, 9 March; Nangarhar, 15 March) and succeeded in all but the last.",
      kind: "STATEMENT",
      claimant: "actor-kizilay",
      madeAt: "2023-03-28",
      madePrecision: "ABOUT",
      appearances: ["ex-kizilay-three-assassinations", "ex-kizilay-herat-balkh", "ex-kizilay-nangarhar"],
      note:
        "The author attributes all three to ISKP; the text does not say ISKP claimed the Herat or Nangarhar attacks. The Herat/Balkh sentence is garbled (see the excerpt note).",
    },
    {
      key: "claim-kurilla-strong",
      statement: "ISKP (Daesh) is strong in Afghanistan.",
      kind: "ASSESSMENT",
      claimant: "actor-kurilla",
      onBehalfOf: "actor-centcom",
      madeAt: "2023-03-15",
      madePrecision: "ABOUT",
      appearances: ["ex-kizilay-kurilla"],
      tags: ["us-assessment"],
      note:
        "The text gives no date. It predates the Taliban's 26 March 2023 rejection of \"Washington's claim\", and the article of about late March 2023 presents it as recent. Quoted in Kızılay's rendering (\"DEAS is strong in Afghanistan\").",
    },
    {
      key: "claim-kurilla-six-months",
      statement: "ISKP could carry out an attack against the interests of the United States and its allies within six months.",
      kind: "ASSESSMENT",
      claimant: "actor-kurilla",
      onBehalfOf: "actor-centcom",
      madeAt: "2023-03-15",
      madePrecision: "ABOUT",
      appearances: ["ex-kizilay-kurilla"],
      tags: ["us-assessment"],
      note: "Same passage and dating as the \"strong in Afghanistan\" assessment.",
    },
    {
      key: "claim-eu-terrorist-base",
      statement: "Terrorist groups are present in Afghanistan, and the country must not again serve as a terrorist base.",
      kind: "ASSESSMENT",
      claimant: "actor-eu",
      appearances: ["ex-kizilay-eu"],
      note: "Kızılay reports the EU warning without a date or a named speaker; it is presented as recent in an article of about late March 2023.",
    },
    {
      key: "claim-taliban-threat-suppressed",
      statement: "ISKP (Daesh) does not have a strong presence in Afghanistan; the threat it posed has been suppressed.",
      kind: "DENIAL",
      claimant: "actor-taliban",
      madeAt: "2023-03-26",
      madePrecision: "DAY",
      appearances: ["ex-kizilay-suppressed"],
      tags: ["taliban-statement"],
      note:
        "A Taliban announcement of 26 March 2023 rejecting \"Washington's claim\". The text's \"He stated…\" names no speaker, so the claimant is recorded as the Taliban.",
    },
    {
      key: "claim-muttaki-foreign",
      statement: "The Daesh members fighting the Taliban came from abroad.",
      kind: "STATEMENT",
      claimant: "actor-muttaki",
      onBehalfOf: "actor-taliban",
      madeAt: "2023-03-19",
      madePrecision: "DAY",
      appearances: ["ex-kizilay-muttaki"],
      tags: ["taliban-statement"],
    },
    {
      key: "claim-imes-most-serious",
      statement: "ISKP now poses the most serious threat to the Afghan Taliban and its hold on power.",
      kind: "ASSESSMENT",
      appearances: ["ex-imes-most-serious"],
      note: "Attributed to unnamed \"Pakistani experts\"; no claimant can be named. Dated 2023 only approximately.",
    },
    {
      key: "claim-imes-diminished-east",
      statement:
        "The Taliban's campaign has reduced ISKP's capabilities in the east, but the group has adapted, shifting its area of operations and tactics and striking Afghanistan's Central Asian neighbours.",
      kind: "ASSESSMENT",
      appearances: ["ex-imes-diminished-east"],
      note: "Unnamed Pakistani experts, as relayed by the IMES text.",
    },

    // --- strength ---
    {
      key: "claim-strength-6000",
      statement:
        "ISKP's strength roughly doubled in the 18 months after August 2021, from about 3,000 to about 6,000.",
      kind: "NUMERIC",
      numeric: { value: 6000, unit: "ISKP strength (members) in Afghanistan, about February 2023; about 3,000 in August 2021" },
      appearances: ["ex-balkh-strength"],
      tags: ["strength-estimate"],
      note:
        "Attributed only to unnamed \"international evaluations\". Read as growth from 3,000 to 6,000, not as a range of 3,000–6,000.",
    },
    {
      key: "claim-us-3000",
      statement: "As many as 3,000 ISKP (Daesh) militants were operating in Afghanistan.",
      kind: "NUMERIC",
      claimant: "actor-us-gov",
      madeAt: "2023-03-01",
      madePrecision: "ABOUT",
      numeric: { high: 3000, unit: "ISKP militants operating in Afghanistan, early 2023" },
      appearances: ["ex-kizilay-us-3000"],
      tags: ["strength-estimate", "us-assessment"],
      note:
        "\"A recent report\" by the US; the 27 February 2023 announcement was made \"just before\" it. The report is not named.",
    },
    {
      key: "claim-hazara-attacks",
      statement:
        "Between August 2021 and September 2022 ISKP carried out almost 16 attacks on the Shia Hazara minority, killing more than 700 people.",
      kind: "NUMERIC",
      numeric: { low: 700, unit: "people killed in ISKP attacks on Shia Hazara, August 2021 – September 2022 (almost 16 attacks)" },
      appearances: ["ex-balkh-hazara-attacks"],
      note: "Stated by the unsigned Balkh analysis without a source.",
    },

    // --- raids: announced by the Taliban, called phony by ISKP ---
    {
      key: "claim-taliban-raid-jan",
      statement: "Taliban forces killed eight ISKP members and arrested seven in raids in Kabul and Nimroz.",
      kind: "STATEMENT",
      claimant: "actor-taliban",
      madeAt: "2023-01-05",
      madePrecision: "DAY",
      appearances: ["ex-kizilay-eight-killed", "ex-balkh-eight-killed"],
      tags: ["taliban-statement", "raid-announcement", "single-origin"],
      note:
        "Both texts relay the same Taliban announcement: one origin, not two. Kızılay gives the date (5 January 2023) and the arrests; the Balkh analysis says \"the initial month of 2023\".",
    },
    {
      key: "claim-mujahid-jan-culprits",
      statement:
        "The ISKP members targeted in the January 2023 raids had carried out the recent attacks on the Longan Hotel, the Pakistani embassy and the military airport in Kabul.",
      kind: "STATEMENT",
      claimant: "actor-mujahid",
      onBehalfOf: "actor-taliban",
      madeAt: "2023-01-05",
      madePrecision: "ABOUT",
      appearances: ["ex-kizilay-eight-killed", "ex-balkh-eight-killed"],
      tags: ["taliban-statement", "single-origin"],
      note: "Kızılay names Mujahid; the Balkh analysis says only \"a representative of the Taliban\".",
    },
    {
      key: "claim-fateh-killed",
      statement:
        "Qari (Kari) Fateh, ISKP's intelligence and operations chief, has been killed, as has Ahangar (Abu Usman al-Kashmiri).",
      kind: "STATEMENT",
      madeAt: "2023-02-27",
      madePrecision: "DAY",
      appearances: ["ex-kizilay-fateh-ahangar", "ex-balkh-qari-fateh"],
      tags: ["raid-announcement"],
      note:
        "Both texts use the passive (\"it was announced\", \"was deemed a triumph\") and name no announcer. By context it was the Taliban, but that is an inference, so no claimant is set. Only the Balkh analysis places Fateh's killing in a Taliban operation in Kabul.",
    },
    {
      key: "claim-iskp-confirms-ahangar",
      statement: "ISKP confirmed that Ahangar had been killed.",
      kind: "STATEMENT",
      claimant: "actor-iskp",
      madeAt: "2023-03-15",
      madePrecision: "ABOUT",
      appearances: ["ex-kizilay-ahangar-confirmed"],
      tags: ["iskp-claim"],
      note: "\"Recently\", in an article of about late March 2023. The text does not say where or how Ahangar died.",
    },
    {
      key: "claim-mujahid-kabul-shelter",
      statement:
        "Three ISKP members killed in a Taliban raid in Kabul had used their hideout to mount attacks in Kabul and planned to target religious sites and civilians during Ramadan.",
      kind: "STATEMENT",
      claimant: "actor-mujahid",
      onBehalfOf: "actor-taliban",
      madeAt: "2023-03-22",
      madePrecision: "ABOUT",
      appearances: ["ex-kizilay-three-killed", "ex-kizilay-mujahid-shelter"],
      tags: ["taliban-statement", "raid-announcement"],
      note: "\"Three DAESH members were killed on 22 March 2023\": the date may be of the raid or of the statement.",
    },
    {
      key: "claim-taliban-qais-killed",
      statement:
        "An important ISKP leader, Asad Laghamani, known as \"Qais\", was killed in a special raid on ISKP hideouts in the Butkhak area of Kabul.",
      kind: "STATEMENT",
      claimant: "actor-taliban",
      madeAt: "2023-03-27",
      madePrecision: "DAY",
      appearances: ["ex-kizilay-qais"],
      tags: ["taliban-statement", "raid-announcement"],
    },
    {
      key: "claim-iskp-raids-phony",
      statement:
        "The widely reported Taliban raids against ISKP were phony, as was the reported execution of ISKP members held captive by the Taliban.",
      kind: "DENIAL",
      claimant: "actor-iskp",
      madeAt: "2023-03-05",
      madePrecision: "ABOUT",
      appearances: ["ex-balkh-phony"],
      tags: ["iskp-claim"],
      note:
        "\"At least once in early March\"; the year (2023) comes from the article's context. The text does not say which raids. Its last clause (\"just as the execution of the Taliban's captive members of the group\") is ambiguous; read here as ISKP calling those executions phony too.",
    },
    {
      key: "claim-raids-not-diminished",
      statement:
        "The Taliban's many raids have not much diminished ISKP's capability, and the Taliban's ability to weaken ISKP has not been demonstrated.",
      kind: "ASSESSMENT",
      appearances: ["ex-balkh-not-diminished", "ex-balkh-ability-not-demonstrated"],
      note: "Judgment of the unsigned Balkh analysis; no named claimant.",
    },
    {
      key: "claim-showy-raids",
      statement:
        "Persisting links between the Haqqani Network and ISKP may have pushed the Taliban to stage showy raids and make dubious claims of weakening ISKP.",
      kind: "ASSESSMENT",
      appearances: ["ex-balkh-haqqani-ties", "ex-balkh-showy-raids"],
      note:
        "The unsigned Balkh analysis builds this on a belief it attributes to unnamed former Afghan intelligence officers. Hedged (\"may have\").",
    },
    {
      key: "claim-nrf-haqqani-enabled",
      statement:
        "The replacement of Balkh governor Qudratullah Abu Hamza may have caused discord in the Taliban that led the Haqqanis to enable ISKP's attack on Muzammil.",
      kind: "ASSESSMENT",
      claimant: "actor-nrf",
      appearances: ["ex-balkh-nrf"],
      note: "From an unnamed National Resistance Front representative, undated; the NRF is an armed opponent of the Taliban.",
    },

    // --- who fights, and who can fight them ---
    {
      key: "claim-defections",
      statement: "Some Taliban fighters and leaders have defected to ISKP.",
      kind: "STATEMENT",
      appearances: ["ex-imes-defections", "ex-baloch-defections"],
      note: "Stated by both the IMES text and Hammad Baloch, without sources or numbers.",
    },
    {
      key: "claim-rferl-ttp-origin",
      statement:
        "Many ISKP fighters are former members of the Pakistani Taliban (TTP); disaffected TTP members founded ISKP in eastern Afghanistan in early 2015.",
      kind: "STATEMENT",
      claimant: "actor-rferl",
      madeAt: "2022-05-03",
      madePrecision: "ABOUT",
      appearances: ["ex-rferl-ttp-origin"],
    },
    {
      key: "claim-taliban-self-sufficient",
      statement: "The Taliban can deal with ISKP on its own and needs no foreign help.",
      kind: "STATEMENT",
      claimant: "actor-taliban",
      appearances: ["ex-balkh-self-sufficiency"],
      tags: ["taliban-statement"],
      note: "The Taliban position as characterised by the unsigned Balkh analysis; no statement or date is quoted.",
    },
    {
      key: "claim-imes-insufficient",
      statement: "The Taliban lacks the resources to counter ISKP fully on its own.",
      kind: "ASSESSMENT",
      appearances: ["ex-imes-insufficient"],
      note: "Unnamed Pakistani experts, as relayed by the IMES text.",
    },
  ],

  // ---------------- claim links ----------------
  claimLinks: [
    { from: "claim-rferl-narrative-punctured", to: "claim-mujahid-defeated", type: "CONTRADICTS" },
    { from: "claim-rferl-narrative-punctured", to: "claim-taliban-complete-security", type: "CONTRADICTS" },
    { from: "claim-sayed-119", to: "claim-mujahid-defeated", type: "CONTRADICTS", note: "A rising attack count is hard to square with defeat." },
    { from: "claim-sayed-aim", to: "claim-mujahid-weakness", type: "CONTRADICTS", note: "Reads the same bombings as strategy, not as a sign of weakness." },
    { from: "claim-taliban-threat-suppressed", to: "claim-kurilla-strong", type: "DENIES", note: "The Taliban rejected \"Washington's claim\" of a strong ISKP presence." },
    { from: "claim-us-3000", to: "claim-strength-6000", type: "CONTRADICTS", note: "Up to 3,000 against about 6,000 at about the same time." },
    {
      from: "claim-iskp-raids-phony",
      to: "claim-taliban-raid-jan",
      type: "DENIES",
      note: "ISKP's assertion is general (\"widely reported\" raids); the text does not say which raids it meant.",
    },
    {
      from: "claim-iskp-raids-phony",
      to: "claim-fateh-killed",
      type: "DENIES",
      note: "As above: a general denial, made after this announcement, not aimed at it by name.",
    },
    { from: "claim-iskp-confirms-ahangar", to: "claim-fateh-killed", type: "SUPPORTS", note: "Supports the Ahangar part of the announcement only." },
    { from: "claim-showy-raids", to: "claim-iskp-raids-phony", type: "SUPPORTS", note: "\"Showy\" raids are not necessarily fake ones; partial support." },
    { from: "claim-defections", to: "claim-muttaki-foreign", type: "CONTRADICTS" },
    { from: "claim-imes-insufficient", to: "claim-taliban-self-sufficient", type: "CONTRADICTS" },
    { from: "claim-iskp-balkh", incident: "inc-balkh-governor", type: "CLAIMS_RESPONSIBILITY_FOR" },
    { from: "claim-iskp-kunduz", incident: "inc-kunduz-mosque", type: "CLAIMS_RESPONSIBILITY_FOR" },
    { from: "claim-iskp-mazar", incident: "inc-mazar-mosque", type: "CLAIMS_RESPONSIBILITY_FOR" },
    { from: "claim-iskp-fattah", incident: "inc-badakhshan-fattah", type: "CLAIMS_RESPONSIBILITY_FOR" },
    { from: "claim-nrf-haqqani-enabled", incident: "inc-balkh-governor", type: "CONCERNS_INCIDENT" },
    { from: "claim-kizilay-assassinations", incident: "inc-herat-water-chief", type: "CONCERNS_INCIDENT" },
    { from: "claim-kizilay-assassinations", incident: "inc-balkh-governor", type: "CONCERNS_INCIDENT" },
    { from: "claim-kizilay-assassinations", incident: "inc-nangarhar-governor", type: "CONCERNS_INCIDENT" },
    { from: "claim-taliban-raid-jan", incident: "inc-raid-kabul-nimroz", type: "CONCERNS_INCIDENT" },
    { from: "claim-mujahid-jan-culprits", incident: "inc-kabul-longan-hotel", type: "CONCERNS_INCIDENT" },
    { from: "claim-mujahid-jan-culprits", incident: "inc-pakistan-embassy", type: "CONCERNS_INCIDENT" },
    { from: "claim-mujahid-jan-culprits", incident: "inc-kabul-military-airport", type: "CONCERNS_INCIDENT" },
    { from: "claim-fateh-killed", incident: "inc-raid-qari-fateh", type: "CONCERNS_INCIDENT" },
    { from: "claim-mujahid-kabul-shelter", incident: "inc-raid-kabul-march", type: "CONCERNS_INCIDENT" },
    { from: "claim-taliban-qais-killed", incident: "inc-raid-butkhak", type: "CONCERNS_INCIDENT" },
  ],

  // ---------------- disputes ----------------
  disputes: [
    {
      key: "dispute-defeated-2022",
      proposition: "By spring 2022 the Taliban had defeated ISKP in Afghanistan.",
      summary:
        "Taliban spokesman Zabihullah Mujahid told Radio Azadi in about April 2022 that Daesh had been \"defeated and " +
        "suppressed\". Within weeks ISKP claimed mass-casualty attacks in Kunduz and Mazar-e Sharif and a killing in " +
        "Badakhshan, and Abdul Sayed counted at least 119 ISKP attacks in the last four months of 2021, most of them on " +
        "the Taliban. The question is whether the Taliban's pressure had broken ISKP or only pushed it to new tactics.",
      status: "UNDER_REVIEW",
      claims: [
        { claim: "claim-mujahid-defeated", side: "AFFIRMS" },
        { claim: "claim-mujahid-weakness", side: "AFFIRMS" },
        { claim: "claim-taliban-complete-security", side: "AFFIRMS" },
        { claim: "claim-taliban-feeble", side: "AFFIRMS" },
        { claim: "claim-sayed-119", side: "DISPUTES" },
        { claim: "claim-sayed-96", side: "DISPUTES" },
        { claim: "claim-rferl-narrative-punctured", side: "DISPUTES" },
        { claim: "claim-iskp-kunduz", side: "DISPUTES" },
        { claim: "claim-iskp-mazar", side: "DISPUTES" },
        { claim: "claim-iskp-fattah", side: "DISPUTES" },
        { claim: "claim-valle-dozen", side: "DISPUTES" },
        { claim: "claim-un-34-provinces", side: "DISPUTES" },
        { claim: "claim-hazara-attacks", side: "DISPUTES" },
      ],
    },
    {
      key: "dispute-suppressed-2023",
      proposition: "By late March 2023 the ISKP threat in Afghanistan had been suppressed.",
      summary:
        "On 26 March 2023 the Taliban rejected US claims of a strong ISKP presence and said the threat had been " +
        "suppressed. Against this: CENTCOM's commander called the group strong and able to strike US and allied " +
        "interests within six months; ISKP had killed the governor of Balkh in his office 17 days earlier; Kızılay " +
        "counts three assassination attempts in two weeks; and one estimate puts ISKP's strength at about 6,000.",
      status: "OPEN",
      claims: [
        { claim: "claim-taliban-threat-suppressed", side: "AFFIRMS" },
        { claim: "claim-kurilla-strong", side: "DISPUTES" },
        { claim: "claim-kurilla-six-months", side: "DISPUTES" },
        { claim: "claim-iskp-balkh", side: "DISPUTES" },
        { claim: "claim-kizilay-assassinations", side: "DISPUTES" },
        { claim: "claim-imes-most-serious", side: "DISPUTES" },
        { claim: "claim-eu-terrorist-base", side: "DISPUTES" },
        { claim: "claim-strength-6000", side: "DISPUTES" },
      ],
    },
    {
      key: "dispute-raids-genuine",
      proposition: "The Taliban's announced raids on ISKP hideouts (January–March 2023) were real and killed the people named.",
      summary:
        "The Taliban announced a run of raids: eight killed in Kabul and Nimroz (5 January), Qari Fateh and Ahangar " +
        "(27 February), three in Kabul (22 March), Asad Laghamani \"Qais\" (27 March). In early March ISKP called the " +
        "widely reported raids phony; the unsigned Balkh analysis suggests some were \"showy\". Yet ISKP itself " +
        "confirmed Ahangar's death. All the raid figures trace back to Taliban announcements.",
      status: "OPEN",
      claims: [
        { claim: "claim-taliban-raid-jan", side: "AFFIRMS" },
        { claim: "claim-fateh-killed", side: "AFFIRMS" },
        { claim: "claim-mujahid-kabul-shelter", side: "AFFIRMS" },
        { claim: "claim-taliban-qais-killed", side: "AFFIRMS" },
        { claim: "claim-iskp-confirms-ahangar", side: "AFFIRMS" },
        { claim: "claim-iskp-raids-phony", side: "DISPUTES" },
        { claim: "claim-showy-raids", side: "DISPUTES" },
      ],
    },
    {
      key: "dispute-strength-6000",
      proposition: "ISKP had grown to about 6,000 members in Afghanistan by early 2023.",
      summary:
        "The unsigned Balkh analysis cites \"international evaluations\" that ISKP grew from 3,000 to 6,000 in the 18 " +
        "months after August 2021. A US report of about the same time put the number of ISKP militants in " +
        "Afghanistan at \"as many as 3,000\". The Taliban describe the group as feeble. Neither figure's source " +
        "or method is given in the texts.",
      status: "OPEN",
      claims: [
        { claim: "claim-strength-6000", side: "AFFIRMS" },
        { claim: "claim-us-3000", side: "DISPUTES" },
        { claim: "claim-taliban-feeble", side: "DISPUTES" },
      ],
    },
    {
      key: "dispute-foreign-fighters",
      proposition: "The ISKP members fighting the Taliban are mainly foreigners who came from abroad.",
      summary:
        "Foreign minister Muttaqi said on 19 March 2023 that the Daesh members fighting the Taliban came from abroad. " +
        "Two texts report defections from the Taliban's own ranks to ISKP. RFE/RL says many ISKP fighters are former " +
        "Pakistani Taliban, which partly fits \"from abroad\", but says they founded the group inside Afghanistan in 2015.",
      status: "OPEN",
      claims: [
        { claim: "claim-muttaki-foreign", side: "AFFIRMS" },
        { claim: "claim-defections", side: "DISPUTES" },
      ],
    },
    {
      key: "dispute-taliban-alone",
      proposition: "The Taliban can defeat ISKP without outside help.",
      summary:
        "The Taliban refuse foreign help against ISKP and stress their self-sufficiency. The unsigned Balkh " +
        "analysis says their ability to weaken ISKP has not been shown, and Pakistani experts (IMES) say they lack " +
        "the resources to counter ISKP on their own.",
      status: "OPEN",
      claims: [
        { claim: "claim-taliban-self-sufficient", side: "AFFIRMS" },
        { claim: "claim-imes-insufficient", side: "DISPUTES" },
        { claim: "claim-raids-not-diminished", side: "DISPUTES" },
      ],
    },
  ],

  // ---------------- incidents ----------------
  incidents: [
    {
      key: "inc-balkh-governor",
      title: "Suicide bombing kills Taliban governor of Balkh in his office",
      occurredOn: "2023-03-09",
      datePrecision: "DAY",
      ...MAZAR,
      town: "Mazar-i-Sharif",
      eventType: "Explosions/Remote violence",
      subEventType: "Suicide bomb",
      target: "Mohammad Dawood Muzammil, Taliban governor of Balkh, in his second-floor office",
      attribution: "CLAIMED",
      actors: [
        { actor: "actor-iskp", role: "CLAIMED_BY" },
        { actor: "actor-muzammil", role: "TARGET" },
        { actor: "actor-taliban", role: "TARGET" },
      ],
      notes:
        "ISKP accepted responsibility. Muzammil had led the campaign against ISKP as governor of Nangarhar before " +
        "moving to Balkh in late 2022. An NRF representative suggests the Haqqanis may have enabled the attack; the " +
        "bomber got through several layers of security. Neither text gives an overall toll.",
      mentions: ["ex-balkh-bombing", "ex-balkh-iskp-responsibility", "ex-kizilay-herat-balkh"],
      tolls: [
        {
          source: "src-balkh-analysis",
          excerpt: "ex-balkh-iskp-responsibility",
          killedLow: 1,
          note: "Only the governor's death is stated (\"assassination\"); no other casualties are mentioned. The bomber is not counted.",
        },
      ],
      reconciled: {
        killedLow: 1,
        note: "At least one killed: the governor. The corpus gives no fuller toll; check outside reporting before using a higher figure.",
      },
    },
    {
      key: "inc-herat-water-chief",
      title: "Attack on the head of the Herat Water Supply Department",
      occurredOn: "2023-03-08",
      datePrecision: "DAY",
      province: "Herat",
      placePrecision: "PROVINCE",
      eventType: "Violence against civilians",
      subEventType: "Attack",
      target: "Head of the Herat Water Supply Department (not named in the corpus)",
      attribution: "ATTRIBUTED",
      actors: [{ actor: "actor-iskp", role: "ATTRIBUTED_TO" }],
      notes:
        "Known only from Kızılay's garbled sentence, which merges this attack with the Balkh bombing the next day. " +
        "She counts it among three ISKP assassinations in two weeks, all but one (Nangarhar) successful, which implies " +
        "the target was killed, but she states no toll and does not say ISKP claimed it. " +
        PROVISIONAL_TYPE,
      mentions: ["ex-kizilay-herat-balkh", "ex-kizilay-three-assassinations"],
      tolls: [],
    },
    {
      key: "inc-nangarhar-governor",
      title: "Failed attack on a regional governor in Nangarhar",
      occurredOn: "2023-03-15",
      datePrecision: "DAY",
      province: "Nangarhar",
      placePrecision: "PROVINCE",
      eventType: "Violence against civilians",
      subEventType: "Attack",
      target: "A \"regional governor\" (not named; possibly a district governor)",
      attribution: "ATTRIBUTED",
      actors: [{ actor: "actor-iskp", role: "ATTRIBUTED_TO" }],
      notes: "Kızılay attributes the attack to ISKP and says it failed. No casualties are given. " + PROVISIONAL_TYPE,
      mentions: ["ex-kizilay-nangarhar"],
      tolls: [],
    },
    {
      key: "inc-russian-embassy",
      title: "Attack targeting the Russian embassy in Kabul",
      occurredOn: "2022-09-01",
      datePrecision: "MONTH",
      ...KABUL,
      eventType: "Violence against civilians",
      target: "Embassy of Russia",
      attribution: "ATTRIBUTED",
      actors: [{ actor: "actor-iskp", role: "ATTRIBUTED_TO" }],
      notes:
        "The unsigned Balkh analysis dates it to September 2022 and implies ISKP responsibility: the killing of Qari " +
        "Fateh was \"deemed a triumph\" over the attacks on the Russian, Pakistani and Chinese establishments. No " +
        "toll is given. " +
        PROVISIONAL_TYPE,
      mentions: ["ex-balkh-embassies", "ex-balkh-qari-fateh"],
      tolls: [],
    },
    {
      key: "inc-pakistan-embassy",
      title: "Attack targeting the Pakistani embassy in Kabul",
      occurredOn: "2022-12-01",
      datePrecision: "MONTH",
      ...KABUL,
      eventType: "Violence against civilians",
      target: "Embassy of Pakistan",
      attribution: "ATTRIBUTED",
      actors: [{ actor: "actor-iskp", role: "ATTRIBUTED_TO" }],
      notes:
        "December 2022. The Taliban (Mujahid) attributed it to the ISKP members targeted in the January 2023 raids. " +
        "No toll is given. " +
        PROVISIONAL_TYPE,
      mentions: ["ex-balkh-embassies", "ex-kizilay-eight-killed", "ex-balkh-eight-killed"],
      tolls: [],
    },
    {
      key: "inc-kabul-longan-hotel",
      title: "Attack on the Longan Hotel in Kabul, used by Chinese guests",
      occurredOn: "2022-12-01",
      datePrecision: "MONTH",
      ...KABUL,
      eventType: "Violence against civilians",
      target: "Longan Hotel, housing Chinese diplomats, executives and other Chinese citizens",
      attribution: "ATTRIBUTED",
      actors: [{ actor: "actor-iskp", role: "ATTRIBUTED_TO" }],
      notes:
        "December 2022. The Balkh analysis describes \"a hotel accommodating Chinese diplomats and executives\"; " +
        "Kızılay names the Longan Hotel and states that ISKP carried out the attack. No toll is given. " +
        PROVISIONAL_TYPE,
      mentions: ["ex-balkh-embassies", "ex-kizilay-hotel-airport", "ex-kizilay-eight-killed"],
      tolls: [],
    },
    {
      key: "inc-kabul-military-airport",
      title: "Attack at the military airport in Kabul",
      occurredOn: "2023-01-01",
      datePrecision: "MONTH",
      ...KABUL,
      eventType: "Explosions/Remote violence",
      target: "Military airport in Kabul",
      attribution: "ATTRIBUTED",
      actors: [{ actor: "actor-iskp", role: "ATTRIBUTED_TO" }],
      notes:
        "January 2023 (Kızılay). Attributed to ISKP by Kızılay and by the Taliban. This is not the August 2021 " +
        "airport bombing, which the corpus does not mention. No toll is given. " +
        PROVISIONAL_TYPE,
      mentions: ["ex-kizilay-hotel-airport", "ex-kizilay-eight-killed", "ex-balkh-eight-killed"],
      tolls: [],
    },
    {
      key: "inc-kunduz-mosque",
      title: "Blast at a mosque and religious school in Kunduz province",
      occurredOn: "2022-04-22",
      datePrecision: "DAY",
      province: "Kunduz",
      placePrecision: "PROVINCE",
      eventType: "Explosions/Remote violence",
      target: "Mosque and religious school",
      attribution: "CLAIMED",
      actors: [{ actor: "actor-iskp", role: "CLAIMED_BY" }],
      notes: "ISKP claimed responsibility. RFE/RL says \"blast\" without giving the method, and names no town or district.",
      mentions: ["ex-rferl-kunduz"],
      tolls: [{ reportedBy: "actor-rferl", source: "src-rferl", excerpt: "ex-rferl-kunduz", killedLow: 33, note: "\"at least 33 people\"" }],
      reconciled: { killedLow: 33, note: "One source in the corpus; its floor figure kept." },
    },
    {
      key: "inc-mazar-mosque",
      title: "Attack on a Shi'ite mosque in Mazar-e Sharif",
      occurredOn: "2022-04-21",
      datePrecision: "DAY",
      ...MAZAR,
      town: "Mazar-e Sharif",
      eventType: "Violence against civilians",
      subEventType: "Attack",
      target: "Shi'ite worshippers at a mosque",
      attribution: "CLAIMED",
      actors: [{ actor: "actor-iskp", role: "CLAIMED_BY" }],
      notes:
        "\"The day before\" the Kunduz blast of 22 April 2022. ISKP said it was behind it. " + PROVISIONAL_TYPE,
      mentions: ["ex-rferl-mazar"],
      tolls: [
        {
          reportedBy: "actor-rferl",
          source: "src-rferl",
          excerpt: "ex-rferl-mazar",
          killedLow: 12,
          note: "\"at least 12 worshippers\" killed and \"scores more\" wounded; no number is given for the wounded.",
        },
      ],
      reconciled: { killedLow: 12, note: "One source; floor figure kept. Wounded: \"scores\", not counted." },
    },
    {
      key: "inc-kabul-mosque-april",
      title: "Bombing at a mosque in Kabul",
      occurredOn: "2022-04-29",
      datePrecision: "DAY",
      ...KABUL,
      eventType: "Explosions/Remote violence",
      target: "Mosque",
      attribution: "UNCLAIMED",
      actors: [{ actor: "actor-iskp", role: "ASSOCIATED" }],
      notes:
        "Unclaimed. RFE/RL says it bears the hallmarks of earlier ISKP attacks, which is not an attribution. Method " +
        "(suicide or remote device) not given.",
      mentions: ["ex-rferl-kabul-unclaimed"],
      tolls: [{ reportedBy: "actor-rferl", source: "src-rferl", excerpt: "ex-rferl-kabul-unclaimed", killedHigh: 50, note: "\"up to 50 people\": a ceiling, not a count" }],
      reconciled: { killedHigh: 50, note: "Only a ceiling is reported; no low or best figure in the corpus." },
    },
    {
      key: "inc-badakhshan-fattah",
      title: "Killing of Mawlawi Abdul Fattah, Taliban petroleum and mining chief in Badakhshan",
      occurredOn: "2022-04-24",
      datePrecision: "ABOUT",
      province: "Badakhshan",
      placePrecision: "PROVINCE",
      eventType: "Violence against civilians",
      subEventType: "Attack",
      target: "Mawlawi Abdul Fattah, head of the provincial department of petroleum and mining",
      attribution: "CLAIMED",
      actors: [
        { actor: "actor-iskp", role: "CLAIMED_BY" },
        { actor: "actor-abdul-fattah", role: "TARGET" },
      ],
      notes:
        "\"On April 24, IS-K claimed to have killed…\": 24 April may be the date of the claim rather than of the killing. " +
        "The place is inferred from his post. " +
        PROVISIONAL_TYPE,
      mentions: ["ex-rferl-fattah", "ex-rferl-valle"],
      tolls: [
        {
          reportedBy: "actor-iskp",
          source: "src-rferl",
          excerpt: "ex-rferl-fattah",
          killedLow: 1,
          note: "ISKP's claim to have killed the named official, as relayed by RFE/RL; not independently confirmed in the text.",
        },
      ],
    },
    {
      key: "inc-kabul-military-hospital",
      title: "Militants storm a military hospital in Kabul",
      occurredOn: "2021-11-01",
      datePrecision: "MONTH",
      ...KABUL,
      eventType: "Violence against civilians",
      subEventType: "Attack",
      target: "Military hospital; the dead included a prominent Taliban commander",
      attribution: "ATTRIBUTED",
      actors: [
        { actor: "actor-iskp", role: "ATTRIBUTED_TO" },
        { actor: "actor-taliban", role: "TARGET" },
      ],
      notes:
        "RFE/RL says \"IS-K militants stormed\" the hospital in November (2021, from the report's date); it does not " +
        "say whether ISKP claimed it. " +
        PROVISIONAL_TYPE,
      mentions: ["ex-rferl-hospital"],
      tolls: [{ reportedBy: "actor-rferl", source: "src-rferl", excerpt: "ex-rferl-hospital", killedLow: 20, note: "\"at least 20 people\"" }],
      reconciled: { killedLow: 20, note: "One source; floor figure kept." },
    },
    {
      key: "inc-mujahid-mother-memorial",
      title: "Attack on the memorial service for Zabihullah Mujahid's mother",
      occurredOn: "2021-10-01",
      datePrecision: "MONTH",
      placePrecision: "COUNTRY",
      eventType: "Violence against civilians",
      subEventType: "Attack",
      target: "Memorial service for the mother of Taliban spokesman Zabihullah Mujahid",
      attribution: "ATTRIBUTED",
      actors: [
        { actor: "actor-iskp", role: "ATTRIBUTED_TO" },
        { actor: "actor-mujahid", role: "ASSOCIATED" },
      ],
      notes:
        "\"A month earlier\" than the November 2021 hospital attack, so October 2021. RFE/RL gives no place and says " +
        "only \"several people\" were killed. " +
        PROVISIONAL_TYPE,
      mentions: ["ex-rferl-memorial"],
      tolls: [
        {
          reportedBy: "actor-rferl",
          source: "src-rferl",
          excerpt: "ex-rferl-memorial",
          note: "\"killing several people\": no number given, so none is recorded.",
        },
      ],
    },
    {
      key: "inc-raid-kabul-nimroz",
      title: "Taliban raids on ISKP in Kabul and Nimroz",
      occurredOn: "2023-01-01",
      datePrecision: "MONTH",
      placePrecision: "COUNTRY",
      eventType: "Battles",
      subEventType: "Armed clash",
      target: "ISKP members said to be behind the attacks on the Longan Hotel, the Pakistani embassy and Kabul military airport",
      attribution: "CLAIMED",
      actors: [
        { actor: "actor-taliban", role: "CLAIMED_BY" },
        { actor: "actor-iskp", role: "TARGET" },
      ],
      notes:
        "Announced by the Taliban on 5 January 2023. Raids in two provinces (Kabul and \"West Nimroz\"), so the place " +
        "is recorded at country level. Both tolls relay the same Taliban announcement. In early March 2023 ISKP " +
        "called widely reported Taliban raids phony, without naming which.",
      mentions: ["ex-kizilay-eight-killed", "ex-balkh-eight-killed"],
      tolls: [
        {
          reportedBy: "actor-taliban",
          source: "src-kizilay",
          excerpt: "ex-kizilay-eight-killed",
          killedBest: 8,
          note: "Eight \"Daesh elements\" killed; seven people arrested.",
        },
        {
          reportedBy: "actor-taliban",
          source: "src-balkh-analysis",
          excerpt: "ex-balkh-eight-killed",
          killedBest: 8,
          note: "Eight ISKP members \"reported to have been eliminated\" in Kabul and Nimroz.",
        },
      ],
      reconciled: {
        killedBest: 8,
        note: "The two sources agree, but both relay one Taliban announcement: a single origin, not corroboration.",
      },
    },
    {
      key: "inc-raid-qari-fateh",
      title: "Taliban operation in Kabul kills ISKP intelligence chief Qari Fateh",
      occurredOn: "2023-02-01",
      datePrecision: "MONTH",
      province: "Kabul",
      placePrecision: "PROVINCE",
      eventType: "Battles",
      subEventType: "Armed clash",
      target: "Qari (Kari) Fateh, described as ISKP's intelligence and operations chief",
      attribution: "CLAIMED",
      actors: [
        { actor: "actor-taliban", role: "CLAIMED_BY" },
        { actor: "actor-iskp", role: "TARGET" },
        { actor: "actor-qari-fateh", role: "TARGET" },
      ],
      notes:
        "The Balkh analysis places it in Kabul in February 2023. Kızılay reports that the deaths of Kari Fateh and " +
        "Ahangar (Abu Usman al-Kashmiri) were announced on 27 February 2023, without saying they died in the same " +
        "operation; ISKP later confirmed Ahangar's death.",
      mentions: ["ex-balkh-qari-fateh", "ex-kizilay-fateh-ahangar"],
      tolls: [
        {
          source: "src-balkh-analysis",
          excerpt: "ex-balkh-qari-fateh",
          killedLow: 1,
          note: "Names Qari Fateh only.",
        },
        {
          source: "src-kizilay",
          excerpt: "ex-kizilay-fateh-ahangar",
          killedLow: 1,
          note: "Names Kari Fateh; also reports Ahangar's death, but not as part of this operation, so he is not counted here.",
        },
      ],
    },
    {
      key: "inc-raid-kabul-march",
      title: "Taliban raid on an ISKP hideout in Kabul",
      occurredOn: "2023-03-22",
      datePrecision: "DAY",
      province: "Kabul",
      placePrecision: "PROVINCE",
      eventType: "Battles",
      subEventType: "Armed clash",
      target: "ISKP hideout (\"shelter\")",
      attribution: "CLAIMED",
      actors: [
        { actor: "actor-taliban", role: "CLAIMED_BY" },
        { actor: "actor-iskp", role: "TARGET" },
      ],
      notes: "\"Three DAESH members were killed on 22 March 2023\": the date may be the raid's or the statement's.",
      mentions: ["ex-kizilay-three-killed", "ex-kizilay-mujahid-shelter"],
      tolls: [
        {
          reportedBy: "actor-taliban",
          source: "src-kizilay",
          excerpt: "ex-kizilay-three-killed",
          killedBest: 3,
          note: "Taliban figure; ISKP members only.",
        },
      ],
    },
    {
      key: "inc-raid-butkhak",
      title: "Taliban raid in the Butkhak area of Kabul kills ISKP leader \"Qais\"",
      occurredOn: "2023-03-27",
      datePrecision: "ABOUT",
      province: "Kabul",
      district: "Butkhaak",
      placePrecision: "DISTRICT",
      eventType: "Battles",
      subEventType: "Armed clash",
      target: "ISKP hideouts; Asad Laghamani, known as \"Qais\"",
      attribution: "CLAIMED",
      actors: [
        { actor: "actor-taliban", role: "CLAIMED_BY" },
        { actor: "actor-iskp", role: "TARGET" },
        { actor: "actor-asad-laghamani", role: "TARGET" },
      ],
      notes:
        "Announced by the Taliban on 27 March 2023; the raid itself is undated, hence \"about\". The text's " +
        "\"Butkhaak district\" is kept as written (usually spelled Butkhak).",
      mentions: ["ex-kizilay-qais"],
      tolls: [
        {
          reportedBy: "actor-taliban",
          source: "src-kizilay",
          excerpt: "ex-kizilay-qais",
          killedBest: 1,
          note: "One named ISKP leader \"neutralized\"; the statement gives no other casualties.",
        },
      ],
    },
  ],

  // ---------------- evidence ----------------
  evidence: [
    // dispute: defeated by spring 2022
    {
      claim: "claim-mujahid-defeated",
      incident: "inc-kunduz-mosque",
      stance: "CONTRADICTS",
      note: "An ISKP-claimed attack killing at least 33 people, within weeks of the statement.",
    },
    {
      claim: "claim-mujahid-defeated",
      incident: "inc-mazar-mosque",
      stance: "CONTRADICTS",
      note: "An ISKP-claimed attack on a Shi'ite mosque, killing at least 12, the day before Kunduz.",
    },
    {
      claim: "claim-mujahid-defeated",
      incident: "inc-kabul-mosque-april",
      stance: "CONTEXT",
      note: "Deadly, but unclaimed; \"hallmarks\" alone do not make it evidence of ISKP's strength.",
    },
    {
      claim: "claim-mujahid-defeated",
      fromClaim: "claim-sayed-119",
      stance: "CONTRADICTS",
      note: "Attacks tripled year on year in late 2021; an independent researcher's count, though its method is not given.",
    },
    {
      claim: "claim-mujahid-defeated",
      fromClaim: "claim-sayed-96",
      stance: "CONTRADICTS",
      note: "The attacks turned on the Taliban itself: 96 against two a year earlier.",
    },
    {
      claim: "claim-mujahid-defeated",
      excerpt: "ex-rferl-crackdown",
      stance: "CONTRADICTS",
      note: "RFE/RL grants the crackdown was ruthless but reports ISKP \"resilient\", with regular attacks on Taliban fighters and officials.",
    },
    {
      claim: "claim-mujahid-defeated",
      fromClaim: "claim-un-34-provinces",
      stance: "CONTRADICTS",
      note: "Presence in every province as of November 2021, about five months before the statement.",
    },
    {
      claim: "claim-mujahid-defeated",
      fromClaim: "claim-imes-diminished-east",
      stance: "CONTEXT",
      note: "A later (2023) view that the Taliban did weaken ISKP in the east, while the group adapted elsewhere: some pressure, no defeat.",
    },
    {
      claim: "claim-taliban-feeble",
      excerpt: "ex-baloch-downplayed",
      stance: "CONTEXT",
      note: "The same pattern of downplaying and denial is reported for al-Qaeda; the passage does not quote a denial about ISKP.",
    },
    {
      claim: "claim-mujahid-weakness",
      excerpt: "ex-rferl-sayed-failure",
      stance: "CONTRADICTS",
      note: "An alternative reading of the same bombings: deliberate strategy to show the Taliban's failure, not weakness.",
    },
    {
      claim: "claim-mujahid-weakness",
      excerpt: "ex-rferl-rehman",
      stance: "CONTRADICTS",
      note: "A second analyst reads the attacks as aimed at the Taliban's claim to bring stability.",
    },
    {
      claim: "claim-taliban-complete-security",
      incident: "inc-kabul-military-hospital",
      stance: "CONTRADICTS",
      note: "At least 20 killed in Kabul in November 2021, within the Taliban's first months in power.",
    },
    {
      claim: "claim-taliban-complete-security",
      incident: "inc-mujahid-mother-memorial",
      stance: "CONTRADICTS",
      note: "Even the Taliban spokesman's family gathering was attacked (October 2021).",
    },

    // dispute: suppressed by March 2023
    {
      claim: "claim-taliban-threat-suppressed",
      incident: "inc-balkh-governor",
      stance: "CONTRADICTS",
      note: "Seventeen days before the statement ISKP killed a provincial governor inside his office.",
    },
    {
      claim: "claim-taliban-threat-suppressed",
      incident: "inc-herat-water-chief",
      stance: "CONTRADICTS",
      note: "A second targeted killing of an official in March 2023 (attributed by Kızılay, not a claim by ISKP).",
    },
    {
      claim: "claim-taliban-threat-suppressed",
      incident: "inc-nangarhar-governor",
      stance: "CONTEXT",
      note: "The attempt failed, which cuts both ways: attacks continued, but this one was stopped.",
    },
    {
      claim: "claim-taliban-threat-suppressed",
      fromClaim: "claim-taliban-qais-killed",
      stance: "SUPPORTS",
      note: "The raid results the Taliban offers as evidence of suppression. Self-reported; single origin.",
    },
    {
      claim: "claim-taliban-threat-suppressed",
      excerpt: "ex-kizilay-trying-to-show",
      stance: "CONTEXT",
      note: "Kızılay reads the run of raid announcements as the Taliban's answer to US and EU pressure under the Doha Agreement.",
    },
    {
      claim: "claim-taliban-threat-suppressed",
      excerpt: "ex-kizilay-risks-remain",
      stance: "CONTRADICTS",
      note: "The same author judges that the risks had not gone away, given the recent targeting of Taliban officials.",
    },
    {
      claim: "claim-kurilla-strong",
      fromClaim: "claim-strength-6000",
      stance: "SUPPORTS",
      note: "A separate estimate of growth to about 6,000, from unnamed \"international evaluations\".",
    },
    {
      claim: "claim-kurilla-strong",
      fromClaim: "claim-us-3000",
      stance: "CONTEXT",
      note: "A US report of about the same time put ISKP at up to 3,000 militants; \"strong\" is a judgment, not a number.",
    },

    // dispute: raids genuine
    {
      claim: "claim-iskp-raids-phony",
      fromClaim: "claim-iskp-confirms-ahangar",
      stance: "CONTRADICTS",
      note:
        "Weakly: ISKP confirmed the death of a man whose killing the Taliban had announced, which sits badly with " +
        "calling the raids phony. But the text does not say Ahangar died in a Taliban raid.",
    },
    {
      claim: "claim-iskp-raids-phony",
      excerpt: "ex-balkh-raid-pattern",
      stance: "CONTEXT",
      note: "A raid follows every ISKP attack: consistent both with genuine retaliation and with raids staged for show.",
    },
    {
      claim: "claim-iskp-raids-phony",
      fromClaim: "claim-showy-raids",
      stance: "SUPPORTS",
      note: "Partial support from a hedged analytic view (\"may have\"); showy is not the same as fake.",
    },
    {
      claim: "claim-taliban-raid-jan",
      fromClaim: "claim-raids-not-diminished",
      stance: "CONTEXT",
      note: "Does not deny that raids happened; says they have not much reduced ISKP's capability.",
    },
    {
      claim: "claim-fateh-killed",
      fromClaim: "claim-iskp-confirms-ahangar",
      stance: "SUPPORTS",
      note: "The adversary's own confirmation of the Ahangar part of the announcement. Says nothing about Fateh.",
    },

    // dispute: strength
    {
      claim: "claim-strength-6000",
      fromClaim: "claim-us-3000",
      stance: "CONTRADICTS",
      note: "A US figure of at most 3,000 at about the same time, half the 6,000 estimate.",
    },
    {
      claim: "claim-strength-6000",
      excerpt: "ex-balkh-un-34",
      stance: "CONTEXT",
      note: "Nationwide presence (November 2021) says nothing about numbers.",
    },

    // dispute: foreign fighters
    {
      claim: "claim-muttaki-foreign",
      excerpt: "ex-imes-recruit",
      stance: "CONTRADICTS",
      note: "ISKP recruits disaffected Taliban members: an Afghan pool, not a foreign one.",
    },
    {
      claim: "claim-muttaki-foreign",
      excerpt: "ex-baloch-defections",
      stance: "CONTRADICTS",
      note: "Defections from the Taliban's own ranks.",
    },
    {
      claim: "claim-muttaki-foreign",
      excerpt: "ex-rferl-ttp-origin",
      stance: "CONTEXT",
      note: "Former Pakistani Taliban are foreign in one sense, but they founded ISKP inside Afghanistan eight years earlier.",
    },

    // dispute: Taliban alone
    {
      claim: "claim-taliban-self-sufficient",
      excerpt: "ex-balkh-ability-not-demonstrated",
      stance: "CONTRADICTS",
      note: "The Taliban's ability to weaken ISKP has not been shown, and they refuse outside help.",
    },
    {
      claim: "claim-taliban-self-sufficient",
      fromClaim: "claim-imes-insufficient",
      stance: "CONTRADICTS",
      note: "Pakistani experts judge the Taliban's resources insufficient.",
    },
    {
      claim: "claim-taliban-self-sufficient",
      incident: "inc-balkh-governor",
      stance: "CONTRADICTS",
      note: "The governor who had led the campaign against ISKP was killed inside his own office.",
    },
  ],

  // ---------------- ratings ----------------
  ratings: [
    {
      rater: "owner",
      scale: "SOURCE_RELIABILITY",
      source: "src-rferl",
      value: "B",
      rationale:
        "An established international broadcaster that names its sources and separates what the Taliban said from " +
        "what ISKP claimed. It is US-government funded, and the piece argues a line (\"punctured\", \"busted\"), so " +
        "not A.",
    },
    {
      rater: "owner",
      scale: "SOURCE_RELIABILITY",
      source: "src-balkh-analysis",
      value: "F",
      rationale:
        "No author, no publisher, no date. Several figures (3,000 to 6,000; over 700 dead) are given without sources. " +
        "Reliability cannot be judged from the text alone.",
    },
    {
      rater: "owner",
      scale: "SOURCE_RELIABILITY",
      source: "src-kizilay",
      value: "C",
      rationale:
        "A named analyst writing for a think tank, with dated statements and numbered footnotes, but the notes are missing from " +
        "the text and one sentence garbles two attacks into one. Fairly reliable for what the Taliban announced, less so " +
        "for details.",
    },
    {
      rater: "owner",
      scale: "SOURCE_RELIABILITY",
      source: "src-imes",
      value: "C",
      rationale:
        "Relays the views of unnamed Pakistani experts through a Russian institute; general analysis with no incident " +
        "detail to check. Fairly reliable on broad trends.",
    },
    {
      rater: "reviewer",
      scale: "SOURCE_RELIABILITY",
      source: "src-imes",
      value: "D",
      rationale:
        "Experts are not named, two paragraphs are near-duplicates, \"TTA\" and \"combat the TTP\" look like slips, " +
        "and the text mixes analysis with advocacy. Not usually reliable for specific claims.",
    },
    {
      rater: "editor",
      scale: "INFO_CREDIBILITY",
      claim: "claim-mujahid-defeated",
      value: "5",
      rationale:
        "Contradicted within weeks by ISKP-claimed mass-casualty attacks and by an independent count of rising ISKP " +
        "attacks, most of them on the Taliban. The claimant has a clear interest in the claim.",
    },
    {
      rater: "editor",
      scale: "INFO_CREDIBILITY",
      claim: "claim-sayed-119",
      value: "2",
      rationale:
        "A named researcher who tracks ISKP; consistent with the attacks RFE/RL reports. Method and data are not in " +
        "the text, so not confirmed.",
    },
    {
      rater: "reviewer",
      scale: "INFO_CREDIBILITY",
      claim: "claim-iskp-raids-phony",
      value: "4",
      rationale:
        "ISKP has every reason to deny losses, and it later confirmed the death of one man whose killing had been " +
        "announced. But all raid figures come from the Taliban alone, so the denial cannot be ruled out.",
    },
    {
      rater: "owner",
      scale: "LIKELIHOOD",
      claim: "claim-taliban-threat-suppressed",
      value: "very unlikely",
      rationale:
        "In the three weeks before the statement ISKP killed a provincial governor in his office, and two more attacks " +
        "on officials were attributed to it; the US commander for the region judged the group strong.",
    },
    {
      rater: "owner",
      scale: "CONFIDENCE",
      claim: "claim-taliban-threat-suppressed",
      value: "moderate",
      rationale:
        "The contrary evidence is specific and comes from several independent origins, but the corpus is small and " +
        "has no data on attack trends for early 2023.",
    },
    {
      rater: "editor",
      scale: "LIKELIHOOD",
      claim: "claim-strength-6000",
      value: "roughly even chance",
      rationale:
        "A US report of the same period said up to 3,000; the 6,000 figure rests on unnamed \"international " +
        "evaluations\". Growth since 2021 is plausible; doubling to 6,000 is not established.",
    },
    {
      rater: "editor",
      scale: "CONFIDENCE",
      claim: "claim-strength-6000",
      value: "low",
      rationale: "Two figures, neither with a stated method or a named source; membership counts for such groups are inherently uncertain.",
    },
  ],

  // ---------------- tags ----------------
  tags: [
    { name: "taliban-statement", description: "Said by the Taliban, its spokesmen or ministers." },
    { name: "iskp-claim", description: "Said by ISKP: claims of responsibility, confirmations, denials." },
    { name: "responsibility", description: "A claim of responsibility for an attack." },
    { name: "raid-announcement", description: "A Taliban announcement of a raid against ISKP and its results." },
    { name: "researcher-count", description: "Counts and assessments by independent researchers." },
    { name: "strength-estimate", description: "An estimate of ISKP's size." },
    { name: "us-assessment", description: "An assessment by the US government or military." },
    { name: "media-assessment", description: "A judgment made by a news outlet in its own voice." },
    {
      name: "single-origin",
      description: "All appearances trace back to one announcement: repetition is not corroboration.",
    },
  ],
};
