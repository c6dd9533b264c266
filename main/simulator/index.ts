export {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from './server';
export {
  createDefaultCommunity,
  DEFAULT_COMMUNITY_NO,
  type SimCommunity,
} from './community';
export type { Fault, FaultKind } from './faults';
export type { RecordedRequest, SimCard } from './state';
