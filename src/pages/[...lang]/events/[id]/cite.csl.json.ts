/** `/events/<id>/cite.csl.json`, `/ko/events/<id>/cite.csl.json`: the entry's page as a reference, in CSL-JSON. */
import type { APIContext } from 'astro';
import type { CslItem } from '../../../../lib/citation/item.ts';
import { entryCitePaths } from '../../../../site/paths.ts';
import { citeResponse } from '../../../../views/citation.ts';

export const getStaticPaths = entryCitePaths;

export const GET = ({ props }: APIContext<{ items: CslItem[] }>) => citeResponse('csl.json', props.items);
