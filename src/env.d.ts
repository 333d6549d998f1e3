declare namespace App {
	interface Locals {
		/** Source ids of the proposal being rendered, in citation order; read by <Cite>. */
		citeOrder?: readonly string[];
		/** The id of the proposal being rendered; read by <Ref to="#section">. */
		proposal?: string;
	}
}

/** OpenCC's character and phrase tables (opencc-js ships them untyped): "a b c|d e|…" lines. */
declare module 'opencc-js/dict/*' {
	const table: string;
	export default table;
}
