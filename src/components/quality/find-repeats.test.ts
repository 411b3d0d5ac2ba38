import { describe, expect, test } from 'vitest'
import { type QualityFinding, QualityFindingSchema } from '../../contracts/annotations.ts'
import { createDoc } from '../../doc/doc.ts'
import { en } from '../../lang/en/index.ts'
import { fr } from '../../lang/fr/index.ts'
import { splitParagraphs } from '../paragraphs/split-paragraphs.ts'
import { splitSentences } from '../sentences/split-sentences.ts'
import { findRepeats } from './find-repeats.ts'

const LANGUAGES = { en, fr }

/** Builds a Doc with paragraphs and sentences set, runs the component and checks every span. */
function analyse(lang: keyof typeof LANGUAGES, text: string, maxFindings = 200): QualityFinding[] {
  const paragraphs = splitParagraphs(text)
  const sentences = splitSentences(text, paragraphs, LANGUAGES[lang])
  const doc = createDoc({
    id: 'test',
    title: null,
    text,
    source: { input: 'test', format: 'text' },
  })
  const findings = findRepeats({ ...doc, spans: { paragraphs, sentences } }, { maxFindings })
  for (const finding of findings) {
    QualityFindingSchema.parse(finding)
    for (const span of finding.spans) expect(span.text).toBe(text.slice(span.start, span.end))
  }
  return findings
}

const texts = (finding: QualityFinding | undefined) => finding?.spans.map((span) => span.text)

describe('repeated paragraphs', () => {
  test.each([
    [
      'fr',
      [
        'Le gouvernement a présenté mardi un plan de soutien aux éleveurs touchés par la sécheresse.',
        'Selon le ministre, tant que les prix du fourrage resteront élevés, les fermes les plus fragiles auront besoin d’une aide directe.',
        'Les syndicats jugent ces mesures insuffisantes et appellent à manifester samedi devant les préfectures.',
        'Selon le ministre, tant que les prix du fourrage restent élevés, les fermes les plus fragiles auront besoin d’une aide directe.',
      ],
    ],
    [
      'en',
      [
        'The city council voted on Thursday to close the old ferry terminal by the end of the year.',
        'As long as the harbour remains unsafe, the mayor said, no passenger boat will be allowed to dock there.',
        'Local shop owners fear the decision will drive tourists to the neighbouring towns.',
        'As long as the harbour stays unsafe, the mayor said, no passenger boat will be allowed to dock there.',
      ],
    ],
  ] as const)('%s: a paragraph quoted twice with one word changed', (lang, paragraphs) => {
    const findings = analyse(lang, paragraphs.join('\n\n'))
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.kind).toBe('repeated-paragraph')
    expect(texts(finding)).toEqual([paragraphs[1], paragraphs[3]])
    expect(finding?.similarity).toBeGreaterThan(0.9)
    expect(finding?.similarity).toBeLessThan(1)
    expect(finding?.message).toMatch(/^Paragraph 4 repeats paragraph 2 \(9\d % identical words\)/u)
  })

  test('fr: a paragraph quoted three times is one finding with three spans', () => {
    const quoted =
      'Nous ne reculerons pas devant les menaces, a écrit la députée sur son compte, car la loi doit passer avant l’été.'
    const text = [
      quoted,
      'Le texte sera examiné en commission la semaine prochaine.',
      quoted,
      'Rien n’est joué.',
      quoted,
    ].join('\n')
    const findings = analyse('fr', text)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.kind).toBe('repeated-paragraph')
    expect(texts(findings[0])).toEqual([quoted, quoted, quoted])
    expect(findings[0]?.similarity).toBe(1)
  })

  test('fr: a handle line between two quoted tweets separates them', () => {
    const first =
      'Les sanctions ne changeront rien au rapport de forces sur le terrain, selon plusieurs diplomates européens.'
    const second =
      'Le prochain sommet devrait se tenir à Vienne au printemps, si les négociations reprennent comme prévu.'
    const text = [
      `${first} ${second}`,
      'Un autre paragraphe sans rapport avec le reste du fil.',
      first,
      '@auteur',
      second,
    ].join('\n')
    const findings = analyse('fr', text)
    expect(findings.map((finding) => finding.kind)).toEqual([
      'repeated-paragraph',
      'repeated-paragraph',
    ])
    expect(findings.map((finding) => finding.spans[1]?.text)).toEqual([first, second])
  })
})

