/**
 * Which files in a Pagefind output folder belong to the index written last.
 *
 * Pagefind names its fragment, word-index, filter and metadata files by a hash of their
 * content, and skips writing such a file when one of that name exists: it neither compresses
 * nor writes it again. Written into a folder kept between builds (.cache/pagefind/), an index
 * costs only what changed. That folder also holds files of earlier indexes; this index's are the
 * ones its entry file and metadata name.
 */
import { gunzipSync } from 'node:zlib';

/** pagefind-entry.json: one metadata hash (and WebAssembly build) per language. */
export interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The prefix Pagefind writes before the CBOR of every compressed file. */
const SIGNATURE = 'pagefind_dcd';

/** Files named by a hash of their content: `fragment/en_1a2b3c4.pf_fragment`, `pagefind.en_….pf_meta`. */
const HASHED = /^(?:(?:fragment|index|filter)\/([^/]+)\.pf_(?:fragment|index|filter)|pagefind\.([^/]+)\.pf_meta)$/;
const WASM = /^wasm\.([^/]+)\.pagefind$/;

/** Whether Pagefind names `file` by its content (and so never writes it again once it exists). */
export const isHashed = (file: string) => HASHED.test(file);

/**
 * Every text string in a CBOR item. The metadata is CBOR (minicbor, definite lengths); the
 * hashes of the word indexes, filters and fragments it uses are among its strings.
 */
export function cborStrings(bytes: Uint8Array): Set<string> {
	const strings = new Set<string>();
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const text = new TextDecoder('utf-8', { fatal: true });
	let at = 0;
	const argument = (info: number): number => {
		if (info < 24) return info;
		const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
		if (!size) throw new Error(`unsupported CBOR length (additional information ${info}) at byte ${at - 1}`);
		if (at + size > bytes.length) throw new Error('CBOR ends early');
		const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
		at += size;
		return value;
	};
	const item = (): void => {
		if (at >= bytes.length) throw new Error('CBOR ends early');
		const head = bytes[at++]!;
		const major = head >> 5;
		const info = head & 31;
		if (major === 7) {
			at += info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : info === 24 ? 1 : 0;
			return;
		}
		const n = argument(info);
		if (major === 2 || major === 3) {
			if (at + n > bytes.length) throw new Error('CBOR ends early');
			if (major === 3) strings.add(text.decode(bytes.subarray(at, at + n)));
			at += n;
		} else if (major === 4) for (let i = 0; i < n; i++) item();
		else if (major === 5) for (let i = 0; i < 2 * n; i++) item();
		else if (major === 6) item();
	};
	item();
	return strings;
}

/** The strings of a compressed Pagefind file (`.pf_meta`): gzip, the signature, then CBOR. */
export function pagefindFileStrings(gzipped: Uint8Array): Set<string> {
	const raw = gunzipSync(gzipped);
	if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('not a Pagefind file (no signature)');
	return cborStrings(raw.subarray(SIGNATURE.length));
}

/**
 * Split the files of an output folder (paths relative to it, `/`-separated) into those of the
 * index described by `entry` and `metaStrings` (the strings of each language's metadata) and
 * the stale ones left by earlier indexes. Files Pagefind rewrites on every run (its scripts,
 * styles and entry file) always belong.
 */
export function splitIndexFiles(files: string[], entry: PagefindEntry, metaStrings: Set<string>): { current: string[]; stale: string[] } {
	const languages = Object.values(entry.languages);
	const metas = new Set(languages.map((language) => language.hash));
	const wasms = new Set(['unknown', ...languages.flatMap((language) => (language.wasm ? [language.wasm] : []))]);
	const current: string[] = [];
	const stale: string[] = [];
	for (const file of files) {
		const hashed = HASHED.exec(file);
		const wasm = WASM.exec(file);
		const belongs = hashed ? (hashed[2] ? metas.has(hashed[2]) : metaStrings.has(hashed[1]!)) : wasm ? wasms.has(wasm[1]!) : true;
		(belongs ? current : stale).push(file);
	}
	return { current, stale };
}
