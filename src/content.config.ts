import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CauseSchema } from './schemas/cause';
import { GuideSchema } from './schemas/guide';
import { CaseSchema } from './schemas/case';
import { TermSchema } from './schemas/glossary';
import { yamlFolderLoader, yamlListLoader, yamlObjectLoader } from './lib/yaml-list';
import { QuizSetSchema, TrainingQuestionSchema } from './schemas/training';
import { CauseRulesSchema, QuestionSchema } from './schemas/diagnosis';
import { HolidayCalendarSchema } from './schemas/holidays';
import { SynonymGroupSchema } from './schemas/search';
import { ContactSchema, EmergencyStepSchema, EvidenceSchema, StageSchema } from './schemas/reference';

// CONTENT_DIR lets the broken-content tests build a copy of content/ with one mistake in it.
const root = process.env.CONTENT_DIR ?? './content';

const yamlFile = (path: string) => yamlListLoader(`${root}/${path}`);

export const collections = {
  causes: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/causes` }), schema: CauseSchema }),
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/guides` }), schema: GuideSchema }),
  cases: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/cases` }), schema: CaseSchema }),
  glossary: defineCollection({ loader: yamlFile('glossary/terms.yaml'), schema: TermSchema }),
  contacts: defineCollection({ loader: yamlFile('data/contacts.yaml'), schema: ContactSchema }),
  evidence: defineCollection({ loader: yamlFile('data/evidence.yaml'), schema: EvidenceSchema }),
  emergency: defineCollection({ loader: yamlFile('data/emergency.yaml'), schema: EmergencyStepSchema }),
  questions: defineCollection({ loader: yamlFile('diagnosis/questions.yaml'), schema: QuestionSchema }),
  diagnosisRules: defineCollection({ loader: yamlFile('diagnosis/rules.yaml'), schema: CauseRulesSchema }),
  holidays: defineCollection({
    loader: yamlObjectLoader(`${root}/diagnosis/holidays.yaml`, 'calendar'),
    schema: HolidayCalendarSchema,
  }),
  trainingQuestions: defineCollection({
    loader: yamlFolderLoader(`${root}/training/questions`),
    schema: TrainingQuestionSchema,
  }),
  quizSets: defineCollection({ loader: yamlFile('training/sets.yaml'), schema: QuizSetSchema }),
  stages: defineCollection({ loader: yamlFile('data/stages.yaml'), schema: StageSchema }),
  synonyms: defineCollection({ loader: yamlFile('search/synonyms.yaml'), schema: SynonymGroupSchema }),
};
