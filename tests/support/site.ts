/**
 * For browser tests: serve the built dist/ on a free loopback port and launch chromium once
 * per test file; both are closed afterwards. Use `site.browser` and `site.url` inside tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { DIST } from './dist.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface Site {
	browser: Browser;
	server: StaticServer;
	url: string;
}

/** `dist`: the built site to serve, read when the tests start (it may be built in an earlier beforeAll). */
export function useBuiltSite(dist: () => string = () => DIST): Site {
	const site = {} as Site;
	beforeAll(async () => {
		site.server = await serveStatic(dist());
		site.url = site.server.url;
		site.browser = await launchBrowser();
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
}
