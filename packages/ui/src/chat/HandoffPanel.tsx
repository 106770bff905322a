import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatModel } from './chat-model';
import type { ChatStrings } from './chat-types';
import { focusComposer } from './focus-composer';

/**
 * The handoff to a person, by stage: the offer (talk to a person / keep chatting), or, outside
 * business hours, offline, or when a person can answer only by e-mail, the e-mail + message form
 * with its validation errors.
 */
export function HandoffPanel({ model, strings }: { model: ChatModel; strings: ChatStrings }) {
  const stage = model.transcript.value.handoff?.stage;
  if (stage === 'offer') {
    return (
      <div class="actions handoff">
        <button class="btn" onClick={(event) => (model.declineHandoff(), focusComposer(event))}>
          {strings.keepChatting}
        </button>
        <button class="btn primary" part="handoff" onClick={(event) => (void model.acceptHandoff(), focusComposer(event))}>
          {strings.talkToPerson}
        </button>
      </div>
    );
  }
  return stage === 'form' ? <OfflineForm model={model} strings={strings} /> : null;
}

function intro(model: ChatModel, strings: ChatStrings) {
  const handoff = model.transcript.value.handoff;
  return handoff?.closed ? strings.outsideHours : handoff?.byEmail ? strings.replyByEmail : strings.offlineIntro;
}

function OfflineForm({ model, strings }: { model: ChatModel; strings: ChatStrings }) {
  // Kept in the transcript: a reload gives back a half-written message to a person.
  const email = model.draftOf('email');
  const message = model.draftOf('message');
  const [errors, setErrors] = useState<{ email?: string; message?: string }>({});
  const form = useRef<HTMLFormElement>(null);
  // The button that opened the form is gone: focus its first field; once the form has done its
  // job, the message field, so a keyboard user is never left on the page's <body>.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  return (
    <form
      ref={form}
      class="handoff-form"
      part="handoff-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const root = form.current?.getRootNode() as Document | ShadowRoot | undefined;
        const problems = await model.submitOffline(email, message);
        if (problems) setErrors(problems);
        else root?.getElementById('pulso-chat-input')?.focus();
      }}
    >
      <p>{intro(model, strings)}</p>
      <label for="pulso-handoff-email">{strings.email}</label>
      <input
        id="pulso-handoff-email"
        type="email"
        autocomplete="email"
        value={email}
        aria-invalid={Boolean(errors.email)}
        aria-describedby={errors.email ? 'pulso-handoff-email-err' : undefined}
        onInput={(event) => model.draft('email', event.currentTarget.value)}
      />
      {errors.email && (
        <p class="err" id="pulso-handoff-email-err">
          {errors.email}
        </p>
      )}
      <label for="pulso-handoff-message">{strings.message}</label>
      <textarea
        id="pulso-handoff-message"
        maxLength={2000}
        value={message}
        aria-invalid={Boolean(errors.message)}
        aria-describedby={errors.message ? 'pulso-handoff-message-err' : undefined}
        onInput={(event) => model.draft('message', event.currentTarget.value)}
      />
      {errors.message && (
        <p class="err" id="pulso-handoff-message-err">
          {errors.message}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn primary" part="submit">
          {strings.submit}
        </button>
      </div>
    </form>
  );
}
