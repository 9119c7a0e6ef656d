import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CauseSchema } from './schemas/cause';
import { GuideSchema } from './schemas/guide';
import { CaseSchema } from './schemas/case';
import { TermSchema } from './schemas/glossary';
import { yamlListLoader } from './lib/yaml-list';
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
  stages: defineCollection({ loader: yamlFile('data/stages.yaml'), schema: StageSchema }),
};
