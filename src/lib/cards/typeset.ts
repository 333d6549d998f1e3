/**
 * Sets a card's text with the real fonts, in the geometry of cards/layout.ts: lines broken
 * like a browser's (between CJK characters, between Latin words, punctuation kept with its
 * neighbour), clamped with an ellipsis, and a lone character kept off a title's last line.
 * The result is a list of glyphs at pixel positions, for cards/raster.ts to draw.
 */
import { ASCENT, DESCENT, glyphFor, type Glyph, type Weight } from './fonts.ts';
import { cardFacts, EN_LEADING, GEOMETRY, MARGIN_X, OG_HEIGHT, OG_WIDTH, segments, TEXT_WIDTH, TITLE_GAP, titleClamps, titleLayout, ZH_LEADING, type CardFacts, type Colour } from './layout.ts';

export interface Style {
	size: number;
	weight: Weight;
	colour: Colour;
}

/** A glyph placed on the card: its pen position (x) and baseline, in px. */
export interface PlacedGlyph {
	glyph: Glyph;
	x: number;
	baseline: number;
	size: number;
	colour: Colour;
}

/** A line as set: its text (for tests and alt checks), left edge, top, width and style. */
export interface SetLine extends Style {
	text: string;
	x: number;
	top: number;
	width: number;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
	colour: Colour;
	radius?: number;
}

export interface CardDrawing {
	width: number;
	height: number;
	background: Colour;
	rects: Rect[];
	lines: SetLine[];
	glyphs: PlacedGlyph[];
}

/** Punctuation the fonts draw a full em wide, in the Chinese way, whatever the language. */
const FULL_WIDTH_PUNCTUATION = /[‘’“”…·]/u;
const LATIN = /[\p{Script=Latin}\d]/u;
/** Side bearing of punctuation set narrow in Latin text, in ems. */
const BEARING = 0.06;

/** The glyphs of a text with their advances and horizontal offsets in ems; characters no font has are left out. */
function run(text: string, weight: Weight): { glyph: Glyph; advance: number; offset: number }[] {
	const chars = [...text];
	return chars.flatMap((char, i) => {
		const glyph = glyphFor(char, weight);
		if (!glyph) return [];
		// Next to a Latin letter or digit, full-width punctuation is set to its own width, as Latin fonts do.
		if (FULL_WIDTH_PUNCTUATION.test(char) && (LATIN.test(chars[i - 1] ?? '') || LATIN.test(chars[i + 1] ?? ''))) {
			const { minX, maxX } = glyph.bbox;
			return [{ glyph, advance: (maxX - minX) / glyph.unitsPerEm + 2 * BEARING, offset: BEARING - minX / glyph.unitsPerEm }];
		}
		return [{ glyph, advance: glyph.advance, offset: 0 }];
	});
}

/** Width of a text in px. */
export function measure(text: string, style: Pick<Style, 'size' | 'weight'>): number {
	return run(text, style.weight).reduce((width, { advance }) => width + advance * style.size, 0);
}

const ELLIPSIS = '…';

/** The text cut (at the end, trailing spaces dropped) so that it and an ellipsis fit `width`. */
function withEllipsis(text: string, width: number, style: Style): string {
	let chars = [...text.trimEnd()];
	while (chars.length && measure(`${chars.join('')}${ELLIPSIS}`, style) > width) chars = [...chars.slice(0, -1).join('').trimEnd()];
	return `${chars.join('')}${ELLIPSIS}`;
}

/**
 * The lines `text` wraps to in `width` px, at most `maxLines` (the last then ends in an
 * ellipsis). Pieces are laid greedily; a piece wider than a line is broken between characters.
 * `pretty`: a last line of a single character takes the piece before it along.
 */
export function wrap(text: string, width: number, style: Style, maxLines: number, pretty = false): string[] {
	const lines: string[][] = [[]];
	let x = 0;
	const fits = (piece: string) => x + measure(piece.trimEnd(), style) <= width + 0.01;
	for (const piece of segments(text.trim())) {
		const current = lines.at(-1)!;
		if (current.length && !fits(piece)) {
			lines.push([]);
			x = 0;
		}
		if (!fits(piece)) {
			// Longer than a whole line: break it between characters.
			for (const char of piece) {
				if (lines.at(-1)!.length && !fits(char)) {
					lines.push([]);
					x = 0;
				}
				lines.at(-1)!.push(char);
				x += measure(char, style);
			}
			continue;
		}
		lines.at(-1)!.push(piece);
		x += measure(piece, style);
	}
	if (pretty && lines.length > 1 && lines.length <= maxLines) {
		const [before, last] = [lines.at(-2)!, lines.at(-1)!];
		if (last.length === 1 && [...last[0]!.trim()].length === 1 && before.length > 2) last.unshift(before.pop()!);
	}
	const set = lines.map((pieces) => pieces.join('').trimEnd());
	if (set.length <= maxLines) return set;
	// The last line shown runs on into the text it leaves out, then is cut to fit its ellipsis.
	const [last, next] = [set[maxLines - 1]!, set[maxLines]!];
	const space = LATIN.test(last.at(-1) ?? '') && LATIN.test(next[0] ?? '') ? ' ' : '';
	return [...set.slice(0, maxLines - 1), withEllipsis(`${last}${space}${next}`, width, style)];
}

