/** What kind of thing happened: the event types the schema allows, which the timeline groups, colours and filters by. */
export const EVENT_TYPES = [
  'control-change', // a town, district or region changes hands
  'attack', // an armed attack, bombing, execution or hostage-taking by a group
  'air-strike', // strikes from the air, by a state
  'offensive', // a military campaign is launched
  'siege', // forces encircle an area held by the other side
  'agreement', // a political agreement is signed
  'formation', // a government, council or armed coalition is formed or takes office
  'statement', // a warning, announcement or declaration by an official
  'estimate', // an estimate of numbers (fighters, strength)
  'casualty-report', // a count of the dead and wounded
  'pledge', // a group pledges allegiance or declares a «ولاية»
  'report', // a report (UN, press) describing a situation
  'other', // none of the above
] as const;

/** One event type. */
export type EventType = (typeof EVENT_TYPES)[number];
