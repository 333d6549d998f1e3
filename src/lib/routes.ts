/** getStaticPaths helpers: every route exists once per language. */
import { LANGS, type Lang } from './schema.ts';

/** `[{ params: { lang: 'zh' } }, { params: { lang: 'en' } }]` */
export const langParams = () => LANGS.map((lang) => ({ params: { lang } }));

/**
 * One route per language per item.
 * @example perLang([{ id: 'a' }], 'theme', (x) => x.id) → [{ params: { lang: 'zh', theme: 'a' }, props: { item } }, …en]
 */
export function perLang<T, K extends string>(items: readonly T[], param: K, idOf: (item: T) => string) {
	return LANGS.flatMap((lang: Lang) =>
		items.map((item) => ({ params: { lang, [param]: idOf(item) } as { lang: Lang } & Record<K, string>, props: { item } }))
	);
}
