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

/** The code points the loaded fonts cover, as sorted, merged [first, last] ranges (slices overlap). */
const COVERED = Object.values(SLICES)
	.flatMap((ranges) => ranges.split(','))
	.map((range): [number, number] => {
		const [first = '', last = first] = range.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(first, 16), parseInt(last, 16)];
	})
	.sort((a, b) => a[0] - b[0])
	.reduce<[number, number][]>((merged, [first, last]) => {
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

let fonts: Font[] | undefined;

/**
 * Every slice in 400 and 700, WOFF. Satori keeps one font per name and weight, so each slice
 * gets its own name and the others serve as fallbacks, Latin first. One array for the whole
 * build: Satori caches the parsed fonts per array (parsing them takes most of a second).
 */
function loadFonts(): Font[] {
	if (fonts) return fonts;
	const slices = Object.keys(SLICES)
		.map((key) => key.replace(/[[\]]/g, ''))
		.sort((a, b) => Number(/^\d/.test(a)) - Number(/^\d/.test(b)) || a.localeCompare(b, 'en', { numeric: true }));
	fonts = slices.flatMap((slice) =>
		WEIGHTS.map((weight): Font => ({
			name: slice === 'latin' ? CARD_FONT : `${CARD_FONT} ${slice}`,
			weight,
			style: 'normal',
			data: readFileSync(join(FONT_DIR, `noto-sans-sc-${slice}-${weight}-normal.woff`)),
		}))
	);
	return fonts;
}

let wasmReady: Promise<void> | undefined;

/** Rasterise an element tree, uncached. */
export async function renderTree(tree: CardNode): Promise<Uint8Array<ArrayBuffer>> {
	wasmReady ??= initWasm(readFileSync(RESVG_WASM));
	const svg = await satori(tree as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
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

/** A card as PNG, read from .cache/og/ when the same tree was rendered before. */
export async function renderCard(facts: CardFacts, cacheDir: string = OG_CACHE_DIR): Promise<Uint8Array<ArrayBuffer>> {
	const tree = cardElement(facts);
	const file = cacheFile(tree, cacheDir);
	if (existsSync(file)) return new Uint8Array(readFileSync(file));
	const missing = missingGlyphs([facts.title, facts.person, facts.session, facts.site].flatMap((pair) => [pair.zh, pair.en]).join(''));
	if (missing.length) console.warn(`[og-image] no glyph for ${missing.join(' ')} in the card of "${facts.title.en}": drawn as empty boxes`);
	const png = await renderTree(tree);
	mkdirSync(cacheDir, { recursive: true });
	// Write, then rename: an interrupted build (or two at once) never leaves half a PNG behind.
	const partial = `${file}.${process.pid}.tmp`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return png;
}
