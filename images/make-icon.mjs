// Draws images/icon.png (128×128): a red tile with a white report sheet whose table is ruled in red, and a gold
// check mark. Pure Node (zlib for the PNG), 4×4 supersampled; run `node images/make-icon.mjs` to redraw.
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';

const SIZE = 128;
const SS = 4;

const RED = [200, 16, 46];
const WHITE = [255, 255, 255];
const PINK = [250, 214, 219];
const GOLD = [255, 196, 37];

function roundedRect(x, y, x0, y0, x1, y1, r) {
	if (x < x0 || x > x1 || y < y0 || y > y1) return false;
	const cx = Math.min(Math.max(x, x0 + r), x1 - r);
	const cy = Math.min(Math.max(y, y0 + r), y1 - r);
	return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
	const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
	return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** The colour at a point, or null outside the tile. */
function colourAt(x, y) {
	if (!roundedRect(x, y, 4, 4, 124, 124, 22)) return null;
	let c = RED;
	if (roundedRect(x, y, 28, 16, 100, 112, 6)) {
		c = WHITE;
		if (y >= 30 && y <= 44 && x >= 36 && x <= 92) c = PINK;
		const rows = [30, 44, 56, 68, 80, 92];
		const cols = [36, 58, 75, 92];
		const onRow = rows.some((r) => Math.abs(y - r) <= 1.25) && x >= 36 && x <= 92;
		const onCol = cols.some((k) => Math.abs(x - k) <= 1.25) && y >= 30 && y <= 92;
		if (onRow || onCol) c = RED;
	}
	if (Math.hypot(x - 96, y - 96) <= 22) {
		c = GOLD;
		const check = Math.min(segmentDistance(x, y, [85, 97], [93, 105]), segmentDistance(x, y, [93, 105], [108, 87]));
		if (check <= 4) c = WHITE;
	}
	return c;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
	raw[py * (SIZE * 4 + 1)] = 0;
	for (let px = 0; px < SIZE; px++) {
		let r = 0, g = 0, b = 0, a = 0;
		for (let sy = 0; sy < SS; sy++) {
			for (let sx = 0; sx < SS; sx++) {
				const c = colourAt(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
				if (!c) continue;
				r += c[0]; g += c[1]; b += c[2]; a++;
			}
		}
		const o = py * (SIZE * 4 + 1) + 1 + px * 4;
		raw[o] = a ? Math.round(r / a) : 0;
		raw[o + 1] = a ? Math.round(g / a) : 0;
		raw[o + 2] = a ? Math.round(b / a) : 0;
		raw[o + 3] = Math.round((255 * a) / (SS * SS));
	}
}

const CRC = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(bytes) {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	chunk('IHDR', header),
	chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
	chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(new URL('./icon.png', import.meta.url), png);
