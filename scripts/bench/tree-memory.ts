/**
 * Peak memory of a process and all its descendants together (Linux /proc), sampled every
 * 200 ms until the process is gone. GNU time reports the largest single process only, which
 * leaves out Pagefind's own process; this counts it. Run as a child of the benchmark:
 * `node tree-memory.ts <pid> <output file>`; it writes the peak in MB when the process ends.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const [root, output] = [Number(process.argv[2]), process.argv[3]!];

/** Read a file of a process that may have ended since it was listed. */
const procFile = (pid: number, name: string) => {
	try {
		return readFileSync(`/proc/${pid}/${name}`, 'utf8');
	} catch {
		return undefined;
	}
};

/** Every live process's children. */
function childrenOf(): Map<number, number[]> {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = procFile(Number(name), 'stat');
		if (!stat) continue;
		// The command name (field 2) is in parentheses and may hold spaces: read after it.
		const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		const list = children.get(parent) ?? [];
		list.push(Number(name));
		children.set(parent, list);
	}
	return children;
}

/** The resident memory of `root` and its descendants, in kB; undefined once `root` has ended. */
function treeKb(): number | undefined {
	if (procFile(root, 'stat') === undefined) return undefined;
	const children = childrenOf();
	let kb = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		kb += Number(/^VmRSS:\s+(\d+) kB/m.exec(procFile(pid, 'status') ?? '')?.[1] ?? 0);
		stack.push(...(children.get(pid) ?? []));
	}
	return kb;
}

let peakKb = 0;
const timer = setInterval(() => {
	const kb = treeKb();
	if (kb === undefined) {
		clearInterval(timer);
		writeFileSync(output, String(peakKb / 1024));
		return;
	}
	peakKb = Math.max(peakKb, kb);
}, 200);
