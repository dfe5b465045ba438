// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { useState } from 'preact/hooks';
import QuestionView from '../../src/islands/quiz/QuestionView';
import SelfCheck from '../../src/islands/quiz/SelfCheck';
import { grade } from '../../src/lib/quiz/grade';
import { pick } from '../../src/i18n';
import { QUESTION_KEYS, SELF_CHECK_KEYS } from '../../src/islands/quiz/keys';
import { matching, multiple, ordering, single } from '../fixtures/quiz';

afterEach(cleanup);
const strings = pick(...QUESTION_KEYS);

function Harness({ q, order }: { q: typeof ordering; order: string[] }) {
  const [answer, setAnswer] = useState<string[]>([]);
  return (
    <>
      <QuestionView
        question={q}
        order={order}
        answer={answer}
        onChange={setAnswer}
        name="t"
        strings={strings}
      />
      <output>{answer.join(',')}</output>
    </>
  );
}

describe('QuestionView', () => {
  test('an ordering question is answered with one labelled select per step', () => {
    render(<Harness q={ordering} order={['three', 'one', 'two']} />);
    fireEvent.change(screen.getByLabelText('第 1 步'), { target: { value: 'one' } });
    fireEvent.change(screen.getByLabelText('第 3 步'), { target: { value: 'three' } });
    expect(document.querySelector('output')?.textContent).toBe('one,,three');
  });
  test('a matching question labels each select with its prompt', () => {
    render(<Harness q={matching} order={['y', 'x']} />);
    fireEvent.change(screen.getByLabelText('Q'), { target: { value: 'y' } });
    expect(document.querySelector('output')?.textContent).toBe(',y,');
  });
  test('a multiple choice says it is all-or-nothing and uses checkboxes in a fieldset', () => {
    render(
      <QuestionView
        question={multiple}
        order={['a', 'b', 'c']}
        answer={[]}
        onChange={() => undefined}
        name="m"
        strings={strings}
      />,
    );
    expect(screen.getByRole('group', { name: /多选题/ })).toBeDefined();
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByText(/全部选对才得分/)).toBeDefined();
  });
  test('after grading, every option shows its feedback and the lesson link', () => {
    render(
      <QuestionView
        question={single}
        order={['a', 'b', 'c']}
        answer={['b']}
        onChange={() => undefined}
        graded={grade(single, ['b'])}
        name="s"
        strings={strings}
      />,
    );
    expect(screen.getByText('✗ 回答错误')).toBeDefined();
    expect(screen.getAllByText(/对|错/).length).toBeGreaterThan(2);
    expect(screen.getByRole('link').getAttribute('href')).toBe('/lessons/l1/#a');
    expect(screen.getAllByRole('radio').every((r) => (r as HTMLInputElement).disabled)).toBe(true);
  });
});

describe('SelfCheck', () => {
  test('checks an answer, announces the result and can be tried again', () => {
    const all = pick(...SELF_CHECK_KEYS);
    render(<SelfCheck question={single} order={['b', 'a', 'c']} strings={all} />);
    fireEvent.click(screen.getByRole('button', { name: '检查答案' }));
    expect(screen.getByRole('status').textContent).toBe('先作答，再检查答案。');
    fireEvent.click(screen.getByLabelText('A'));
    fireEvent.click(screen.getByRole('button', { name: '检查答案' }));
    expect(screen.getByRole('status').textContent).toBe('回答正确');
    fireEvent.click(screen.getByRole('button', { name: '再试一次' }));
    expect(screen.getByRole('status').textContent).toBe('');
    expect((screen.getByLabelText('A') as HTMLInputElement).checked).toBe(false);
  });
});
