/**
 * People's names for the actor labels records keep (`user:demo-beijing`, `system:generate`):
 * a screen shows a person's display name, never the label. A system actor has no name (null):
 * the screen says 系统 / System in its language.
 */
import type { Executor } from '../../db/database.js';

const USER = 'user:';

/** Display names by label, one query for all the users named; a user no longer known keeps the username. */
export async function actorNames(
  db: Executor,
  labels: Iterable<string>,
): Promise<(label: string) => string | null> {
  const usernames = [
    ...new Set([...labels].filter((l) => l.startsWith(USER)).map((l) => l.slice(USER.length))),
  ];
  const names = new Map<string, string>();
  if (usernames.length > 0) {
    const rows = await db
      .selectFrom('users')
      .select(['username', 'displayName'])
      .where('username', 'in', usernames)
      .execute();
    for (const r of rows) names.set(r.username, r.displayName || r.username);
  }
  return (label) => {
    if (!label.startsWith(USER)) return null;
    const username = label.slice(USER.length);
    return names.get(username) ?? username;
  };
}