/** The baseline of a line whose box is `lineHeight` px tall from `top`: the font's own box, centred in it. */
const baselineIn = (top: number, lineHeight: number, size: number) => top + (lineHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;

/** Set a card's facts into a drawing. */
export function typesetCard(input: CardFacts): CardDrawing {
	const facts = cardFacts(input);
	const g = GEOMETRY;
	const lines: SetLine[] = [];
	const put = (text: string, x: number, top: number, style: Style) => {
		const width = measure(text, style);
		lines.push({ text, x, top, width, ...style });
		return width;
	};
	const rects: Rect[] = [
		{ x: 0, y: 0, width: OG_WIDTH, height: g.strip, colour: 'accent' },
		{ x: MARGIN_X, y: g.header.top, width: g.header.tile, height: g.header.tile, colour: 'accent', radius: g.header.tileRadius },
		{ x: MARGIN_X, y: g.rule.top, width: TEXT_WIDTH, height: g.rule.height, colour: 'line' },
	];

	// Header: the tile's 议 centred in it, then the site's name in both languages, on one line.
	const tileStyle: Style = { size: g.header.tileSize, weight: 700, colour: 'paper' };
	const tileTop = g.header.top + (g.header.height - g.header.tileSize * g.leading) / 2;
	put('议', MARGIN_X + (g.header.tile - measure('议', tileStyle)) / 2, tileTop, tileStyle);
	const headerTop = g.header.top + (g.header.height - g.header.size * g.leading) / 2;
	let x = MARGIN_X + g.header.tile + g.header.tileGap;
	x += put(facts.site.zh, x, headerTop, { size: g.header.size, weight: 700, colour: 'ink' }) + g.separator;
	x += put('·', x, headerTop, { size: g.header.size, weight: 400, colour: 'muted' }) + g.separator;
	put(facts.site.en, x, headerTop, { size: g.header.size, weight: 400, colour: 'muted' });

	// Footer: the year on the right; person and session share what is left.
	const yearStyle: Style = { size: g.year.size, weight: 700, colour: 'accent' };
	const yearText = facts.year === undefined ? '' : String(facts.year);
	const yearWidth = yearText ? measure(yearText, yearStyle) : 0;
	// Line height 1, its bottom on the footer's: the digits sit on the session line's baseline.
	if (yearText) put(yearText, MARGIN_X + TEXT_WIDTH - yearWidth, g.year.bottom - (g.year.size + g.year.size * g.leading) / 2, yearStyle);
	const footerRight = MARGIN_X + TEXT_WIDTH - (yearText ? yearWidth + g.year.gap : 0);
	const personTop = g.person.top;
	x = MARGIN_X + put(facts.person.zh, MARGIN_X, personTop, { size: g.person.size, weight: 700, colour: 'ink' }) + g.separator;
	x += put('·', x, personTop, { size: g.person.size, weight: 400, colour: 'muted' }) + g.separator;
	const personEn: Style = { size: g.person.size, weight: 400, colour: 'ink' };
	put(wrap(facts.person.en, footerRight - x, personEn, 1)[0] ?? '', x, personTop, personEn);
	const sessionStyle: Style = { size: g.session.size, weight: 400, colour: 'muted' };
	put(wrap(`${facts.session.zh} · ${facts.session.en}`, footerRight - MARGIN_X, sessionStyle, 1)[0] ?? '', MARGIN_X, g.session.top, sessionStyle);

	// Titles: sizes from the estimate, lines from the fonts, the pair centred between header and rule.
	const layout = titleLayout(facts.title);
	const clamps = titleClamps(layout);
	const zhStyle: Style = { size: layout.zh.size, weight: 700, colour: 'ink' };
	const enStyle: Style = { size: layout.en.size, weight: 400, colour: 'muted' };
	const zhLines = wrap(facts.title.zh, TEXT_WIDTH, zhStyle, clamps.zh, true);
	const enLines = wrap(facts.title.en, TEXT_WIDTH, enStyle, clamps.en, true);
	const [zhLine, enLine] = [zhStyle.size * ZH_LEADING, enStyle.size * EN_LEADING];
	const height = zhLines.length * zhLine + TITLE_GAP + enLines.length * enLine;
	let top = g.titles.top + (g.titles.bottom - g.titles.top - height) / 2;
	for (const line of zhLines) {
		put(line, MARGIN_X, top + (zhLine - zhStyle.size * g.leading) / 2, zhStyle);
		top += zhLine;
	}
	top += TITLE_GAP;
	for (const line of enLines) {
		put(line, MARGIN_X, top + (enLine - enStyle.size * g.leading) / 2, enStyle);
		top += enLine;
	}

	const glyphs: PlacedGlyph[] = lines.flatMap((line) => {
		const baseline = baselineIn(line.top, line.size * g.leading, line.size);
		let pen = line.x;
		return run(line.text, line.weight).map(({ glyph, advance, offset }) => {
			const placed = { glyph, x: pen + offset * line.size, baseline, size: line.size, colour: line.colour };
			pen += advance * line.size;
			return placed;
		});
	});
	return { width: OG_WIDTH, height: OG_HEIGHT, background: 'paper', rects, lines, glyphs };
}
