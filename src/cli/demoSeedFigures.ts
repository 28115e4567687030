/**
 * The figures and texts of the 2021 report of 浏阳市招商引资服务中心 (DESIGN.md's worked example),
 * exactly as its attachments print them, mistakes included; only stray full-width spaces at the
 * ends of values are dropped. Percentages keep the precision the seed printed.
 */
import type { FieldValue } from '../layout/fillFields';

export const SEED_UNIT = '浏阳市招商引资服务中心';
export const SEED_YEAR = 2021;
export const SEED_PROJECT = '2021年招商引资工作经费';
export const SEED_DEPARTMENT = '浏阳市人民政府';

/** A rate as the seed printed it: 155% -> 1.55 shown `0%`. */
export function printedRate(value: number, numberFormat: string): FieldValue {
  return { value, numberFormat };
}

export const SEED_GOAL_TARGET =
  '预计2021年全年新引进项目200个以上，其中50亿元以上项目4个，10亿元以上项目10个。实现内资到位72.12亿元，同比增长12%。';
export const SEED_GOAL_RESULT =
  '全年新引进项目207个，计划投资总额逾500亿元，其中50亿元以上项目1个，10亿元以上项目9个；外资直投2677万美元。引进了兴业汽车零部件、亨通高端车用空调系统及充电设备智能制造基地等3个500强项目。实现内资到位84.68亿元。同比增长35.18%。';

export const SEED_MEASURES =
  '根据上级最新文件等要求，及时更新招商引资日常管理制度和内控手册，制定政府采购内控制度，尤其对公务接待，严格按标准执行。多次组织学习相关财务文件、制度，召开专题会议，组织培训和相关学习，确保落实到位。';

/** 附件1 经费控制情况: [prior, budget, final]; null = left blank, `——` as printed. */
export const SEED_BASE_LINES: Record<string, readonly (number | string | null)[]> = {
  sanGong: [337384.0, 340000.0, 339178.3],
  reception: [337384.0, 340000.0, 339178.3],
  projBusiness: [4026710.58, 2620800.0, 4907638.34],
  public: [89272.74, 160000.0, 99668.84],
  office: [null, 0, 0],
  procurement: ['——', 1030000.0, 1008249.0],
  adjustment: ['——', 4889977.0, 7554995.22],
};

/** One 三级 row of an indicator table. */
export interface SeedIndicatorRow {
  level3?: string;
  target?: string;
  result?: string;
  weight?: number;
  score?: number;
  reason?: string;
}

const QUALITY_TARGET =
  '以园区、平台公司、重点镇、特色镇以及浏阳河文化旅游产业带、金阳大道、长兴湖片区、西北环线道吾片区等为重点板块，加大对战略性新兴产业、现代服务业、城市综合体为重点产业的招商力度。对电子信息、生物医药、机械和汽车零部件等15条新型产业链做好重点领域招商。统筹做好全市各乡镇（街道）特色资源，进一步加大对全市闲置资产招商推介力度和已退出花炮企业二次招商工作力度，为乡村振兴提供产业支撑；加快推进浏阳河“一河两岸”文旅项目招商，推动项目签约落地，打响“浏阳城看浏阳河”品牌。';
const TIMELINESS_TARGET =
  '2021年招商引资工作，促进知名企业落户浏阳，在浏阳落地投产。加大项目履约率和开工率的跟踪和考核，调度，促项目落地投产。';
const ECONOMIC_TEXT =
  '促进知名企业落户浏阳、落地浏阳。促进经济和财税增长。实现“优化营商环境年”、“产业项目建设年”目标。';
const ECOLOGICAL_TEXT =
  '加大美丽乡村，全域旅游项目、田园综合体的招商，促进全市生态建设。实行项目联审，确保引进项目环保。';
const SUSTAINABLE_TEXT =
  '整理和出台全市招商引资优惠政策，落实招商项目联审制度。与规划、环保等联合审查，确保环保前提。';
const SATISFACTION_TEXT =
  '严格执行联审制度，确保开发质量，减控项目引进风险。提供就业岗位，改善民生。开展民意调查，提升满意度。';

