/** Programme rules and PKH entitlement: exported through the package index. */
export {};
