/**
 * Site tests: builds of fixture content folders (tests/build), and the built site (dist/) served by `astro preview`
 * and read in headless Chromium (tests/browser).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/support/preview-server.ts'],
		testTimeout: 120_000,
		hookTimeout: 60_000,
		// One Chromium at a time on a 2-core machine.
		fileParallelism: false,
	},
});
