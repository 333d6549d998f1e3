/**
 * `npm run check:content`: validate all content without building the site, printing every
 * problem as `<file>:<line> › <field>: <problem> (expected …)`. Exit code 1 when any.
 */
import { readContentFiles } from '../src/lib/check/read.ts';
import { checkContent } from '../src/lib/check/integrity.ts';
import { formatIssues } from '../src/lib/check/issues.ts';

const root = process.argv[2] ?? process.cwd();
const files = readContentFiles(root);
const issues = checkContent(files);
if (issues.length) {
	console.error(formatIssues(issues));
	process.exitCode = 1;
} else {
	console.log(`content ok: ${files.proposals.length} proposals, both languages, all references resolve.`);
}
