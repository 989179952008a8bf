// Seeded, multilingual text for the scale data set: news-like sentences in English
// (the corpus vocabulary, actors under their aliases), Persian, Pashto, Arabic,
// Russian and Turkish. Only BMP characters, so UTF-16 offsets (what excerpts
// store) equal PostgreSQL character offsets.

/** mulberry32: small, fast and good enough for reproducible test data. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
export type Random = ReturnType<typeof seededRandom>;

/** Actors with the names they go by in the sources; the first is the canonical name. */
export const actorNames: { name: string; kind: "ORGANISATION" | "PERSON"; aliases: string[] }[] = [
  { name: "Islamic State Khorasan Province", kind: "ORGANISATION", aliases: ["ISKP", "IS-K", "ISIS-K", "Daesh", "داعش", "Wilayat Khorasan", "ИГИЛ-Хорасан"] },
  { name: "Taliban", kind: "ORGANISATION", aliases: ["Islamic Emirate", "طالبان", "د طالبانو اسلامي امارت", "Талибан"] },
  { name: "Tehrik-i-Taliban Pakistan", kind: "ORGANISATION", aliases: ["TTP", "Pakistani Taliban", "تحریک طالبان پاکستان"] },
  { name: "National Resistance Front", kind: "ORGANISATION", aliases: ["NRF", "جبهه مقاومت ملی"] },
  { name: "Ministry of Interior", kind: "ORGANISATION", aliases: ["MoI", "وزارت داخله", "د کورنیو چارو وزارت"] },
  { name: "UNAMA", kind: "ORGANISATION", aliases: ["UN Assistance Mission in Afghanistan", "یوناما"] },
  { name: "Zabihullah Mujahid", kind: "PERSON", aliases: ["Zabiullah Mujahid", "ذبیح‌الله مجاهد", "ذبیح الله مجاهد", "Забихулла Муджахид"] },
  { name: "Abdul Mateen Qani", kind: "PERSON", aliases: ["Abdul Matin Qane", "عبدالمتین قانع"] },
  { name: "Amaq News Agency", kind: "ORGANISATION", aliases: ["Amaq", "وكالة أعماق"] },
  { name: "Haqqani Network", kind: "ORGANISATION", aliases: ["Haqqanis", "شبکه حقانی"] },
];

const places = ["Jalalabad", "Kunduz", "Herat", "Mazar-e Sharif", "Kabul", "Kandahar", "Lashkar Gah", "Ghazni", "Khost", "Faizabad", "Pul-e Khumri", "Taloqan", "Asadabad", "Mehtarlam", "Sheberghan", "Charikar", "Gardez", "Farah", "Zaranj", "Bamyan", "Nangarhar", "Kunar", "Paktia", "Badakhshan", "Takhar", "Baghlan", "Helmand", "Uruzgan", "Zabul", "Nuristan"];
const targets = ["convoy", "checkpoint", "mosque", "market", "madrasa", "bus", "police post", "hospital", "school", "wedding", "funeral", "power pylon", "bridge", "district centre", "prison", "border crossing"];
const sayers = ["police spokesman", "provincial governor", "health official", "local elder", "district chief", "hospital director", "security source", "eyewitness", "tribal leader", "ministry spokesman", "NGO worker", "journalist"];
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const weapons = ["a roadside bomb", "a suicide bomber", "a car bomb", "gunmen", "a magnetic mine", "a rocket", "a drone strike", "an improvised explosive device", "mortar fire", "an attacker on a motorcycle"];
const outcomes = ["were killed", "were wounded", "were injured", "died of their wounds", "were taken to hospital", "remain missing", "were detained", "were abducted"];
const victims = ["civilians", "police officers", "soldiers", "worshippers", "children", "students", "fighters", "guards", "passengers", "labourers", "shopkeepers", "members of the security forces"];
const closers = [
  "the ministry said in a statement.",
  "though this could not be independently verified.",
  "according to residents who spoke by telephone.",
  "a figure disputed by local sources.",
  "officials said on condition of anonymity.",
  "and the toll was expected to rise.",
  "the group said in a post on its channel.",
  "no group immediately claimed responsibility.",
  "the spokesman told reporters on Saturday.",
  "said that the attack was carried out by the group.",
];
const fillers = "Earlier reports had put the number lower. The area has seen repeated attacks this year. Residents said the roads were closed for several hours. Security was tightened across the province after the blast. Witnesses described panic in the streets. The claim was published late at night. Analysts noted inconsistencies between the two statements. Officials have not released the names of the victims. The group has denied involvement in similar incidents before. Video shared online appeared to show the aftermath.".split(/(?<=\.) /);

