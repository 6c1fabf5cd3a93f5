import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeReport } from './reports';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-summary-'));
const row = (n: number) => [n, 0, 0, 0, 0, 0, n];
const flow = (newRequests: number, carriedOver: number, carriedForward: number) => ({
	newRequests: row(newRequests), carriedOver: row(carriedOver), granted: row(newRequests + carriedOver - carriedForward),
	resultTotal: row(newRequests + carriedOver - carriedForward), carriedForward: row(carriedForward),
});

/** A folder of reports: one body over two years (the second carrying over the wrong number), another body, a README. */
export function reportFolder(): string {
	const dir = tmp();
	fs.mkdirSync(path.join(dir, 'reports', '林业局'), { recursive: true });
	fs.writeFileSync(path.join(dir, 'reports', '林业局', '2022.txt'), makeReport({ year: 2022, body: '某某县林业局', rows: flow(10, 0, 3) }));
	fs.writeFileSync(path.join(dir, 'reports', '林业局', '2023 年 #1.txt'), makeReport({ year: 2023, body: '某某县林业局', rows: flow(7, 2, 0) }));
	fs.writeFileSync(path.join(dir, 'reports', '交通局.txt'), makeReport({ year: 2023, body: '某某县交通运输局' }).replace('2024年1月20日', '2024年2月3日'));
	fs.writeFileSync(path.join(dir, 'reports', 'README.md'), '# 说明\n这个文件夹放年报。\n');
	return dir;
}

