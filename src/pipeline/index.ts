export { extractFiles, defaultWorkers, MIN_ARTICLES_FOR_WORKERS, type ExtractOptions, type ExtractRun, type FileExtraction } from './extract-files.js';
