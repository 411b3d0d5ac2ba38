import type { ExtractedArticle } from '../../../src/contracts/source.ts'

// Synthetic news articles for store tests and benchmarks: six languages, named people and organisations that
// the entity aliases know, dated across two years, spread over outlets. Deterministic for a given seed, so a
// benchmark run and a test can be repeated exactly. The texts are ours, generated; no outlet or event is real.

interface LanguageTemplates {
  readonly topics: readonly string[]
  readonly places: readonly string[]
  readonly people: readonly string[]
  readonly organizations: readonly string[]
  readonly titles: readonly string[]
  readonly sentences: readonly string[]
  readonly quotes: readonly string[]
}

const PEOPLE_ALIASES = {
  en: ['Tokayev', 'Putin', 'Macron', 'Zelensky', 'Lukashenko', 'Erdogan', 'Lavrov', 'Biden'],
  fr: ['Tokaïev', 'Poutine', 'Macron', 'Zelensky', 'Loukachenko', 'Erdogan', 'Lavrov', 'Biden'],
  de: ['Tokajew', 'Putin', 'Macron', 'Selenskyj', 'Lukaschenko', 'Erdogan', 'Lawrow', 'Biden'],
  it: ['Tokayev', 'Putin', 'Macron', 'Zelensky', 'Lukashenko', 'Erdogan', 'Lavrov', 'Biden'],
  es: ['Tokayev', 'Putin', 'Macron', 'Zelensky', 'Lukashenko', 'Erdogan', 'Lavrov', 'Biden'],
  ru: ['Токаев', 'Путин', 'Макрон', 'Зеленский', 'Лукашенко', 'Эрдоган', 'Лавров', 'Байден'],
} as const

