/**
 * The cards' fonts: Noto Sans SC from @fontsource/noto-sans-sc, read with fontkitten. Fontsource
 * cuts the font into about a hundred unicode-range slices (Latin, then numbered CJK slices); a
 * character is drawn from the first slice that has it, Latin first, so Latin punctuation inside
 * a Chinese title keeps its Latin form. A slice is read only when a card needs one of its
 * characters, and every glyph's outline and advance is read once per process.
 */
import { create, type Font } from 'fontkitten';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff'));

export type Weight = 400 | 700;

/** Noto Sans SC's unicode-range slices, as its unicode.json lists them (`"[4]": "U+1f1e9-1f1f5,…"`). */
const SLICES = JSON.parse(readFileSync(join(FONT_DIR, '..', 'unicode.json'), 'utf8')) as Record<string, string>;

type Range = [number, number];
const parseRanges = (ranges: string): Range[] =>
	ranges.split(',').map((range): Range => {
		const [first = '', last = first] = range.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(first, 16), parseInt(last, 16)];
	});

/** The slices in the order a character is looked up: Latin first, then the numbered CJK slices. */
const SLICE_ORDER = Object.keys(SLICES)
	.map((key) => ({ name: key.replace(/[[\]]/g, ''), ranges: parseRanges(SLICES[key]!) }))
	.sort((a, b) => Number(/^\d/.test(a.name)) - Number(/^\d/.test(b.name)) || a.name.localeCompare(b.name, 'en', { numeric: true }));

const covers = (ranges: Range[], code: number) => ranges.some(([first, last]) => code >= first && code <= last);

/**
 * A WOFF (1.0) font as the plain OpenType font it wraps: each table inflated with Node's zlib.
 * fontkitten reads WOFF itself, but its inflater is slow and fails on slice 101's character map.
 */
function sfntFromWoff(woff: Buffer): Buffer {
	if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
	const count = woff.readUInt16BE(12);
	const tables = Array.from({ length: count }, (_, i) => {
		const at = 44 + i * 20;
		const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
		const stored = woff.subarray(offset, offset + compressed);
		return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(stored) : stored };
	});
	const header = 12 + 16 * count;
	const padded = (n: number) => (n + 3) & ~3;
	const out = Buffer.alloc(header + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
	const power = 2 ** Math.floor(Math.log2(count));
	out.writeUInt32BE(woff.readUInt32BE(4), 0); // the wrapped font's version (flavor)
	out.writeUInt16BE(count, 4);
	out.writeUInt16BE(power * 16, 6);
	out.writeUInt16BE(Math.log2(power), 8);
	out.writeUInt16BE(count * 16 - power * 16, 10);
	let offset = header;
	tables.forEach((table, i) => {
		const record = 12 + i * 16;
		table.tag.copy(out, record);
		out.writeUInt32BE(table.checksum, record + 4);
		out.writeUInt32BE(offset, record + 8);
		out.writeUInt32BE(table.data.length, record + 12);
		table.data.copy(out, offset);
		offset += padded(table.data.length);
	});
	return out;
}

const fonts = new Map<string, Font>();
function font(slice: string, weight: Weight): Font {
	const key = `${slice}-${weight}`;
	let loaded = fonts.get(key);
	if (!loaded) {
		loaded = create(sfntFromWoff(readFileSync(join(FONT_DIR, `noto-sans-sc-${slice}-${weight}-normal.woff`)))) as Font;
		fonts.set(key, loaded);
	}
	return loaded;
}

/** The line metrics every line is set with: the Latin slice's, as a browser would take them. */
const LATIN = font('latin', 400);
export const ASCENT = LATIN.ascent / LATIN.unitsPerEm;
export const DESCENT = -LATIN.descent / LATIN.unitsPerEm;

/** A glyph as a card draws it: its advance in ems and its outline in font units (y up), as SVG path data. */
export interface Glyph {
	/** `slice-weight-codepoint`: the same glyph everywhere. */
	key: string;
	advance: number;
	unitsPerEm: number;
	path: string;
	bbox: { minX: number; minY: number; maxX: number; maxY: number };
}

const glyphs = new Map<string, Glyph | null>();

/** The glyph of a character in a weight, or undefined when no slice has it. */
export function glyphFor(char: string, weight: Weight): Glyph | undefined {
	const code = char.codePointAt(0)!;
	const cacheKey = `${weight}-${code}`;
	const cached = glyphs.get(cacheKey);
	if (cached !== undefined) return cached ?? undefined;
	let found: Glyph | null = null;
	for (const slice of SLICE_ORDER) {
		if (!covers(slice.ranges, code)) continue;
		const f = font(slice.name, weight);
		if (!f.hasGlyphForCodePoint(code)) continue;
		const g = f.glyphForCodePoint(code);
		const { minX, minY, maxX, maxY } = g.bbox;
		found = { key: `${slice.name}-${weight}-${code}`, advance: g.advanceWidth / f.unitsPerEm, unitsPerEm: f.unitsPerEm, path: g.path.toSVG(), bbox: { minX, minY, maxX, maxY } };
		break;
	}
	glyphs.set(cacheKey, found);
	return found ?? undefined;
}

/** Characters no slice has a glyph for (a card leaves them out). Spaces and line breaks count as drawn. */
export function missingGlyphs(text: string): string[] {
	return [...new Set(text)].filter((char) => !/\s/.test(char) && !glyphFor(char, 400));
}

/** The fonts' package version, part of every card's cache key. */
export const FONTS_VERSION = (JSON.parse(readFileSync(join(FONT_DIR, '..', 'package.json'), 'utf8')) as { version: string }).version;
