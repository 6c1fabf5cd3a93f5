import type { Lang } from '../../engine/index';

/** Why a source file could not be read; the message names the reason, Chinese first. */
export type SourceProblem = 'encrypted' | 'scanned' | 'damaged' | 'doc' | 'not-docx' | 'not-report' | 'unsupported' | 'html';

export class SourceError extends Error {
	constructor(readonly problem: SourceProblem, readonly detail?: string) {
		super(problem + (detail ? `: ${detail}` : ''));
	}
}

const TEXT: Readonly<Record<SourceProblem, Readonly<Record<Lang, string>>>> = {
	encrypted: { zh: '无法读取：PDF 已加密（需要密码）', en: 'cannot read: the PDF is encrypted (it needs a password)' },
	scanned: { zh: '无法读取：PDF 只有图像、没有文字层（扫描件），需要先进行 OCR 文字识别', en: 'cannot read: the PDF has images but no text layer (a scan); it needs OCR first' },
	damaged: { zh: '无法读取：PDF 文件已损坏', en: 'cannot read: the PDF is damaged' },
	doc: { zh: '无法读取：旧版 Word 二进制文件（.doc），请先另存为 .docx', en: 'cannot read: an old binary Word file (.doc); save it as .docx first' },
	'not-docx': { zh: '无法读取：不是有效的 .docx 文件', en: 'cannot read: not a valid .docx file' },
	'not-report': { zh: '不是年度报告：文件中没有找到年度报告的部分标题或统计表', en: 'not an annual report: no section heading or table of a report was found' },
	html: { zh: '无需转换：网页由 nianbao check 和 export 直接读取', en: 'nothing to convert: nianbao check and export read web pages as they are' },
	unsupported: { zh: '无法读取：不支持的文件类型', en: 'cannot read: unsupported file type' },
};

export function sourceErrorMessage(e: SourceError, lang: Lang): string {
	return TEXT[e.problem][lang] + (e.detail && e.problem === 'damaged' ? `（${e.detail}）` : '');
}
