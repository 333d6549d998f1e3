/**
 * A rebuild copies the pages of unchanged proposals from the page cache (lib/build/page-cache.ts).
 * A stale copy would be a wrong page: after a change to one proposal's title, which other
 * proposals' pages show, and to the shared data, the rebuild must give exactly the site a build
 * from nothing gives.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/build/files.ts';
import { copySite } from '../support/site-copy.ts';

const site = copySite();
afterAll(() => site.remove());

const CHANGED = '2021-lei-jun-intelligent-manufacturing';
/** Its next and previous proposal, or a related one: its page shows CHANGED's title. */
const SHOWS_IT = '2021-lei-jun-elderly-digital-life';
const NEW_TITLE = 'A title changed between two builds';

const reusedCount = (output: string) => Number(/(\d+) proposals' pages copied from the last build/.exec(output)?.[1]);

test('a rebuild that copies unchanged proposals’ pages gives the same site as a build from nothing', { timeout: 600_000 }, () => {
	const first = site.build();
	expect(first.status, first.output).toBe(0);
	expect(reusedCount(first.output)).toBe(0);
	const showing = join(site.dir, 'dist/en/proposals', SHOWS_IT, 'index.html');
	expect(readFileSync(showing, 'utf8')).toContain(`href="/en/proposals/${CHANGED}/"`);

	const text = `content/proposals/${CHANGED}/en.mdx`;
	site.write(text, readFileSync(join(site.dir, text), 'utf8').replace(/^title: .*$/m, `title: ${NEW_TITLE}`));
	const rebuild = site.build();
	expect(rebuild.status, rebuild.output).toBe(0);
	const reused = reusedCount(rebuild.output);
	expect(reused).toBeGreaterThan(100); // most proposals were copied …
	expect(readFileSync(showing, 'utf8')).toContain(NEW_TITLE); // … but not the ones that show the change

	const copied = join(site.dir, 'dist-rebuilt');
	cpSync(join(site.dir, 'dist'), copied, { recursive: true });
	rmSync(join(site.dir, '.cache', 'pages'), { recursive: true, force: true });
	const full = site.build();
	expect(full.status, full.output).toBe(0);
	expect(reusedCount(full.output)).toBe(0);
	const files = filesUnder(join(site.dir, 'dist'));
	expect(filesUnder(copied).sort()).toEqual([...files].sort());
	const differing = files.filter((file) => !readFileSync(join(copied, file)).equals(readFileSync(join(site.dir, 'dist', file))));
	expect(differing).toEqual([]);
});
