import type { Migration } from './migration.ts'

/**
 * What `narrascope link --db` computes over the stored documents, kept for `narrascope stories` and the API: one
 * row per linking run (the latest finished run is the current one), its stories and their members, the links
 * between documents, and the provenance graph as nodes and edges. Everything hangs off its run, so a new run
 * replaces the old one by deleting it; documents are referenced by store id, so deleting a document removes its
 * links.
 */
export const linksSchema: Migration = {
  version: 4,
  name: 'links, stories and provenance',
  sql: `
CREATE TABLE link_runs (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  linked_at timestamptz NOT NULL DEFAULT now(),
  filter jsonb NOT NULL,
  documents integer NOT NULL,
  stats jsonb NOT NULL
);

CREATE TABLE stories (
  run_id integer NOT NULL REFERENCES link_runs (id) ON DELETE CASCADE,
  story_id text NOT NULL,
  original_document integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  languages text[] NOT NULL,
  member_count integer NOT NULL,
  story jsonb NOT NULL,
  PRIMARY KEY (run_id, story_id)
);

CREATE TABLE story_members (
  run_id integer NOT NULL,
  story_id text NOT NULL,
  document_id integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  relation text NOT NULL,
  PRIMARY KEY (run_id, document_id),
  FOREIGN KEY (run_id, story_id) REFERENCES stories (run_id, story_id) ON DELETE CASCADE
);
CREATE INDEX story_members_story ON story_members (run_id, story_id);

CREATE TABLE document_links (
  run_id integer NOT NULL REFERENCES link_runs (id) ON DELETE CASCADE,
  from_document integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  to_document integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind text NOT NULL,
  score real NOT NULL,
  edge jsonb NOT NULL
);
CREATE INDEX document_links_from ON document_links (run_id, from_document);
CREATE INDEX document_links_to ON document_links (run_id, to_document);

CREATE TABLE provenance_nodes (
  run_id integer NOT NULL REFERENCES link_runs (id) ON DELETE CASCADE,
  node_id text NOT NULL,
  kind text NOT NULL,
  document_id integer REFERENCES documents (id) ON DELETE CASCADE,
  node jsonb NOT NULL,
  PRIMARY KEY (run_id, node_id)
);

CREATE TABLE provenance_edges (
  run_id integer NOT NULL REFERENCES link_runs (id) ON DELETE CASCADE,
  from_node text NOT NULL,
  to_node text NOT NULL,
  role text NOT NULL,
  edge jsonb NOT NULL
);
CREATE INDEX provenance_edges_from ON provenance_edges (run_id, from_node);
CREATE INDEX provenance_edges_to ON provenance_edges (run_id, to_node);
`,
}
