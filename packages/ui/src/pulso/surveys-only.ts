// Size probe (size-budget.json): the Pulso controller and survey prompts without the chat and
// FAQ bot, to show what a surveys-only page costs. Not a published entry.
export { startPulso } from './start-pulso';
