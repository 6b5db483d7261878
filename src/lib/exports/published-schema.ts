/** What the open data's zod schemas share, and how each becomes the JSON Schema published beside its file. */
import { z } from 'astro/zod';
import { localUrl } from '../../i18n/urls.ts';

/** A date as the content writes it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const calendarDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** The JSON Schema of `schema`, as published at `path` (`/events.schema.json`) on `site`, which is its `$id`. */
export function publishedSchema(schema: z.ZodType, path: string, site: URL): object {
	return {
		$id: new URL(localUrl(path), site).href,
		...(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as object),
	};
}
