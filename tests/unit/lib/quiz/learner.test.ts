import { describe, expect, test } from 'vitest';
import { toLearner } from '../../../../src/lib/quiz/learner';
import type { Question } from '../../../../src/schemas/quiz';

describe('toLearner', () => {
  test('never passes facilitator notes to learner views', () => {
    const q: Question = {
      id: 'a',
      type: 'truefalse',
      prompt: 'p',
      answer: true,
      ifTrue: 't',
      ifFalse: 'f',
      explanation: 'e',
      section: 's',
      facilitator: { notes: '培训师备注', prompts: ['追问'] },
    };
    const learner = toLearner(q, 'contract', '小节');
    expect(JSON.stringify(learner)).not.toContain('培训师备注');
    expect(learner).toMatchObject({ lesson: 'contract', sectionTitle: '小节', id: 'a' });
    expect(toLearner(q, 'contract')).not.toHaveProperty('sectionTitle');
  });
});
