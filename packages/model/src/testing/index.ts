/**
 * Test helpers for code built on @cairn/model: a seeded environment and a simulated network of
 * replicas whose updates are delivered in an order the seed decides.
 */
export { createSeededEnv, seededRandom } from './seededEnv.js';
export { SimulatedNetwork } from './SimulatedNetwork.js';
