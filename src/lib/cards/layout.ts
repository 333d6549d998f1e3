/**
 * The social (Open Graph) card of a proposal as a Satori element tree, from plain facts.
 * Pure: no fonts, no I/O, so tests check the layout decisions without rendering. The renderer
 * (cards/render.ts) caches PNGs by a hash of this tree, so everything drawn must be in it.
 */
import type { Lang } from '../model/schema.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/**
 * Part of every card's cache key. The key already covers the element tree, so bump this for
 * changes the tree does not show: the fonts loaded, the rasteriser's options (render.ts) or
 * the PNG encoding (png.ts).
 */
export const CARD_VERSION = 1;
/** The font family the card asks for; the renderer loads Noto Sans SC's slices under it. */
export const CARD_FONT = 'Noto Sans SC';

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

/** A Satori node: what JSX would produce, written out since the repo has no React. */
export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; lang?: string; children?: string | CardNode | CardNode[] };
}

// The site's light palette (styles/global.css): ink on paper, one accent.
const INK = '#1c1c1c';
const MUTED = '#595959';
const ACCENT = '#a3222a';
const PAPER = '#fdfdfc';
const LINE = '#d9d9d6';

const MARGIN_X = 80;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN_X;

// CJK ideographs, kana, hangul, full-width forms, and the curly quotes, dashes and ellipsis a
// CJK font draws full-width take a whole em; everything else is narrower.
const WIDE = /[\u2014\u2018-\u201d\u2026\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
// Punctuation that may not start a line (it stays with the character before it) or end one.
const NO_START = /[，。、；：？！）》」』〉】”’…—,.;:?!)\]]/u;
const NO_END = /[（《「『〈【“‘(\[]/u;

/**
 * The text as unbreakable pieces with their widths in ems: each CJK character, each Latin word
 * with the space after it, with punctuation kept on the right side of a break. Latin letters
 * count 0.56em (a little above Noto Sans' average), so estimates err towards more lines.
 * @example pieces('马化腾 Ma') → [1, 1, 1.28, 1.12] (马, 化, 腾+space, Ma)
 */
export function pieces(text: string): number[] {
	const widths: number[] = [];
	let joinNext = true; // the first piece starts the list; an opening mark holds on to the next
	let inWord = false;
	for (const char of text) {
		const wide = WIDE.test(char);
		const w = wide ? 1 : char === ' ' ? 0.28 : 0.56;
		const attach = !joinNext ? (char === ' ' || NO_START.test(char) || (inWord && !wide)) : widths.length > 0;
		if (attach) widths[widths.length - 1]! += w;
		else widths.push(w);
		joinNext = NO_END.test(char);
		inWord = !wide && char !== ' ';
	}
	return widths;
}

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
 * never makes Satori lay out thousands of glyphs only to clamp them away.
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

const node = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children'], lang?: string): CardNode => ({
	type,
	props: { style, ...(lang ? { lang } : {}), ...(children === undefined ? {} : { children }) },
});

/** A block of text clamped to `lines` with an ellipsis (Satori measures with the real font). */
const clamped = (text: string, lines: number, style: Record<string, string | number>, lang: string) =>
	node('div', { display: 'block', lineClamp: lines, textOverflow: 'ellipsis', ...style }, text, lang);

const ZH_SIZES = [64, 58, 52];
const EN_SIZES = [32, 30, 28];
const ZH_LEADING = 1.3;
const EN_LEADING = 1.35;
const TITLE_GAP = 20;
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

/** The 1200×630 card: site name above, both titles, then person, session and year below a rule. */
export function cardElement(input: CardFacts): CardNode {
	const facts = cardFacts(input);
	const layout = titleLayout(facts.title);
	const clamps = titleClamps(layout);
	const header = node('div', { display: 'flex', alignItems: 'center', fontSize: 24 }, [
		// The favicon's mark: a red tile with 议.
		node('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 44, height: 44, borderRadius: 8, backgroundColor: ACCENT, color: PAPER, fontSize: 26, fontWeight: 700, marginRight: 18 }, '议', 'zh-CN'),
		node('div', { display: 'flex', fontWeight: 700, color: INK }, facts.site.zh, 'zh-CN'),
		node('div', { display: 'flex', color: MUTED, margin: '0 12px' }, '·'),
		node('div', { display: 'flex', color: MUTED }, facts.site.en, 'en'),
	]);
	// Between header and footer, centred; `pretty` keeps a lone character off a title's last line.
	const titles = node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minHeight: 0, justifyContent: 'center' }, [
		clamped(facts.title.zh, clamps.zh, { fontSize: layout.zh.size, fontWeight: 700, lineHeight: ZH_LEADING, color: INK, textWrap: 'pretty' }, 'zh-CN'),
		clamped(facts.title.en, clamps.en, { fontSize: layout.en.size, lineHeight: EN_LEADING, color: MUTED, marginTop: TITLE_GAP, textWrap: 'pretty' }, 'en'),
	]);
	const footer = node('div', { display: 'flex', alignItems: 'flex-end' }, [
		node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0 }, [
			node('div', { display: 'flex', fontSize: 30, color: INK }, [
				node('div', { display: 'flex', flexShrink: 0, fontWeight: 700 }, facts.person.zh, 'zh-CN'),
				node('div', { display: 'flex', flexShrink: 0, color: MUTED, margin: '0 12px' }, '·'),
				clamped(facts.person.en, 1, { flexShrink: 1, minWidth: 0 }, 'en'),
			]),
			clamped(`${facts.session.zh} · ${facts.session.en}`, 1, { fontSize: 20, color: MUTED, marginTop: 8 }, 'zh-CN'),
		]),
		...(facts.year === undefined ? [] : [node('div', { display: 'flex', fontSize: 48, fontWeight: 700, color: ACCENT, lineHeight: 1, marginLeft: 32 }, String(facts.year))]),
	]);
	// Plain boxes, not CSS borders: Satori draws a border with a mask, and masks are what make
	// resvg slow (a border on the whole card costs it a full-size extra layer).
	const strip = node('div', { display: 'flex', position: 'absolute', top: 0, left: 0, width: OG_WIDTH, height: 12, backgroundColor: ACCENT });
	const rule = node('div', { display: 'flex', height: 2, backgroundColor: LINE, marginBottom: 24, flexShrink: 0 });
	return node(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			boxSizing: 'border-box',
			width: OG_WIDTH,
			height: OG_HEIGHT,
			padding: `68px ${MARGIN_X}px 52px`,
			backgroundColor: PAPER,
			fontFamily: CARD_FONT,
			color: INK,
		},
		[strip, header, titles, rule, footer]
	);
}
