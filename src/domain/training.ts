/** Training and exchange vocabulary (decision 0027). */

/** Where a training session takes place: in Xinjiang, or in the donor's province. */
export const TRAINING_PLACES = ['xinjiang', 'donor'] as const;
export type TrainingPlace = (typeof TRAINING_PLACES)[number];

/** The kinds of exchange activity (交往交流交融). */
export const EXCHANGE_KINDS = [
  'study-tour',
  'camp',
  'performance',
  'reading-room',
  'school-pairing',
  'township-pairing',
  'other',
] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
