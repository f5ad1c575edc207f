import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/terms.js';

/** The names of the domain's fixed lists: stages, delivery modes, transaction types, result metrics. */
export const messages: Widen<typeof zh> = {
  stages: {
    reserve: 'زاپاس',
    approved: 'تۈر تەستىقلاندى',
    tendering: 'تېندېر چاقىرىش',
    started: 'قۇرۇلۇش باشلاندى',
    completed: 'قۇرۇلۇش تاماملاندى',
    accepted: 'تەكشۈرۈپ قوبۇل قىلىش ۋە تاپشۇرۇش',
    audited: 'ئاخىرقى ھېسابات تەپتىشى',
    evaluated: 'ئۈنۈم باھالاش',
    suspended: 'ۋاقىتلىق توختىتىلدى',
    cancelled: 'بىكار قىلىندى',
  },
  deliveryModes: {
    turnkey: 'ئاچقۇچ تاپشۇرۇش',
    cheque: 'چەك تاپشۇرۇش',
    joint: 'ھەمكارلىشىپ قۇرۇش',
  },
  txTypes: {
    commitment: 'ۋەدە / چۈشۈرۈش',
    arrival: 'ئورنىغا يەتتى',
    disbursement: 'ئاجرىتىپ بېرىش',
    expenditure: 'چىقىم',
  },
  metrics: {
    jobs: 'ئىشقا ئورۇنلاشتۇرۇش (ئادەم)',
    trained: 'تەربىيەلەش (ئادەم-قېتىم)',
    beneficiaries: 'نەپ ئالغۇچىلار سانى',
    'output-value-fen': 'مەھسۇلات قىممىتى',
  },
};
