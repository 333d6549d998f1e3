import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { cborStrings, pagefindFileStrings, splitIndexFiles } from '../../../src/lib/build/pagefind-files.ts';

/** CBOR of ["1.6.0", [["en_1a2b3c4", 12]], {"k": "en_99"}, 1.5] written by hand. */
const CBOR = Uint8Array.from([
	0x84,
	0x65, ...Buffer.from('1.6.0'),
	0x81, 0x82, 0x6a, ...Buffer.from('en_1a2b3c4'), 0x0c,
	0xa1, 0x61, 0x6b, 0x65, ...Buffer.from('en_99'),
	0xf9, 0x3e, 0x00,
]);

describe('Pagefind output files', () => {
	test('every text string of a CBOR item is read, in arrays, maps and after floats', () => {
		expect([...cborStrings(CBOR)]).toEqual(['1.6.0', 'en_1a2b3c4', 'k', 'en_99']);
	});

	test('a compressed Pagefind file is gzip, its signature, then CBOR; anything else is refused', () => {
		expect(pagefindFileStrings(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), CBOR]))).has('en_1a2b3c4')).toBe(true);
		expect(() => pagefindFileStrings(gzipSync(CBOR))).toThrow('not a Pagefind file (no signature)');
		expect(() => cborStrings(CBOR.subarray(0, 9))).toThrow('CBOR ends early');
	});

	test('hashed files belong to the index when its entry or metadata names them; the rest always do', () => {
		const entry = { languages: { en: { hash: 'en_meta1', wasm: 'en' }, 'zh-cn': { hash: 'zh-cn_meta2', wasm: null } } };
		const files = [
			'pagefind.js',
			'pagefind-entry.json',
			'pagefind.en_meta1.pf_meta',
			'pagefind.en_old.pf_meta',
			'wasm.en.pagefind',
			'wasm.unknown.pagefind',
			'wasm.fr.pagefind',
			'fragment/en_1a2b3c4.pf_fragment',
			'fragment/en_5d6e7f8.pf_fragment',
			'index/zh-cn_aaa.pf_index',
			'filter/en_bbb.pf_filter',
		];
		expect(splitIndexFiles(files, entry, new Set(['en_1a2b3c4', 'zh-cn_aaa']))).toEqual({
			current: ['pagefind.js', 'pagefind-entry.json', 'pagefind.en_meta1.pf_meta', 'wasm.en.pagefind', 'wasm.unknown.pagefind', 'fragment/en_1a2b3c4.pf_fragment', 'index/zh-cn_aaa.pf_index'],
			stale: ['pagefind.en_old.pf_meta', 'wasm.fr.pagefind', 'fragment/en_5d6e7f8.pf_fragment', 'filter/en_bbb.pf_filter'],
		});
	});
});
