// What other features use of roles: whether a role still waits for its predefined permissions (R8).
export { waitsForDefaults } from './defaults-status-badge';
