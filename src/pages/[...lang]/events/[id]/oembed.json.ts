/** `/events/<id>/oembed.json`, `/ko/events/<id>/oembed.json`: the oEmbed response for the entry's card. */
import type { APIContext } from 'astro';
import type { oembedResponse } from '../../../../views/embed.ts';
import { oembedPaths } from '../../../../site/paths.ts';

export const getStaticPaths = oembedPaths;

export function GET({ props }: APIContext<{ oembed: ReturnType<typeof oembedResponse> }>) {
	return new Response(JSON.stringify(props.oembed, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
