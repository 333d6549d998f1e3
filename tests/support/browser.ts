/**
 * Debian's chromium through playwright-core (no browser download: CHROME_PATH or /usr/bin/chromium),
 * with the flags this sandboxed, offline machine needs.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_FLAGS,
	});
}
