/*
 * Menu vocabulary: the course an item is fired with and the kitchen station that prepares it. Pure.
 */

export const STATIONS = ['HOT', 'COLD', 'BAR', 'PASTRY'] as const;
export type Station = (typeof STATIONS)[number];
export const COURSES = ['DRINK', 'STARTER', 'MAIN', 'DESSERT'] as const;
export type Course = (typeof COURSES)[number];
