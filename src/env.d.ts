declare namespace App {
	interface Locals {
		/** Source ids of the proposal being rendered, in citation order; read by <Cite>. */
		citeOrder?: readonly string[];
	}
}
