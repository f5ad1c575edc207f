import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/login.js';

/** The login screen. */
export const messages: Widen<typeof zh> = {
  login: {
    title: 'Log in to Shanhai',
    intro:
      'Pairings, area pages and the overview are public; data entry and administration need a login.',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    submit: 'Log in',
    wrongCredentials: 'Wrong username or password',
    tooManyAttempts: 'Too many attempts, try later',
    failed: 'Login failed: {{detail}}',
    alreadySignedIn: 'You are logged in as {{name}}.',
    continue: 'Continue',
  },
};
