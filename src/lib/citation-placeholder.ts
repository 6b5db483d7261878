/** Stands for the day the reader looks at a citation; the page script fills it in (src/scripts/copy-button.ts). */
export const ACCESS_PLACEHOLDER = '[date of access]';
