/**
 * The words a report uses to state figures, in their general forms: how a total follows its
 * parts (合计、共计), how a list of parts follows its total (其中、包括、主要用于), which figures
 * describe another one (累计折旧、净值、占比), what makes a statement a plan (预计、力争) or a
 * bound (以上、不低于) rather than a fact.
 */

/** A total after its parts: `…，合计29.41万元`, `共计`, `总计`. */
export const TOTAL_AFTER = /(?:合计|共计|总计|总共|一共|累计共|共)(?:为|是|达|有)?[:：]?\s*$/;

/** Opens a list of parts of the figure before it: `755.5万元，其中项目支出…`. */
export const LIST_OPENER =
  /其中|包括|包含|分别为|分别是|主要用于|主要包括|用于以下|具体为|具体是|明细如下|如下[:：]/;

/** A list whose parts are all of the total (`分别为`): a shortfall is an error, not a partial list. */
export const EXHAUSTIVE_OPENER = /分别为|分别是|明细如下|具体为|具体是/;

/** Figures that describe the part before them instead of being one. */
export const DEPRECIATION = /(?:累计折旧|已提折旧|折旧)(?:额|金额)?(?:为|是|共|达)?[:：]?\s*$/;
export const NET_VALUE = /(?:净值|净额|净资产|资产净值|账面净值)(?:为|是|共|达)?[:：]?\s*$/;
export const ATTRIBUTE =
  /(?:占比|比重|占|同比|增长|下降|增加|减少|增幅|降幅|比上年|较上年)[^，,；;]*$/;

/** A figure that is not exact: `逾500亿元`, `约`, `近`, `100余次`, `左右`. */
export const APPROX_BEFORE = /(?:逾|约|近|大约|将近|超过|超|不足|不到)$/;
export const APPROX_AFTER = /^(?:余|多|左右|上下)/;
/** A bound, not a figure: `50亿元以上项目`, `不低于90%`. */
export const BOUND_AFTER = /^(?:及?以上|及?以下|以内|之内)/;
export const BOUND_BEFORE = /(?:不低于|不少于|不超过|不高于|低于|高于|大于|小于|≥|≤|>|<|>=|<=)$/;

/** Plans and targets: a figure after these words, to the end of its sentence, is not a fact. */
export const PLAN = /预计|力争|争取|计划(?!投资|总投资)|拟(?!定)|预期|目标为|目标是/;

/** Words before a figure that mark a comparison or a change, not a stock. */
export const CHANGE =
  /(?:增长|下降|增加|减少|增幅|降幅|核减|核增|节约|超支|上升|提高|降低|相比|同比|比上年|较上年)[^，,；;]*$/;
