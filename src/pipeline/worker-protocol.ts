// Messages between the pipeline and its extraction workers. Results are validated with zod on the
// way back, since they cross a thread boundary.
import { z } from 'zod';
import { ArticleGraphSchema, type Article } from '../graph/types.js';

export interface ExtractTask {
  id: number;
  articles: Article[];
}

export const TaskResultSchema = z.union([
  z.object({ id: z.number(), graphs: z.array(ArticleGraphSchema) }),
  z.object({ id: z.number(), error: z.string() }),
]);
export type TaskResult = z.infer<typeof TaskResultSchema>;
