import { expect, test } from 'vitest'
import { analyzeText } from '../../../test/support/analyze-text.ts'

// Credit lines in the forms outlets write them, around bodies written for the test; each row is
// [language, head line(s), tail line(s), expected credits as role:name@outlet date].
const BODY: Readonly<Record<string, string>> = {
  fr: "Les manifestations ont gagné toute la capitale pendant la semaine, selon les témoins interrogés sur place. Le gouvernement a décrété l'état d'urgence et coupé internet dans plusieurs régions du pays.",
  en: 'Protesters filled the main square of the capital on Tuesday for the third day running. The government blamed foreign agitators without offering any evidence and cut the internet in several regions.',
  es: 'Los manifestantes llenaron la plaza principal de la capital por tercer día consecutivo. El gobierno culpó a agitadores extranjeros sin ofrecer ninguna prueba y cortó internet en varias regiones.',
  it: 'I manifestanti hanno riempito la piazza principale della capitale per il terzo giorno consecutivo. Il governo ha accusato agitatori stranieri senza fornire alcuna prova e ha tagliato internet in diverse regioni.',
  de: 'Demonstranten füllten den Hauptplatz der Hauptstadt am dritten Tag in Folge. Die Regierung machte ausländische Unruhestifter verantwortlich, ohne Beweise vorzulegen, und sperrte das Internet in mehreren Regionen.',
  ru: 'Протестующие третий день подряд заполняли главную площадь столицы. Правительство обвинило иностранных подстрекателей, не представив никаких доказательств, и отключило интернет в нескольких регионах.',
}

test.each<[string, string, string, string[]]>([
  [
    'fr',
    "Par Tomas Verhoeven (Le Courrier du Nord) – traduction de l'anglais : Lucie Garnier pour Horizons Libres",
    '',
    [
      'author:Tomas Verhoeven@Le Courrier du Nord',
      'original:@Le Courrier du Nord',
      'translation:Lucie Garnier@Horizons Libres',
    ],
  ],
  [
    'fr',
    'Tomas Verhoeven – 5 avril 2025',
    "Traduit de l'anglais par Lucie Garnier pour Horizons Libres\nSource : https://courrier-nord.example/2025/04/02/port",
    [
      'author:Tomas Verhoeven 2025-04-05',
      'original:@courrier-nord.example 2025-04-02',
      'translation:Lucie Garnier@Horizons Libres',
    ],
  ],
  [
    'es',
    'Tomas Verhoeven | Diario del Sur | 14 de junio de 2024',
    '',
    ['author:Tomas Verhoeven@Diario del Sur 2024-06-14'],
  ],
  [
    'en',
    'Tomas Verhoeven',
    'Translated from the German by the Harbour Post editorial team. The original appeared in Der Morgenbote on 20 March 2024.',
    ['author:Tomas Verhoeven', 'original:@Der Morgenbote 2024-03-20', 'translation:@Harbour Post'],
  ],
  [
    'it',
    'Tomas Verhoeven, Diario del Sur (traduzione di Elena Sarti)',
    '',
    [
      'author:Tomas Verhoeven@Diario del Sur',
      'original:@Diario del Sur',
      'translation:Elena Sarti',
    ],
  ],
  [
    'de',
    'Von Tomas Verhoeven',
    '(Aus dem Russischen übersetzt von der Redaktion.)',
    ['author:Tomas Verhoeven', 'translation:'],
  ],
  [
    'ru',
    'Томас Верховен',
    'Перевод с немецкого — редакция «Северный вестник»',
    ['author:Томас Верховен', 'translation:@Северный вестник'],
  ],
  [
    'fr',
    'Partager : Facebook Twitter Telegram Imprimer',
    'Lire la suite de la tribune de Tomas Verhoeven sur Le Phare Libre.',
    ['republication:@Le Phare Libre'],
  ],
  [
    'en',
    '',
    '(Reporting by Tomas Verhoeven; additional reporting by Lucie Garnier in Warsaw; editing by Paul Grant)',
    ['author:Tomas Verhoeven', 'author:Lucie Garnier'],
  ],
  ['fr', 'Le Courrier du Nord – 15 mars 2024', '', ['author:@Le Courrier du Nord 2024-03-15']],
  ['ru', 'The Harbour Post (Великобритания): порт закрыт', '', ['original:@The Harbour Post']],
])('%s: %s', (lang, head, tail, expected) => {
  const doc = analyzeText([head, BODY[lang], tail].filter(Boolean).join('\n\n'), `${lang}.txt`, {
    declaredLang: lang,
  })
  const read = (doc.provenance ?? []).map(
    (credit) =>
      `${credit.role}:${credit.name ?? ''}${credit.outlet ? `@${credit.outlet}` : ''}${credit.date ? ` ${credit.date}` : ''}`,
  )
  expect(read).toEqual(expected)
})
