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

test('palette pixels become an 8-bit palette PNG that decodes to the same colours', () => {
	const palette = [0xa3222a, 0xfdfdfc, 0x595959];
	const pixels = Uint8Array.from([0, 1, 1, 2, 2, 0]); // 3×2
	const png = encodePalettePng({ width: 3, height: 2, pixels, palette });
	expect(pngSize(png)).toEqual({ width: 3, height: 2 });
	const parts = chunks(png);
	expect([...parts.get('IHDR')!.subarray(8, 10)]).toEqual([8, 3]);
	expect([...parts.get('PLTE')!]).toEqual([0xa3, 0x22, 0x2a, 0xfd, 0xfd, 0xfc, 0x59, 0x59, 0x59]);
	// Each row: filter byte 0, then the indices.
	expect([...inflateSync(parts.get('IDAT')!)]).toEqual([0, 0, 1, 1, 0, 2, 2, 0]);
});

test('a palette of more than 256 colours, or none, is refused', () => {
	const pixels = new Uint8Array(1);
	expect(() => encodePalettePng({ width: 1, height: 1, pixels, palette: Array.from({ length: 257 }, (_, i) => i) })).toThrow('a palette PNG has 1 to 256 colours, not 257');
	expect(() => encodePalettePng({ width: 1, height: 1, pixels, palette: [] })).toThrow('not 0');
});
