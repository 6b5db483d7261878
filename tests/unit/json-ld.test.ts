import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/json-ld.ts';

describe('JSON-LD in a script element', () => {
	it('escapes <, > and & so a title cannot close the element or open a comment, and still parses back', () => {
		const data = { headline: 'Nothing </script><script>alert(1)</script> <!-- & more' };
		const json = jsonForScript(data);
		expect(json).not.toMatch(/[<>&]/);
		expect(JSON.parse(json)).toEqual(data);
	});
});
