/**
 * The social (Open Graph) card of a proposal: what it shows, where, and at what size. Pure: no
 * fonts, no I/O, so tests check these decisions without rendering. cards/typeset.ts sets the
 * text with the real fonts in this geometry; cards/render.ts draws it.
 */
import type { Lang } from '../model/schema.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** A text in both languages. */
type Pair = Readonly<Record<Lang, string>>;

/** Everything a card shows. */
export interface CardFacts {
	title: Pair;
	person: Pair;
	session: Pair;
	/** Undefined for undated proposals (the session label then says so). */
	year: number | undefined;
	site: Pair;
}

/** The site's light palette (styles/global.css): ink on paper, one accent. */
export const COLOURS = { ink: '#1c1c1c', muted: '#595959', accent: '#a3222a', paper: '#fdfdfc', line: '#d9d9d6' } as const;
export type Colour = keyof typeof COLOURS;

export const MARGIN_X = 80;
export const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN_X;

/**
 * Where things go, top to bottom (px): a red strip, the header (the favicon's 议 tile and the
 * site's name), the titles centred in the space between header and rule, the rule, then the
 * person and session on the left with the year on the right, bottom-aligned.
 */
const HEADER = { top: 68, height: 44, tile: 44, tileRadius: 8, tileGap: 18, size: 24, tileSize: 26 } as const;
const RULE = { top: 472, height: 2 } as const;
export const GEOMETRY = {
	strip: 12,
	header: HEADER,
	titles: { top: HEADER.top + HEADER.height, bottom: RULE.top },
	rule: RULE,
	person: { top: 498, size: 30 },
	session: { top: 549.5, size: 20 },
	year: { bottom: 578, size: 48, gap: 32 },
	separator: 12,
	/** Line height of single-line texts, as a browser's `normal` for Noto Sans SC. */
	leading: 1.45,
} as const;

