/** The parts of citation-js this site uses (the packages ship no types). */
declare module '@citation-js/core' {
	interface Register<T> {
		add(name: string, value: T): void;
		get(name: string): T;
		has(name: string): boolean;
	}
	export const plugins: {
		config: {
			get(name: '@csl'): { styles: Register<string>; locales: Register<string> };
			get(name: '@bibtex'): { format: Record<string, unknown> };
		};
		output: {
			/** Formats CSL-JSON items: `bibliography` (plugin-csl), `bibtex` (plugin-bibtex), `ris` (plugin-ris). */
			format(name: string, data: object[], options?: Record<string, unknown>): unknown;
		};
	};
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
