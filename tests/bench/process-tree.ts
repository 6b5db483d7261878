/**
 * Running a command and measuring it: wall time, and the peak resident memory of its whole process tree (the
 * command, npm's shell, Node, its worker threads and any child such as Pagefind), sampled every 50 ms from /proc.
 * Where /proc is missing (not Linux), memory is reported as unknown.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Run {
	seconds: number;
	/** The highest sum of the tree's resident memory seen, in bytes, or undefined without /proc. */
	peakRss?: number;
	status: number | null;
	output: string;
}

function treeRss(root: number): number {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// gone meanwhile
		}
	}
	const tree = new Set([root]);
	for (let grown = true; grown;) {
		grown = false;
		for (const [pid, parent] of parents)
			if (tree.has(parent) && !tree.has(pid)) {
				tree.add(pid);
				grown = true;
			}
	}
	let total = 0;
	for (const pid of tree) {
		try {
			const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
			total += Number(kb ?? 0) * 1024;
		} catch {
			// gone meanwhile
		}
	}
	return total;
}

export function run(command: string, args: string[], env: Record<string, string | undefined>): Promise<Run> {
	const started = performance.now();
	const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const sampling = existsSync('/proc/self/status');
	let peakRss = 0;
	const sample = () => {
		if (sampling && child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
	};
	const timer = setInterval(sample, 50);
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (status) => {
			clearInterval(timer);
			resolve({
				seconds: (performance.now() - started) / 1000,
				peakRss: sampling ? peakRss : undefined,
				status,
				output,
			});
		});
	});
}
