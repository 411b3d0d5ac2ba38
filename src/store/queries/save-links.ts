import type { LinkResult, LinkRun } from '../../contracts/link.ts'
import type { SqlQueryable } from '../sql-client.ts'

// Serialises concurrent link runs, so the one that commits last is the only one left.
const LINK_RUN_LOCK_KEY = 7_310_422
// Rows per INSERT: each statement carries its rows as one JSON parameter, which stays a few megabytes.
const ROWS_PER_STATEMENT = 2000

const INSERT_RUN = `
INSERT INTO link_runs (filter, documents, stats) VALUES ($1::text::jsonb, $2, $3::text::jsonb)
RETURNING id, to_char(linked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "linkedAt"`

const INSERT_STORIES = `
INSERT INTO stories (run_id, story_id, original_document, languages, member_count, story)
SELECT $2, r.story_id, r.original_document, r.languages, r.member_count, r.story
FROM jsonb_to_recordset($1::text::jsonb) AS r(
  story_id text, original_document integer, languages text[], member_count integer, story jsonb)`

const INSERT_MEMBERS = `
INSERT INTO story_members (run_id, story_id, document_id, relation)
SELECT $2, r.story_id, r.document_id, r.relation
FROM jsonb_to_recordset($1::text::jsonb) AS r(story_id text, document_id integer, relation text)`

const INSERT_LINKS = `
INSERT INTO document_links (run_id, from_document, to_document, kind, score, edge)
SELECT $2, r.from_document, r.to_document, r.kind, r.score, r.edge
FROM jsonb_to_recordset($1::text::jsonb) AS r(
  from_document integer, to_document integer, kind text, score real, edge jsonb)`

const INSERT_NODES = `
INSERT INTO provenance_nodes (run_id, node_id, kind, document_id, node)
SELECT $2, r.node_id, r.kind, r.document_id, r.node
FROM jsonb_to_recordset($1::text::jsonb) AS r(node_id text, kind text, document_id integer, node jsonb)`

const INSERT_PROVENANCE_EDGES = `
INSERT INTO provenance_edges (run_id, from_node, to_node, role, edge)
SELECT $2, r.from_node, r.to_node, r.role, r.edge
FROM jsonb_to_recordset($1::text::jsonb) AS r(from_node text, to_node text, role text, edge jsonb)`

/**
 * Writes a linking result over stored documents as a new run and deletes the older runs, in the caller's
 * transaction, so readers see either the old links or the new ones. Every document of the result must carry its
 * `storeId`.
 */
export async function saveLinks(
  tx: SqlQueryable,
  result: LinkResult,
  filter: Record<string, unknown>,
): Promise<LinkRun> {
  const storeIdOf = new Map<string, number>()
  for (const doc of result.documents) {
    if (doc.storeId === undefined)
      throw new Error(`document "${doc.id}" has no store id: only stored documents can be saved`)
    storeIdOf.set(doc.id, doc.storeId)
  }
  const storeId = (id: string) => storeIdOf.get(id) ?? null
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LINK_RUN_LOCK_KEY])
  const [run] = await tx.query<{ id: number; linkedAt: string }>(INSERT_RUN, [
    JSON.stringify(filter),
    result.documents.length,
    JSON.stringify(result.stats),
  ])
  if (!run) throw new Error('inserting a link run returned no row')
  const insert = async (sql: string, rows: readonly object[]) => {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT)
      await tx.query(sql, [JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT)), run.id])
  }
  await insert(
    INSERT_STORIES,
    result.stories.map((story) => ({
      story_id: story.id,
      original_document: storeId(story.original),
      languages: story.languages,
      member_count: story.members.length,
      story,
    })),
  )
  await insert(
    INSERT_MEMBERS,
    result.stories.flatMap((story) =>
      story.members.map((member) => ({
        story_id: story.id,
        document_id: storeId(member.id),
        relation: member.relation,
      })),
    ),
  )
  await insert(
    INSERT_LINKS,
    result.edges.map((edge) => ({
      from_document: storeId(edge.from),
      to_document: storeId(edge.to),
      kind: edge.kind,
      score: edge.score,
      edge,
    })),
  )
  await insert(
    INSERT_NODES,
    result.provenance.nodes.map((node) => ({
      node_id: node.id,
      kind: node.kind,
      document_id: node.kind === 'document' ? storeId(node.id) : null,
      node,
    })),
  )
  await insert(
    INSERT_PROVENANCE_EDGES,
    result.provenance.edges.map((edge) => ({
      from_node: edge.from,
      to_node: edge.to,
      role: edge.role,
      edge,
    })),
  )
  await tx.query('DELETE FROM link_runs WHERE id <> $1', [run.id])
  return {
    id: run.id,
    linkedAt: run.linkedAt,
    filter,
    documents: result.documents.length,
    stats: result.stats,
  }
}