const persian = {
  places: ["جلال‌آباد", "کندز", "هرات", "مزار شریف", "کابل", "قندهار", "غزنی", "خوست", "بدخشان", "تخار", "بغلان", "هلمند"],
  targets: ["کاروان", "پاسگاه", "مسجد", "بازار", "مدرسه", "اتوبوس", "بیمارستان", "پل"],
  sayers: ["سخنگوی پولیس", "والی ولایت", "یک مقام محلی", "شاهدان عینی", "منابع امنیتی", "سخنگوی وزارت داخله"],
  verbs: ["گفت که", "اعلام کرد که", "تأیید کرد که", "رد کرد که", "افزود که"],
  events: ["حمله در نزدیکی {T} رخ داده است", "{N} تن کشته و زخمی شدند", "انفجار در {P} {N} کشته برجای گذاشت", "هیچ گروهی مسئولیت این حمله را بر عهده نگرفته است", "{A} مسئولیت حمله بر {T} را پذیرفت", "شمار کشته‌ها به {N} تن رسید"],
};
const pashto = {
  places: ["جلال اباد", "کندز", "هرات", "کابل", "کندهار", "غزني", "خوست", "ننګرهار", "کونړ", "پکتیا"],
  targets: ["کاروان", "پوسته", "جومات", "بازار", "مدرسه", "روغتون"],
  sayers: ["د پولیسو ویاند", "ولسوال", "سیمه ییزو سرچینو", "عیني شاهدانو", "د کورنیو چارو وزارت ویاند"],
  verbs: ["وویل چې", "ټینګار وکړ چې", "تایید کړه چې", "رد کړه چې"],
  events: ["په {P} کې په {T} برید شوی", "{N} کسان ووژل شول", "{A} د برید مسؤلیت ومانه", "تر اوسه هیڅ ډلې مسؤلیت نه دی منلی", "د مړو شمېر {N} ته ورسېد"],
};
const arabic = {
  places: ["جلال آباد", "قندوز", "هرات", "كابول", "قندهار", "غزني", "خوست", "ننجرهار"],
  targets: ["قافلة", "نقطة تفتيش", "مسجد", "سوق", "مدرسة", "مستشفى"],
  sayers: ["المتحدث باسم الشرطة", "مصادر محلية", "شهود عيان", "مسؤول أمني", "وكالة أعماق"],
  verbs: ["قال إن", "أكد أن", "نفى أن", "أفاد بأن"],
  events: ["الهجوم وقع قرب {T} في {P}", "{N} أشخاص قتلوا في الانفجار", "{A} تبنى الهجوم على {T}", "لم تعلن أي جهة مسؤوليتها عن الهجوم", "عدد الضحايا ارتفع إلى {N}"],
};
const russian = {
  places: ["Джелалабаде", "Кундузе", "Герате", "Кабуле", "Кандагаре", "Газни", "Хосте", "Мазари-Шарифе"],
  targets: ["колонну", "блокпост", "мечеть", "рынок", "медресе", "автобус", "больницу"],
  sayers: ["Представитель полиции", "Губернатор провинции", "Местные источники", "Очевидцы", "Представитель министерства"],
  verbs: ["заявил, что", "сообщил, что", "подтвердил, что", "опроверг, что"],
  events: ["нападение на {T} произошло в {P}", "погибли {N} человек", "{A} взял на себя ответственность за атаку на {T}", "ни одна группировка не взяла на себя ответственность", "число погибших возросло до {N}"],
};
const turkish = {
  places: ["Celalabad", "Kunduz", "Herat", "Kabil", "Kandahar", "Gazne", "Host", "Mezar-ı Şerif"],
  targets: ["konvoya", "kontrol noktasına", "camiye", "pazar yerine", "medreseye", "otobüse", "hastaneye"],
  sayers: ["Polis sözcüsü", "Vali", "Yerel kaynaklar", "Görgü tanıkları", "Bakanlık sözcüsü"],
  verbs: ["açıklamasında", "yaptığı yazılı açıklamada", "basına verdiği bilgide"],
  events: ["{P} kentinde {T} saldırı düzenlendiğini söyledi", "{N} kişinin hayatını kaybettiğini bildirdi", "saldırıyı {A} üstlendiğini duyurdu", "hiçbir grubun saldırıyı üstlenmediğini belirtti", "ölü sayısının {N} yükseldiğini ifade etti"],
};

