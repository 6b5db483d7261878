/** JSON for a `<script type="application/ld+json">` element: whatever the data says, it cannot end the element. */
export function jsonForScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
