/**
 * Section ids of a proposal text. They are the same in both languages (the two outlines match
 * one to one), so `#recommendations` names the same section on /zh/ and /en/, and they live
 * in a namespace of their own, which no id of the page around the text may use
 * (tests/build/ids.test.ts), so a heading can never collide with the page.
 */
import type { Lang } from './schema.ts';

/** The standard sections, by id, with their heading in each language. */
export const STANDARD_SECTIONS = {
	background: { zh: '背景', en: 'Background' },
	recommendations: { zh: '建议', en: 'Recommendations' },
	'about-the-sources': { zh: '关于来源', en: 'About the sources' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The standard section a heading names in its language, if any. */
export function standardSection(heading: string, lang: Lang): keyof typeof STANDARD_SECTIONS | undefined {
	return (Object.keys(STANDARD_SECTIONS) as (keyof typeof STANDARD_SECTIONS)[]).find((id) => STANDARD_SECTIONS[id][lang] === heading.trim());
}

/**
 * The id of each heading of a text, in order: a standard section's own id, otherwise
 * `section-<n>` by its place among the headings (1-based).
 * @example sectionIds(['背景', '细节', '建议'], 'zh') → ['background', 'section-2', 'recommendations']
 */
export function sectionIds(headings: readonly string[], lang: Lang): string[] {
	return headings.map((heading, i) => standardSection(heading, lang) ?? `section-${i + 1}`);
}

/** Whether an id belongs to the content sections' namespace (page ids must not). */
export const isSectionId = (id: string) => id in STANDARD_SECTIONS || /^section-\d+$/.test(id);
