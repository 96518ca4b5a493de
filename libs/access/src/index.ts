export * from './account-types';
export * from './catalog';
export * from './predefined-permissions';
export * from './role-name';
export * from './effective-permissions';
export * from './jobs';
export * from './money-limits';
export * from './error-codes';
