/** The operations the gateway bench times (the arrivals board crosses four subgraphs). */
export const BOARD = `query ArrivalsBoard($p: ID!, $d: LocalDate!) {
  arrivals: frontDeskList(kind: ARRIVALS, date: $d, propertyId: $p) { ...Stay }
  inHouse: frontDeskList(kind: IN_HOUSE, date: $d, propertyId: $p) { ...Stay }
}
fragment Stay on Reservation {
  id confirmationNumber status guestName adults arrival departure specialRequests
  room { number floor housekeepingStatus roomType { code name } }
  roomType { code name capacity }
  guest { name vipLevel regular }
  folio { status balance { amountMinor currency } }
  cases { number kind status severity subject openedAt assignee { displayName position { title titleZh } } }
  fnbOrders { status createdAt total { amountMinor currency } outlet { name } }
}`;

/** Twenty reservations with room and type: one subgraph, so it can be called directly too. */
export const RESERVATION_LIST = `query ReservationList($p: ID!) {
  reservations(propertyId: $p, first: 20) {
    nodes { id confirmationNumber status guestName arrival departure room { number floor } roomType { code name } }
  }
}`;

/** JSON with object keys sorted, so answers compare whatever order a gateway writes keys in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
