/** Templates from the province's blank (or filled) forms: `inferTemplate` for a read document, `inferTemplateFromFile` for a file. */
export { inferTemplate } from './infer-template';
export { inferTemplateFromFile } from './infer-file';
export { TemplateInferenceError, type Confidence, type InferredRowNote, type InferredTemplate } from './inferred';