const TEMPLATES: Readonly<Record<keyof typeof PEOPLE_ALIASES, LanguageTemplates>> = {
  en: {
    topics: [
      'protests',
      'elections',
      'fuel prices',
      'sanctions',
      'the curfew',
      'the pipeline deal',
      'the border dispute',
      'grain exports',
      'the energy crisis',
      'the state of emergency',
      'military drills',
      'the refugee crisis',
    ],
    places: ['Almaty', 'Geneva', 'Brussels', 'Istanbul', 'Warsaw', 'Vienna', 'Kyiv', 'Minsk'],
    people: PEOPLE_ALIASES.en,
    organizations: ['NATO', 'CSTO', 'the UN', 'the OSCE', 'the IMF', 'the WHO'],
    titles: [
      '{P} warns of new measures over {T}',
      'Talks on {T} stall in {L}',
      '{O} meets in {L} as {T} dominate agenda',
      'Thousands rally in {L} over {T}',
    ],
    sentences: [
      'Officials in {L} said on {D} that {T} would be discussed again next week, after {N} delegations failed to agree.',
      'According to diplomats familiar with the talks, {O} has asked its members to prepare a joint statement on {T}.',
      'The government in {L} announced that {N} people had been detained since the start of the month.',
      'Analysts warned that {T} could weigh on the economy for months, with prices already up by {N} per cent.',
      'Reporters in {L} saw police vehicles blocking the main avenue while crowds gathered near the parliament.',
      'The ministry did not respond to a request for comment on {T} before publication.',
      'A spokesman for {O} said the organisation was monitoring the situation closely and would send observers.',
      'Residents of {L} described long queues at petrol stations and shops running short of bread.',
    ],
    quotes: [
      '"We will not accept pressure over {T}," {P} said on {D}.',
      '{P} said that {O} was ready to help if {L} asked for it.',
      '"The situation in {L} is under control," {P} told reporters.',
    ],
  },
  fr: {
    topics: [
      'les manifestations',
      'les élections',
      'le prix du carburant',
      'les sanctions',
      'le couvre-feu',
      "l'accord gazier",
      'le différend frontalier',
      'les exportations de céréales',
      'la crise énergétique',
      "l'état d'urgence",
      'les exercices militaires',
      'la crise des réfugiés',
    ],
    places: ['Almaty', 'Genève', 'Bruxelles', 'Istanbul', 'Varsovie', 'Vienne', 'Kiev', 'Minsk'],
    people: PEOPLE_ALIASES.fr,
    organizations: ["l'OTAN", "l'OTSC", "l'ONU", "l'OSCE", 'le FMI', "l'OMS"],
    titles: [
      '{P} met en garde contre de nouvelles mesures sur {T}',
      'À {L}, les discussions sur {T} piétinent',
      '{T} au cœur de la réunion de {L}',
      'Des milliers de personnes dans les rues de {L} contre {T}',
    ],
    sentences: [
      'Les autorités de {L} ont indiqué {D} que {T} seraient de nouveau discutés la semaine prochaine, après l’échec de {N} délégations.',
      'Selon des diplomates proches du dossier, {O} a demandé à ses membres de préparer une déclaration commune sur {T}.',
      'Le gouvernement a annoncé que {N} personnes avaient été interpellées à {L} depuis le début du mois.',
      'Des analystes estiment que {T} pourraient peser sur l’économie pendant des mois, les prix ayant déjà augmenté de {N} %.',
      'À {L}, des journalistes ont vu des véhicules de police bloquer l’avenue principale pendant que la foule se rassemblait devant le parlement.',
      'Le ministère n’a pas répondu à une demande de commentaire sur {T} avant la publication de cet article.',
      'Un porte-parole de {O} a affirmé que l’organisation suivait la situation de près et enverrait des observateurs.',
      'Des habitants de {L} ont décrit de longues files d’attente devant les stations-service et des pénuries de pain.',
    ],
    quotes: [
      '« Nous n’accepterons aucune pression sur {T} », a déclaré {P} {D}.',
      '{P} a affirmé que {O} était prêt à aider {L} si nécessaire.',
      '« La situation à {L} est sous contrôle », a assuré {P} devant la presse.',
    ],
  },
  de: {
    topics: [
      'die Proteste',
      'die Wahlen',
      'die Spritpreise',
      'die Sanktionen',
      'die Ausgangssperre',
      'das Gasabkommen',
      'der Grenzstreit',
      'die Getreideexporte',
      'die Energiekrise',
      'der Ausnahmezustand',
      'die Militärübungen',
      'die Flüchtlingskrise',
    ],
    places: ['Almaty', 'Genf', 'Brüssel', 'Istanbul', 'Warschau', 'Wien', 'Kiew', 'Minsk'],
    people: PEOPLE_ALIASES.de,
    organizations: ['die NATO', 'die OVKS', 'die UNO', 'die OSZE', 'der IWF', 'die WHO'],
    titles: [
      '{P} warnt vor neuen Maßnahmen',
      'Gespräche in {L} kommen nicht voran',
      'Treffen in {L}: Streit um die Lage',
      'Tausende demonstrieren in {L}',
    ],
    sentences: [
      'Die Behörden in {L} teilten am {D} mit, dass {T} in der kommenden Woche erneut beraten werden sollen.',
      'Nach Angaben von Diplomaten hat {O} ihre Mitglieder gebeten, eine gemeinsame Erklärung vorzubereiten.',
      'Die Regierung erklärte, dass seit Monatsbeginn {N} Menschen in {L} festgenommen worden seien.',
      'Fachleute warnten, dass die Preise bereits um {N} Prozent gestiegen seien und die Wirtschaft monatelang belastet werde.',
      'Reporter in {L} sahen Polizeifahrzeuge, die die Hauptstraße blockierten, während sich vor dem Parlament eine Menge versammelte.',
      'Das Ministerium reagierte bis zur Veröffentlichung nicht auf eine Anfrage.',
      'Ein Sprecher sagte, man beobachte die Lage in {L} genau und werde Beobachter entsenden.',
      'Bewohner von {L} berichteten von langen Schlangen an Tankstellen und von Geschäften ohne Brot.',
    ],
    quotes: [
      '„Wir werden keinem Druck nachgeben“, sagte {P} am {D}.',
      '{P} sagte, man sei bereit, {L} zu helfen.',
      '„Die Lage in {L} ist unter Kontrolle“, erklärte {P} vor Journalisten.',
    ],
  },
  it: {
    topics: [
      'le proteste',
      'le elezioni',
      'il prezzo del carburante',
      'le sanzioni',
      'il coprifuoco',
      "l'accordo sul gas",
      'la disputa di confine',
      'le esportazioni di grano',
      'la crisi energetica',
      'lo stato di emergenza',
      'le esercitazioni militari',
      'la crisi dei rifugiati',
    ],
    places: ['Almaty', 'Ginevra', 'Bruxelles', 'Istanbul', 'Varsavia', 'Vienna', 'Kiev', 'Minsk'],
    people: PEOPLE_ALIASES.it,
    organizations: ['la NATO', "l'ONU", "l'OSCE", 'il FMI', "l'OMS"],
    titles: [
      '{P} avverte su nuove misure',
      'A {L} si bloccano i negoziati',
      'Vertice a {L}: tensione sulla crisi',
      'Migliaia in piazza a {L}',
    ],
    sentences: [
      'Le autorità di {L} hanno detto {D} che {T} saranno di nuovo discusse la prossima settimana, dopo il fallimento di {N} delegazioni.',
      'Secondo diplomatici vicini al dossier, {O} ha chiesto ai suoi membri di preparare una dichiarazione comune.',
      'Il governo ha annunciato che {N} persone sono state fermate a {L} dall’inizio del mese.',
      'Gli analisti avvertono che i prezzi sono già aumentati del {N} per cento e che l’economia ne risentirà per mesi.',
      'A {L} i giornalisti hanno visto veicoli della polizia bloccare il viale principale mentre la folla si radunava davanti al parlamento.',
      'Il ministero non ha risposto a una richiesta di commento prima della pubblicazione.',
      'Un portavoce ha detto che l’organizzazione segue da vicino la situazione e invierà osservatori.',
      'Gli abitanti di {L} hanno descritto lunghe code ai distributori e negozi senza pane.',
    ],
    quotes: [
      '«Non accetteremo pressioni», ha dichiarato {P} {D}.',
      '{P} ha detto che {O} è pronta ad aiutare {L}.',
      '«La situazione a {L} è sotto controllo», ha assicurato {P} ai giornalisti.',
    ],
  },
  es: {
    topics: [
      'las protestas',
      'las elecciones',
      'el precio del combustible',
      'las sanciones',
      'el toque de queda',
      'el acuerdo del gas',
      'la disputa fronteriza',
      'las exportaciones de cereales',
      'la crisis energética',
      'el estado de emergencia',
      'las maniobras militares',
      'la crisis de refugiados',
    ],
    places: ['Almaty', 'Ginebra', 'Bruselas', 'Estambul', 'Varsovia', 'Viena', 'Kiev', 'Minsk'],
    people: PEOPLE_ALIASES.es,
    organizations: ['la OTAN', 'la ONU', 'la OSCE', 'el FMI', 'la OMS'],
    titles: [
      '{P} advierte de nuevas medidas',
      'Se estancan las negociaciones en {L}',
      'Cumbre en {L} marcada por la crisis',
      'Miles de personas protestan en {L}',
    ],
    sentences: [
      'Las autoridades de {L} dijeron el {D} que {T} volverán a debatirse la próxima semana, tras el fracaso de {N} delegaciones.',
      'Según diplomáticos cercanos a las conversaciones, {O} pidió a sus miembros preparar una declaración conjunta.',
      'El Gobierno anunció que {N} personas han sido detenidas en {L} desde comienzos de mes.',
      'Los analistas advierten que los precios ya subieron un {N} por ciento y que la economía sufrirá durante meses.',
      'En {L}, los periodistas vieron vehículos policiales bloqueando la avenida principal mientras la multitud se concentraba ante el parlamento.',
      'El ministerio no respondió a una solicitud de comentarios antes de la publicación.',
      'Un portavoz afirmó que la organización sigue de cerca la situación y enviará observadores.',
      'Los vecinos de {L} describieron largas colas en las gasolineras y tiendas sin pan.',
    ],
    quotes: [
      '«No aceptaremos presiones», declaró {P} el {D}.',
      '{P} dijo que {O} está dispuesta a ayudar a {L}.',
      '«La situación en {L} está bajo control», aseguró {P} a los periodistas.',
    ],
  },
  ru: {
    topics: [
      'протесты',
      'выборы',
      'цены на топливо',
      'санкции',
      'комендантский час',
      'газовое соглашение',
      'пограничный спор',
      'экспорт зерна',
      'энергетический кризис',
      'чрезвычайное положение',
      'военные учения',
      'кризис беженцев',
    ],
    places: ['Алматы', 'Женеве', 'Брюсселе', 'Стамбуле', 'Варшаве', 'Вене', 'Киеве', 'Минске'],
    people: PEOPLE_ALIASES.ru,
    organizations: ['НАТО', 'ОДКБ', 'ООН', 'ОБСЕ', 'МВФ', 'ВОЗ'],
    titles: [
      '{P} предупредил о новых мерах',
      'Переговоры в {L} зашли в тупик',
      'Встреча в {L}: в центре внимания {T}',
      'Тысячи людей вышли на улицы в {L}',
    ],
    sentences: [
      'Власти в {L} заявили в {D}, что {T} будут снова обсуждаться на следующей неделе после провала переговоров {N} делегаций.',
      'По словам дипломатов, {O} попросила своих членов подготовить совместное заявление.',
      'Правительство сообщило, что с начала месяца в {L} задержаны {N} человек.',
      'Аналитики предупреждают, что цены уже выросли на {N} процентов и экономика будет страдать ещё несколько месяцев.',
      'Журналисты в {L} видели полицейские машины, перекрывшие главный проспект, пока у парламента собиралась толпа.',
      'В министерстве не ответили на запрос о комментарии до публикации.',
      'Представитель организации заявил, что она внимательно следит за ситуацией и направит наблюдателей.',
      'Жители рассказали о длинных очередях на заправках и нехватке хлеба в магазинах.',
    ],
    quotes: [
      '«Мы не примем никакого давления», — заявил {P}.',
      '{P} сказал, что {O} готова помочь, если её попросят.',
      '«Ситуация в {L} под контролем», — сказал {P} журналистам.',
    ],
  },
}

