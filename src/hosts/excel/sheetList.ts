/** Every sheet's name and id, in one load (ids cost nothing more than the names). */
export const SHEET_LIST = ['items/name', 'items/id'];
