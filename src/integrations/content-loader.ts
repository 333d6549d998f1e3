/**
 * The loader of every content collection. Astro's own glob() and file() loaders would parse
 * each file again with their own YAML and frontmatter readers, limits or not; this one hands
 * Astro only what the content check read and accepted (integrations/checked-content.ts). In a
 * build the check has already stopped anything bad; in `astro dev` a refused file is simply
 * left out (the dev server shows the problems instead of pages, see content-check.ts), so it
 * is never parsed by Astro nor compiled.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../lib/model/schema.ts';
import { checkedContent, onContentChange, trackReload, type CheckedContent } from './checked-content.ts';

type DataCollection = 'people' | 'themes' | 'sessions' | 'sources' | 'glossary' | 'redirects' | 'counts';
type Collection = DataCollection | 'proposals' | 'proposalTexts';

/** The entries of one collection, from checked files only. */
function entriesOf(collection: Collection, { files, refused }: CheckedContent): { id: string; data: Record<string, unknown>; body?: string; filePath: string }[] {
	if (collection === 'proposals') {
		return files.proposals
			.filter((p) => !refused(p.meta.file))
			.map((p) => ({ id: p.id, data: p.meta.data as Record<string, unknown>, filePath: p.meta.file }));
	}
	if (collection === 'proposalTexts') {
		return files.proposals.flatMap((p) =>
			LANGS.flatMap((lang) => {
				const text = p.texts[lang];
				if (!text || refused(text.file)) return [];
				return [{ id: `${p.id}/${lang}`, data: text.frontmatter!.data as Record<string, unknown>, body: text.body, filePath: text.file }];
			})
		);
	}
	const file = files.data[collection];
	if (refused(file.file) || !Array.isArray(file.data)) return [];
	const key = (data: Record<string, unknown>) => (collection === 'redirects' ? data.from : collection === 'counts' ? `${data.person}/${data.session}` : data.id);
	return (file.data as Record<string, unknown>[]).map((data) => ({ id: String(key(data)), data, filePath: file.file }));
}

/** A loader for `collection`, reloading in `astro dev` when anything under content/ changes. */
export function contentLoader(collection: Collection): Loader {
	return {
		name: 'lianghui:content',
		load: async ({ config, store, parseData, generateDigest, watcher }: LoaderContext) => {
			const root = fileURLToPath(config.root);
			const sync = async () => {
				const entries = entriesOf(collection, checkedContent(root));
				const keep = new Set(entries.map((entry) => entry.id));
				for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
				for (const { id, data, body, filePath } of entries) {
					const parsed = await parseData({ id, data, filePath });
					store.set({
						id,
						data: parsed,
						filePath,
						digest: generateDigest({ data, body: body ?? '' }),
						// MDX is compiled on demand through Vite, where content-guard.ts checks it again.
						...(body === undefined ? {} : { body, deferredRender: true }),
					});
				}
			};
			if (!watcher) return sync();
			// Listen before the first load, so a change made while it runs is not missed.
			onContentChange(watcher, root, sync);
			await trackReload(sync());
		},
	};
}
