/** `/actors/<id>/entries.json`, `/years/<yyyy>/entries.json`, …, and under `/ko/`: a facet value's entries, as JSON. */
import type { APIContext } from 'astro';
import { sliceJson, type SliceEntry } from '../../../../lib/exports/slice.ts';
import { facetSlicePaths } from '../../../../site/paths.ts';

export const getStaticPaths = facetSlicePaths;

export const GET = ({ props }: APIContext<{ filter: string; entries: SliceEntry[] }>) =>
	new Response(sliceJson(props.filter, props.entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
