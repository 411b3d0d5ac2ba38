import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.ts'
import { MAX_SAMPLE_CHARS, sampleText } from './sample-text.ts'

// Every sentence here was written for this test; none comes from the training data.
const SENTENCES: readonly (readonly [lang: string, text: string])[] = [
  ['en', 'The city council approved a new budget for public transport on Tuesday evening.'],
  ['en', 'Heavy rain is expected across the north.'],
  ['fr', 'Le conseil municipal a adopté mardi soir un nouveau budget pour les transports publics.'],
  ['fr', 'De fortes pluies sont attendues dans le nord.'],
  ['de', 'Der Stadtrat hat am Dienstagabend einen neuen Haushalt für den Nahverkehr beschlossen.'],
  ['de', 'Im Norden wird starker Regen erwartet.'],
  [
    'it',
    'Il consiglio comunale ha approvato martedì sera un nuovo bilancio per i trasporti pubblici.',
  ],
  ['it', 'Al nord sono attese forti piogge.'],
  ['pl', 'Rada miejska przyjęła we wtorek wieczorem nowy budżet na transport publiczny.'],
  ['pl', 'Na północy spodziewane są ulewne deszcze.'],
  [
    'pt',
    'A câmara municipal aprovou na terça-feira à noite um novo orçamento para os transportes.',
  ],
  ['pt', 'São esperadas chuvas fortes no norte.'],
  ['es', 'El ayuntamiento aprobó el martes por la noche un nuevo presupuesto para el transporte.'],
  ['es', 'Se esperan lluvias intensas en el norte.'],
  ['es', 'El equipo ganó el partido gracias a un gol en el último minuto.'],
  ['ru', 'Городской совет во вторник вечером утвердил новый бюджет на общественный транспорт.'],
  ['ru', 'На севере ожидаются сильные дожди.'],
  ['bg', 'Общинският съвет одобри във вторник вечерта нов бюджет за обществения транспорт.'],
  ['bg', 'В северните райони се очакват силни дъждове.'],
  ['uk', 'Міська рада у вівторок увечері затвердила новий бюджет на громадський транспорт.'],
  ['uk', 'На півночі очікуються сильні дощі.'],
  ['uk', 'Команда виграла матч завдяки голу на останній хвилині.'],
]

// Short lines, 20–40 characters: headlines and captions, the hard case.
const SHORT_SENTENCES: readonly (readonly [lang: string, text: string])[] = [
  ['en', 'Prices rose again this week.'],
  ['fr', 'Les prix ont encore augmenté.'],
  ['de', 'Die Preise sind wieder gestiegen.'],
  ['it', 'I prezzi sono saliti di nuovo.'],
  ['pl', 'Ceny znowu wzrosły w tym tygodniu.'],
  ['pt', 'Os preços voltaram a subir.'],
  ['es', 'Los precios han vuelto a subir.'],
  ['es', '¿Dónde está la estación de tren?'],
  ['ru', 'Цены снова выросли на этой неделе.'],
  ['bg', 'Цените отново се повишиха тази седмица.'],
  ['uk', 'Ціни знову зросли цього тижня.'],
]

// Scripts that by themselves decide the language.
const SCRIPT_RULES: readonly (readonly [lang: string, text: string])[] = [
  ['hi', 'नगर परिषद ने मंगलवार शाम सार्वजनिक परिवहन के लिए नया बजट मंज़ूर किया।'],
  ['el', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ενέργεια.'],
  ['he', 'הממשלה הודיעה היום על צעדים חדשים בתחום האנרגיה.'],
  ['ar', 'أعلنت الحكومة اليوم عن إجراءات جديدة في مجال الطاقة.'],
  ['zh', '政府今天宣布了新的能源措施。'],
  ['ja', '政府は今日、新しいエネルギー対策を発表した。'],
  ['ko', '정부는 오늘 새로운 에너지 대책을 발표했다.'],
  ['ka', 'მთავრობამ დღეს ენერგეტიკის ახალი ზომები გამოაცხადა.'],
  ['hy', 'Կառավարությունը այսօր հայտարարեց էներգետիկայի նոր միջոցառումների մասին։'],
  ['th', 'รัฐบาลประกาศมาตรการพลังงานใหม่ในวันนี้'],
]

describe('detectLanguage', () => {
  it.each(SENTENCES)('identifies %s: %s', (lang, text) => {
    const guess = detectLanguage(text)
    expect(guess?.lang).toBe(lang)
    expect(guess?.confidence).toBeGreaterThan(0.8)
  })

  it.each(SHORT_SENTENCES)('identifies short %s: %s', (lang, text) => {
    expect(detectLanguage(text)?.lang).toBe(lang)
  })

  it.each(SCRIPT_RULES)('decides %s by script: %s', (lang, text) => {
    expect(detectLanguage(text)).toEqual({ lang, confidence: 1, alternatives: [] })
  })

  it.each(['', '   \n\t', '12345 67,89', '!!! ??? — …', '😀🎉👍', '+1 (555) 010-9999'])(
    'returns null without letters: %j',
    (text) => {
      expect(detectLanguage(text)).toBeNull()
    },
  )

  it('ignores a minority script: Russian citing Latin-script names', () => {
    const guess = detectLanguage('Путин и Макрон обсудили ситуацию на Украине, сообщает Reuters.')
    expect(guess?.lang).toBe('ru')
  })

  it('ignores a minority script: English quoting a Russian word', () => {
    expect(detectLanguage('The word «мир» means both peace and world in Russian.')?.lang).toBe('en')
  })

  it('splits probability between two substantial scripts', () => {
    const guess = detectLanguage('Hello world, how are you today? Привет, мир, как дела сегодня?')
    const languages = [
      guess?.lang,
      ...(guess?.alternatives.map((alternative) => alternative.lang) ?? []),
    ]
    expect(languages).toContain('en')
    expect(languages).toContain('ru')
    expect(guess?.confidence).toBeLessThan(0.8)
  })

  it('uses the Ukrainian letters і ї є ґ', () => {
    expect(detectLanguage('Їжак їсть ґрунтові гриби, і це є звичайна річ.')?.lang).toBe('uk')
  })

  it('is deterministic', () => {
    const text = 'Los vecinos reclamaban desde hace años una línea de autobús nocturno.'
    expect(detectLanguage(text)).toEqual(detectLanguage(text))
  })

  it('returns a well-formed distribution', () => {
    for (const [, text] of [...SENTENCES, ...SHORT_SENTENCES]) {
      const guess = detectLanguage(text)
      if (guess === null) throw new Error(`no guess for ${text}`)
      const confidences = [guess.confidence, ...guess.alternatives.map((entry) => entry.confidence)]
      for (const confidence of confidences) expect(confidence).toBeGreaterThanOrEqual(0)
      expect(confidences.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(1.0001)
      expect([...confidences].sort((a, b) => b - a)).toEqual(confidences)
      expect(guess.alternatives.map((entry) => entry.lang)).not.toContain(guess.lang)
    }
  })

  it('samples long texts from beginning, middle and end', () => {
    const english = 'The harbour reopened after months of repairs to the old quay. '
    const german = 'Der Hafen wurde nach monatelangen Reparaturen wieder eröffnet. '
    const text = english.repeat(300) + german.repeat(300)
    const sample = sampleText(text)
    expect(sample.length).toBeLessThanOrEqual(MAX_SAMPLE_CHARS + 2)
    expect(sample).toContain('harbour')
    expect(sample).toContain('Hafen')
    expect(['en', 'de']).toContain(detectLanguage(text)?.lang)
    expect(detectLanguage(german.repeat(1000))?.lang).toBe('de')
  })
})
