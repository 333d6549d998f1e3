/**
 * The limits a content file must stay within, stated in content/README.md. They keep a
 * malformed or hostile file from exhausting the parsers (which recurse) or the build: every
 * file is measured against them before it is parsed.
 */

/** A proposal's meta.yaml, zh.mdx or en.mdx. The longest real text is under 10 KB. */
export const MAX_PROPOSAL_FILE_BYTES = 100_000;
/** A data file (people.yaml, sources.yaml, published.yaml …), which grows with the archive. */
export const MAX_DATA_FILE_BYTES = 4_000_000;
/** Block quotes and lists inside each other in an MDX text. */
export const MAX_MDX_NESTING = 6;
/** Mappings and lists inside each other in a YAML file. */
export const MAX_YAML_DEPTH = 8;

/** Human-readable size: 100000 → "100 KB". */
export const kilobytes = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} KB`;
