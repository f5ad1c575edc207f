import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/login.js';

/** The login screen. */
export const messages: Widen<typeof zh> = {
  login: {
    title: 'شەنخەيگە كىرىش',
    intro:
      'جۈپلىشىش مۇناسىۋىتى، رايونلار ۋە ئومۇمىي كۆرۈنۈش بەتلىرىنى كىرمەيلا كۆرگىلى بولىدۇ؛ تولدۇرۇش ۋە باشقۇرۇش ئىقتىدارلىرى ئۈچۈن كىرىش كېرەك.',
    username: 'ئىشلەتكۈچى نامى',
    password: 'پارول',
    usernameRequired: 'ئىشلەتكۈچى نامىنى كىرگۈزۈڭ',
    passwordRequired: 'پارولنى كىرگۈزۈڭ',
    submit: 'كىرىش',
    wrongCredentials: 'ئىشلەتكۈچى نامى ياكى پارول خاتا',
    tooManyAttempts: 'سىناش قېتىم سانى بەك كۆپ، سەل تۇرۇپ قايتا سىناڭ',
    failed: 'كىرىش مەغلۇپ بولدى: {{detail}}',
    alreadySignedIn: 'سىز {{name}} سالاھىيىتىدە كىردىڭىز.',
    continue: 'داۋاملاشتۇرۇش',
  },
};
