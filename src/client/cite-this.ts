/** Fills in today's date as the access date, and turns on the copy buttons. */
import { citationBibtex, citationCsl, citationText, type CitationInput } from '../lib/data/citation.ts';

const section = document.querySelector<HTMLElement>('[data-cite]');
if (section) {
	const input = JSON.parse(section.dataset.cite!) as CitationInput;
	const today = new Date();
	const accessed = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
	const render = { 'cite-text': citationText, 'cite-bibtex': citationBibtex, 'cite-csl': citationCsl } as const;
	for (const [id, format] of Object.entries(render)) {
		const pre = document.getElementById(id);
		if (pre) pre.textContent = format(input, accessed);
	}
	for (const button of section.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		button.hidden = false;
		const label = button.textContent;
		button.addEventListener('click', async () => {
			await navigator.clipboard.writeText(document.getElementById(button.dataset.copy!)!.textContent ?? '');
			button.textContent = button.dataset.copied ?? label;
			setTimeout(() => (button.textContent = label), 2000);
		});
	}
}
