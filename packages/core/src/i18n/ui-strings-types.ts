/**
 * Built-in strings of the survey prompts. Templates use `{name}` placeholders (see `format`);
 * they avoid plural forms ("Characters left: {n}") so one template reads right for every number.
 */
export interface SurveyUiStrings {
  submit: string;
  next: string;
  back: string;
  skip: string;
  /** Closes (dismisses) the survey. */
  close: string;
  /** `{current} of {total}`. */
  progress: string;
  /** `Characters left: {n}`. */
  charactersLeft: string;
  thankYouTitle: string;
  thankYouBody: string;
  /** Default NPS end labels (0 and 10). */
  npsLow: string;
  npsHigh: string;
  /** Five CSAT labels for stars and faces, very dissatisfied → very satisfied. */
  csat: string[];
  /** Seven CES agreement labels, strongly disagree → strongly agree (a 5-point scale uses 1, 2, 4, 6, 7). */
  ces: string[];
  /** The "Other" choice. */
  other: string;
  /** Detractor recovery: opens the chat. */
  talkToUs: string;
  /** A required question left empty. */
  required: string;
  /** `Pick at least {n}.` */
  pickAtLeast: string;
  /** `Pick at most {n}.` */
  pickAtMost: string;
  /** An answer could not be saved. */
  errorSaving: string;
}

/** Built-in strings of the chat widget. */
export interface ChatUiStrings {
  /** The launcher button: open chat. */
  launcher: string;
  /** Panel title (and default bot name). */
  title: string;
  close: string;
  /** Composer placeholder. */
  placeholder: string;
  send: string;
  /** The bot is typing. */
  typing: string;
  /** Heading of suggested questions. */
  didYouMean: string;
  helpful: string;
  yes: string;
  no: string;
  /** After helpful / not helpful feedback. */
  thanks: string;
  /** The bot did not understand. */
  notSure: string;
  /** Handoff offered. */
  offerPerson: string;
  talkToPerson: string;
  keepChatting: string;
  /** Live handoff sent to the team, whose replies show in the chat (`handoff.repliesUrl`). */
  connecting: string;
  /** No live chat now: leave an e-mail and a message. */
  offlineIntro: string;
  /** A person answers only by e-mail (no `handoff.repliesUrl`): leave an e-mail and a message. */
  replyByEmail: string;
  /** E-mail field label. */
  email: string;
  /** Message field label. */
  message: string;
  /** Sends the offline message. */
  submit: string;
  invalidEmail: string;
  emptyMessage: string;
  /** Offline handoff queued. */
  queued: string;
  /** The chat's own CSAT question. */
  csatQuestion: string;
  csatThanks: string;
  endChat: string;
  /** Follows a count: `3 unread messages`. */
  unread: string;
  /** Default greeting. */
  greeting: string;
  /** Reply to "thanks". */
  welcome: string;
  /** Outside business hours. */
  outsideHours: string;
  /** `New messages: {n}`. */
  newMessages: string;
  /** The browser is offline. */
  offlineNotice: string;
  /** A message could not be saved. */
  errorSaving: string;
  /**
   * Read before each of the shopper's own lines by screen readers, as the bot's name is before
   * its lines ("You: …"; "Eu", "אני" — "me" — where that is what a chat says, or is not gendered).
   */
  you: string;
  /** Read before each reply from a person after a handoff by screen readers ("Customer service: …"). */
  agent: string;
}

/** Every built-in string, grouped by widget. */
export interface UiStrings {
  survey: SurveyUiStrings;
  chat: ChatUiStrings;
}
