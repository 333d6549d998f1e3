/**
 * Renders a proposal's social card (cards/layout.ts) to a 1200×630 PNG at build time: Satori
 * lays it out into an SVG with the text as paths, resvg (WebAssembly: no native binary, no
 * system fonts) rasterises it. Fonts come from @fontsource/noto-sans-sc, read once per build.
 * Rendered PNGs are kept in .cache/og/ under a hash of everything that shapes them, so a rebuild
 * renders only new or changed cards.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori, { type Font } from 'satori';
import { CARD_FONT, CARD_VERSION, cardElement, OG_HEIGHT, OG_WIDTH, type CardFacts, type CardNode } from './layout.ts';
import { encodePalettePng } from './png.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff'));
const RESVG_WASM = require.resolve('@resvg/resvg-wasm/index_bg.wasm');
const WEIGHTS = [400, 700] as const;

/** Where rendered cards are kept between builds (`astro build` runs in the project root). */
export const OG_CACHE_DIR = join(process.cwd(), '.cache', 'og');

const version = (packageJson: string) => (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

/** What changes pixels besides the element tree: the template version and the packages that draw it. */
const RENDERER = [
	`card@${CARD_VERSION}`,
	`weights@${WEIGHTS.join(',')}`,
	`satori@${version(require.resolve('satori/package.json'))}`,
	`resvg-wasm@${version(join(dirname(RESVG_WASM), 'package.json'))}`,
	`noto-sans-sc@${version(join(FONT_DIR, '..', 'package.json'))}`,
].join(' ');

/**
 * The cache key of a card. It hashes the whole element tree (every text, size and colour drawn,
 * so a design change in layout.ts is a new key even if CARD_VERSION is not bumped) plus the renderer.
 */
export const treeHash = (tree: CardNode) => createHash('sha256').update(RENDERER).update('\0').update(JSON.stringify(tree)).digest('hex').slice(0, 32);

/** Noto Sans SC's unicode-range slices, as its unicode.json lists them (`"[4]": "U+1f1e9-1f1f5,…"`). */
const SLICES = JSON.parse(readFileSync(join(FONT_DIR, '..', 'unicode.json'), 'utf8')) as Record<string, string>;

type Range = [number, number];
const parseRanges = (ranges: string): Range[] =>
	ranges.split(',').map((range): Range => {
		const [first = '', last = first] = range.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(first, 16), parseInt(last, 16)];
	});

/** The slices in the order Satori tries them: Latin first, then the numbered CJK slices. */
const SLICE_ORDER = Object.keys(SLICES)
	.map((key) => ({ key, name: key.replace(/[[\]]/g, ''), ranges: parseRanges(SLICES[key]!) }))
	.sort((a, b) => Number(/^\d/.test(a.name)) - Number(/^\d/.test(b.name)) || a.name.localeCompare(b.name, 'en', { numeric: true }));

/** The code points the loaded fonts cover, as sorted, merged [first, last] ranges (slices overlap). */
const COVERED = SLICE_ORDER.flatMap((slice) => slice.ranges)
	.sort((a, b) => a[0] - b[0])
	.reduce<Range[]>((merged, [first, last]) => {
		const previous = merged.at(-1);
		if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
		else merged.push([first, last]);
		return merged;
	}, []);

/** Characters no loaded font has a glyph for (they would be drawn as empty boxes). */
export function missingGlyphs(text: string): string[] {
	const covered = (code: number) => {
		let [lo, hi] = [0, COVERED.length - 1];
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const [first, last] = COVERED[mid]!;
			if (code < first) hi = mid - 1;
			else if (code > last) lo = mid + 1;
			else return true;
		}
		return false;
	};
	return [...new Set(text)].filter((char) => !covered(char.codePointAt(0)!));
}

/** Everything a card draws as text. */
export const cardText = (facts: CardFacts) => [facts.title, facts.person, facts.session, facts.site].flatMap((pair) => [pair.zh, pair.en]).join('') + String(facts.year ?? '');

/**
 * The font slices that cover `text`, in Satori's order (Latin always). A batch of cards needs a
 * fifth of the hundred slices: loading only those makes the fonts a fifth of the memory and
 * of the parsing. Satori takes each character from the first font that has it, so leaving out
 * slices that cover none of the text draws exactly the same card.
 */
export function slicesFor(text: string): string[] {
	const codes = [...new Set(text)].map((char) => char.codePointAt(0)!);
	return SLICE_ORDER.filter((slice) => slice.name === 'latin' || codes.some((code) => slice.ranges.some(([first, last]) => code >= first && code <= last))).map((slice) => slice.name);
}

const fonts = new Map<string, Font[]>();

/**
 * The given slices (all by default) in 400 and 700, WOFF. Satori keeps one font per name and
 * weight, so each slice gets its own name and the others serve as fallbacks, Latin first. One
 * array per set of slices: Satori caches the parsed fonts per array (parsing takes most of a second).
 */
function loadFonts(slices: readonly string[] = SLICE_ORDER.map((slice) => slice.name)): Font[] {
	const key = slices.join(',');
	const loaded = fonts.get(key);
	if (loaded) return loaded;
	const list = slices.flatMap((slice) =>
		WEIGHTS.map((weight): Font => ({
			name: slice === 'latin' ? CARD_FONT : `${CARD_FONT} ${slice}`,
			weight,
			style: 'normal',
			data: readFileSync(join(FONT_DIR, `noto-sans-sc-${slice}-${weight}-normal.woff`)),
		}))
	);
	fonts.set(key, list);
	return list;
}

let wasmReady: Promise<void> | undefined;

/** Rasterise an element tree, uncached; `slices` must cover every character it draws. */
export async function renderTree(tree: CardNode, slices?: readonly string[]): Promise<Uint8Array<ArrayBuffer>> {
	wasmReady ??= initWasm(readFileSync(RESVG_WASM));
	const svg = await satori(tree as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts(slices) });
	await wasmReady;
	const resvg = new Resvg(svg, { fitTo: { mode: 'original' } });
	const image = resvg.render();
	try {
		// A palette PNG is less than half the size of resvg's RGBA one; resvg's is the fallback.
		return encodePalettePng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
	} finally {
		image.free();
		resvg.free();
	}
}

const cacheFile = (tree: CardNode, cacheDir: string) => join(cacheDir, `${treeHash(tree)}.png`);

/** Whether the card for these facts is already in the cache. */
export const isCached = (facts: CardFacts, cacheDir: string = OG_CACHE_DIR) => existsSync(cacheFile(cardElement(facts), cacheDir));

/**
 * A card as PNG, read from .cache/og/ when the same tree was rendered before. `slices`: the font
 * slices of a whole batch of cards (worker.ts), or by default those of this card's text.
 */
export async function renderCard(facts: CardFacts, cacheDir: string = OG_CACHE_DIR, slices: readonly string[] = slicesFor(cardText(facts))): Promise<Uint8Array<ArrayBuffer>> {
	const tree = cardElement(facts);
	const file = cacheFile(tree, cacheDir);
	if (existsSync(file)) return new Uint8Array(readFileSync(file));
	const missing = missingGlyphs(cardText(facts));
	if (missing.length) console.warn(`[og-image] no glyph for ${missing.join(' ')} in the card of "${facts.title.en}": drawn as empty boxes`);
	const png = await renderTree(tree, slices);
	mkdirSync(cacheDir, { recursive: true });
	// Write, then rename: an interrupted build (or two at once) never leaves half a PNG behind.
	const partial = `${file}.${process.pid}.tmp`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return png;
}
