/**
 * The zh-CN dictionary: every UI string of the site. It is split by area only to keep files short
 * and merges conflicts-free; `tests/unit/i18n.test.ts` checks that no key is defined twice.
 */
import { core } from './core';
import { lesson } from './lesson';
import { areasText } from './areas';
import { quiz } from './quiz';
import { scenarios } from './scenarios';
import { progressArea } from './progress';
import { refresh } from './refresh';
import { workshop } from './workshop';
import { present } from './present';
import { print } from './print';
import { charts } from './charts';
import { lms } from './lms';
import { chat } from './chat';

export const areas = {
  core,
  lesson,
  areasText,
  quiz,
  scenarios,
  progressArea,
  refresh,
  workshop,
  present,
  print,
  charts,
  lms,
  chat,
} as const;

export const zhCN = {
  ...core,
  ...lesson,
  ...areasText,
  ...quiz,
  ...scenarios,
  ...progressArea,
  ...refresh,
  ...workshop,
  ...present,
  ...print,
  ...charts,
  ...lms,
  ...chat,
} as const;