describe('repeated fragments', () => {
  test.each([
    [
      'en',
      'The mayor said the bridge would reopen in June once the repairs are finished. Residents were sceptical. The mayor said the bridge would reopen in June once the repairs are finished. The works began in March.',
      'The mayor said the bridge would reopen in June once the repairs are finished.',
      1,
    ],
    [
      'fr',
      'Dans le quartier, les décisions étaient prises par les habitants réunis en assemblée. les décisions étaient prises par les voisins réunis en assemblée, puis transmises à la mairie.',
      'les décisions étaient prises par les habitants réunis en assemblée.',
      0.9,
    ],
    [
      'fr',
      'Pendant la grève, nous avons mis en place un réseau de Nous avons mis en place un réseau de comités locaux dans chaque ville.',
      'nous avons mis en place un réseau de',
      1,
    ],
  ] as const)('%s: a repeated sentence or fragment', (lang, text, repeated, minSimilarity) => {
    const findings = analyse(lang, text)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.kind).toBe('repeated-fragment')
    expect(findings[0]?.spans[0]?.text).toBe(repeated)
    expect(findings[0]?.similarity).toBeGreaterThanOrEqual(minSimilarity)
  })

  test('fr: parallel phrasing a few words apart is not a fragment', () => {
    const text =
      'Les maires ne demandent pas de l’aide à la région, ils demandent de l’aide à la commune.'
    expect(analyse('fr', text)).toEqual([])
  })
})

describe('stuttered words', () => {
  test.each([
    ['fr', 'Le rapport reste encore encore incomplet sur ce point.', ['encore', 'encore']],
    [
      'fr',
      'Des rassemblements ont eu lieu dans plusieurs villes. villes. Le calme est revenu le soir.',
      ['villes.', 'villes.'],
    ],
    [
      'fr',
      'Les manifestants ont quitté la place, sont\nplace, ils sont partis vers le port.',
      ['place, sont', 'place, ils sont'],
    ],
    [
      'fr',
      'Les crues ont touché les villages le long du Rhin et le Main. Rhin et le cours du Main ont débordé.',
      ['Rhin et le Main.', 'Rhin et le cours du Main'],
    ],
    ['en', 'We visited the the factory on Monday morning.', ['the', 'the']],
    ['en', 'They met the delegates in the in the main hall.', ['in the', 'in the']],
  ] as const)('%s: reports %j', (lang, text, copies) => {
    const findings = analyse(lang, text)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.kind).toBe('stuttered-words')
    expect(texts(findings[0])).toEqual(copies)
  })

  test.each([
    ['fr', 'Nous nous sommes trompés, et vous vous en souvenez sans doute.'],
    ['fr', 'Le service fonctionne 24 heures sur 24, 7j/7, et la ligne répond 24/24.'],
    ['fr', 'Le portrait du général de De Gaulle est resté accroché dans le hall.'],
    ['en', 'He said that that was wrong, and by then they had had enough.'],
    ['en', 'Nobody saw it. It was gone before dawn.'],
    ['en', 'The decision was taken by Putin. Putin then left the room.'],
    ['en', 'No, no, we will never, never accept it.'],
    ['en', 'The film was directed by J. J. Abrams.'],
    ['en', 'How the plan unfolded, chapter by chapter\n\nBy Jane Doe, staff writer'],
    ['en', '| President | Ana Silva | Ana Silva | Ana Sylva |'],
  ] as const)('%s: does not report a legitimate double in %j', (lang, text) => {
    expect(analyse(lang, text)).toEqual([])
  })

  test('fr: a stutter inside a repeated paragraph is not reported again', () => {
    const quoted =
      'Le rapport final sera encore encore plus détaillé que prévu, selon les enquêteurs qui ont entendu des dizaines de témoins.'
    const findings = analyse(
      'fr',
      [quoted, 'Le reportage a été diffusé dimanche soir.', quoted].join('\n'),
    )
    expect(findings.map((finding) => finding.kind)).toEqual(['repeated-paragraph'])
  })
})

