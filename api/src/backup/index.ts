export { backupGraph, type BackupReport } from './backup.js';
export { restoreGraph, RestoreError, type RestoreReport, type RestoreOptions } from './restore.js';
