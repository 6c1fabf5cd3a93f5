/**
 * The rule registry: one import and one entry per rule. test/rules/registry.test.ts keeps it in step with
 * the rule files, their ids, their documentation and their tests.
 */
import appealTotal from './appeal-total';
import balance from './balance';
import blankCell from './blank-cell';
import blankTable from './blank-table';
import carryoverMismatch from './carryover-mismatch';
import cellCount from './cell-count';
import emptySection from './empty-section';
import formatVersion from './format-version';
import headingWording from './heading-wording';
import legacyStructure from './legacy-structure';
import missingFeeReport from './missing-fee-report';
import missingRectification from './missing-rectification';
import missingRow from './missing-row';
import missingSection from './missing-section';
import missingTable from './missing-table';
import missingTitle from './missing-title';
import negativeCount from './negative-count';
import notANumber from './not-a-number';
import publicationDate from './publication-date';
import publishedExceedsTotal from './published-exceeds-total';
import repeatedWord from './repeated-word';
import resultTotal from './result-total';
import rowTotal from './row-total';
import sectionOrder from './section-order';
import similarToLastYear from './similar-to-last-year';
import textTableMismatch from './text-table-mismatch';
import unknownRow from './unknown-row';
import unparsedTable from './unparsed-table';
import wrongYear from './wrong-year';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
	missingSection,
	sectionOrder,
	headingWording,
	legacyStructure,
	missingTitle,
	missingTable,
	missingRow,
	unknownRow,
	formatVersion,
	cellCount,
	notANumber,
	blankCell,
	blankTable,
	negativeCount,
	rowTotal,
	resultTotal,
	balance,
	appealTotal,
	unparsedTable,
	publicationDate,
	textTableMismatch,
	carryoverMismatch,
	similarToLastYear,
	publishedExceedsTotal,
	missingRectification,
	missingFeeReport,
	emptySection,
	wrongYear,
	repeatedWord,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
