/** Companions, caseloads and handovers: exported through the package index. */
export {};
