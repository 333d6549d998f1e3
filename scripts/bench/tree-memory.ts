/**
 * Peak memory of a process and all its descendants together (Linux /proc), sampled every
 * 200 ms until the process is gone. GNU time reports the largest single process only, which
 * leaves out Pagefind's own process; this counts it. Run as a child of the benchmark:
 * `node tree-memory.ts <pid> <output file>`; it writes the peak in MB when the process ends.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const [root, output] = [Number(process.argv[2]), process.argv[3]!];
const PAGE_KB = 4;

/** Every live process: its parent and resident pages. */
function processes(): Map<number, { parent: number; rssPages: number }> {
	const found = new Map<number, { parent: number; rssPages: number }>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// The command name (field 2) is in parentheses and may hold spaces: read after it.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			found.set(Number(name), { parent: Number(fields[1]), rssPages: Number(fields[21]) });
		} catch {
			// gone since the listing
		}
	}
	return found;
}

function treeKb(all: Map<number, { parent: number; rssPages: number }>): number | undefined {
	if (!all.has(root)) return undefined;
	const children = new Map<number, number[]>();
	for (const [pid, { parent }] of all) children.set(parent, [...(children.get(parent) ?? []), pid]);
	let kb = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		kb += (all.get(pid)?.rssPages ?? 0) * PAGE_KB;
		stack.push(...(children.get(pid) ?? []));
	}
	return kb;
}

let peakKb = 0;
const timer = setInterval(() => {
	const kb = treeKb(processes());
	if (kb === undefined) {
		clearInterval(timer);
		writeFileSync(output, String(peakKb / 1024));
		return;
	}
	peakKb = Math.max(peakKb, kb);
}, 200);
