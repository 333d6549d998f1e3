/**
 * Draws a typeset card (cards/typeset.ts) into palette pixels. Each glyph is rasterised once
 * per size and quarter-pixel position by resvg (WebAssembly: no native binary, no system
 * fonts) into a coverage mask, kept for the whole build; a card is then only masks stamped
 * into a one-byte-per-pixel image. A card has a few flat colours and the anti-aliased edges of
 * text on them, so coverage is kept in 32 steps: the palette stays far under PNG's 256 entries.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Glyph } from './fonts.ts';
import { COLOURS, type Colour } from './layout.ts';
import type { CardDrawing } from './typeset.ts';

const require = createRequire(import.meta.url);
export const RESVG_WASM = require.resolve('@resvg/resvg-wasm/index_bg.wasm');

let wasm: Promise<void> | undefined;
/** Load resvg's WebAssembly, once per thread. */
export const rasteriserReady = () => (wasm ??= initWasm(readFileSync(RESVG_WASM)));

/** Coverage of a shape: `width`×`height` values 0–255, its top-left corner at (left, top) from the pen. */
interface Mask {
	left: number;
	top: number;
	width: number;
	height: number;
	alpha: Uint8Array;
}

const STEPS = 32;
const SUBPIXEL = 4;
/** The coverage step of each alpha value. */
const STEP_OF = Uint8Array.from({ length: 256 }, (_, alpha) => Math.round((alpha * STEPS) / 255));
const EMPTY: Mask = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array() };

/** Rasterise SVG path data (already in px, origin at the mask's top-left) into a mask. */
function rasterise(path: string, width: number, height: number): Uint8Array {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${path}</svg>`;
	const resvg = new Resvg(svg, { fitTo: { mode: 'original' } });
	const image = resvg.render();
	try {
		const rgba = image.pixels;
		const alpha = new Uint8Array(width * height);
		for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3]!;
		return alpha;
	} finally {
		image.free();
		resvg.free();
	}
}

const masks = new Map<string, Mask>();

/** A glyph's mask at a size, its pen position's fraction of a pixel rounded to a quarter. */
function glyphMask(glyph: Glyph, size: number, fraction: number): Mask {
	const key = `${glyph.key}@${size}@${fraction}`;
	let mask = masks.get(key);
	if (mask) return mask;
	const { minX, minY, maxX, maxY } = glyph.bbox;
	if (!glyph.path || maxX <= minX || maxY <= minY) mask = EMPTY;
	else {
		const scale = size / glyph.unitsPerEm;
		const offset = fraction / SUBPIXEL;
		const left = Math.floor(minX * scale + offset) - 1;
		const top = Math.floor(-maxY * scale) - 1;
		const width = Math.ceil(maxX * scale + offset) + 1 - left;
		const height = Math.ceil(-minY * scale) + 1 - top;
		// Font units have y up; the mask has y down, with the pen at (offset - left, -top).
		const transform = `matrix(${scale} 0 0 ${-scale} ${offset - left} ${-top})`;
		mask = { left, top, width, height, alpha: rasterise(`<path transform="${transform}" d="${glyph.path}"/>`, width, height) };
	}
	masks.set(key, mask);
	return mask;
}

function roundedRectMask(width: number, height: number, radius: number): Mask {
	const key = `rect@${width}x${height}r${radius}`;
	let mask = masks.get(key);
	if (!mask) {
		mask = { left: 0, top: 0, width, height, alpha: rasterise(`<rect width="${width}" height="${height}" rx="${radius}"/>`, width, height) };
		masks.set(key, mask);
	}
	return mask;
}

const rgb = (colour: Colour) => parseInt(COLOURS[colour].slice(1), 16);

/** An image of palette indices, and the palette as 0xRRGGBB. */
export interface PaletteImage {
	width: number;
	height: number;
	pixels: Uint8Array;
	palette: number[];
}

/** Draw a card. */
export function drawCard(drawing: CardDrawing): PaletteImage {
	const { width, height } = drawing;
	const palette: number[] = [rgb(drawing.background)];
	const indexOf = new Map<number, number>([[palette[0]!, 0]]);
	const pixels = new Uint8Array(width * height); // all background
	// Per colour and index underneath, the palette index of each coverage step, filled as needed.
	const blends = new Map<Colour, Int16Array[]>();
	const tablesOf = (colour: Colour) => {
		let tables = blends.get(colour);
		if (!tables) blends.set(colour, (tables = []));
		return tables;
	};
	const mixed = (under: number, colour: Colour, step: number): number => {
		const [a, b] = [palette[under]!, rgb(colour)];
		const mix = (shift: number) => Math.round(((a >> shift) & 0xff) + ((((b >> shift) & 0xff) - ((a >> shift) & 0xff)) * step) / STEPS);
		const value = (mix(16) << 16) | (mix(8) << 8) | mix(0);
		let found = indexOf.get(value);
		if (found === undefined) {
			if (palette.length === 256) throw new Error('a card needs more than 256 colours');
			found = palette.push(value) - 1;
			indexOf.set(value, found);
		}
		return found;
	};
	const blend = (tables: Int16Array[], under: number, colour: Colour, step: number): number => {
		const table = (tables[under] ??= new Int16Array(STEPS + 1).fill(-1));
		const found = table[step]!;
		return found >= 0 ? found : (table[step] = mixed(under, colour, step));
	};
	const stamp = (mask: Mask, x0: number, y0: number, colour: Colour) => {
		const tables = tablesOf(colour);
		for (let y = Math.max(0, -y0); y < Math.min(mask.height, height - y0); y++) {
			const row = (y0 + y) * width + x0;
			const maskRow = y * mask.width;
			for (let x = Math.max(0, -x0); x < Math.min(mask.width, width - x0); x++) {
				const coverage = mask.alpha[maskRow + x]!;
				if (coverage !== 0) pixels[row + x] = blend(tables, pixels[row + x]!, colour, STEP_OF[coverage]!);
			}
		}
	};
	for (const rect of drawing.rects) {
		if (rect.radius) stamp(roundedRectMask(rect.width, rect.height, rect.radius), Math.round(rect.x), Math.round(rect.y), rect.colour);
		else {
			const full = blend(tablesOf(rect.colour), 0, rect.colour, STEPS);
			for (let y = Math.round(rect.y); y < Math.round(rect.y + rect.height); y++) pixels.fill(full, y * width + Math.round(rect.x), y * width + Math.round(rect.x + rect.width));
		}
	}
	for (const { glyph, x, baseline, size, colour } of drawing.glyphs) {
		const whole = Math.floor(x);
		const fraction = Math.round((x - whole) * SUBPIXEL);
		const mask = glyphMask(glyph, size, fraction % SUBPIXEL);
		const pen = whole + (fraction === SUBPIXEL ? 1 : 0);
		stamp(mask, pen + mask.left, Math.round(baseline) + mask.top, colour);
	}
	return { width, height, pixels, palette };
}
