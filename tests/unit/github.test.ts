/**
 * The code host's files: the workflows parse and run the checks an editor runs (validation, the quote and prose
 * checks, the tests) and, to publish, build for the Pages address; the quote and prose steps say so and go on when
 * ../shared is absent; the issue form asks what an editor needs to check a suggestion; the pull-request template
 * lists the editor's checks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
	id?: string;
	name?: string;
	uses?: string;
	run?: string;
	if?: string;
	with?: Record<string, string | number>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, unknown>;
	jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const runs = (steps: Step[]) => steps.map((step) => step.run ?? '').join('\n');
const shared = (steps: Step[]) => steps.filter((step) => /\.\.\/shared\/tools\//.test(step.run ?? ''));

describe('the Check workflow', () => {
	const ci = workflow('ci.yml');
	const steps = ci.jobs.check!.steps;

	it('runs on every pull request: validation, the quote and prose checks, then the tests', () => {
		expect(Object.keys(ci.on)).toContain('pull_request');
		const order = ['npm run validate', 'check-quotes.mjs', 'check-prose.mjs', 'npm test'].map((command) =>
			steps.findIndex((step) => step.run?.includes(command)),
		);
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('checks ../shared out beside the project when its repository is named, and skips with a notice without it', () => {
		const checkout = steps.find((step) => step.with?.path === 'shared')!;
		expect(checkout.if).toBe("vars.SHARED_REPOSITORY != ''");
		expect(steps.find((step) => step.with?.path === 'project')?.uses).toMatch(/^actions\/checkout@/);
		// In a folder with no ../shared beside it, each step says it is skipped and lets the run go on.
		const alone = path.join(mkdtempSync(path.join(tmpdir(), 'ci-')), 'project');
		mkdirSync(alone);
		for (const step of shared(steps)) {
			const result = spawnSync('bash', ['-e', '-c', step.run!], { cwd: alone, encoding: 'utf8' });
			expect(result.status, step.name).toBe(0);
			expect(result.stdout).toMatch(/^::notice title=(Quote|Prose) check skipped::.*SHARED_REPOSITORY/);
		}
		expect(shared(steps)).toHaveLength(2);
	});
});

describe('the Publish workflow', () => {
	const pages = workflow('pages.yml');
	const { build, deploy } = pages.jobs;

	it('checks and tests like a pull request before it builds', () => {
		expect(runs(build!.steps)).toMatch(
			/npm run validate[\s\S]*check-quotes[\s\S]*check-prose[\s\S]*npm test[\s\S]*npm run build/,
		);
	});

	it('builds for the address GitHub Pages gives the site, a project site under its base path, and deploys it', () => {
		const configure = build!.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))!;
		const buildStep = build!.steps.find((step) => step.run === 'npm run build')!;
		expect(buildStep.env).toEqual({
			SITE_URL: `\${{ steps.${configure.id}.outputs.origin }}`,
			BASE_PATH: `\${{ steps.${configure.id}.outputs.base_path }}/`,
		});
		expect(
			build!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path,
		).toBe('project/dist');
		expect(deploy!.needs).toBe('build');
		expect(deploy!.steps.map((step) => step.uses)).toContainEqual(
			expect.stringMatching(/^actions\/deploy-pages@/),
		);
	});
});

describe('both workflows', () => {
	it("check out the project's whole history, which a one-commit clone would lose", () => {
		for (const name of ['ci.yml', 'pages.yml']) {
			const steps = Object.values(workflow(name).jobs).flatMap((job) => job.steps);
			const project = steps.find((step) => step.with?.path === 'project')!;
			expect(project.with?.['fetch-depth'], name).toBe(0);
		}
	});
});

describe('suggesting an entry', () => {
	it('asks for the date, who, what was said, the page it was read on and the exact words', () => {
		const form = parse(readFileSync('.github/ISSUE_TEMPLATE/suggest-entry.yml', 'utf8')) as {
			name: string;
			body: {
				type: string;
				id?: string;
				attributes: { label?: string };
				validations?: { required: boolean };
			}[];
		};
		const fields = form.body.filter((field) => field.type !== 'markdown' && field.type !== 'checkboxes');
		expect(fields.map((field) => field.id)).toEqual(['date', 'who', 'what', 'source', 'words']);
		expect(fields.filter((field) => field.validations?.required).map((field) => field.id)).toEqual([
			'date',
			'who',
			'what',
			'source',
		]);
		expect(fields.every((field) => field.attributes.label)).toBe(true);
	});

	it("gives pull requests the editor's checklist", () => {
		const template = readFileSync('.github/pull_request_template.md', 'utf8');
		for (const check of ['npm run validate', 'check-quotes.mjs', 'check-prose.mjs', '.ko.md', 'npm test'])
			expect(template).toContain(check);
	});
});
