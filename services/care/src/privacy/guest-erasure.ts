import { In, type EntityManager } from 'typeorm';
import { CaseEntity } from '../case/case.entity';
import { ReviewEntity } from '../review/review.entity';
import { SurveyResponseEntity } from '../survey/survey.entity';

export const ERASED_GUEST = 'erased guest';

/**
 * A guest's right to erasure, in the inbox transaction of reservations' GuestErased: care drops
 * what names or quotes the guest of those stays — the name on cases, survey comments, the
 * author of linked reviews. Counts, scores and timelines stay, so the analytics keep adding up.
 * Setting values that are already erased changes nothing, so a redelivery is harmless.
 */
export async function eraseGuestData(em: EntityManager, reservationIds: readonly string[]): Promise<number> {
  if (reservationIds.length === 0) return 0;
  const ids = [...reservationIds];
  const cases = await em.update(CaseEntity, { reservationId: In(ids) }, { guestName: null });
  await em.update(SurveyResponseEntity, { reservationId: In(ids) }, { comment: null });
  await em.update(ReviewEntity, { reservationId: In(ids) }, { authorName: ERASED_GUEST });
  return cases.affected ?? 0;
}