const DAYS: Readonly<Record<keyof typeof PEOPLE_ALIASES, readonly string[]>> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'],
  ru: ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу'],
}

const OUTLETS = [
  'Northern Post',
  'Daily Meridian',
  'Le Phare',
  'La Gazette du Soir',
  'Der Morgenbote',
  'Il Corriere Alpino',
  'El Faro Digital',
  'Vestnik Plus',
  'Wire Agency',
  'Baltic Observer',
  'Steppe Times',
  'Continental Review',
]

const LANGUAGES = Object.keys(TEMPLATES) as (keyof typeof TEMPLATES)[]
// Fictional people and towns, built from syllables and drawn with Zipf's law (a few are in the news every day,
// most rarely), so a name matches what it would in a real corpus: from a few percent of it to a handful.
const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'sta',
  'vel',
  'dor',
  'an',
  'bek',
  'ti',
  'lu',
  'zar',
  'ne',
  'gor',
  'sel',
  'va',
  'rin',
]
const FICTIONAL_PEOPLE = 3000
const FICTIONAL_PLACES = 800
// Share of mentions that name a real leader or city the entity aliases know; the rest are fictional.
const REAL_NAME_SHARE = 0.25
const FIRST_DAY_MS = Date.UTC(2022, 0, 1)
const SPAN_DAYS = 730
const DAY_MS = 86_400_000

