/**
 * The two languages of a proposal must have the same shape: the same headings in the same
 * order and the same number of list items in each section, so that recommendations match one
 * to one and the side-by-side view can align them.
 */
import type { MdxFile } from './read.ts';
import type { ContentIssue } from './issues.ts';
import type { MdxInspection, OutlineSection } from './mdx.ts';

interface Side {
	text: MdxFile;
	inspection: MdxInspection;
}

const name = (section: OutlineSection) => (section.heading ? `"${section.heading}"` : 'the opening text');
const marks = (depth: number) => '#'.repeat(depth);

/** Compare the outlines of the Chinese and English texts; problems are reported on the English file. */
export function checkOutlines(zh: Side, en: Side): ContentIssue[] {
	const a = zh.inspection.outline;
	const b = en.inspection.outline;
	const file = en.text.file;
	const zhName = zh.text.file.split('/').pop();
	if (a.length !== b.length) {
		return [
			{
				file,
				field: 'body',
				problem: `has ${b.length - 1} headings but ${zhName} has ${a.length - 1}`,
				expected: 'the same headings, in the same order, in both languages',
			},
		];
	}
	const issues: ContentIssue[] = [];
	a.forEach((left, i) => {
		const right = b[i]!;
		if (left.depth !== right.depth) {
			issues.push({ file, line: right.line, field: 'body', problem: `heading ${i} ${name(right)} is ${marks(right.depth)} but ${zhName}'s ${name(left)} is ${marks(left.depth)}`, expected: 'the same heading levels in both languages' });
		}
		if (left.listItems !== right.listItems) {
			issues.push({ file, line: right.line, field: 'body', problem: `${name(right)} has ${right.listItems} list items but ${zhName}'s ${name(left)} has ${left.listItems}`, expected: 'the same number of recommendations (list items) in both languages' });
		}
	});
	return issues;
}
