/** Unit tests: real modules with real inputs, no build and no browser. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The base path the modules read (src/i18n/urls.ts): the root's, whatever the shell has.
		env: { BASE_PATH: '/' },
		// Some tests start Node (npm run new, validate on hostile folders): 5 s is too little on a busy 2-core machine.
		testTimeout: 30_000,
	},
});
