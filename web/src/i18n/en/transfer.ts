import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/transfer.js';

/** Data: the import screen and the export buttons (issue 11, decision 0057). */
export const messages: Widen<typeof zh> = {
  imports: {
    nav: 'Import data',
    title: 'Import data',
    intro:
      'Enter records in bulk from an Excel template or CSV: check the file first (a trial run that stores nothing), fix what the report lists, then commit.',
    signInTitle: 'Please sign in',
    signInText: 'Sign in to import data.',
    noKinds:
      'Your account may not import any kind of data. Ask an administrator for editing rights to enter records in bulk.',
    kinds: {
      projects: 'Projects (with locations and donor shares)',
      ledger: 'Fund ledger',
      'plan-items': 'Annual plan items',
      people: 'People and postings',
      training: 'Training sessions',
    },
    steps: {
      template: 'Download the template',
      upload: 'Upload the file',
      check: 'Check the problems',
      commit: 'Commit',
    },
    templateTitle: 'Choose the kind and download its template',
    kind: 'Kind',
    programme: 'Programme',
    programmeNone: 'As the file says',
    programmeHint: 'Rows that name no programme go to this one; ledger rows must belong to it.',
    templateZh: 'Chinese template',
    templateEn: 'English template',
    templateHint:
      'The template explains each column (header comments) and has drop-down lists, formats and an example row; the example row is never imported.',
    uploadTitle: 'Upload the filled file',
    uploadDrop: 'Click to choose, or drop, an .xlsx or .csv file',
    uploadHint:
      'CSV may be UTF-8 or GBK/GB18030 (what Chinese Excel writes); at most 32 MB a file. The file is checked as soon as it is chosen; nothing is stored.',
    tooLarge: 'The file is larger than 32 MB. Split it and import the parts one by one.',
    notFile: 'Choose an .xlsx or .csv file',
    checking: 'Checking “{{name}}”… a large file may take a minute or two; keep this page open.',
    checkFailed: 'The file could not be checked',
    reportTitle: 'Check results',
    file: 'File',
    rows: 'Rows read',
    accepted: 'Importable',
    skipped: 'To be skipped',
    severity: {
      critical: 'Critical',
      error: 'Error',
      warning: 'Warning',
    },
    severityHint: {
      critical: 'nothing in the file can be imported',
      error: 'the row will be skipped',
      warning: 'imported as read: please check',
    },
    criticalAlert:
      'The file has critical problems: no row can be imported. Fix the problems below and upload it again.',
    readyAlert: 'Rows that can be imported: {{accepted}}; rows to be skipped: {{skipped}}.',
    readyClean: 'Every row can be imported ({{accepted}}); no problems found.',
    nothingAlert: 'No row can be imported: see the problems below.',
    problemsTitle: 'Problems ({{count}})',
    noProblems: 'No problems found',
    noMatch: 'No problem matches the filters',
    filterSeverity: 'Filter by severity',
    filterColumn: 'Filter by column',
    allSeverities: 'All ({{count}})',
    severityCount: '{{label}} ({{count}})',
    allColumns: 'All columns',
    colSeverity: 'Severity',
    colSheet: 'Sheet',
    colRow: 'Row',
    colColumn: 'Column',
    colValue: 'Cell value',
    colMessage: 'Message',
    wholeFile: 'Whole file',
    wholeRow: 'Whole row',
    csvSheet: 'CSV file',
    downloadReport: 'Download the report (XLSX)',
    downloadReportHint:
      'Each problem is coloured by severity in its cell, with a comment; fix the cells and upload that workbook again as it is.',
    reportFailed: 'The report could not be downloaded: {{detail}}',
    commit: 'Import the rows ({{count}})',
    commitConfirmTitle: 'Import the rows ({{count}})?',
    commitConfirmText:
      'All rows are written in one transaction and recorded in the history as one import; rows with errors are skipped. Importing the same file again writes nothing twice.',
    commitOk: 'Import',
    cancel: 'Cancel',
    commitFailed: 'The import failed: {{detail}}',
    again: 'Choose another file',
    doneTitle: 'Imported: new records {{created}}',
    doneNothing: 'Nothing new: every record in the file exists already or was skipped',
    doneCounts:
      '{{rows}} rows read; {{created}} created, {{existing}} skipped as already there, {{refused}} refused.',
    doneProblems: 'Problems of the import ({{count}})',
    toList: 'See them in the registry',
    another: 'Import another file',
  },
  exports: {
    button: {
      projects: 'Export projects',
      ledger: 'Export the ledger',
      'plan-items': 'Export plan items',
    },
    xlsx: 'Excel workbook (.xlsx)',
    csv: 'CSV text (.csv, UTF-8)',
    allVisible:
      'Downloads every record you may see (the list’s filters are not applied yet); the file imports again as a template.',
    filtered: 'Downloads what the filters show; the file imports again as a template.',
  },
};
