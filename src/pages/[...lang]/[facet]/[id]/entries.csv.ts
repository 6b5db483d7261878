/** `/actors/<id>/entries.csv`, `/years/<yyyy>/entries.csv`, …, and under `/ko/`: a facet value's entries, as CSV. */
import type { APIContext } from 'astro';
import { sliceCsv, type SliceEntry } from '../../../../lib/exports/slice.ts';
import { facetSlicePaths } from '../../../../site/paths.ts';

export const getStaticPaths = facetSlicePaths;

export const GET = ({ props }: APIContext<{ entries: SliceEntry[] }>) =>
	new Response(sliceCsv(props.entries), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
