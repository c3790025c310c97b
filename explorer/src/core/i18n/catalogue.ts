import { createTranslator, REPORT_MESSAGES, SHARED_MESSAGES, type Translator as VocabularyTranslator } from '@maillage/schema/vocabulary';
import { app } from './messages/app.js';
import { declare } from './messages/declare.js';
import { docs } from './messages/docs.js';
import { editing } from './messages/editing.js';
import { embedDialog } from './messages/embedDialog.js';
import { gaps } from './messages/gaps.js';
import { network } from './messages/network.js';
import { session } from './messages/session.js';
import { shell } from './messages/shell.js';
import { workshop } from './messages/workshop.js';

export { LANGS, type Lang } from '@maillage/schema/vocabulary';

// One catalogue for every user-facing text, French first, English second: one part per feature, and the part the
// server speaks too (embeds, the steering-committee report), which lives with the shared vocabulary.
export const CATALOGUE_PARTS = { shared: SHARED_MESSAGES, report: REPORT_MESSAGES, app, network, gaps, docs, embedDialog, editing, session, declare, shell, workshop } as const;

const fr = {
  ...SHARED_MESSAGES.fr, ...REPORT_MESSAGES.fr, ...app.fr, ...network.fr, ...gaps.fr, ...docs.fr, ...embedDialog.fr, ...editing.fr, ...session.fr, ...declare.fr, ...shell.fr, ...workshop.fr,
};

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  ...SHARED_MESSAGES.en, ...REPORT_MESSAGES.en, ...app.en, ...network.en, ...gaps.en, ...docs.en, ...embedDialog.en, ...editing.en, ...session.en, ...declare.en, ...shell.en, ...workshop.en,
};

export type Translator = VocabularyTranslator<MessageKey>;

export const translator: (lang: 'fr' | 'en') => Translator = createTranslator<MessageKey>({ fr, en });
