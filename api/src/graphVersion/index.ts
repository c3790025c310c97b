export { GraphVersionClock } from './clock.js';
