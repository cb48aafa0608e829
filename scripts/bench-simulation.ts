/**
 * `npm run bench:sim`: the simulation corpus on the Anvil devnet — recall and false positives with
 * simulation, hostile cases a request-only audit calls safe, and the time a simulation adds (p50/p95).
 * The same section ends `npm run bench:audit`.
 */
import { runSimulationBench } from "./lib/benchSimulation"

await runSimulationBench()
