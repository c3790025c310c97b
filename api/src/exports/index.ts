export { exportRoutes, EXPORT_FILES } from './route.js';
export { parseExportParams } from './params.js';
