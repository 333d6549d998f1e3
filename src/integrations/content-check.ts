/**
 * Runs the whole content check before Astro loads anything, so a build with bad content stops
 * at once with every problem listed (`<file>:<line> › <field>: …`), and no content MDX is ever
 * compiled, let alone run, while it breaks the rules. In `astro dev` it only logs.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../lib/check/read.ts';
import { checkContent } from '../lib/check/integrity.ts';
import { ContentError, formatIssues } from '../lib/check/issues.ts';
import { seconds } from './elapsed.ts';

export function contentCheck(): AstroIntegration {
	return {
		name: 'lianghui:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const started = performance.now();
				const issues = checkContent(readContentFiles(fileURLToPath(config.root)));
				if (issues.length === 0) return logger.info(`content checked in ${seconds(started)}`);
				if (command === 'dev') logger.error(formatIssues(issues));
				else throw new ContentError(issues);
			},
		},
	};
}
