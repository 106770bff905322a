// Turns a parsed batch into rows and writes them: valid items of known surveys are stored in one
// transaction, the rest are refused one by one with a reason.
import type { AnswerRow, Storage, StoredEvent } from './storage/storage';
import type { SurveyCatalog } from './survey-catalog';
import { checkItem, itemId, latestTime, type Item, type SurveyPayload } from './wire';

export interface IngestResult {
  accepted: string[];
  rejected: { id: string; reason: string }[];
}

// A batch's `sentAt` further than this from the collector's clock means the device clock is off
// (network delays stay far below it); nearer, times are left as they came.
const clockTolerance = 5 * 60_000;

/**
 * Checks, then stores, the items of one batch. A retried item is accepted again and stored once.
 * `sentAt` is the batch's own send time (the device clock): when it is off by more than 5
 * minutes, the stored times (`createdAt`, an answer's `at`) are moved by the difference.
 */
export async function ingest(
  items: unknown[],
  { storage, surveys, now = Date.now, sentAt }: { storage: Storage; surveys: SurveyCatalog; now?: () => number; sentAt?: number },
): Promise<IngestResult> {
  const rejected: IngestResult['rejected'] = [];
  const valid = new Map<string, Item>();
  // An id is one event: its first copy in the batch is checked and answers for it, later copies
  // are left out, as a copy arriving after the event is stored changes nothing either. Otherwise
  // a valid and an invalid copy put the id in both lists, and a client cannot tell which applies.
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    const id = itemId(raw, index);
    if (seen.has(id)) return;
    seen.add(id);
    const check = checkItem(raw, index);
    if (!check.ok) return void rejected.push({ id: check.id, reason: check.reason });
    const reason = surveyProblem(check.item, surveys);
    if (reason) return void rejected.push({ id: check.item.id, reason });
    valid.set(check.item.id, check.item);
  });

  const receivedAt = now();
  // A phone a year ahead would put its answers a year into the future: out of every report
  // window, and "newer" than any later change. The payload is still stored as the device sent it.
  const skew = sentAt === undefined || Math.abs(receivedAt - sentAt) <= clockTolerance ? 0 : receivedAt - sentAt;
  const onOurClock = (time: number) => Math.min(latestTime, Math.max(0, time + skew));
  const events: StoredEvent[] = [];
  const answers: AnswerRow[] = [];
  for (const item of valid.values()) {
    const { payload } = item;
    events.push({
      id: item.id,
      type: payload.type,
      createdAt: onOurClock(item.createdAt),
      receivedAt,
      payload,
      orderKey: item.orderKey ?? null,
      seq: item.seq ?? null,
    });
    if (payload.type === 'survey.answered') {
      answers.push({
        responseId: payload.responseId,
        questionId: payload.questionId,
        surveyId: payload.surveyId,
        surveyVersion: payload.surveyVersion == null ? null : String(payload.surveyVersion),
        value: payload.value,
        journeyStage: payload.journeyStage ?? null,
        locale: payload.locale ?? null,
        url: payload.url ?? null,
        at: onOurClock(payload.at ?? item.createdAt),
        eventId: item.id,
      });
    }
  }
  if (events.length > 0) await storage.write(events, answers);
  return { accepted: [...valid.keys()], rejected };
}

/** Why a survey event does not fit the configured surveys, or null when it does. */
function surveyProblem(item: Item, surveys: SurveyCatalog): string | null {
  if (!item.payload.type.startsWith('survey.')) return null;
  const payload = item.payload as SurveyPayload;
  const survey = surveys.get(payload.surveyId);
  if (!survey) return `payload.surveyId: unknown survey "${payload.surveyId}"`;
  if (payload.type !== 'survey.answered') return null;
  const question = survey.questions.get(payload.questionId);
  if (!question) return `payload.questionId: survey "${survey.id}" has no question "${payload.questionId}"`;
  return question.check(payload.value);
}
