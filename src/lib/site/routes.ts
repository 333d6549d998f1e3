/** getStaticPaths helpers: every route exists once per language. */
import { pageParam, paginate, type ListPage } from './pagination.ts';
import { LANGS, type Lang } from '../model/schema.ts';

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

/**
 * One route per language per item per list page: the item's list split by `paginate`.
 * @example perLangPages([theme], 'theme', (x) => x.id, (x) => proposalsOf(x)) → …/healthcare/, …/healthcare/page/2/, …
 */
export function perLangPages<T, K extends string, P>(items: readonly T[], param: K, idOf: (item: T) => string, listOf: (item: T) => readonly P[]) {
	return perLang(items, param, idOf).flatMap(({ params, props }) =>
		paginate(listOf(props.item)).map((page: ListPage<P>) => ({ params: { ...params, page: pageParam(page.number) }, props: { ...props, page } }))
	);
}
