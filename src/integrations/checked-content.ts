/**
 * The content folder read and checked once, shared by the content-check integration (which
 * runs in Astro's config process) and the collection loaders (which run in Vite's module
 * runner): the two are separate module graphs, so the result lives on globalThis. A change
 * under content/ in `astro dev` invalidates it.
 */
import { readContentFiles, type ContentFiles } from '../lib/check/read.ts';
import { checkContent } from '../lib/check/integrity.ts';
import type { ContentIssue } from '../lib/check/issues.ts';

export interface CheckedContent {
	files: ContentFiles;
	issues: ContentIssue[];
	/** Whether a file (path relative to the root) has a problem, or sits in a proposal folder that has one. */
	refused(file: string): boolean;
	/** The digests of the texts that passed (lib/check/read.ts textDigest). */
	accepted: string[];
}

interface Shared {
	cache: Map<string, CheckedContent>;
	/** Reloads under way or scheduled after a change, and who waits for them to finish. */
	reloading: number;
	waiting: (() => void)[];
}
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('lianghui.checkedContent')] ??= { cache: new Map(), reloading: 0, waiting: [] }) as Shared;
const { cache } = shared;

/** The content under `root`, read and checked (once until invalidated). */
export function checkedContent(root: string): CheckedContent {
	let checked = cache.get(root);
	if (!checked) {
		const files = readContentFiles(root);
		const issues = checkContent(files);
		const bad = new Set(issues.map((issue) => issue.file));
		const badFolders = files.proposals.filter((p) => [...bad].some((file) => file === p.dir || file.startsWith(`${p.dir}/`))).map((p) => `${p.dir}/`);
		const refused = (file: string) => bad.has(file) || badFolders.some((dir) => file.startsWith(dir));
		const accepted = files.proposals.flatMap((p) => Object.values(p.texts).flatMap((text) => (text && !refused(text.file) ? [text.digest] : [])));
		checked = { files, issues, refused, accepted };
		cache.set(root, checked);
	}
	return checked;
}

/** Let go of the checked content of `root` (read again if asked for). */
export function forgetCheckedContent(root: string): void {
	cache.delete(root);
}

interface Watcher {
	on(event: 'all', listener: (event: string, path: string) => void): unknown;
}
const watched = new WeakSet<Watcher>();

/**
 * Call `listener` shortly after any change under `<root>/content/` (dev server only). The cached
 * check is dropped at the change itself, before any listener runs, so every listener sees the
 * content as it now is and the check runs once per change, however many collections reload.
 * From the change until the listener has finished, `reloaded()` waits.
 */
export function onContentChange(watcher: Watcher, root: string, listener: () => void | Promise<void>): void {
	const inContent = (path: string) => path.startsWith(`${root}${root.endsWith('/') ? '' : '/'}content/`);
	if (!watched.has(watcher)) {
		watched.add(watcher);
		watcher.on('all', (_event, path) => {
			if (inContent(path)) cache.delete(root);
		});
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	watcher.on('all', (_event, path) => {
		if (!inContent(path)) return;
		if (timer) clearTimeout(timer);
		else shared.reloading += 1;
		timer = setTimeout(() => {
			timer = undefined;
			void settle(listener());
		}, 50);
	});
}

/** Count `work` as a reload until it settles (the loaders' first load, in dev). */
export function trackReload(work: Promise<void>): Promise<void> {
	shared.reloading += 1;
	return settle(work);
}

async function settle(work: void | Promise<void>): Promise<void> {
	try {
		await work;
	} finally {
		shared.reloading -= 1;
		if (shared.reloading === 0) shared.waiting.splice(0).forEach((resolve) => resolve());
	}
}

/** Resolves once no reload after a content change is pending (at once when none is). */
export function reloaded(): Promise<void> {
	return shared.reloading === 0 ? Promise.resolve() : new Promise((resolve) => shared.waiting.push(resolve));
}
