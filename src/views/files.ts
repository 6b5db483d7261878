/** A file a page offers to download: its format's name, its address, the name it is saved under and its media type. */
export interface FileLink {
	label: string;
	url: string;
	name: string;
	type: string;
}
