import { inflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { encodePalettePng } from '../../../src/lib/cards/png.ts';
import { pngSize } from '../../support/png.ts';

/** The chunks of a PNG by type (IDAT joined). */
function chunks(png: Uint8Array): Map<string, Buffer> {
	const buf = Buffer.from(png);
	const out = new Map<string, Buffer>();
	for (let at = 8; at < buf.length; ) {
		const length = buf.readUInt32BE(at);
		const type = buf.toString('latin1', at + 4, at + 8);
		out.set(type, Buffer.concat([out.get(type) ?? Buffer.alloc(0), buf.subarray(at + 8, at + 8 + length)]));
		at += 12 + length;
	}
	return out;
}

const rgba = (colours: number[][]) => new Uint8Array(colours.flat());

test('an opaque image of few colours becomes a palette PNG that decodes to the same pixels', () => {
	const [red, white, grey] = [[163, 34, 42, 255], [253, 253, 252, 255], [89, 89, 89, 255]];
	const pixels = [red, white, white, grey, grey, red]; // 3×2
	const png = encodePalettePng(rgba(pixels), 3, 2)!;
	expect(pngSize(png)).toEqual({ width: 3, height: 2 });
	const parts = chunks(png);
	expect([...parts.get('IHDR')!.subarray(8, 10)]).toEqual([8, 3]);
	const palette = parts.get('PLTE')!;
	const raw = inflateSync(parts.get('IDAT')!);
	const decoded = [0, 1].flatMap((y) => [0, 1, 2].map((x) => [...palette.subarray(raw[y * 4 + 1 + x]! * 3, raw[y * 4 + 1 + x]! * 3 + 3), 255]));
	expect(decoded).toEqual(pixels);
});

test('translucent pixels or more than 256 colours are left to the caller', () => {
	expect(encodePalettePng(rgba([[0, 0, 0, 128]]), 1, 1)).toBeUndefined();
	const many = Array.from({ length: 257 }, (_, i) => [i & 0xff, i >> 8, 0, 255]);
	expect(encodePalettePng(rgba(many), 257, 1)).toBeUndefined();
	expect(encodePalettePng(rgba(many.slice(0, 256)), 256, 1)).toBeDefined();
});
