import { z } from 'zod';
import { ROLES } from '../../domain/access.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/passwords.js';

/**
 * The shapes of the accounts API. Zod checks types and sizes here; the rules (username
 * characters, password strength, known codes) are the use cases', so the CLI gets them too.
 */

export const roleSchema = z.enum(ROLES);

const codeName = z.object({ code: z.string(), name: z.string() });

export const presentedRoleSchema = z.object({
  role: roleSchema,
  org: codeName.nullable(),
  area: codeName.nullable(),
});

/** The signed-in user as the web app reads it from GET /api/session. */
export const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(presentedRoleSchema),
});

export const userSchema = sessionUserSchema.extend({
  origin: z.enum(['cli', 'api', 'demo']),
  disabled: z.boolean(),
  disabledAt: z.string().nullable(),
  passwordChangedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const grantInputSchema = z.object({
  role: roleSchema,
  orgCode: z.string().min(1).max(64).nullish().describe('Limits the role to this organisation'),
  areaCode: z.string().min(1).max(64).nullish().describe('Limits the role to this area subtree'),
});

const username = z
  .string()
  .max(256)
  .describe('3–64 characters of a–z, 0–9, ".", "_", "-"; stored in lower case');
const newPassword = z
  .string()
  .max(4096)
  .describe(`${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters, not one character repeated`);

export const loginBodySchema = z.object({
  username: z.string().min(1).max(256),
  password: z.string().min(1).max(4096),
});

export const createUserBodySchema = z.object({
  username,
  displayName: z.string().max(200).optional(),
  password: newPassword,
  grants: z.array(grantInputSchema).max(100),
});

export const updateUserBodySchema = z.object({
  displayName: z.string().max(200).optional(),
  disabled: z.boolean().optional(),
  grants: z.array(grantInputSchema).max(100).optional().describe('Replaces all grants'),
  version: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('The version edited; alternatively send `If-Match: "<version>"`'),
});

export const setPasswordBodySchema = z.object({
  password: newPassword,
  currentPassword: z
    .string()
    .max(4096)
    .optional()
    .describe('Required when changing one’s own password'),
});

export const apiTokenSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  username: z.string(),
  name: z.string(),
  prefix: z.string().describe('The first characters after `shk_`, to recognise the token'),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createTokenBodySchema = z.object({
  name: z.string().max(200),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});

export type PresentedRole = z.infer<typeof presentedRoleSchema>;
export type SessionUser = z.infer<typeof sessionUserSchema>;
export type PresentedUser = z.infer<typeof userSchema>;
export type GrantInput = z.input<typeof grantInputSchema>;
export type PresentedApiToken = z.infer<typeof apiTokenSchema>;
