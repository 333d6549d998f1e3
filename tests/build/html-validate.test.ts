/** Every built page is valid, accessible-by-construction HTML (html-validate's recommended rules). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { builtPages } from '../support/dist.ts';

const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;

test('html-validate finds no errors in dist/', { timeout: 300_000 }, async () => {
	const validator = new HtmlValidate(config);
	const errors: string[] = [];
	for (const { path, html } of builtPages()) {
		const report = await validator.validateString(html, path);
		for (const result of report.results) {
			for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(errors).toEqual([]);
});
