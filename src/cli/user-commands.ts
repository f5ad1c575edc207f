import type { Role } from '../domain/access.js';
import { systemActor } from '../domain/access.js';
import { createUser, setPassword } from '../modules/accounts/service.js';
import { withDatabase } from './open.js';
import { readNewPassword } from './prompt.js';

/** `shanhai user add USERNAME --role ROLE [--org CODE] [--area CODE] [--name NAME]`. */
export async function userAddCommand(
  username: string,
  opts: { role: Role; org?: string; area?: string; name?: string },
): Promise<void> {
  const password = await readNewPassword();
  await withDatabase(async (database) => {
    const user = await createUser(
      { actor: systemActor('cli'), db: database.db },
      {
        username,
        displayName: opts.name,
        password,
        origin: 'cli',
        grants: [{ role: opts.role, orgCode: opts.org ?? null, areaCode: opts.area ?? null }],
      },
    );
    const scope = [opts.org && `org ${opts.org}`, opts.area && `area ${opts.area}`].filter(Boolean);
    console.log(
      `created user ${user.username} (${opts.role}${scope.length ? `, ${scope.join(', ')}` : ''})`,
    );
  });
}

/** `shanhai user set-password USERNAME`: ends the user's sessions too. */
export async function userSetPasswordCommand(username: string): Promise<void> {
  const password = await readNewPassword();
  await withDatabase(async (database) => {
    await setPassword({ actor: systemActor('cli'), db: database.db }, username, { password });
    console.log(`password of ${username} set; their sessions have ended`);
  });
}