describe('ordinary articles', () => {
  test.each([
    [
      'fr',
      `La municipalité de Lyon a présenté jeudi son plan pour les pistes cyclables d’ici à 2030. Le projet prévoit quarante kilomètres supplémentaires, principalement le long des quais et dans les quartiers de l’est.

Selon l’adjointe chargée des mobilités, les travaux commenceront au printemps et dureront trois ans. Elle estime que la part du vélo dans les déplacements pourrait doubler si le réseau est continu.

Les commerçants de la presqu’île restent prudents. Certains craignent de perdre des places de stationnement, d’autres espèrent au contraire attirer une clientèle nouvelle.

L’opposition dénonce un calendrier trop ambitieux et demande une étude d’impact indépendante avant le vote du conseil, prévu le mois prochain.`,
    ],
    [
      'en',
      `The regional hospital will open a new maternity ward in September, its director announced on Tuesday. The unit will have twenty beds and a neonatal care room.

Health officials said the project had been delayed by two years because of rising construction costs. The final bill is expected to exceed the initial budget by a third.

Midwives welcomed the news but warned that staffing remains the main problem. Several positions have been vacant since last winter, and recruitment has been slow.

The county board will vote on additional funding next month.`,
    ],
  ] as const)('%s: finds nothing in an ordinary article', (lang, text) => {
    expect(analyse(lang, text)).toEqual([])
  })
})

describe('bounded time and size', () => {
  // A deterministic generator, so a failure can be reproduced.
  function generatedText(targetChars: number, planted: string): string {
    let state = 7
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      return state / 2 ** 32
    }
    const vocabulary = Array.from({ length: 5000 }, (_, index) => `mot${index.toString(36)}`)
    const paragraphs: string[] = []
    let chars = 0
    while (chars < targetChars) {
      const length = 20 + Math.floor(random() * 60)
      const words = Array.from(
        { length },
        () => vocabulary[Math.floor(random() * vocabulary.length)],
      )
      const paragraph = `${words.join(' ')}.`
      paragraphs.push(paragraph)
      chars += paragraph.length + 2
    }
    paragraphs.splice(10, 0, planted)
    paragraphs.splice(paragraphs.length - 10, 0, planted)
    return paragraphs.join('\n\n')
  }

  // The timeout bounds a hang (quadratic matching would take hours); speed itself is measured in bench/.
  test('fr: a 2 MB generated text finishes and finds the planted repeat', {
    timeout: 120_000,
  }, () => {
    const planted =
      'Cette phrase plantée dans le texte généré doit être retrouvée une seconde fois à la fin.'
    const text = generatedText(2_000_000, planted)
    const findings = analyse('fr', text)
    const repeat = findings.find((finding) => finding.kind === 'repeated-paragraph')
    expect(texts(repeat)).toEqual([planted, planted])
  })

  test('en: 100 000 identical words make one capped stutter', () => {
    const findings = analyse('en', Array(100_000).fill('again').join(' '))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.spans).toHaveLength(20)
    expect(findings[0]?.message).toContain('100000 times')
  })

  test('en: the number of findings is capped', () => {
    const text = Array.from(
      { length: 50 },
      (_, index) => `Item ${index} is listed listed here.`,
    ).join('\n')
    expect(analyse('en', text, 10)).toHaveLength(10)
  })
})
