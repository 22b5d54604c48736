// TEMPORARY: dayOfDailySeed now lives beside dailySeed in the domain; delete this file once sharing.ts imports it from there.
export { dayOfDailySeed } from '../domain/daily';