// CJK ideographs, kana, hangul, full-width forms, and the curly quotes, dashes and ellipsis a
// CJK font draws full-width take a whole em; everything else is narrower.
const WIDE = /[\u2014\u2018-\u201d\u2026\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
// Punctuation that may not start a line (it stays with the character before it) or end one.
const NO_START = /[，。、；：？！）》」』〉】”’…—,.;:?!)\]]/u;
const NO_END = /[（《「『〈【“‘(\[]/u;

/**
 * The text as unbreakable pieces: each CJK character, each Latin word with the space after it,
 * with punctuation kept on the right side of a break (an opening mark holds on to what follows,
 * a closing one to what precedes it).
 * @example segments('马化腾 Ma') → ['马', '化', '腾 ', 'Ma']
 */
export function segments(text: string): string[] {
	const out: string[] = [];
	let joinNext = true; // the first piece starts the list; an opening mark holds on to the next
	let inWord = false;
	for (const char of text) {
		const wide = WIDE.test(char);
		const attach = !joinNext ? char === ' ' || NO_START.test(char) || (inWord && !wide) : out.length > 0;
		if (attach) out[out.length - 1] += char;
		else out.push(char);
		joinNext = NO_END.test(char);
		inWord = !wide && char !== ' ';
	}
	return out;
}

/**
 * The pieces' estimated widths in ems: CJK characters take a whole em, a space 0.28em, other
 * characters 0.56em (a little above Noto Sans' average), so estimates err towards more lines.
 * @example pieces('马化腾 Ma') → [1, 1, 1.28, 1.12]
 */
export const pieces = (text: string): number[] => segments(text).map((piece) => [...piece].reduce((w, char) => w + (WIDE.test(char) ? 1 : char === ' ' ? 0.28 : 0.56), 0));

/**
 * Lines a text wraps to at `size` px in `width` px, laying its pieces greedily like a browser
 * (a piece wider than a line is broken anywhere).
 * @example estimateLines('一'.repeat(20), 60, 1040) → 2 (17 a line)
 */
export function estimateLines(text: string, size: number, width: number = TEXT_WIDTH): number {
	const capacity = width / size;
	let lines = 1;
	let x = 0;
	for (const w of pieces(text)) {
		if (x > 0 && x + w > capacity) {
			lines += 1;
			x = 0;
		}
		x += w;
		while (x > capacity) {
			lines += 1;
			x -= capacity;
		}
	}
	return lines;
}

/**
 * Cut a text to at most `max` characters (code points) with an ellipsis, so a runaway title
 * never makes the typesetter measure thousands of glyphs only to clamp them away.
 * @example truncate('abcdef', 4) → 'abc…'
 */
export function truncate(text: string, max: number): string {
	const chars = [...text.trim()];
	return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The card's plain facts, trimmed and capped: what is drawn. */
export function cardFacts(facts: CardFacts): CardFacts {
	const pair = (p: Pair, max: number) => ({ zh: truncate(p.zh, max), en: truncate(p.en, max) });
	return {
		title: { zh: truncate(facts.title.zh, 90), en: truncate(facts.title.en, 220) },
		person: pair(facts.person, 30),
		session: pair(facts.session, 80),
		year: facts.year,
		site: pair(facts.site, 60),
	};
}

/** A proposal as the archive joins it (content.ts), reduced to what its card shows. */
export interface CardProposal {
	title: Pair;
	person: { name: Pair };
	/** The body's session in full, or the session's short name when the data gives none. */
	sitting: { label: Pair } | undefined;
	sessionInfo: { name: Pair };
	year: number | undefined;
}

/** The card of one proposal; `site` is the site's name in each language. */
export function proposalCardFacts(p: CardProposal, site: Pair): CardFacts {
	const pair = (of: Pair) => ({ zh: of.zh, en: of.en });
	return { title: pair(p.title), person: pair(p.person.name), session: pair(p.sitting?.label ?? p.sessionInfo.name), year: p.year, site: pair(site) };
}

const ZH_SIZES = [64, 58, 52];
const EN_SIZES = [32, 30, 28];
export const ZH_LEADING = 1.3;
export const EN_LEADING = 1.35;
export const TITLE_GAP = 20;
/** The height the titles aim for, leaving breathing room above and below them. */
const TITLE_BUDGET = 300;
/** The height the titles' box really has between header and footer (the clamps use it). */
export const TITLE_SPACE = 330;

export interface TitleLayout {
	zh: { size: number; lines: number };
	en: { size: number; lines: number };
}

const zhLine = (size: number) => size * ZH_LEADING;
const enLine = (size: number) => size * EN_LEADING;
/** The height of both titles at these sizes and line counts. */
export const titlesHeight = ({ zh, en }: TitleLayout) => zhLine(zh.size) * zh.lines + TITLE_GAP + enLine(en.size) * en.lines;

/**
 * Title sizes and estimated lines: the largest sizes at which both titles fit whole within the
 * budget, Chinese size first (each title at most 3 lines); failing that, the smallest sizes with
 * the Chinese clamped to 3 lines and the English to 2.
 */
export function titleLayout(title: CardFacts['title']): TitleLayout {
	for (const zhSize of ZH_SIZES) {
		for (const enSize of EN_SIZES) {
			const layout = {
				zh: { size: zhSize, lines: estimateLines(title.zh, zhSize) },
				en: { size: enSize, lines: estimateLines(title.en, enSize) },
			};
			if (layout.zh.lines <= 3 && layout.en.lines <= 3 && titlesHeight(layout) <= TITLE_BUDGET) return layout;
		}
	}
	return { zh: { size: ZH_SIZES.at(-1)!, lines: 3 }, en: { size: EN_SIZES.at(-1)!, lines: 2 } };
}

/**
 * Line clamps for a layout: each title may take the lines the other leaves free in the box (at
 * most 3), so an estimate one line short costs no text, while nothing can run into the footer.
 */
export function titleClamps(layout: TitleLayout): { zh: number; en: number } {
	const free = (used: number, line: number) => Math.max(1, Math.min(3, Math.floor((TITLE_SPACE - TITLE_GAP - used) / line)));
	return {
		zh: free(enLine(layout.en.size) * layout.en.lines, zhLine(layout.zh.size)),
		en: free(zhLine(layout.zh.size) * layout.zh.lines, enLine(layout.en.size)),
	};
}
