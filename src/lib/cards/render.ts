/**
 * Renders a proposal's social card to a 1200×630 PNG at build time: cards/typeset.ts sets the
 * text with Noto Sans SC (cards/fonts.ts), cards/raster.ts draws it from glyph masks rendered
 * once each, cards/png.ts writes a palette PNG. No network, no system fonts, no native binary.
 * Rendered PNGs are kept in .cache/og/ under a hash of everything that shapes them, so a
 * rebuild renders only new or changed cards.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONTS_VERSION, missingGlyphs } from './fonts.ts';
import { cardFacts, type CardFacts } from './layout.ts';
import { encodePalettePng } from './png.ts';
import { drawCard, rasteriserReady, RESVG_WASM } from './raster.ts';
import { typesetCard } from './typeset.ts';

const require = createRequire(import.meta.url);

/** Where rendered cards are kept between builds (`astro build` runs in the project root). */
export const OG_CACHE_DIR = join(process.cwd(), '.cache', 'og');

/** The renderer's own sources (read from the project, as the build runs in its root). */
const CARD_SOURCES = join(process.cwd(), 'src', 'lib', 'cards');

const version = (packageJson: string) => (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

/**
 * What changes pixels besides a card's facts: the card code itself (so any change to the
 * design or the drawing is a new key, with no version to remember to bump) and the packages
 * that draw it.
 */
const RENDERER = [
	createHash('sha256')
		.update(
			readdirSync(CARD_SOURCES)
				.filter((file) => file.endsWith('.ts'))
				.sort()
				.map((file) => `${file}\0${readFileSync(join(CARD_SOURCES, file), 'utf8')}`)
				.join('\0')
		)
		.digest('hex'),
	`fontkitten@${version(join(dirname(require.resolve('fontkitten')), '..', 'package.json'))}`,
	`resvg-wasm@${version(join(dirname(RESVG_WASM), 'package.json'))}`,
	`noto-sans-sc@${FONTS_VERSION}`,
].join(' ');

/** The cache key of a card: its facts as drawn (trimmed and capped) and the renderer. */
export const cardKey = (facts: CardFacts) => createHash('sha256').update(RENDERER).update('\0').update(JSON.stringify(cardFacts(facts))).digest('hex').slice(0, 32);

/** Everything a card draws as text. */
const cardText = (facts: CardFacts) => [facts.title, facts.person, facts.session, facts.site].flatMap((pair) => [pair.zh, pair.en]).join('') + String(facts.year ?? '');

/** Render a card, uncached. */
async function renderUncached(facts: CardFacts): Promise<Uint8Array<ArrayBuffer>> {
	await rasteriserReady();
	return encodePalettePng(drawCard(typesetCard(facts)));
}

const cacheFile = (facts: CardFacts, cacheDir: string) => join(cacheDir, `${cardKey(facts)}.png`);

/** Whether the card for these facts is already in the cache. */
export const isCached = (facts: CardFacts, cacheDir: string = OG_CACHE_DIR) => existsSync(cacheFile(facts, cacheDir));

/** The file in .cache/og/ that holds the card for these facts, rendered first if it is not there yet. */
export async function cachedCard(facts: CardFacts, cacheDir: string = OG_CACHE_DIR): Promise<string> {
	const file = cacheFile(facts, cacheDir);
	if (existsSync(file)) return file;
	const missing = missingGlyphs(cardText(facts));
	if (missing.length) console.warn(`[og-image] no glyph for ${missing.join(' ')} in the card of "${facts.title.en}": left out`);
	const png = await renderUncached(facts);
	mkdirSync(cacheDir, { recursive: true });
	// Write, then rename: an interrupted build (or two at once) never leaves half a PNG behind.
	const partial = `${file}.${process.pid}.tmp`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return file;
}

/** A card as PNG, read from .cache/og/ when the same card was rendered before. */
export async function renderCard(facts: CardFacts, cacheDir: string = OG_CACHE_DIR): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(readFileSync(await cachedCard(facts, cacheDir)));
}
