/**
 * The two languages of a proposal must have the same shape: the same headings in the same
 * order and the same number of list items in each section, so that recommendations match one
 * to one, the side-by-side view can align them and a section id (model/sections.ts) names the
 * same section in both. No section may be left empty in either language.
 */
import type { Lang } from '../model/schema.ts';
import { STANDARD_SECTIONS, standardSection } from '../model/sections.ts';
import type { MdxFile } from './read.ts';
import type { ContentIssue } from './issues.ts';
import type { MdxInspection, OutlineSection } from './mdx.ts';

interface Side {
	lang: Lang;
	text: MdxFile;
	inspection: MdxInspection;
}

const name = (section: OutlineSection) => (section.heading ? `"${section.heading}"` : 'the opening text');
const marks = (depth: number) => '#'.repeat(depth);

/** Headings with nothing under them (a heading followed by a deeper one is a parent, not empty). */
function emptySections({ text, inspection }: Side): ContentIssue[] {
	const sections = inspection.outline;
	return sections.flatMap((section, i) => {
		const next = sections[i + 1];
		const empty = i > 0 && section.blocks === 0 && !(next && next.depth > section.depth);
		return empty ? [{ file: text.file, line: section.line, field: 'body', problem: `section ${name(section)} is empty`, expected: 'text under every heading, in both languages' }] : [];
	});
}

/** The same heading twice in one text would give two sections one id. */
function repeatedHeadings({ text, inspection }: Side): ContentIssue[] {
	const seen = new Set<string>();
	return inspection.outline.slice(1).flatMap((section) => {
		const repeated = seen.has(section.heading);
		seen.add(section.heading);
		return repeated ? [{ file: text.file, line: section.line, field: 'body', problem: `heading ${name(section)} appears twice`, expected: 'each heading once in a text' }] : [];
	});
}

/** Compare the outlines of the Chinese and English texts; differences are reported on the English file. */
export function checkOutlines(zh: Side, en: Side): ContentIssue[] {
	const issues = [zh, en].flatMap((side) => [...emptySections(side), ...repeatedHeadings(side)]);
	const a = zh.inspection.outline;
	const b = en.inspection.outline;
	const file = en.text.file;
	const zhName = zh.text.file.split('/').pop();
	if (a.length !== b.length) {
		issues.push({ file, field: 'body', problem: `has ${b.length - 1} headings but ${zhName} has ${a.length - 1}`, expected: 'the same headings, in the same order, in both languages' });
		return issues;
	}
	a.forEach((left, i) => {
		const right = b[i]!;
		if (left.depth !== right.depth) {
			issues.push({ file, line: right.line, field: 'body', problem: `heading ${i} ${name(right)} is ${marks(right.depth)} but ${zhName}'s ${name(left)} is ${marks(left.depth)}`, expected: 'the same heading levels in both languages' });
		}
		const standard = standardSection(left.heading, 'zh') ?? standardSection(right.heading, 'en');
		if (i > 0 && standard && (standardSection(left.heading, 'zh') !== standard || standardSection(right.heading, 'en') !== standard)) {
			const { zh: zhHeading, en: enHeading } = STANDARD_SECTIONS[standard];
			issues.push({ file, line: right.line, field: 'body', problem: `heading ${i} is ${name(right)} but ${zhName}'s is ${name(left)}`, expected: `the standard pair "${zhHeading}" / "${enHeading}"` });
		}
		if (left.listItems !== right.listItems) {
			issues.push({ file, line: right.line, field: 'body', problem: `${name(right)} has ${right.listItems} list items but ${zhName}'s ${name(left)} has ${left.listItems}`, expected: 'the same number of recommendations (list items) in both languages' });
		}
	});
	return issues;
}
