/** From a read document to a unit's numbers: the one entry point of the extraction step. */
export { extractFigures, figuresOf } from './extract-figures';
export { matchRowLabels } from './match-rows';
