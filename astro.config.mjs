// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { afterBuild } from './src/integrations/after-build.ts';
import { contentCheck } from './src/integrations/content-check.ts';

// The public address; canonical URLs, hreflang alternates, feeds and the sitemap use it.
// Set SITE when deploying elsewhere (the GitHub Pages workflow does).
const site = process.env.SITE ?? 'https://lianghui.example.org';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Pages render four at a time: a page spends much of its time waiting (slots, its card,
	// file writes), and one at a time left the build idle for half of it (docs/performance.md).
	build: { format: 'directory', concurrency: 4 },
	markdown: {
		// Shiki colours code with inline style attributes, which the CSP forbids; proposals need
		// no colouring, so a code block stays a plain <pre><code class="language-…">.
		syntaxHighlight: false,
	},
	// A strict Content Security Policy as a <meta> on every page: Astro hashes its own scripts
	// and styles; nothing inline is allowed otherwise. Pagefind compiles its WebAssembly, hence
	// 'wasm-unsafe-eval' (not 'unsafe-eval'), and runs a same-origin worker.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	integrations: [
		contentCheck(),
		mdx(),
		// Once dist/ is written: the social cards, the sitemap (hreflang alternates for every
		// page's twin; the chooser and 404 stay out), then Pagefind's index beside the link check.
		afterBuild(),
	],
});
