/**
 * "Cite this proposal": the same facts as plain text (in the page's language), BibTeX and
 * CSL-JSON. Pure, so the page renders it at build and the browser re-renders it with the
 * reader's own access date. The page as built has no access date: the day of the build is not
 * the day anyone read it (and a page would then change every day, so no build could reuse it).
 */
import { formatDate } from '../site/format.ts';
import type { Lang } from '../model/schema.ts';

/**
 * The in-text marker of a citation: the source's number in the proposal's source list (its id
 * if it is not there, which the content check prevents). @example citeMarker(['a', 'b'], 'b') → '[2]'
 */
export const citeMarker = (order: readonly string[], source: string) => `[${order.indexOf(source) + 1 || source}]`;

export interface CitationInput {
	id: string;
	lang: Lang;
	/** Who filed it, in the page's language. */
	author: string;
	/** What it is, in the page's language: "written suggestion of an NPC deputy", "全国政协委员提案". */
	genre: string;
	/** Title in the page's language and in Chinese (the same when the page is Chinese). */
	title: string;
	titleZh: string;
	officialTitle: boolean;
	year: number | undefined;
	sessionLabel: string;
	siteName: string;
	url: string;
}

const dateParts = (iso: string) => iso.split('-').map(Number);

/** A reference in the page's language, e.g. for a footnote. */
export function citationText(c: CitationInput, accessed: string | undefined): string {
	const zhTitle = c.officialTitle ? `《${c.titleZh}》` : `“${c.titleZh}”`;
	if (c.lang === 'zh') {
		const year = c.year ? `，${c.year} 年` : '';
		return `${c.author}：${zhTitle}，${c.sessionLabel}，${c.genre}${year}。${c.siteName}，${c.url}${accessed ? `（访问日期：${formatDate(accessed, 'zh')}）` : ''}。`;
	}
	const year = c.year ? `, ${c.year}` : '';
	const genre = c.genre.charAt(0).toUpperCase() + c.genre.slice(1);
	return `${c.author}. “${c.title}” [${zhTitle}]. ${genre}, ${c.sessionLabel}${year}. ${c.siteName}. ${c.url}${accessed ? ` (accessed ${formatDate(accessed, 'en')})` : ''}.`;
}

const bib = (value: string) => value.replace(/[{}\\]/g, '');

/** BibTeX `@misc` entry; names in double braces so BibTeX does not split Chinese names. */
export function citationBibtex(c: CitationInput, accessed: string | undefined): string {
	const fields = [
		['author', `{${bib(c.author)}}`],
		['title', `{${bib(c.title)}}`],
		...(c.lang === 'zh' ? [] : [['note', `Chinese title: ${bib(c.titleZh)}`]]),
		['howpublished', `${bib(c.genre)}, ${bib(c.sessionLabel)}`],
		...(c.year ? [['year', String(c.year)]] : []),
		['publisher', bib(c.siteName)],
		['url', c.url],
		...(accessed ? [['urldate', accessed]] : []),
		['language', c.lang === 'zh' ? 'chinese' : 'english'],
	];
	return `@misc{lianghui-${c.id}-${c.lang},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** CSL-JSON (one item, as Zotero and citeproc import it). */
export function citationCsl(c: CitationInput, accessed: string | undefined): string {
	const item = {
		id: `lianghui-${c.id}-${c.lang}`,
		type: 'document',
		genre: c.genre,
		title: c.title,
		...(c.lang === 'zh' ? {} : { 'original-title': c.titleZh }),
		author: [{ literal: c.author }],
		...(c.year ? { issued: { 'date-parts': [[c.year]] } } : {}),
		event: c.sessionLabel,
		publisher: c.siteName,
		URL: c.url,
		...(accessed ? { accessed: { 'date-parts': [dateParts(accessed)] } } : {}),
		language: c.lang === 'zh' ? 'zh-CN' : 'en',
	};
	return JSON.stringify([item], null, 2);
}