export const languages = ["en", "fa", "ps", "ar", "ru", "tr"] as const;
export type Language = (typeof languages)[number];
/** Share of sources per language (sums to 1). */
const languageShare: [Language, number][] = [["en", 0.6], ["fa", 0.12], ["ps", 0.08], ["ar", 0.05], ["ru", 0.08], ["tr", 0.07]];

export function pickLanguage(random: Random): Language {
  let r = random.next();
  for (const [language, share] of languageShare) if ((r -= share) < 0) return language;
  return "en";
}

function actorMention(random: Random, scriptOf: (s: string) => boolean) {
  const actor = random.pick(actorNames);
  const names = [actor.name, ...actor.aliases].filter(scriptOf);
  return names.length ? random.pick(names) : actor.name;
}
const latin = (s: string) => /^[\p{Script=Latin}\s\-']+$/u.test(s);
const arabicScript = (s: string) => /\p{Script=Arabic}/u.test(s);
const cyrillic = (s: string) => /\p{Script=Cyrillic}/u.test(s);

function englishSentence(random: Random): string {
  const place = random.pick(places);
  const n = 1 + random.int(60);
  const day = `${1 + random.int(28)} ${random.pick(months)}`;
  switch (random.int(7)) {
    case 0:
      return `${n} ${random.pick(victims)} ${random.pick(outcomes)} when ${random.pick(weapons)} struck a ${random.pick(targets)} in ${place} on ${day}, ${random.pick(closers)}`;
    case 1:
      return `A ${random.pick(sayers)} in ${place} said ${actorMention(random, latin)} was behind the attack on the ${random.pick(targets)}, ${random.pick(closers)}`;
    case 2:
      return `${actorMention(random, latin)} denied any involvement in the ${random.pick(targets)} attack in ${place} and blamed ${actorMention(random, latin)}.`;
    case 3:
      return `In a statement released on ${day}, ${actorMention(random, latin)} claimed responsibility for killing ${n} ${random.pick(victims)} near ${place}.`;
    case 4:
      return `The ${random.pick(sayers)} told reporters that ${n} ${random.pick(victims)} ${random.pick(outcomes)} after ${random.pick(weapons)} hit the ${random.pick(targets)} in ${place}.`;
    case 5:
      return random.pick(fillers);
    default:
      return `${actorMention(random, latin)} said that ${n + random.int(40)} ${random.pick(victims)} ${random.pick(outcomes)} in ${place}, ${random.pick(closers)}`;
  }
}

type Phrasebook = { places: string[]; targets: string[]; sayers: string[]; verbs: string[]; events: string[] };
function phrasebookSentence(random: Random, book: Phrasebook, script: (s: string) => boolean, stop: string, verbLast = false): string {
  const event = random.pick(book.events)
    .replace("{P}", random.pick(book.places))
    .replace("{T}", random.pick(book.targets))
    .replace("{N}", String(1 + random.int(60)))
    .replace("{A}", actorMention(random, script));
  return verbLast ? `${random.pick(book.sayers)} ${random.pick(book.verbs)} ${event}${stop}` : `${random.pick(book.sayers)} ${random.pick(book.verbs)} ${event}${stop}`;
}

export function sentence(random: Random, language: Language): string {
  switch (language) {
    case "fa": return phrasebookSentence(random, persian, arabicScript, ".");
    case "ps": return phrasebookSentence(random, pashto, arabicScript, ".");
    case "ar": return phrasebookSentence(random, arabic, arabicScript, ".");
    case "ru": return phrasebookSentence(random, russian, cyrillic, ".");
    case "tr": return phrasebookSentence(random, turkish, latin, ".", true);
    default: return englishSentence(random);
  }
}

/** A text of `count` sentences in paragraphs, with each sentence's [start, end). */
export function document(random: Random, language: Language, count: number) {
  const parts: string[] = [];
  const spans: [number, number][] = [];
  let length = 0;
  for (let i = 0; i < count; i += 1) {
    const separator = i === 0 ? "" : random.int(5) === 0 ? "\n\n" : " ";
    const s = sentence(random, language);
    parts.push(separator, s);
    length += separator.length;
    spans.push([length, length + s.length]);
    length += s.length;
  }
  return { text: parts.join(""), spans };
}

export function headline(random: Random, language: Language): string {
  const s = sentence(random, language);
  const cut = s.indexOf(" ", 60);
  return cut > 0 ? s.slice(0, cut) : s;
}
