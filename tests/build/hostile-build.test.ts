/**
 * Hostile content against the real build and the dev server: each file below is refused by
 * name before anything runs (a marker file proves its code never ran), and no refused or
 * failed build leaves a dist/ behind. The messages themselves are pinned in
 * tests/unit/check/hostile.test.ts; the guard at the compiler's door in tests/unit/integrations.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy.ts';

const ID = '2021-lei-jun-intelligent-manufacturing';
const EN = `content/proposals/${ID}/en.mdx`;
let site: SiteCopy | undefined;
afterEach(() => site?.remove());

/** A file path that the hostile code would create if it ever ran. */
const marker = () => join(mkdtempSync(join(tmpdir(), 'lianghui-marker-')), 'ran');
const textWith = (body: string) => `---\ntitle: A text\nsummary: A summary.\n---\n\n${body}\n`;

/** Build a copy with `files` written into it over a dist/ left from an earlier build. */
function refusedBuild(files: Record<string, string>) {
	site = copySite();
	site.write('dist/index.html', '<p>an earlier build</p>');
	for (const [path, text] of Object.entries(files)) site.write(path, text);
	const build = site.build();
	return { ...build, distLeft: existsSync(join(site.dir, 'dist')) };
}

describe('the build refuses hostile content before anything runs, and leaves no dist/', () => {
	test('a Markdown image of a module in content/', () => {
		const ran = marker();
		const build = refusedBuild({
			'content/proposals/x.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(ran)}, 'x');\n`,
			[EN]: textWith('## Background\n\n![chart](../x.mjs)'),
		});
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('content/proposals/x.mjs › (file): does not belong here');
		expect(build.output).toContain(`${EN}:8 › body: images are not allowed in content`);
		expect(existsSync(ran)).toBe(false);
		expect(build.distLeft).toBe(false);
	});

	test('an import of node:fs with a top-level call', () => {
		const ran = marker();
		const build = refusedBuild({ [EN]: textWith(`import { writeFileSync } from 'node:fs'\n\n{writeFileSync(${JSON.stringify(ran)}, 'x')}`) });
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(`${EN}:6 › body: import/export is not allowed in content`);
		expect(build.output).toContain(`${EN}:8 › body: JavaScript expression {writeFileSync(`);
		expect(existsSync(ran)).toBe(false);
		expect(build.distLeft).toBe(false);
	});

	test('500 nested block quotes (which crashed the renderer) stop the build with a message, not a crash', () => {
		const build = refusedBuild({ [EN]: textWith(`## Background\n\n${'> '.repeat(500)}deep`) });
		expect(build.status).toBe(1);
		expect(build.output).toContain(`${EN}:8 › body: is nested more than 6 levels deep (block quotes and lists)`);
		expect(build.distLeft).toBe(false);
	});

	test('a build that fails after writing pages (here, the link check) removes what it wrote', { timeout: 120_000 }, () => {
		site = copySite();
		site.write('src/pages/[lang]/broken.astro', '---\nexport const getStaticPaths = () => [{ params: { lang: "en" } }];\n---\n<html lang="en"><head><title>x</title></head><body><a href="/nowhere/">x</a></body></html>\n');
		const build = site.build();
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('/en/broken/ → /nowhere/');
		expect(existsSync(join(site.dir, 'dist'))).toBe(false);
	});
});

/** A page as a browser asks for it, on a fresh connection (the dev server may restart after its first start). */
function getPage(url: string): Promise<{ status: number; text: () => Promise<string> }> {
	return new Promise((resolve, reject) => {
		get(url, { headers: { accept: 'text/html' }, agent: false }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text: async () => body }));
		}).on('error', reject);
	});
}

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

describe('the dev server fails closed', () => {
	test('a refused text is never compiled: every page shows the problems until the file is fixed', async () => {
		const ran = marker();
		site = copySite();
		const good = readFileSync(join(site.dir, EN), 'utf8');
		site.write(EN, textWith(`import { writeFileSync } from 'node:fs'\n\n{writeFileSync(${JSON.stringify(ran)}, 'x')}`));
		const port = await freePort();
		const { server, log } = await site.dev(port);
		try {
			const get = (path: string) => getPage(`http://127.0.0.1:${port}${path}`);
			const page = await get(`/en/proposals/${ID}/`);
			expect(page.status).toBe(500);
			const html = await page.text();
			expect(html).toContain('Content problems');
			expect(html).toContain(`${EN}:6 › body: import/export is not allowed in content`);
			expect((await get('/en/')).status).toBe(500);
			expect(existsSync(ran)).toBe(false);

			site.write(EN, good);
			let status = 500;
			for (let i = 0; i < 40 && status === 500; i++) {
				await new Promise((r) => setTimeout(r, 250));
				status = (await get(`/en/proposals/${ID}/`)).status;
			}
			// The first page after the fix is already the fixed content (never a 404 while the collections reload).
			expect(status, log()).toBe(200);
			expect(existsSync(ran)).toBe(false);
		} finally {
			server.kill();
		}
	}, 90_000);
});
