// Request and answer shapes of this distribution feature; see distribution.ts for the shared vocabulary.
export {};
