/** `/events/<id>/cite.ris`, `/ko/events/<id>/cite.ris`: the entry's page as a reference, in RIS. */
import type { APIContext } from 'astro';
import type { CslItem } from '../../../../lib/citation/item.ts';
import { entryCitePaths } from '../../../../site/paths.ts';
import { citeResponse } from '../../../../views/citation.ts';

export const getStaticPaths = entryCitePaths;

export const GET = ({ props }: APIContext<{ items: CslItem[] }>) => citeResponse('ris', props.items);