/** 附件2 分解目标自评, by `i.j.k` (一级.二级.三级 row, 0-based). */
export const SEED_OVERALL_ROWS: Record<string, SeedIndicatorRow> = {
  '0.0.0': { score: 3 },
  '0.1.0': { score: 2, reason: '部分超预算' },
  '0.2.0': { score: 4 },
  '0.3.0': { score: 5 },
  '0.4.0': { score: 4 },
  '0.5.0': { score: 3 },
  '0.6.0': { score: 3 },
  '0.7.0': { score: 4 },
  '1.0.0': {
    target: '实现招大引强，促进知名企业落户浏阳、落地浏阳，尤其是三类500强项目。',
    result:
      '全年新引进项目207个，计划投资总额逾500亿元，引进了兴业汽车零部件、亨通高端车用空调系统及充电设备智能制造基地等3个500强项目。',
    score: 6,
  },
  '1.0.1': { target: '力争全年新引进产业项目100个以上。' },
  '1.1.0': { target: QUALITY_TARGET, score: 7, reason: '部分项目未达到预期效果' },
  '1.1.1': {
    target: '力争全年新引进产业项目100个以上，其中10亿以上项目5个以上，5亿元以上项目10个以上。',
  },
  '1.2.0': { target: TIMELINESS_TARGET, score: 4, reason: '部分项目未按预期投产' },
  '1.3.0': {
    target: '招商引资活动的开展，瞄准大项目和15条新型产业链，掀起大项目年、大招商年的高潮。',
    score: 5,
    reason: '部分超预算',
  },
  '1.3.1': { target: '262.08万元' },
  '2.0.0': { target: ECONOMIC_TEXT, score: 9 },
  '2.1.0': {
    target:
      '严格执行联审制度，召开前置会，确保开发质量，减控项目引进风险。提供就业岗位，改善民生。',
    score: 9,
  },
  '2.2.0': { target: ECOLOGICAL_TEXT, score: 6 },
  '2.3.0': { target: SUSTAINABLE_TEXT, score: 7 },
  '2.4.0': { target: SATISFACTION_TEXT, score: 9 },
};

/** 附件3 绩效指标 (the seed's own tree: 满意度 inside 效益), by `i.j.k`. */
export const SEED_PROJECT_ROWS: Record<string, SeedIndicatorRow> = {
  '0.0.0': { target: '年新引进项目150个以上。', result: '全年新引进项目207个。', score: 15 },
  '0.1.0': {
    target: QUALITY_TARGET,
    result:
      '新引进项目50亿元以上项目1个，10亿元以上项目9个；外资直投2677万美元。引进了兴业汽车零部件、亨通高端车用空调系统及充电设备智能制造基地等3个500强项目。实现内资到位84.68亿元。同比增长35.18%。',
    score: 19,
  },
  '0.2.0': {
    target: TIMELINESS_TARGET,
    result:
      '开展招商项目“回头看”，对全市2017年—2020年已签约项目履约率、开工率、资金到位率进行汇总分析，促推项目开工建设。',
    score: 5,
  },
  '0.3.0': {
    target: '262.08万元',
    result: '490.76万元',
    score: 8,
    reason: '年中通过一事一议追加部分项目，加强预算，提升预算精确性。',
  },
  '1.0.0': { target: ECONOMIC_TEXT, result: ECONOMIC_TEXT, score: 9 },
  '1.1.0': {
    target: '严格执行联审制度，确保开发质量，减控项目引进风险。提供就业岗位，改善民生。',
    // The seed prints a full-width space and a second 。 inside this value.
    result: '严格执行联审制度，确保开发质量，减控项目引进风险。提供就业岗位，改善民生。\u3000。',
    score: 9,
  },
  '1.2.0': { target: ECOLOGICAL_TEXT, result: ECOLOGICAL_TEXT, score: 9 },
  '1.3.0': { target: SUSTAINABLE_TEXT, result: SUSTAINABLE_TEXT, score: 9 },
  '1.4.0': { target: SATISFACTION_TEXT, result: SATISFACTION_TEXT, score: 9 },
};

/** 附件3 二级 weights as the seed prints them in its labels (产出, then 效益 incl. 满意度). */
export const SEED_PROJECT_LEVEL2_WEIGHTS: readonly (readonly number[])[] = [
  [15, 20, 5, 10],
  [10, 10, 10, 10, 10],
];
