/** Unit tests: real modules with real inputs, no build and no browser. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
