import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/problems.js';

/** The API's problems by code. */
export const messages: Widen<typeof zh> = {
  problems: {
    badRequest: 'The request is malformed',
    invalidInput: '{{detail}}',
    notFound: '{{detail}}',
    conflict: '{{detail}}',
    unauthenticated: 'Please log in first',
    forbidden: 'You are not allowed to do this',
    tooManyRequests: 'Too many requests; try again later',
    internal: 'Something went wrong; the request id is logged',
    request: {
      notJson: 'The body is not valid JSON',
      tooLarge: 'The body is too large',
      mediaType: 'Unsupported media type: send application/json',
      method: 'Method not allowed',
      crossOrigin: 'A request from another site was refused',
      badUrl: 'The address could not be read',
      headersTooLarge: 'The address or the request headers are too long',
      timeout: 'The request took too long',
      unreadable: 'The request could not be read',
      charset: 'Send the request as UTF-8',
      host: 'This server does not answer to that host name',
      rateLimited: 'Too many requests without signing in; try again in {{seconds}} s or sign in',
    },
    route: {
      notFound: 'No such API route',
    },
    validation: {
      required: 'Required',
      type: 'Wrong type',
      number: 'Expected a number',
      integer: 'Expected a whole number',
      text: 'Expected text',
      boolean: 'Expected true or false',
      list: 'Expected a list',
      object: 'Expected an object',
      tooShort: 'At least {{minimum}} characters',
      tooLong: 'At most {{maximum}} characters',
      tooSmall: 'At least {{minimum}}',
      tooSmallExclusive: 'More than {{minimum}}',
      tooLarge: 'At most {{maximum}}',
      tooLargeExclusive: 'Less than {{maximum}}',
      tooFew: 'At least {{minimum}} items',
      tooMany: 'At most {{maximum}} items',
      date: 'Expected a date written YYYY-MM-DD',
      dateRange: 'A date from 1949-01-01 to 2100-12-31',
      dateTime: 'Expected a date and time (ISO 8601)',
      format: 'Not in the expected format',
      controlCharacter: 'Must not contain control characters (such as NUL)',
      oneOf: 'Not one of the allowed values',
      unknownKeys: 'Unknown fields: {{keys}}',
      multipleOf: 'A multiple of {{divisor}}',
      invalid: 'Invalid',
      ifMatch: 'Must be the ETag of the record, e.g. "3"',
      recordCode: 'Letters, digits, ".", "_" or "-" (1–64)',
      programmeCode: 'A programme code, e.g. xinjiang',
      typeCode: 'Lower-case letters, digits and "-", e.g. livelihood',
      wholeFen: 'Must be a whole number of fen',
      notNegative: 'Must not be negative',
      calendarDate: 'Must be a calendar date written YYYY-MM-DD',
      areaCode: 'Must be an area code: 2, 4, 6, 9 or 12 digits (e.g. 6532 or 653201)',
    },
    auth: {
      required: 'Sign in first (session cookie or API token)',
      signIn: 'Sign in first',
      sessionExpired: 'The session is invalid or has expired; sign in again',
      tokenInvalid: 'The API token is unknown, revoked or expired',
      wrongCredentials: 'Wrong username or password',
      disabled: 'This account is disabled',
      tooManyAttempts: 'Too many failed sign-ins; try again in {{minutes}} minute(s)',
      userGone: 'The signed-in user no longer exists',
    },
    access: {
      denied: 'You are not allowed to do this',
    },
    token: {
      userOnly: 'API tokens belong to users; act as one',
      notFound: 'No API token {{id}}',
      name: 'A token needs a name of 1–{{max}} characters',
      expiryPast: 'The expiry must be a time in the future',
    },
    user: {
      notFound: 'No user {{username}}',
      taken: 'The username {{username}} is taken',
      stale: 'The user changed since version {{given}} (now {{current}}); reload and try again',
      username: 'A username has 3–64 characters: letters a–z, digits, ".", "_" or "-"',
      displayNameTooLong: 'A display name has at most {{max}} characters',
      disableSelf: 'You cannot disable your own account',
      versionMismatch: 'If-Match and version in the body disagree',
      versionRequired: 'Send the version you edited: If-Match: "<version>" or version in the body',
      grantOrgUnknown: 'No organisation has code {{code}}',
      grantAreaUnknown: 'No area has code {{code}}',
      donorEditorNeedsOrg: 'A donor editor needs an organisation',
      recipientEditorNeedsArea: 'A recipient editor needs an area',
    },
    password: {
      tooShort: 'The password is too short: at least {{min}} characters, got {{length}}',
      tooLong: 'The password is too long: at most {{max}} characters',
      repeats: 'The password repeats one character; choose one that is harder to guess',
      currentRequired: 'To change your own password, give the current one',
      currentWrong: 'The current password is wrong',
    },
    version: {
      stale:
        'The record has changed: you have version {{expected}}, the current version is {{actual}}; reload and try again',
      concurrent: 'The record was changed by someone else meanwhile; reload and try again',
    },
    programme: {
      notFound: 'No programme {{code}}',
      unknown: 'No programme {{code}}',
      yearOutside: '{{programme}} runs {{start}}–{{end}}',
    },
    organisation: {
      notFound: 'No organisation {{code}}',
      unknown: 'No organisation {{code}}',
      exists: 'Organisation {{code}} already exists',
      cycle: '{{parent}} lies below {{code}}: a cycle',
    },
    area: {
      notFound: 'No area {{code}}',
      unknown: 'No area {{code}}',
      exists: 'Area {{code}} already exists',
      levelMismatch: 'The level does not match code {{code}}',
      parentNotAbove: '{{parent}} is not above {{code}}',
      parentLevel: "The parent area's level cannot hold this level",
    },
    dates: {
      endBeforeStart: 'Must not be before the start date ({{validFrom}})',
    },
    pairing: {
      notFound: 'No pairing {{id}}',
      unknown: 'No pairing {{id}}',
      overlap: 'Overlaps pairing {{id}} ({{from}} – {{to}})',
      subDonor: "A sub-pairing's donor must be {{donor}} or one of its organisations",
      withinParent: 'Must lie within {{area}}',
      parentPairsOrgs:
        'Pairing {{id}} pairs organisations; its sub-pairings name a recipient organisation',
      endsByParent: 'Must end by {{validTo}}, as the pairing it sits under',
      startsAfterParent: 'Must not be before {{validFrom}}',
      endsByParentOnly: 'Must end by {{validTo}}, as its parent',
      oneRecipient: 'Name exactly one recipient: an area or an organisation',
      programmeRequired: 'A top-level pairing needs a programme',
      programmeAsParent: 'Must be {{programme}}, as its parent',
      selfPair: 'An organisation cannot pair with itself',
    },
    project: {
      notFound: 'No project {{code}}',
      unknown: 'No project {{code}}',
      exists: 'Project {{code}} already exists',
      typeUnknown: 'No project type {{code}}',
      codeFixed: 'A project code does not change',
      stageByTransition:
        'Stages change through a stage transition ({{from, stage}} → {{to, stage}})',
      suspendedFromRequired: 'Name the stage it was suspended from',
      suspendedFromOnly: 'Only for a suspended or cancelled project',
      reasonRequired: 'Say why the project is {{stage, stage}}',
      donorRequired: 'Name the donor (or donors)',
      donorTwice: '{{org}} is listed twice',
      leadNotDonor: '{{donor}} is not among donors',
      leadNotLargest: 'The lead donor must have the largest share ({{top}})',
      sharesSum: 'Shares must sum to 10000 basis points (100%); these sum to {{sum}}',
      locationTwice: '{{area}} is listed twice',
      livelihoodReason:
        "The type's livelihood share is {{typeBp}}; say why this project's is {{bp}}",
    },
    stage: {
      already: 'The project is already {{to, stage}}',
      final: 'A project that is {{from, stage}} cannot change stage',
      resumeTo:
        'A suspended project resumes only to {{stage, stage}}, the stage it was suspended from',
      noCancelSuspendedAfterAcceptance: 'A project suspended after acceptance cannot be cancelled',
      noCancel: 'A project that is {{from, stage}} (after acceptance) cannot be cancelled',
      noSuspend: 'A project that is {{from, stage}} cannot be suspended',
      backwards: 'Stages do not go backwards ({{from, stage}} → {{to, stage}})',
      skips: '{{from, stage}} → {{to, stage}} skips a stage; next is {{next, stages}}',
      dateBefore: 'Must not be before {{since}}, when it became {{stage, stage}}',
    },
    document: {
      notFound: 'No document {{id}} in project {{project}}',
      tooLarge: 'A document may have at most 10 MiB',
      mediaType:
        '{{mediaType}} is not accepted; use PDF, an image, an office document, zip or text',
      empty: 'The file is empty',
      contentMismatch: 'The content is not {{mediaType}}',
    },
    result: {
      genderExceeds: 'Female + male exceeds value',
      exceedsValue: 'Exceeds value',
    },
    ledger: {
      projectCancelled: 'Project {{code}} is cancelled: its ledger is closed',
      projectTotalTooLarge:
        'Project {{code}}: its transactions of this type would sum to more than 10 trillion yuan',
      transactionNotFound: 'No transaction {{id}} on project {{project}}',
      reversal: {
        ofReversal: 'A reversal cannot itself be reversed',
        twice: 'This entry is already reversed by entry {{reversal}}',
        date: 'The reversal date must lie in {{year}} and not before {{date}}',
      },
    },
    rates: {
      donorRequired: 'Name one of your donors: {{donors}}',
      projectNotInProgramme: 'No project {{project}} in {{programme}}',
    },
    plan: {
      notFound: 'No plan {{id}}',
      exists: 'This donor already has plan {{id}} for {{year}}',
      cannotEdit: 'Only a draft or returned plan can be edited',
      cannotSubmit: 'Only a draft or returned plan can be submitted',
      cannotApprove: 'Only a submitted plan can be approved',
      cannotReturn: 'Only a submitted plan can be returned',
      returnReason: 'Say why the plan is returned',
      itemProgramme: 'Project {{project}} belongs to {{programme}}, not {{planProgramme}}',
      itemNotDonor: '{{donor}} is not a donor of project {{project}}',
      itemTwice: 'Project {{project}} is listed twice',
      itemsOverTotal: 'The items add up to {{sum, money}}, more than the total of {{total, money}}',
    },
    compliance: {
      notDonor: '{{code}} is not a donor of {{programme}}; ask for its donor',
    },
    quality: {
      ruleUnknown: 'No data-quality rule {{rule}}',
    },
    warning: {
      notFound: 'No warning {{id}}',
      noteRequired: 'Write a resolution note',
      bulkItemRefused: 'Item {{index}} (warning {{id}}) was refused; none of the warnings changed',
      bulkTooMany: 'At most {{max}} warnings at once ({{count}} selected)',
      ownerUnknown: 'No active user {{id}}',
    },
    company: {
      notFound: 'No company {{id}}',
      creditCode:
        'The unified social credit code {{code}} is invalid (18 characters, GB 32100 check character)',
      creditCodeTaken: 'The credit code {{code}} is already registered (company {{id}})',
      localHires: 'Local hires ({{localHires}}) cannot exceed actual jobs ({{jobsActual}})',
    },
    companyOfficer: {
      startBefore: 'The new officer must start after the current one started ({{date}})',
    },
    companyCase: {
      notFound: 'No case {{id}}',
      badMove: 'A case cannot move from “{{from, caseStatus}}” to “{{to, caseStatus}}”',
      noResponse: 'The case has no response yet: it cannot be “{{to, caseStatus}}”',
      rejectReason: 'A rejected case needs a reason',
      finished: 'The case is “{{status, caseStatus}}”: it takes no more responses',
      responseBeforeOpened: 'A response cannot precede the case (opened {{openedAt}})',
    },
    consumption: {
      saleNotFound: 'No sale {{id}}',
      bulkRefused: 'Rows with errors: {{count}}; nothing was saved',
    },
    training: {
      programmeNotFound: 'No training programme {{code}}',
      programmeUnknown: 'No training programme {{code}}',
      programmeExists: 'Training programme {{code}} already exists',
      programmeOtherProgramme:
        'Training programme {{code}} belongs to {{programme}}, not {{sessionProgramme}}',
      sessionNotFound: 'No training session {{id}}',
      endBeforeStart: 'The end date must not be before the start date ({{startDate}})',
      personTimesBelowParticipants:
        'Person-times ({{personTimes}}) must not be fewer than the distinct participants ({{participants}})',
      namedAboveParticipants:
        '{{named}} named participants are more than the {{participants}} distinct participants',
      outcomeAboveParticipants:
        'This outcome ({{value}}) cannot exceed the distinct participants ({{participants}})',
    },
    exchange: {
      notFound: 'No exchange activity {{id}}',
      endBeforeStart: 'The end date must not be before the start date ({{startDate}})',
    },
    people: {
      personNotFound: 'No person {{id}}',
      batchNotFound: 'No such batch',
      postingNotFound: 'No posting {{id}}',
      idCardFormat: 'An ID-card number is 17 digits and a check character (a digit or X)',
      idCardBirthDate: 'The birth date {{date}} in the ID-card number is not a real date',
      idCardCheckDigit: 'Wrong check character (GB 11643): expected {{expected}}',
      idCardTaken: 'Another person has this ID-card number',
      donorHasPostings:
        'The person already has postings ({{postings}}): the donor can change only before the first posting',
      hostOrgRequired: 'Name the host organisation (a known one or its name)',
      kindUnknown: 'No personnel kind {{code}}',
      batchUnknown: 'No batch {{id}}',
      batchMismatch:
        'Batch {{id}} belongs to {{donor}} in {{programme}}, not to this person’s donor and programme',
      batchExists: '{{donor}} already has batch {{number}} in {{programme}}',
      termEndsBeforeStart: 'The term ends ({{end}}) before it starts ({{start}})',
      postingOverlap: 'Overlaps the person’s posting in {{area}} ({{role}}, {{start}} to {{end}})',
      outsidePairing:
        '{{donor}} is not paired with {{area}} on {{date}}: mark the posting cross-pair if it is meant so',
      endReasonRequired: 'The term ends before its planned end ({{planned}}): give the reason',
      alreadyEnded: 'The posting already ended on {{date}}',
    },
    job: {
      notFound: 'No job {{id}}',
      notFailed: 'Only a failed job can be retried',
    },
    indicators: {
      notFound: 'No {{kind}} with the code {{code}}',
      codeTaken: 'The code {{code}} is already used by {{usedBy}}',
      codeIsMeasure: 'The code {{code}} is the name of a registered measure',
      aggregationForType:
        'An element of type {{valueType}} cannot be aggregated by {{aggregation}}',
      scaleForType: 'Only number elements have decimal places ({{valueType}} has none)',
      formulaSyntax: 'The formula is malformed at character {{position}}: {{reason}}',
      formulaUnknownCode: 'The formula names an unknown code {{code}}',
      formulaCycle: 'The formula refers to itself: {{path}}',
      formulaText: 'A formula cannot use the text element {{code}}',
      unknownItem: 'No data element or indicator with the code {{code}}',
      itemTwice: '{{code}} is listed twice in the set',
      reporterTwice: 'The reporting unit {{area}} is listed twice',
      periodFormat: 'The period {{period}} is not one (2024, 2024-H1, 2024-Q3 or 2024-07)',
      periodType: 'The set is reported by {{type}}; {{period}} is not one',
      periodOutsideProgramme:
        'The period {{period}} lies outside the programme {{programme}} ({{from}}–{{to}})',
      notReporter: '{{area}} does not report the set {{set}}',
      elementNotInSet: 'The data element {{element}} is not in the set {{set}}',
      fieldTwice: 'The same cell of {{element}} is given twice',
      notNumeric: '{{element}} takes a number (got {{value}})',
      tooManyDecimals: '{{element}} takes at most {{scale}} decimal places',
      notText: '{{element}} takes a text',
      outOfRange: 'The value of {{element}} is out of range',
      badCell: 'The disaggregation {{name}} of {{element}} is not one of its cells',
      mixedCells: '{{element}} takes either a total or its cells, not both',
      periodOverlap: '{{element}} already has a value for the overlapping period {{other}}',
      donorRequired: 'A donor editor enters values for a donor: name it',
      textNotAggregable: 'The text element {{measure}} cannot be summed or averaged',
      percentageNotSummable:
        'The percentage {{measure}} cannot be summed over several areas or donors: group by a finer area',
    },
    analytics: {
      unknownMeasure: 'No measure named {{name}}',
      unknownDimension: 'Cannot group by {{name}}; known: {{known}}',
      dimensionTwice: 'The dimension {{name}} is given twice',
      dimensionUnsupported: 'The measure {{measure}} cannot be grouped by {{name}}',
      unknownFilter: 'No filter named {{name}}; known: {{known}}',
      periodReversed: 'The period starts ({{from}}) after it ends ({{to}})',
      periodNotWholeYears:
        'By area, the measure {{measure}} is split per year: the period must run from 1 January to 31 December (it is {{from}} to {{to}})',
      unknownGranularity: 'No period granularity {{name}}; known: {{known}}',
      granularityUnsupported:
        'The measure {{measure}} cannot key its period by {{name}}; it can by: {{known}}',
      filterUnsupported: 'The measure {{measure}} cannot be filtered by {{name}}',
      unknownStage: 'No project stage {{name}}; known: {{known}}',
      unknownPairing: 'No pairing class {{name}}; known: {{known}}',
    },
    team: {
      notFound: 'No team {{id}}',
      memberNotFound: 'Team {{team}} has no member entry {{id}}',
      hostRequired: 'Name the host institution (a code or a name)',
      unknownPerson: 'No person {{id}}',
      memberOverlap: 'This person is already a member ({{from}} – {{to}}): the dates overlap',
      leaderOverlap: 'One leader at a time: a leader serves {{from}} – {{to}}',
      memberOutsideTeam: "A member's dates must lie within the team's ({{from}} – {{to}})",
    },
    institutionPairing: {
      notFound: 'No institution pairing {{id}}',
      parentRequired:
        "An institution pairing belongs under a donor's area pairing ({{id}} is not one)",
      departmentRequired: "A hospital–department pairing names the recipient hospital's department",
      townshipRequired: 'A township pairing names a township as its recipient',
      orgRequired: 'This kind of pairing names a recipient organisation',
      overlap: 'Overlaps institution pairing {{id}} ({{from}} – {{to}})',
    },
    mentoring: {
      notFound: 'No mentoring {{id}}',
      menteeOrgRequired: "Name the mentee's organisation (a code or a name)",
      assessmentYear:
        "An assessment's year must lie within the mentoring's years ({{from}} – {{to}})",
    },
    import: {
      unreadable: 'the file cannot be read: it is neither an Excel workbook (.xlsx) nor CSV text',
      oldExcel: 'this is an old Excel file (.xls): save it as .xlsx in Excel, then import it',
      tooLarge:
        'the file would inflate to more than {{limit}} MB (or is compressed suspiciously well): refused',
      notTemplate:
        'this workbook is not a Shanhai template (its identifying sheet is missing): download the template first',
      wrongKind: 'this workbook is a "{{found}}" template, not "{{expected}}"',
      oldVersion:
        'template version {{found}} is out of date (now {{current}}): download the new template and copy the data into it',
      missingSheet: 'the sheet "{{sheet}}" is missing',
      missingColumn: 'the required column "{{column}}" is missing',
      unknownColumn: 'unknown column "{{column}}": ignored',
      noRows: 'the file has no data rows',
      programmeUnknown: 'no programme {{code}}',
      required: '"{{column}}" is required',
      notNumber: '"{{value}}" is not a number',
      notWhole: '"{{value}}" must be a whole number',
      tooManyDecimals: 'the amount "{{value}}" has more than two decimals (fen)',
      negative: '"{{value}}" must not be negative',
      wanYuan: '"{{value}}" is in 10,000 yuan (万元) but this column is in yuan: enter {{yuan}}',
      thousands: '"{{value}}" has thousands separators: read as {{number}}',
      looksLikeWanYuan:
        'a budget of only {{value}} yuan: was it entered in 10,000 yuan (万元)? This column is in yuan',
      notDate: '"{{value}}" is not a date (write YYYY-MM-DD)',
      notMonth: '"{{value}}" is not a month (write YYYY-MM, e.g. 2026-04)',
      numberNotText:
        '"{{value}}" is a number cell but this column must be text: an ID card number typed as a number loses its last digits and the X check character. Format the cells as text and type it again',
      dateSerial: 'a date given as the Excel serial number {{value}}: read as {{date}}',
      dateText: 'a date written as the text "{{value}}": read as {{date}}',
      formula:
        'the cell holds a formula ({{formula}}): its computed value was used; paste values instead',
      formulaNoValue:
        'the cell holds a formula ({{formula}}) with no saved result: paste values instead',
      cellError: 'the cell holds the error {{value}}',
      mergedCells: 'the row has merged cells ({{range}}): unmerge them and fill each row',
      unknownCode: '"{{value}}" is not a known {{list}}',
      ambiguousName:
        '"{{value}}" matches several of {{list}}: pick it from the drop-down list (with its code)',
      badShares:
        '"{{value}}" cannot be read: write "code=percent; code=percent", e.g. 653201=60%; 653222=40%',
      notYesNo: '"{{value}}" must be yes or no',
      invalid: 'the value of "{{column}}" is not accepted',
      tooLong: '"{{column}}" takes at most {{maximum}} characters',
      duplicateCode:
        'the code {{code}} appears more than once in the file (rows {{rows}}): none of them is imported',
      duplicateRow:
        'identical to rows {{rows}}: none of them is imported; if they are separate entries, tell them apart in the note',
      exists: '{{code}} exists already: row skipped (an import does not change existing records)',
      alreadyRecorded:
        'the ledger holds an identical entry already (project, type, planned, amount, date, organisations, note): row skipped',
      outOfScope: 'you may not enter this row ({{code}}): it is outside your grants',
      otherProgramme:
        'project {{code}} belongs to the programme {{programme}}, not the one imported into',
    },
    report: {
      uyghurFontMissing:
        'the server has no font with the Arabic script to draw the Uyghur PDF report with: install fonts-noto-core (Debian/Ubuntu: apt-get install fonts-noto-core) or point SHANHAI_PDF_FONT_UG at a TTF/OTF font file with the Arabic script (looked for: {{paths}}). The Chinese and English reports work without it.',
      fontMissing:
        'the server has no Chinese font to draw the PDF report with: install fonts-wqy-microhei (Debian/Ubuntu: apt-get install fonts-wqy-microhei) or point SHANHAI_PDF_FONT at a TTF/TTC/OTF Chinese font file (looked for: {paths}). The report page of the web app prints without it.',
    },
    importJob: {
      notFound: 'no import job {{id}}',
      busy: 'too many import jobs are waiting ({{max}}): try again shortly',
      interrupted:
        'the server restarted and interrupted the import job: nothing was stored. Upload the file again',
      failed: 'the import job failed on a server error: nothing was stored',
    },
    iati: {
      malformed:
        'the file is not well-formed XML (line {{line}}): {{reason}}. Nothing was imported',
      doctype:
        'the file declares a DOCTYPE (line {{line}}): refused, so that no entity can be expanded or fetched',
      notIati: 'the file is not an IATI activities file (its root element is {{root}})',
      optionUnknown: 'the code {{code}} given to {{option}} does not exist',
      noIdentifier: 'the activity has no iati-identifier: skipped',
      duplicate:
        'the activity {{identifier}} appears more than once in the file: only the first is imported',
      exists:
        'the activity {{identifier}} was imported already (project {{code}}): skipped (an import does not change existing projects)',
      orgUnmatched: 'the organisation {{ref}} ({{name}}) is not a Shanhai organisation: not linked',
      noDonor:
        'none of the activity’s funding organisations is a Shanhai donor and no --donor was given: skipped',
      noType: 'the activity carries no Shanhai project type and no --type was given: skipped',
      noArea: 'the activity carries no GB/T 2260 location and no --area was given: skipped',
      noTitle:
        'the activity {{identifier}} has no title: its identifier is used as the project name',
      typeKept:
        '{{count}} transactions of type {{type}} are not of a ledger type: kept as read in the IATI transactions, not entered in the ledger',
      noRate:
        'no {{currency}} rate in force on the value date: {{count}} values kept in their currency, not entered in the ledger (maintain the rates, then import again)',
      tx: {
        value:
          'the transaction value {{value}} is not a positive amount: kept as read, not entered in the ledger',
        date: 'the transaction has no date: kept as read, not entered in the ledger',
        currency:
          'neither the transaction nor the activity names a currency: kept as read, not entered in the ledger',
      },
    },
    currencyRate: {
      invalid:
        'invalid rate: the currency is three capital letters (not CNY) and the rate more than 0',
    },
  },
};
