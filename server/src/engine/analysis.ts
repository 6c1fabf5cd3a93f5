import { arithmeticModel } from './arithmetic/diagnose';
import type { Relations } from './arithmetic/relations';
import { NO_COMPANIONS, type Companions } from './companions';
import { EMPTY_CONFIG, type Config } from './config';
import { documentStyle } from './edit/edits';
import { isReport } from './features/recognise';
import type { SkeletonStyle } from './format/skeleton';
import type { TableVersion } from './format/tables';
import type { Report } from './model';
import { sharedCells, versionOf, type TableCell } from './query';
import { readModel } from './readModel';
import type { Diagnostic, ReportModel, RuleContext } from './rules/rule';
import { ruleContext, runRules } from './run';
import { LineIndex } from './text/lineIndex';

/**
 * One version of one document and everything derived from it, each computed on first use and at most once:
 * the line index, the model, the rule context (whose shared analyses, such as the relations, the rules and
 * the editor features both use), the diagnostics, the layout. Every feature of the server and the command
 * line takes an `Analysis`, so no feature derives a fact another one already has.
 */
export class Analysis {
	private readonly memo: {
		lines?: LineIndex;
		model?: ReportModel;
		context?: RuleContext;
		diagnostics?: readonly Diagnostic[];
		report?: Report;
		cells?: readonly TableCell[];
		style?: SkeletonStyle;
		isReport?: boolean;
	} = {};

	/** `companions`: the reports it is compared with (last year's), chosen by the caller; none by default. */
	constructor(readonly text: string, readonly config: Config = EMPTY_CONFIG, readonly companions: Companions = NO_COMPANIONS) {}

	/**
	 * The same version compared with other companions: the line index and the model are reused (a caller
	 * reads the model first to know which report is last year's), the rules and features run anew.
	 */
	withCompanions(companions: Companions): Analysis {
		const next = new Analysis(this.text, this.config, companions);
		next.memo.lines = this.memo.lines;
		next.memo.model = this.memo.model;
		next.memo.cells = this.memo.cells;
		next.memo.style = this.memo.style;
		next.memo.isReport = this.memo.isReport;
		return next;
	}

	get lines(): LineIndex {
		return (this.memo.lines ??= new LineIndex(this.text));
	}

	/** The structure: sections, metadata, the three tables. */
	get model(): ReportModel {
		return (this.memo.model ??= readModel(this.text, this.lines));
	}

	/** What rules see; analyses shared between rules live here and are shared with the features too. */
	get context(): RuleContext {
		return (this.memo.context ??= ruleContext(this.text, this.model, this.lines, this.companions));
	}

	/** Every rule's findings at the configured severities, in document order. */
	get diagnostics(): readonly Diagnostic[] {
		return (this.memo.diagnostics ??= runRules(this.text, this.model, this.lines, this.config, this.context));
	}

	/** The model with its diagnostics (what `analyze` returns). */
	get report(): Report {
		return (this.memo.report ??= { ...this.model, diagnostics: [...this.diagnostics] });
	}

	/** The arithmetic relations of docs/format.md (the same object the arithmetic rules use). */
	get relations(): Relations {
		return arithmeticModel(this.context);
	}

	/** Every cell the tables hold, with its table and row, in document order. */
	get cells(): readonly TableCell[] {
		return (this.memo.cells ??= sharedCells(this.context));
	}

	/** The cell at an offset (an empty cell is hit at its position). */
	cellAt(offset: number): TableCell | null {
		return this.cells.find((c) => c.cell.span.start <= offset && offset <= c.cell.span.end) ?? null;
	}

	/** The table style the document uses, for text written into it. */
	get style(): SkeletonStyle {
		return (this.memo.style ??= documentStyle(this.text, this.model));
	}

	/** The line break the document uses. */
	get eol(): string {
		return this.context.eol;
	}

	/** The version tables of this report are written in. */
	get tableVersion(): TableVersion {
		return versionOf(this.model);
	}

	/** Whether the text reads as an annual report (for plain text and Markdown documents). */
	get isReport(): boolean {
		return (this.memo.isReport ??= isReport(this.text, this.model));
	}
}
