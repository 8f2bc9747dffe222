/**
 * IOM's figures as the source page states them ("175 États membres, présente dans 171 pays"),
 * captured for this project on 2026-11-27. Update both the figures and the date together; the
 * date is documentation, never displayed.
 */
export const DEFAULT_FIGURES = { memberStates: 175, countries: 171 } as const;
export const FIGURES_DATE = '2026-11-27';
