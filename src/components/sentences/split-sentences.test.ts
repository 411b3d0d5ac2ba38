import { describe, expect, test } from 'vitest'
import { analyzeText } from '../../../test/support/analyze-text.ts'

function sentencesOf(text: string, lang: string): string[] {
  return (analyzeText(text, `${lang}.txt`).sentences ?? []).map((sentence) => sentence.text)
}

describe('sentences', () => {
  test.each([
    [
      'de',
      'Die Proteste begannen am 11. April 2025 in der Hauptstadt. Am 12. Mai folgte die Regierung.',
      [
        'Die Proteste begannen am 11. April 2025 in der Hauptstadt.',
        'Am 12. Mai folgte die Regierung.',
      ],
    ],
    [
      'de',
      'Die Polizei zählte am Abend 12. Neue Zahlen kamen erst am nächsten Morgen aus dem Ministerium.',
      [
        'Die Polizei zählte am Abend 12.',
        'Neue Zahlen kamen erst am nächsten Morgen aus dem Ministerium.',
      ],
    ],
    [
      'fr',
      'Le bilan officiel fait état de 11. Avril restera un mois noir pour la ville et ses habitants.',
      [
        'Le bilan officiel fait état de 11.',
        'Avril restera un mois noir pour la ville et ses habitants.',
      ],
    ],
    [
      'en',
      'The talks resumed on 3 May. Mr. Orel said the U.S. delegation would stay until Friday.',
      ['The talks resumed on 3 May.', 'Mr. Orel said the U.S. delegation would stay until Friday.'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(sentencesOf(text, lang)).toEqual(expected)
  })
})