/** A seeded 32-bit generator (mulberry32), so the same seed always yields the same corpus. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Generates `count` synthetic articles (about 2.5 KB of text each), deterministic for a given seed. */
export function* syntheticArticles(
  count: number,
  seed = 1,
  firstIndex = 0,
): Generator<ExtractedArticle> {
  const random = createRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const person = (real: readonly string[]) =>
    random() < REAL_NAME_SHARE
      ? pick(real)
      : fictionalName(zipf(FICTIONAL_PEOPLE, random), 'person')
  const place = (real: readonly string[]) =>
    random() < REAL_NAME_SHARE ? pick(real) : fictionalName(zipf(FICTIONAL_PLACES, random), 'place')
  for (let index = firstIndex; index < firstIndex + count; index++) {
    const lang = pick(LANGUAGES)
    const templates = TEMPLATES[lang]
    const slots = {
      P: person(templates.people),
      L: place(templates.places),
      O: pick(templates.organizations),
      T: pick(templates.topics),
      D: pick(DAYS[lang]),
    }
    const fill = (template: string): string =>
      template.replace(/\{([PLOTDN])\}/gu, (_, slot: string) => {
        if (slot === 'N') return String(2 + Math.floor(random() * 400))
        // Keep the article's story (place, topic) but vary people and organisations between sentences.
        if (slot === 'P' && random() < 0.3) return person(templates.people)
        if (slot === 'O' && random() < 0.3) return pick(templates.organizations)
        return slots[slot as keyof typeof slots]
      })
    const title = capitalise(fill(pick(templates.titles)))
    const paragraphs: string[] = []
    const paragraphCount = 5 + Math.floor(random() * 3)
    for (let paragraph = 0; paragraph < paragraphCount; paragraph++) {
      const sentences = [fill(pick(templates.sentences)), fill(pick(templates.sentences))]
      if (random() < 0.5) sentences.push(fill(pick(templates.sentences)))
      sentences.push(fill(random() < 0.6 ? pick(templates.quotes) : pick(templates.sentences)))
      paragraphs.push(sentences.map(capitalise).join(' '))
    }
    const published = new Date(FIRST_DAY_MS + Math.floor(random() * SPAN_DAYS) * DAY_MS)
    const outlet = pick(OUTLETS)
    const slug = outlet.toLowerCase().replace(/[^a-z]+/gu, '-')
    const day = published.toISOString().slice(0, 10)
    yield {
      id: `synthetic-${index}`,
      title,
      text: paragraphs.join('\n\n'),
      source: {
        input: `synthetic/${index}`,
        format: 'json',
        url: `https://${slug}.example/${day.replaceAll('-', '/')}/story-${index}`,
        outlet,
        published: day,
        declaredLang: lang,
      },
    }
  }
}

/** A rank in [0, count) drawn with probability proportional to 1 / (rank + 1). */
function zipf(count: number, random: () => number): number {
  // Inverse of the continuous approximation: the harmonic sum up to r is about ln(r + 1).
  return Math.min(count - 1, Math.floor(Math.exp(random() * Math.log(count + 1)) - 1))
}

/** A stable fictional name for a rank: "Kastavel" for a person, "Rominsk" for a place. */
function fictionalName(rank: number, kind: 'person' | 'place'): string {
  let name = ''
  let rest = rank + (kind === 'place' ? 7919 : 0)
  for (let syllable = 0; syllable < 3; syllable++) {
    name += SYLLABLES[rest % SYLLABLES.length]
    rest = Math.floor(rest / SYLLABLES.length) + syllable * 5
  }
  return capitalise(kind === 'place' ? `${name}sk` : name)
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}
