import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseDocument } from 'yaml'
import { analyzeText } from '../../../test/support/analyze-text.ts'
import { hasSeeds, readSeed, SEEDS_SKIP_REASON } from '../../../test/support/shared.ts'
import { analyzeArticle } from '../../analyze/analyze-article.ts'
import { DEFAULT_CATALOG_DIR } from '../../catalog/load-catalog.ts'
import type { CatalogTopic } from '../../contracts/catalog.ts'
import { createPipeline } from '../../pipeline/create-pipeline.ts'
import { compileTopicTerms, measureTopic } from './topic-gate.ts'

const TOPIC: CatalogTopic = {
  id: 'climate-change',
  label: 'Climate change',
  minDistinctTerms: 2,
  terms: { en: ['climat*', 'global warming', 'warming', 'carbon', 'emission*'] },
}

describe('measureTopic', () => {
  test.each([
    ['two distinct terms pass', 'Carbon emissions rose again this year.', 2, true],
    ['repeats of one term count once', 'Carbon here, carbon there, carbon everywhere.', 1, false],
    ['a prefix entry counts once for all its forms', 'The climate and climatic models.', 1, false],
    [
      'a phrase counts once, not also as the shorter term inside it',
      'Global warming is a hoax.',
      1,
      false,
    ],
    ['the shorter term elsewhere counts on its own', 'Global warming. Warming again.', 2, true],
    ['nothing on topic', 'The council approved the budget.', 0, false],
  ])('%s', (_, text, distinctTerms, passes) => {
    expect(measureTopic(TOPIC, compileTopicTerms(TOPIC, 'en'), text)).toEqual({
      distinctTerms,
      passes,
    })
  })

  test('a language without terms does not pass: the gate cannot tell what the document is about', () => {
    const compiled = compileTopicTerms(TOPIC, 'fr')
    expect(compiled).toBeNull()
    expect(measureTopic(TOPIC, compiled, 'Le climat et les émissions de carbone.').passes).toBe(
      false,
    )
  })
})

// The shipped catalogue without its topics: what the cues and the model report with no gate.
function ungatedCatalogDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'narrascope-ungated-'))
  for (const name of readdirSync(DEFAULT_CATALOG_DIR).filter((file) => file.endsWith('.yaml'))) {
    const document = parseDocument(readFileSync(join(DEFAULT_CATALOG_DIR, name), 'utf8'))
    document.delete('topic')
    writeFileSync(join(dir, name), document.toString())
  }
  return dir
}

const ungated = createPipeline(undefined, {
  onError: 'throw',
  config: { narratives: { catalogDir: ungatedCatalogDir() } },
})

function ids(text: string, input = 'test.txt'): { gated: string[]; ungated: string[] } {
  const article = { id: input, title: null, text, source: { input, format: 'text' as const } }
  return {
    gated: (analyzeText(text, input).narratives ?? []).map((narrative) => narrative.id),
    ungated: (analyzeArticle(article, ungated).narratives ?? []).map((narrative) => narrative.id),
  }
}

const CLIMATE_FR = [
  'Le réchauffement climatique nous mène droit à l’apocalypse.',
  'Le dernier rapport du GIEC est sans appel : les émissions de CO2 battent record sur record, et sans neutralité carbone d’ici 2050 ce sera la fin du monde, des milliards de morts, l’effondrement de la civilisation.',
  'Canicules, sécheresses, incendies de forêt : chaque été sera plus meurtrier que le précédent.',
].join('\n\n')

const CLIMATE_EN = [
  'Global warming is pushing us towards the apocalypse.',
  'The latest IPCC report is clear: carbon emissions keep breaking records, and without net zero by 2050 billions will die and we face the collapse of civilisation.',
  'Heatwaves, droughts and wildfires: every summer will be deadlier than the last.',
].join('\n\n')

// Written for this test: a French report on riots whose only climate-sounding word is "apocalyptique".
const RIOTS_FR = [
  'Almaty se réveille dans un décor apocalyptique après trois nuits d’émeutes.',
  'Les bâtiments de la mairie et du parquet ont été incendiés, des voitures calcinées bloquent encore les avenues, et les habitants font la queue devant les rares boulangeries ouvertes.',
  'Le gouvernement a annoncé le rétablissement du plafond des prix du gaz liquéfié pour six mois.',
].join('\n\n')

describe('topic gates on catalogue narratives', () => {
  test.each([
    ['fr', CLIMATE_FR],
    ['en', CLIMATE_EN],
  ])('%s: a text about climate change keeps its climate narratives', (_, text) => {
    const { gated } = ids(text)
    expect(gated).toEqual(
      expect.arrayContaining(['cc.amplifying-fears.doomsday', 'cc.amplifying-fears']),
    )
  })

  test('issue #11: "apocalyptique" in a text about something else gives no climate narrative', () => {
    const { gated, ungated } = ids(RIOTS_FR)
    // Without the gate the cue alone would report the doomsday narrative: the gate is what removes it.
    expect(ungated).toContain('cc.amplifying-fears.doomsday')
    expect(gated.filter((id) => id.startsWith('cc.'))).toEqual([])
  })
})

if (!hasSeeds) console.warn(SEEDS_SKIP_REASON)

describe.skipIf(!hasSeeds)('topic gates on the seeds', () => {
  test('issue #11: seed 000 (the Kazakhstan unrest) keeps its own narratives and gets no climate narrative', () => {
    const { gated, ungated } = ids(readSeed('000').text, 'seed-000.txt')
    expect(ungated).toContain('cc.amplifying-fears.doomsday')
    expect(gated).toEqual(expect.arrayContaining(['colour-revolution', 'hybrid-war']))
    expect(gated.filter((id) => id.startsWith('cc.'))).toEqual([])
  })
})
