/** Non-government aid: exported through the package index. */
export {};
