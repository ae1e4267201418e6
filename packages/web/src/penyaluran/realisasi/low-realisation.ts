/** Below this share of listed families reached, a desa is marked for the TKSK's attention. */
export const LOW_PERSEN = 70;

export const isLow = (row: { kuota: number; persen: number }) => row.kuota > 0 && row.persen < LOW_PERSEN;
