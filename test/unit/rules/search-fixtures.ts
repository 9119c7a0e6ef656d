// Small synonym lists shared by the search rule tests: plain groups, and groups whose words point to causes.
import { compileSynonyms } from '../../../src/rules/read-query';

/** Synonym groups without causes. */
export const SYNONYMS = compileSynonyms([
  { term: '到账', words: ['进账', '到帐'] },
  { term: '收款码', words: ['二唯码', '码牌', 'POS码'] },
  { term: '冻结', words: ['封了', '只收不付'] },
]);

/** Synonym groups whose discriminating words point to causes. */
export const CUES = compileSynonyms([
  { term: '冻结', words: ['封了', '冻住'] },
  { term: '司法冻结', words: ['只收不付', '卡…冻'], causes: ['judicial_freeze'] },
  { term: '风控', words: ['交易异常', '余额…冻'], causes: ['risk_control_hold'] },
  { term: '调包', words: ['向个人转账'], causes: ['qr_code_tampered'] },
  { term: '二清', words: ['个人转账', '个人打款'], causes: ['second_clearing_agent'] },
]);
