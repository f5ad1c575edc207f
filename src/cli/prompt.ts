import { createInterface } from 'node:readline';

/**
 * The password for a CLI command: from SHANHAI_PASSWORD, or typed twice on a terminal without
 * echo. Never from an argument, which would land in the shell history and process list.
 */
export async function readNewPassword(): Promise<string> {
  const fromEnv = process.env.SHANHAI_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) {
    throw new Error('no password: set SHANHAI_PASSWORD or run the command on a terminal');
  }
  const first = await askHidden('password: ');
  const second = await askHidden('again: ');
  if (first !== second) throw new Error('the two passwords differ');
  return first;
}

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    let prompted = false;
    output._writeToOutput = (s: string) => {
      if (!prompted) {
        process.stdout.write(s);
        prompted = true;
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}
