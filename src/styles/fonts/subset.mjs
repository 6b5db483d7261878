/**
 * Makes korean-name.woff2: the glyphs of the Korean edition's name (languages.ko.name, 한국어) from Noto Sans CJK KR
 * Regular, with the font's copyright and licence kept in it. Run by hand when that name changes:
 *
 *   apt-get install fonts-noto-cjk && npm install --no-save subset-font@2
 *   node src/styles/fonts/subset.mjs 한국어
 *
 * Debian ships the face inside a collection (NotoSansCJK-Regular.ttc, Korean second); the subsetter reads one face,
 * so its tables are copied out first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';

const [text] = process.argv.slice(2);
if (!text)
	throw new Error('Give the text whose glyphs the font holds: node src/styles/fonts/subset.mjs 한국어');

/** One face of a TrueType/OpenType collection as a font file of its own. */
function face(collection, index) {
	const start = collection.readUInt32BE(12 + 4 * index);
	const count = collection.readUInt16BE(start + 4);
	const directory = Buffer.alloc(12 + 16 * count);
	collection.copy(directory, 0, start, start + 12);
	const tables = [];
	let offset = directory.length;
	for (let i = 0; i < count; i++) {
		const record = start + 12 + 16 * i;
		const [from, length] = [collection.readUInt32BE(record + 8), collection.readUInt32BE(record + 12)];
		collection.copy(directory, 12 + 16 * i, record, record + 8);
		directory.writeUInt32BE(offset, 12 + 16 * i + 8);
		directory.writeUInt32BE(length, 12 + 16 * i + 12);
		const table = Buffer.alloc((length + 3) & ~3);
		collection.copy(table, 0, from, from + length);
		tables.push(table);
		offset += table.length;
	}
	return Buffer.concat([directory, ...tables]);
}

const korean = face(readFileSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'), 1);
const font = await subsetFont(korean, text, {
	targetFormat: 'woff2',
	// Copyright, names, version, trademark, licence and its address: the SIL Open Font License travels with the font.
	preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 7, 13, 14],
});
writeFileSync(new URL('korean-name.woff2', import.meta.url), font);
console.log(`korean-name.woff2: ${font.length} bytes, ${[...new Set(text)].length} glyphs`);
