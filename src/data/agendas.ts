/**
 * Agenda templates of the workshop area: a 90-minute session and a half-day session, built from the
 * course's lessons, scenarios and tests. Each block names what it uses by id; the page resolves the
 * ids to titles and links, and `tests/unit/data/agendas.test.ts` checks ids and total minutes.
 */
export type BlockUse =
  | { kind: 'lesson'; id: string }
  | { kind: 'scenario'; id: string }
  /** A scenario printed as decision cards for group work. */
  | { kind: 'cards'; id: string }
  | { kind: 'test'; id: string }
  | { kind: 'exam' }
  | { kind: 'roster' };

export interface AgendaBlock {
  minutes: number;
  title: string;
  /** How the trainer runs this part. */
  how: string;
  uses: BlockUse[];
}

export interface Agenda {
  id: string;
  title: string;
  minutes: number;
  fits: string;
  blocks: AgendaBlock[];
}

export const AGENDAS: Agenda[] = [
  {
    id: 'ninety',
    title: '90 分钟：选对客户，签对合同',
    minutes: 90,
    fits: '适合新人入职第一周，或分公司例会后的一场专题。人数 6–30 人。',
    blocks: [
      {
        minutes: 10,
        title: '开场：我们靠什么赢单',
        how: '抛一个问题：“上个月丢的那一单，是输在价格，还是输在实力？”请两三个人说。然后亮出第 1 课的几句话：技巧只是技巧、十个客户十种谈判方式、目的明确是挣钱。',
        uses: [{ kind: 'lesson', id: 'first-principles' }],
      },
      {
        minutes: 15,
        title: '讲解：先选客户，再谈生意',
        how: '只讲三件事：月票量、付款与信用、决策链。每讲一件，问一句“我们手上哪个客户是这样？”。',
        uses: [{ kind: 'lesson', id: 'client-selection' }],
      },
      {
        minutes: 20,
        title: '情景模拟（全场投票）：给六个潜在客户排先后',
        how: '用投影打开情景，每到一个决定先让大家举手，把票数念出来再揭晓专家做法；分歧大的地方多停一分钟，让两边各说一个理由。',
        uses: [{ kind: 'scenario', id: 'client-selection' }],
      },
      {
        minutes: 15,
        title: '讲解：合同里要写清的事',
        how: '逐条过垫付、对帐、回款和违约条款；用一份真实合同初稿（去掉客户名）对照着讲。',
        uses: [{ kind: 'lesson', id: 'contract' }],
      },
      {
        minutes: 15,
        title: '分组：逐条改一份合同初稿',
        how: '三到五人一组，每组拿一套打印的决策卡，十分钟内定下每一条怎么改，最后各组派一人说改了哪条、为什么。',
        uses: [{ kind: 'cards', id: 'contract-review' }],
      },
      {
        minutes: 10,
        title: '课后测验并交结果码',
        how: '每人用手机做第 5 课测验，交卷后填名字生成结果码，贴到群里或念给你。',
        uses: [{ kind: 'test', id: 'contract' }],
      },
      {
        minutes: 5,
        title: '讲评：多数人做错的',
        how: '把结果码贴进现场成绩表，投影“多数人做错的”前三题，逐题问“当时是怎么想的？”，再指回课程小节。',
        uses: [{ kind: 'roster' }],
      },
    ],
  },
  {
    id: 'half-day',
    title: '半天（3 个半小时）：从选客户到守住客户',
    minutes: 210,
    fits: '适合新人集中培训的一个半天，含 15 分钟茶歇。人数 8–30 人，建议分成 3–5 组。',
    blocks: [
      {
        minutes: 15,
        title: '开场：我们靠什么赢单',
        how: '同 90 分钟版；再请每组写下“最难缠的一类客户”，留到结尾对照。',
        uses: [{ kind: 'lesson', id: 'first-principles' }],
      },
      {
        minutes: 40,
        title: '选客户：讲解 + 全场投票',
        how: '先讲 15 分钟要点，再用情景模拟全场投票走一遍；记下各组的选择，算团队分。',
        uses: [
          { kind: 'lesson', id: 'client-selection' },
          { kind: 'scenario', id: 'client-selection' },
        ],
      },
      {
        minutes: 35,
        title: '摸清对手：讲解 + 分组判断',
        how: '讲情报从哪里来、竞争对手和客户是什么关系；分组用决策卡判断对手类型，各组亮牌后揭晓。',
        uses: [
          { kind: 'lesson', id: 'intelligence' },
          { kind: 'scenario', id: 'competitor-types' },
        ],
      },
      {
        minutes: 15,
        title: '茶歇',
        how: '茶歇时把前两部分的结果码贴进成绩表，看哪些题要回头再讲。',
        uses: [{ kind: 'roster' }],
      },
      {
        minutes: 40,
        title: '约见与方案：三次约见',
        how: '讲 15 分钟约见节奏和方案要点，再全场投票走“三次约见”；每次约见结束停下，请一组复述客户说了什么。',
        uses: [
          { kind: 'lesson', id: 'meetings-proposal' },
          { kind: 'scenario', id: 'three-meetings' },
        ],
      },
      {
        minutes: 30,
        title: '合同：逐条改初稿',
        how: '讲 10 分钟合同要点，分组用打印的决策卡改合同初稿，各组汇报一条。',
        uses: [
          { kind: 'lesson', id: 'contract' },
          { kind: 'cards', id: 'contract-review' },
        ],
      },
      {
        minutes: 15,
        title: '签约之后：关怀与防守',
        how: '只讲签约后的三件事：出票准确率、对帐回款、对手来挖时怎么守；用一段情景投票收尾。',
        uses: [
          { kind: 'lesson', id: 'customer-care' },
          { kind: 'scenario', id: 'account-defense' },
        ],
      },
      {
        minutes: 20,
        title: '综合考试与讲评',
        how: '每人做综合考试并交结果码；贴进成绩表，投影分数分布和“多数人做错的”，挑三题讲评。',
        uses: [{ kind: 'exam' }, { kind: 'roster' }],
      },
    ],
  },
];
