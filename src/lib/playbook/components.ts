import type { Block } from '../../schemas/playbook';
import { assertNever } from '../util/guards';

/**
 * Named playbook components lessons may use (`<CompetitorTable />`), and the card block each one
 * renders. The `.astro` wrappers in src/components/playbook/ follow this table; tests use it to
 * read a lesson with its playbook blocks expanded.
 */
export const PLAYBOOK_COMPONENTS = {
  CompetitorTable: { card: 'competitors', block: 'types' },
  VolumeTiers: { card: 'client-selection', block: 'volume-tiers' },
  ThreeMeetings: { card: 'meetings', block: 'three-meetings' },
  ProposalPoints: { card: 'proposal', block: 'proposal-points' },
  ContractPoints: { card: 'contract', block: 'contract-points' },
  CareRoutine: { card: 'customer-care', block: 'care-routine' },
} as const;

/** Every piece of text a block shows, in reading order (for search checks and coverage tests). */
export function blockText(block: Block): string[] {
  const note = block.note ? [block.note.text] : [];
  switch (block.type) {
    case 'list':
      return [block.title, ...block.items, ...note];
    case 'table':
      return [block.title, ...block.columns, ...block.rows.flat(), ...note];
    case 'tiers':
      return [
        block.title,
        block.tiers.map((tier) => `${tier}万`).join('、'),
        ...block.lines.flatMap((line) => [line.label, line.text]),
        ...note,
      ];
    case 'steps':
      return [
        block.title,
        ...block.steps.flatMap((step) => [
          step.title,
          ...step.tasks,
          ...(step.remark ? [step.remark] : []),
          ...step.after,
        ]),
        ...note,
      ];
    case 'roles':
      return [block.title, ...block.roles.map((role) => `${role.name}：${role.text}`), ...note];
    default:
      return assertNever(block);
  }
}

/**
 * Replaces playbook component tags in a lesson's MDX source with the text they render, so checks
 * that read the MDX (deck coverage) see what the learner sees. `blockOf` looks a block up.
 */
export function expandPlaybookTags(
  mdx: string,
  blockOf: (card: string, block: string) => Block | undefined,
): string {
  const expand = (card: string, block: string, tag: string) => {
    const found = blockOf(card, block);
    if (found === undefined) throw new Error(`${tag} 指向的速查卡块 ${card}/${block} 不存在`);
    return blockText(found).join('\n');
  };
  return mdx
    .replace(
      /<PlaybookBlock\s+card="([a-z0-9-]+)"\s+block="([a-z0-9-]+)"\s*\/>/g,
      (tag, card: string, block: string) => expand(card, block, tag),
    )
    .replace(/<([A-Z][A-Za-z]+)\s*\/>/g, (tag, name: string) => {
      const target = PLAYBOOK_COMPONENTS[name as keyof typeof PLAYBOOK_COMPONENTS];
      return target === undefined ? tag : expand(target.card, target.block, tag);
    });
}
