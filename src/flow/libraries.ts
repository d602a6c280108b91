/**
 * Tables that authentication libraries read and write themselves: their fields are used even
 * though no application code reads them (the adapter does). Data, one entry per library:
 * - better-auth (https://www.better-auth.com/docs/concepts/database#core-schema),
 * - Auth.js / NextAuth (https://authjs.dev/concepts/database-models),
 * - Lucia (https://lucia-auth.com/) and Passport-style session stores.
 * Only the tables and fields each library documents are listed; a column a team added to the
 * user table stays the team's to use.
 */
export interface ManagedTables {
  library: string;
  /** npm packages that mean the project uses the library. */
  packages: string[];
  /** Lower-case, singular table or model names -> fields the library uses ('*' for all). */
  tables: Record<string, string[] | '*'>;
}

export const AUTH_LIBRARIES: readonly ManagedTables[] = [
  {
    library: 'better-auth',
    packages: ['better-auth'],
    tables: {
      user: ['name', 'email', 'emailVerified', 'image', 'username', 'displayUsername', 'twoFactorEnabled', 'role', 'banned', 'banReason', 'phoneNumber', 'phoneNumberVerified'],
      session: '*',
      account: '*',
      verification: '*',
      twofactor: '*',
      passkey: '*',
      apikey: '*',
      ssoprovider: '*',
      scimprovider: '*',
      jwks: '*',
      invitation: ['email', 'role', 'status', 'expiresAt'],
      member: ['role'],
    },
  },
  {
    library: 'Auth.js',
    packages: ['next-auth', '@auth/core', '@auth/prisma-adapter', '@auth/drizzle-adapter', '@next-auth/prisma-adapter', '@auth/typeorm-adapter', '@auth/sequelize-adapter', '@auth/mongodb-adapter'],
    tables: {
      user: ['name', 'email', 'emailVerified', 'image'],
      account: '*',
      session: '*',
      verificationtoken: '*',
      authenticator: '*',
    },
  },
  {
    library: 'Lucia',
    packages: ['lucia', '@lucia-auth/adapter-prisma', '@lucia-auth/adapter-drizzle', '@lucia-auth/adapter-mongoose'],
    tables: { session: '*', key: '*', usersession: '*', userkey: '*' },
  },
];

/** The libraries among a project's dependencies. */
export function librariesIn(dependencies: Readonly<Record<string, string>>): ManagedTables[] {
  return AUTH_LIBRARIES.filter((library) => library.packages.some((pkg) => Object.hasOwn(dependencies, pkg)));
}

/** `Users`, `user_sessions` -> `user`, `usersession`: how table names are compared. */
export function tableKey(name: string): string {
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return compact.endsWith('s') && !compact.endsWith('ss') ? compact.slice(0, -1) : compact;
}
